# ruff: noqa: E501 - tables of words and layout lines read best unwrapped
"""A notice in Ropa's own 14-section layout reads back into the register it was written from."""

from __future__ import annotations

import dataclasses

import pytest
from support import load_fixture

from ropa.io.interchange import read_document
from ropa.io.notice_import import draft_from_text
from ropa.io.notice_import.clean import clean
from ropa.io.notice_import.extract import Extracted
from tests.io.notice_import.notice_layout import notice_text

# What a notice carries (the rest of the record — keys, processors, DPIA, per-category retention
# and sources, recipients' countries, review schedule — is not in a published notice).
CARRIED = (
    "name", "contact_person", "responsible_person", "legal_basis_notes", "data_subject_categories", "sources",
    "disclosures", "transfers_statement", "retention", "systems", "security_measures", "automated_decision_making",
    "data_subject_rights", "created", "last_reviewed",
)  # fmt: skip


@pytest.mark.xfail(
    reason="work in progress: person blocks and some text fields do not read back yet", strict=False
)
@pytest.mark.parametrize("seed", ["seed_kemi", "seed_imatran_lampo", "seed_inmics"])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_own_notice_reads_back_equal(seed: str, lang: str) -> None:
    controller = read_document(load_fixture(seed)).controllers[0]
    register = controller.registers[0]
    text, hints = clean(Extracted(notice_text(controller, register, lang), "txt"))
    draft = draft_from_text(text, hints=hints)
    back = draft.register
    for name in CARRIED:
        assert getattr(back, name) == getattr(register, name), name
    assert [(p.description, p.legal_basis) for p in back.purposes] == [
        (p.description, p.legal_basis) for p in register.purposes
    ]
    assert [c.name for c in back.data_categories] == [c.name for c in register.data_categories]
    assert [(x.name, x.description) for x in back.recipients] == [
        (x.name, x.description) for x in _in_order(register)
    ]
    assert [(t.country, t.mechanism, t.scc_module) for t in back.transfers] == [
        (t.country, t.mechanism, t.scc_module) for t in register.transfers
    ]
    for name in ("name", "business_id", "address", "email", "phone", "dpo", "supervisory_authority"):
        assert getattr(draft.controller, name) == getattr(controller, name), name
    assert draft.notes == ()


def _in_order(register: object) -> list:  # type: ignore[type-arg]
    recipients = register.recipients  # type: ignore[attr-defined]
    return [x for x in recipients if x.kind == "processor"] + [x for x in recipients if x.kind != "processor"]


def test_round_trip_keeps_status_draft_and_notes_in_extensions() -> None:
    controller = read_document(load_fixture("seed_kemi")).controllers[0]
    register = dataclasses.replace(controller.registers[0])
    draft = draft_from_text(notice_text(controller, register))
    assert draft.register.status == "draft"
    assert draft.register.extensions is not None and "notice_import" in draft.register.extensions
