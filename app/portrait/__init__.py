"""The portrait of our client, stage one (qualification), and the playbook of situations."""
