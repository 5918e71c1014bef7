"""Helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ropa.io.interchange import dumps
from ropa.store.snapshot import load_workspace
from ropa.store.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"
SEED_DOCUMENTS = ["interchange_example", "seed_kemi", "seed_imatran_lampo", "seed_inmics"]


def load_fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def normalise(value: Any) -> Any:
    """Drop empty values (absent means empty in the interchange format) so documents compare by content."""
    if isinstance(value, dict):
        items = {key: normalise(item) for key, item in value.items()}
        return {key: item for key, item in items.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    return value


def workspace_text(ws: Workspace) -> str:
    """The whole workspace as interchange JSON text: equal text means equal content."""
    with ws.connect() as conn:
        return dumps(load_workspace(conn))
