"""The section tables place every field of every edited record exactly once."""

from __future__ import annotations

from collections import Counter

import pytest

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.ui.editor.form import RecordForm, make_editor
from ropa.ui.editor.layout import ELSEWHERE, SECTIONS, SHORT_TEXTS, SUMMARY_COLUMNS, Panel


@pytest.mark.parametrize("record", list(SECTIONS), ids=lambda c: c.__name__)
def test_every_field_is_placed_exactly_once(record: type) -> None:
    placed = Counter(name for section in SECTIONS[record] for name in section.fields)
    twice = [name for name, count in placed.items() if count > 1]
    assert not twice, f"{record.__name__} fields in more than one section: {twice}"
    names = set(entity(record).names)
    elsewhere = ELSEWHERE.get(record, frozenset())
    unplaced = names - set(placed) - elsewhere
    assert not unplaced, (
        f"place these {record.__name__} fields in ropa/ui/editor/layout.py: {sorted(unplaced)}"
    )
    unknown = set(placed) - names
    assert not unknown, f"{record.__name__} has no fields {sorted(unknown)}"
    assert not (set(placed) & elsewhere)


def test_register_sections_follow_the_record_as_a_dpo_reads_it() -> None:
    keys = [section.key for section in SECTIONS[r.Register]]
    assert keys == [
        "identity",
        "purposes",
        "data",
        "sharing",
        "processors",
        "transfers",
        "retention",
        "dpia",
        "rights",
        "review",
    ]
    transfers = next(s for s in SECTIONS[r.Register] if s.key == "transfers")
    assert transfers.items.index(Panel("derived_transfers")) == transfers.items.index("transfers") + 1


def test_layout_tables_name_real_fields() -> None:
    text_fields = {
        s.name for e in (entity(c) for c in _all_records()) for s in e.fields if s.kind is Kind.TEXT
    }
    assert text_fields >= SHORT_TEXTS
    for record, columns in SUMMARY_COLUMNS.items():
        assert set(columns) <= set(entity(record).names), record
    for record, sections in SECTIONS.items():
        for section in sections:
            for item in section.items:
                if isinstance(item, Panel) and item.at:
                    head, _, rest = item.at.partition(".")
                    spec = entity(record).field(head)
                    assert spec.record is not None and rest in entity(spec.record).names


def _all_records() -> list[type]:
    from ropa.model.catalogue import entities

    return [found.record for found in entities()]


def test_every_kind_has_an_editor(qtbot) -> None:
    """The factory maps every kind of field; a nested form of every entity builds."""
    from ropa.model.catalogue import entities
    from ropa.ui.editor.context import EditorContext

    ctx = EditorContext("en")
    seen = set()
    for found in entities():
        for spec in found.fields:
            if spec.kind not in seen and spec.kind is not Kind.LIST:
                seen.add(spec.kind)
                widget = make_editor(spec, ctx)
                qtbot.addWidget(widget)
        form = RecordForm(found.record, ctx)
        qtbot.addWidget(form)
    assert seen | {Kind.LIST} == set(Kind)
