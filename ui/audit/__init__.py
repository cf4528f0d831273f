"""The audit trail on screen: a record's or a client's history, the owners' firm-wide log, its menu entries."""
