"""The firm's people and their rights: adding, roles, deactivation, and on a server their logins."""
