"""A workspace written by the first schema (0001), committed as a fixture, upgrades with its data intact."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from support import FIXTURES, normalise

from ropa.app import Session
from ropa.io.interchange import write_document


def test_schema_0001_workspace_opens_upgraded_with_every_value(tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "workspaces" / "schema-0001.ropa", path)
    with Session.open(path, create=False) as ws:
        exported = write_document(ws.snapshot())
    backups = list((tmp_path / "old.ropa.backups").iterdir())
    assert len(backups) == 1 and "before-upgrade-0001" in backups[0].name
    written_then = json.loads((FIXTURES / "workspaces" / "schema-0001.json").read_text(encoding="utf-8"))
    assert normalise(exported) == normalise(written_then)
    # extensions at every level survived the move to packed storage
    register = exported["controllers"][0]["registers"][0]
    assert register["purposes"][0]["extensions"] == {"x": 1}
    assert register["contact_person"]["extensions"] == {"z": "ä"}
