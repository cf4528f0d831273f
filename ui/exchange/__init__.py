"""Import and export from the desktop: the import wizard, the export dialog and their menu entries."""
