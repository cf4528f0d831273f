"""Connecting the desktop to a database server: the server dialog and its password, kept in the system keyring."""
