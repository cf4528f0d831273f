"""Tests of ui.search."""
