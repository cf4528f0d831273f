"""Tests of ui.hear."""
