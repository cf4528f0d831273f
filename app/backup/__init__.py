"""Backups of a SQLite journal: made with the online backup API, checked, thinned; restore and check."""
