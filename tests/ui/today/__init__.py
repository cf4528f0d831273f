"""Tests of ui.today."""
