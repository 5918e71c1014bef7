"""Alembic environment: migrations run on the connection ``ropa.store.workspace`` hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import ropa.store.schema  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Ropa migrations run only through ropa.store.workspace")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
context.run_migrations()
