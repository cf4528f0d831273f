"""Tests of app.portrait."""
