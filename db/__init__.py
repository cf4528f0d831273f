"""The journal's storage: peewee models, connection, migrations, the search index."""
