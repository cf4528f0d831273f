"""The benchmark's screen program (started by `rapport bench`)."""
