"""Tests of app.negotiate."""
