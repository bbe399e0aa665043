"""Persistence: engine, ORM models, migrations, backups and repositories (the only place with SQL)."""
