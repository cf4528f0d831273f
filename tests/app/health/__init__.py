"""Tests of app.health."""
