"""Tests of app.hear."""
