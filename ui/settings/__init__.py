"""The settings dialog: who I am, language, database, working time, users."""
