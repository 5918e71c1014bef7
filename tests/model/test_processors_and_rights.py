"""Processor chain cycles, and the rights that follow from legal bases."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from ropa.model.codes import LegalBasis
from ropa.model.processors import find_cycle
from ropa.model.records import Purpose, Register
from ropa.model.rights import ALWAYS, Right, register_rights, rights_for
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


@pytest.mark.parametrize(
    ("basis", "extra", "missing"),
    [
        (LegalBasis.CONSENT, {Right.ERASURE, Right.PORTABILITY, Right.WITHDRAW_CONSENT}, {Right.OBJECTION}),
        (LegalBasis.CONTRACT, {Right.ERASURE, Right.PORTABILITY}, {Right.OBJECTION, Right.WITHDRAW_CONSENT}),
        (LegalBasis.LEGAL_OBLIGATION, set(), {Right.ERASURE, Right.PORTABILITY, Right.OBJECTION}),
        (LegalBasis.VITAL_INTERESTS, {Right.ERASURE}, {Right.PORTABILITY, Right.OBJECTION}),
        (LegalBasis.PUBLIC_TASK, {Right.OBJECTION}, {Right.ERASURE, Right.PORTABILITY}),
        (LegalBasis.LEGITIMATE_INTERESTS, {Right.ERASURE, Right.OBJECTION}, {Right.PORTABILITY}),
    ],
)
def test_rights_for_each_basis(basis: LegalBasis, extra: set[Right], missing: set[Right]) -> None:
    rights = rights_for([basis])
    assert rights == ALWAYS | extra
    assert not rights & missing


def test_register_rights_combine_its_purposes() -> None:
    register = Register(
        key="r",
        purposes=(Purpose(legal_basis="art6-1-e"), Purpose(legal_basis="art6-1-a"), Purpose()),
    )
    assert register_rights(register) == ALWAYS | {
        Right.OBJECTION,
        Right.ERASURE,
        Right.PORTABILITY,
        Right.WITHDRAW_CONSENT,
    }
    assert register_rights(Register(key="empty")) == ALWAYS
    assert Right.WITHDRAW_CONSENT in rights_for(["art6-1-c"], ["art9-2-a"])
