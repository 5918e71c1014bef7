"""Workspaces on disk: opening, migrations, backups, and reading/writing the record."""
