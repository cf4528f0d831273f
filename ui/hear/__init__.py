"""Hear on screen: the feedback inbox, the client's Feedback tab and what to do with an item."""
