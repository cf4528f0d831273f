"""Backups in the desktop: File > Back up now and Restore, the check at start, automatic backups."""
