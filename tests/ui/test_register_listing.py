"""register_summaries: one row per register with its controller and counts, matching the full record."""

from __future__ import annotations

import pytest
from ui_support import summaries

from ropa.app import Session
from ropa.app.session import RegisterSummary


def _expected(ws: Session) -> list[RegisterSummary]:
    """The same summaries built the slow way, from the full snapshot."""
    snapshot = ws.snapshot()
    rows = [
        RegisterSummary(
            key=register.key,
            name=register.name,
            controller_name=controller.name,
            controller_key=controller.key,
            department=register.department,
            status=register.status,
            next_review=register.next_review,
            last_reviewed=register.last_reviewed,
            processors=len({link.processor for link in register.processors}),
            transfers=len(register.transfers),
        )
        for controller in snapshot.controllers
        for register in controller.registers
    ]
    return rows


def test_empty_workspace_has_no_summaries(workspace: Session) -> None:
    assert summaries(workspace) == []


def test_seeded_summaries_match_the_records(seeded_workspace: Session) -> None:
    rows = summaries(seeded_workspace)
    assert sorted(rows, key=lambda row: row.key) == sorted(_expected(seeded_workspace), key=lambda r: r.key)
    kemi = next(row for row in rows if row.controller_key == "kemi")
    assert (kemi.name, kemi.controller_name, kemi.status) == (
        "Viestinnän ja markkinoinnin tietosuojaseloste",
        "Kemin kaupunki",
        "active",
    )
    assert (kemi.processors, kemi.transfers) == (3, 0)


def test_demo_summaries_match_and_come_in_controller_order(demo_workspace: Session) -> None:
    rows = summaries(demo_workspace)
    assert len(rows) == 60
    assert sorted(rows, key=lambda row: row.key) == sorted(_expected(demo_workspace), key=lambda r: r.key)
    assert [row.controller_name for row in rows] == sorted(row.controller_name for row in rows)
    assert any(row.transfers for row in rows) and any(row.processors > 1 for row in rows)


def test_summaries_are_frozen(seeded_workspace: Session) -> None:
    row = summaries(seeded_workspace)[0]
    with pytest.raises(AttributeError):  # a named tuple's fields cannot be set
        row.name = "changed"  # type: ignore[misc]
