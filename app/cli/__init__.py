"""The `rapport` command line: one parser and one module per command."""
