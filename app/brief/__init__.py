"""The negotiation brief: what it says about a client, laid out and written as PDF, DOCX or Markdown."""
