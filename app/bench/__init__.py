"""`rapport bench`: how fast Rapport is on a large journal, against the raw floor."""
