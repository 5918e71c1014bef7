"""The change history names fields as the editor and the reports do, and its values by the field."""

from __future__ import annotations

from ropa.io.history_report import field_label, value_text
from ropa.model import records as r
from ropa.model.field_path import field_words


def test_field_labels_are_the_one_wording() -> None:
    for path in ("purposes[2].legal_basis", "systems[0]", "transfers[1].scc_module", "extensions.x[0]", ""):
        for lang in ("en", "fi"):
            assert field_label(r.Register, path, lang) == field_words(r.Register, path, lang)
    assert field_label(r.Register, "purposes[2].legal_basis", "en") == "Purposes 3 › Legal basis"


def test_a_move_names_the_controller() -> None:
    assert field_label(r.Register, "controller", "en") == "Controller"
    assert field_label(r.Register, "controller", "fi") == "Rekisterinpitäjä"


def test_values_are_named_by_the_field_the_path_ends_at() -> None:
    item = value_text(r.Register, "purposes[0]", {"description": "x", "legal_basis": "art6-1-a"}, "en")
    assert item == "Purpose: x; Legal basis: consent (art6-1-a)"
    assert value_text(r.Register, "transfers[0].country", "US", "fi") == "Yhdysvallat (US)"
    assert value_text(r.Register, "extensions", {"a": 1}, "en") == "a: 1"
