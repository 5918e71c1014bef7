"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ropa.app import Session
from ropa.app.location import file_backup_folder, server_backup_folder
from ropa.io.interchange import dumps

FIXTURES = Path(__file__).parent / "fixtures"
SEED_DOCUMENTS = ["interchange_example", "seed_kemi", "seed_imatran_lampo", "seed_inmics"]


def load_fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def normalise(value: Any) -> Any:
    """Drop empty values (absent means empty in the interchange format) so documents compare by content.

    The top-level ``version`` goes too: a version 1 document is a version 2 document whose new
    keys are absent, so the two compare equal when their content is.
    """
    if isinstance(value, dict) and value.get("format") == "ropa-interchange":
        value = {key: item for key, item in value.items() if key != "version"}
    if isinstance(value, dict):
        items = {key: normalise(item) for key, item in value.items()}
        return {key: item for key, item in items.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    return value


def workspace_text(ws: Session) -> str:
    """The whole workspace as interchange JSON text: equal text means equal content."""
    return dumps(ws.snapshot()).decode()


def backups_of(ws: Session) -> list[Path]:
    """The backups Ropa kept of a workspace: ``<file>.backups/``, or a server's local backup folder."""
    folder = file_backup_folder(ws.path) if ws.path is not None else server_backup_folder(ws.location)
    return sorted(folder.iterdir()) if folder.exists() else []
