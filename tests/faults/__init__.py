"""Fault injection: kills, a full disk, a held lock, damaged pages, hostile files."""
