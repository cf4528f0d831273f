"""The audit trail read back: a record's history, a client's, the firm-wide log, when entries were written."""
