"""The portrait, qualification and playbook screens."""
