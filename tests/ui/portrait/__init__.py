"""Tests of ui.portrait."""
