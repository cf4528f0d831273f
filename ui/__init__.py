"""The desktop interface (PySide6 widgets, item models, dialogs)."""
