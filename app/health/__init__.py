"""Health: what the journal knew at a date, the factors, the score, the pulse and the dashboard's data."""
