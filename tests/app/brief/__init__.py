"""Tests of app.brief."""
