"""Opening a workspace at the current schema trusts the revision files' names and skips Alembic."""

from __future__ import annotations

from ropa.store.migrate import schema_head


def test_revision_file_names_are_the_revisions_alembic_reads() -> None:
    """Opening a current workspace trusts the file names and skips Alembic: they must agree."""
    from ropa.store.migrate import alembic_revisions, known_revisions

    head, revisions = alembic_revisions()
    assert head == schema_head()
    assert revisions == known_revisions()
