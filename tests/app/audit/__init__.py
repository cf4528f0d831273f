"""Tests of app.audit."""
