"""The journal itself: users, clients, contacts, interactions and tags, their checks and drafts."""
