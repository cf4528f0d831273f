"""Tests of backups and saving in the desktop."""
