"""Tests of ui.exchange."""
