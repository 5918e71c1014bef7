"""The stdlib layout of the tables matches the schema, and reading through it loads the same records."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ropa.app import Session
from ropa.store import reader
from ropa.store.layout import HISTORY_TABLE, META_TABLE, PLACES, ROOT_TABLES
from ropa.store.schema import LISTS, ROOTS, HistoryChangeRow, WorkspaceMetaRow, table_of

ROOT = Path(__file__).resolve().parents[2]


def test_the_layout_names_the_schemas_tables() -> None:
    assert set(PLACES) == set(LISTS)
    for where, stored in LISTS.items():
        place = PLACES[where]
        assert (place.table, place.owner, place.value) == (
            table_of(stored.table).name,
            stored.owner,
            stored.value,
        )
    assert {record: table_of(model).name for record, model in ROOTS.items()} == ROOT_TABLES
    assert table_of(WorkspaceMetaRow).name == META_TABLE
    assert table_of(HistoryChangeRow).name == HISTORY_TABLE


def test_the_snapshot_equals_the_sqlalchemy_load(seeded_workspace: Session) -> None:
    """The plain reading (sqlite3 on a file) gives what the SQLAlchemy connection gives, field for field."""
    seeded_workspace.import_records(seeded_workspace.snapshot(), replace=True)  # a second pass: same again
    with seeded_workspace.store.connect() as conn:
        whole = reader.load_workspace(conn)
        one_key = whole.controllers[1].key
        one = reader.load_workspace(conn, one_key)
    assert seeded_workspace.snapshot() == whole
    assert seeded_workspace.snapshot(one_key) == one
    assert len(whole.controllers) == 3 and whole.processors
    with pytest.raises(reader.UnknownRecordError):
        seeded_workspace.snapshot("no-such-controller")


@pytest.mark.sqlite_only
def test_checking_a_current_workspace_imports_neither_sqlalchemy_nor_sqlmodel(
    seeded_workspace: Session,
) -> None:
    """``ropa check`` reads and judges the whole workspace with the standard library's sqlite3."""
    code = (
        "import sys, datetime\n"
        "from ropa.app import Session\n"
        f"ws = Session.open({str(seeded_workspace.path)!r}, create=False)\n"
        "assert len(ws.snapshot().controllers) == 3 and ws.check(on=datetime.date(2026, 1, 1))\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'sqlmodel'))\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
