"""Tests of app.today."""
