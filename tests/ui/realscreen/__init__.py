"""Tests on a real X screen: the real app, typed with xdotool."""
