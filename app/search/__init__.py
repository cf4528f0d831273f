"""Full-text search over the journal's summaries and notes (SQLite FTS5 or PostgreSQL)."""
