"""Tests of ui.widgets."""
