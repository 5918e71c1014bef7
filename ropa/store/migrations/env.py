"""Alembic environment: migrations run on the connection :func:`ropa.store.migrate.upgrade` hands over.

The same revisions build the schema on SQLite and on PostgreSQL; batch mode copies tables only
where SQLite cannot alter them in place (PostgreSQL alters them directly).
"""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import ropa.store.schema  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Ropa migrations run only through ropa.store.migrate.upgrade")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
context.run_migrations()
