"""A colleague's changes shown live in the open window, keeping the person's place."""
