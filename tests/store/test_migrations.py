"""The migrations build exactly the schema the model declares: a table change needs a revision."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import ropa.store.schema  # noqa: F401 - registers the tables on SQLModel.metadata
from ropa.store.migrate import schema_head
from ropa.store.sqlite import open_sqlite as open_workspace


def test_migrated_schema_matches_the_model(tmp_path) -> None:
    with open_workspace(tmp_path / "w.ropa") as ws, ws.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert context.get_current_revision() == schema_head()
        assert compare_metadata(context, SQLModel.metadata) == []


def test_revision_file_names_are_the_revisions_alembic_reads() -> None:
    """Opening a current workspace trusts the file names and skips Alembic: they must agree."""
    from ropa.store.migrate import alembic_revisions, known_revisions

    head, revisions = alembic_revisions()
    assert head == schema_head()
    assert revisions == known_revisions()
