"""The Today page: what needs the current user's hand."""
