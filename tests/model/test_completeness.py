"""What a record lacks: required fields empty, and the companion a chosen code calls for."""

from __future__ import annotations

from ropa.model import records as r
from ropa.model.catalogue import entities
from ropa.model.completeness import missing


def test_an_empty_register_lacks_its_required_fields() -> None:
    paths = {p.path for p in missing(r.Register(key="g"))}
    assert paths == {
        ("name",),
        ("status",),
        ("purposes",),
        ("data_subject_categories",),
        ("data_categories",),
        ("recipients",),
        ("retention",),
        ("security_measures", "electronic"),
        ("automated_decision_making", "used"),
        ("dpia", "status"),
    }
    assert all(p.message.startswith("missing: ") for p in missing(r.Register()))


def test_items_of_lists_and_blank_text() -> None:
    register = r.Register(
        purposes=(r.Purpose(description="a", legal_basis="art6-1-a"), r.Purpose(description="  ")),
        transfers=(r.Transfer(country="US", mechanism="scc"),),
    )
    paths = {p.path for p in missing(register)}
    assert ("purposes", 1, "description") in paths and ("purposes", 1, "legal_basis") in paths
    assert not any(p[:2] == ("purposes", 0) for p in paths)
    assert ("transfers", 0, "scc_module") in paths  # SCC calls for its module


def test_the_companion_only_with_its_code() -> None:
    assert not [p for p in missing(r.Transfer(country="US", mechanism="bcr")) if p.path == ("scc_module",)]
    processor = r.Processor(name="P", transfer_mechanism="scc")
    assert [p.path for p in missing(processor)] == [("scc_module",)]
    assert missing(r.Processor(name="P", transfer_mechanism="scc", scc_module=2)) == []


def test_optional_records_are_checked_only_when_present() -> None:
    assert missing(r.Client(name="C")) == []
    assert missing(r.Client(name="C", representative=r.Representative())) == []


def test_every_required_field_is_found_on_an_empty_record() -> None:
    """The rule is the catalogue's: every entity reports exactly its required fields when empty."""
    for found in entities():
        required = {(s.name,) for s in found.fields if s.required}
        reported = {p.path for p in missing(found.record()) if len(p.path) == 1}
        assert reported == required, found.noun
