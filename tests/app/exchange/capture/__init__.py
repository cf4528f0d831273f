"""Tests of mail and meeting capture."""
