"""Processor chain cycles (the rights that follow from legal bases: test_rights.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from ropa.model.processors import find_cycle
from ropa.store.writer import ProcessorCycleError, check_no_processor_cycle


def test_find_cycle() -> None:
    assert find_cycle({"a": None, "b": "a", "c": "b"}) is None
    assert find_cycle({"a": "c", "b": "a", "c": "b", "d": "a"}) in (
        ["a", "c", "b", "a"],
        ["b", "a", "c", "b"],
        ["c", "b", "a", "c"],
    )
    assert find_cycle({"self": "self"}) == ["self", "self"]
    assert find_cycle({"a": "outside"}) is None


def test_cycle_is_refused_on_save(seeded_workspace) -> None:
    with (
        pytest.raises(ProcessorCycleError, match="would be its own sub-processor"),
        seeded_workspace.store.begin() as conn,
    ):
        conn.execute(
            text(
                "UPDATE processor SET parent_id = "
                "(SELECT id FROM processor WHERE key = 'inmics-cloud-support-in') "
                "WHERE key = 'inmics-hosting'"
            )
        )
        check_no_processor_cycle(conn)
    with seeded_workspace.store.connect() as conn:  # rolled back
        parent = conn.execute(text("SELECT parent_id FROM processor WHERE key = 'inmics-hosting'")).scalar()
        assert parent is None
        check_no_processor_cycle(conn)
