"""The trash in the desktop: Edit > Trash... for owners, and the note a delete leaves in the status bar."""
