"""The negotiation brief dialog: preview, print, save."""
