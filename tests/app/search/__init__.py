"""Tests of app.search."""
