"""Tests of ui.brief."""
