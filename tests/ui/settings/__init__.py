"""Tests of ui.settings."""
