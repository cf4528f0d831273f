"""Tests of app.common."""
