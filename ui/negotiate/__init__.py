"""Negotiate on screen: the client's negotiation ledger, one negotiation in full, its forms."""
