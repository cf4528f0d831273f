"""Tests of ui.reminders."""
