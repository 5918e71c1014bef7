"""Shared fixtures: real workspace files in tmp dirs, and the documents written from the seeds."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt aborts without a display; every test runs offscreen. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support import SEED_DOCUMENTS, load_fixture  # noqa: E402

from ropa.app import Session  # noqa: E402
from ropa.io.interchange import read_document  # noqa: E402


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Session]:
    ws = Session.open(tmp_path / "test.ropa")
    yield ws
    ws.close()


@pytest.fixture
def seeded_workspace(workspace: Session) -> Session:
    """A workspace holding the three seed documents."""
    for name in SEED_DOCUMENTS[1:]:
        workspace.import_records(read_document(load_fixture(name)))
    return workspace
