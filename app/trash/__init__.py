"""The trash: deletes keep what they took out, for owners to restore or empty."""
