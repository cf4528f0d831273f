"""Tests of ui/server: connecting to a database server and keeping its password in the keyring."""
