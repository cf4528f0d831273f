"""Tests of ui.audit."""
