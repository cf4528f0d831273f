"""Tests of ui.journal."""
