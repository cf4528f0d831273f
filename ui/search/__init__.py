"""The global search: the box (Ctrl+K) and the page of ranked hits."""
