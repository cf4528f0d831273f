"""Tests of ui.negotiate."""
