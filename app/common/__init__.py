"""Small pieces every feature shares: errors, paths, preferences, progress, logging, atomic files."""
