"""Widgets the screens share: fields, chips, small tables and dialogs, error display."""
