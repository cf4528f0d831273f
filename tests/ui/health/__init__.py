"""Tests of ui.health."""
