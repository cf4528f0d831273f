"""Mail and meeting capture: .eml, .msg, .mbox, .ics and .vcs files become journal entries."""
