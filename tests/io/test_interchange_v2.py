"""Interchange version 2: every new field is stored and round-trips; version 1 still reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import load_fixture, normalise

from ropa.app import Session
from ropa.io.interchange import InterchangeError, read_document, write_document


def _v2_document() -> dict:
    doc = load_fixture("interchange_example")
    doc["processors"].append(
        {
            "key": "nimbus",
            "name": "Nimbus Cloud Inc.",
            "country": "US",
            "processing_countries": ["US", "GB", "XK"],
            "parent": "valu",
            "transfer_mechanism": "adequacy",
            "scc_module": None,
            "safeguards": "",
            "tia": "TIA 2026-02",
            "adequacy_scope": {
                "confirmed": True,
                "checked_on": "2026-10-01",
                "evidence": "DPF List entry, active",
            },
            "country_mechanisms": [
                {"country": "XK", "mechanism": "scc", "scc_module": 3, "safeguards": "SCC", "tia": "TIA XK"}
            ],
            "representative": {
                "name": "Rep Oy",
                "address": "Helsinki",
                "email": "rep@example.fi",
                "phone": "1",
            },
        }
    )
    controller = doc["controllers"][0]
    controller["public_authority"] = True
    register = controller["registers"][0]
    register["criminal_data_basis"] = "Tietosuojalaki 1050/2018 7 §"
    register["provision_requirement"] = "Tietojen antaminen on vapaaehtoista."
    register["purposes"][0]["kind"] = "direct_marketing"
    register["recipients"].append(
        {"name": "WHO", "kind": "external", "country": "intl:who", "description": ""}
    )
    register["transfers"].append(
        {
            "recipient": "Nimbus",
            "processor": "nimbus",
            "country": "US",
            "mechanism": "adequacy",
            "adequacy_scope": {"confirmed": False, "checked_on": None, "evidence": "not on the list"},
        }
    )
    return doc


def test_every_version_2_field_survives_the_workspace(tmp_path: Path) -> None:
    doc = _v2_document()
    with Session.open(tmp_path / "w.ropa") as ws:
        ws.import_records(read_document(doc))
        ws.export_json(tmp_path / "out.json")
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert out["version"] == 2
    assert normalise(out) == normalise(doc)
    nimbus = next(p for p in out["processors"] if p["key"] == "nimbus")
    assert nimbus["country_mechanisms"][0]["scc_module"] == 3
    assert nimbus["adequacy_scope"]["confirmed"] is True


def test_a_version_1_document_reads_to_the_same_records() -> None:
    v1 = load_fixture("seed_kemi")
    assert v1["version"] == 1
    records = read_document(v1)
    assert read_document(write_document(records)) == records


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["controllers"][0].update(public_authority=True),
            "controllers[0].public_authority: unknown key 'public_authority' in a version 1 document "
            "(added in version 2)",
        ),
        (
            lambda d: d["controllers"][0]["registers"][0]["recipients"].append({"country": "intl:nowhere"}),
            "'intl:nowhere' is not an international organisation of the reference data",
        ),
        (
            lambda d: d["processors"][0].update(scc_module=2),
            "processors[0].scc_module: an SCC module is given but the transfer mechanism is not 'scc'",
        ),
    ],
)
def test_version_2_errors_name_the_path(mutate, expected: str) -> None:  # noqa: ANN001
    doc = load_fixture("seed_kemi")
    mutate(doc)
    with pytest.raises(InterchangeError) as caught:
        read_document(doc)
    assert expected in str(caught.value)


def test_v2_errors_inside_new_fields() -> None:
    doc = _v2_document()
    doc["processors"][-1]["country_mechanisms"][0]["mechanism"] = "adequacy"
    doc["processors"][-1]["adequacy_scope"]["checked_on"] = "1.10.2026"
    with pytest.raises(InterchangeError) as caught:
        read_document(doc)
    assert "processors[2].adequacy_scope.checked_on: '1.10.2026' is not a date (YYYY-MM-DD)" in str(
        caught.value
    )
