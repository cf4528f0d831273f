"""Negotiate: negotiations at the table, their ledger, and the firm's promises."""
