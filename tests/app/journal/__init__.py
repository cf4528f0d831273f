"""Tests of app.journal."""
