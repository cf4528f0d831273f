"""Hear: feedback items on their working-hours clock, and the firm's working time."""
