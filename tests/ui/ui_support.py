"""Helpers the window tests share (the fixtures are in this folder's conftest.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from ropa.app import Session
from ropa.app.session import RegisterSummary
from ropa.ui.register_model import KEY_ROLE, RegisterTableModel


def summaries(ws: Session) -> list[RegisterSummary]:
    return ws.register_summaries()


def shown_keys(model: RegisterTableModel) -> list[str]:
    """The register keys in the order the model shows them."""
    return [model.index(row, 0).data(KEY_ROLE) for row in range(model.rowCount())]


def column_texts(model: RegisterTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def set_next_review(ws: Session, key: str, when: date | None) -> None:
    with ws.store.begin() as conn:
        conn.execute(
            text("UPDATE register SET next_review = :when WHERE key = :key"),
            {"when": when.isoformat() if when else None, "key": key},
        )
