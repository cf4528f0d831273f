"""Today: what needs a person's hand, gathered from the journal, the feedback clock and health."""
