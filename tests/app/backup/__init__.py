"""Tests of backups, restore and the journal check."""
