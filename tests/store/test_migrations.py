"""The migrations build exactly the schema the model declares, on SQLite and on PostgreSQL: a table
change needs a revision."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import ropa.store.schema  # noqa: F401 - registers the tables on SQLModel.metadata
from ropa.store import open_store
from ropa.store.migrate import schema_head


def test_migrated_schema_matches_the_model(workspace_location: str | Path) -> None:
    with open_store(workspace_location) as ws, ws.engine.connect() as conn:  # type: ignore[attr-defined]
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert context.get_current_revision() == schema_head()
        assert compare_metadata(context, SQLModel.metadata) == []
