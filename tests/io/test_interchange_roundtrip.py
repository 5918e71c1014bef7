"""Lossless round trip: document -> workspace -> document gives back every value at its path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import SEED_DOCUMENTS, load_fixture, normalise, workspace_text

from ropa.app import Session
from ropa.demo import build_demo
from ropa.io.interchange import read_document, write_document


@pytest.mark.parametrize("name", SEED_DOCUMENTS)
def test_document_survives_the_workspace(name: str, tmp_path: Path) -> None:
    source = load_fixture(name)
    with Session.open(tmp_path / "w.ropa") as ws:
        ws.import_file(Path(__file__).parents[1] / "fixtures" / f"{name}.json")
        ws.export_json(tmp_path / "out.json")
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert normalise(exported) == normalise(source)


# INTERCHANGE.md, "Version 2 (additive)".
V2_REGISTER_KEYS = {"criminal_data_basis", "provision_requirement"}
V2_PROCESSOR_KEYS = {"representative", "tia", "adequacy_scope", "country_mechanisms"}


@pytest.mark.parametrize("name", SEED_DOCUMENTS)
def test_export_writes_every_key(name: str) -> None:
    """Export writes the whole contract, empty values included, so a reader sees every field."""
    exported = write_document(read_document(load_fixture(name)))
    example = load_fixture("interchange_example")
    # The documented example shows version 1's keys; version 2 adds keys, never removes one.
    register_keys = set(example["controllers"][0]["registers"][0]) | V2_REGISTER_KEYS
    processor_keys = set(example["processors"][0]) | V2_PROCESSOR_KEYS
    for controller in exported["controllers"]:
        assert set(controller) >= {
            "key",
            "name",
            "dpo",
            "representative",
            "registers",
            "processing_on_behalf",
        }
        for register in controller["registers"]:
            assert set(register) - {"extensions"} == register_keys
    for processor in exported["processors"]:
        assert set(processor) - {"extensions"} == processor_keys
    assert exported["version"] == 2


def test_reimport_of_export_is_identical(tmp_path: Path, seeded_workspace) -> None:
    seeded_workspace.export_json(tmp_path / "a.json")
    with Session.open(tmp_path / "copy.ropa") as copy:
        copy.import_file(tmp_path / "a.json")
        assert workspace_text(copy) == workspace_text(seeded_workspace)


def test_finnish_and_other_latin_letters_survive(tmp_path: Path, workspace) -> None:
    doc = load_fixture("interchange_example")
    doc["processors"][0]["name"] = "Łódź Data Sp. z o.o. – Řízení ÄÖÅ äöå"
    (tmp_path / "in.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    workspace.import_file(tmp_path / "in.json")
    workspace.export_json(tmp_path / "out.json")
    assert "Łódź Data Sp. z o.o. – Řízení ÄÖÅ äöå" in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_extensions_are_kept_everywhere(tmp_path: Path, workspace) -> None:
    doc = load_fixture("interchange_example")
    doc["extensions"] = {"x-root": [1, {"a": None}]}
    doc["processors"][0]["extensions"] = {"x-proc": True}
    doc["processors"][0]["dpo"]["extensions"] = {"x-dpo": "d"}
    controller = doc["controllers"][0]
    controller["extensions"] = {"x-ctl": 1}
    controller["representative"] = {"name": "Rep", "extensions": {"x-rep": 2}}
    register = controller["registers"][0]
    register["extensions"] = {"x-reg": "r"}
    register["dpia"]["extensions"] = {"x-dpia": 3}
    register["purposes"][1]["extensions"] = {"x-purpose": 4}
    register["processors"][0]["extensions"] = {"x-link": 5}
    register["transfers"] = [{"country": "US", "mechanism": "scc", "scc_module": 2, "extensions": {"x-t": 6}}]
    pob = controller["processing_on_behalf"][0]
    pob["client"]["extensions"] = {"x-client": 7}
    pob["extensions"] = {"x-pob": 8}
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    workspace.import_file(tmp_path / "in.json")
    workspace.export_json(tmp_path / "out.json")
    out = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert normalise(out) == normalise(doc)
    assert out["controllers"][0]["registers"][0]["dpia"]["extensions"] == {"x-dpia": 3}


def test_controller_export_carries_its_processor_chains(tmp_path: Path, seeded_workspace) -> None:
    seeded_workspace.export_json(tmp_path / "inmics.json", controller="inmics")
    doc = json.loads((tmp_path / "inmics.json").read_text(encoding="utf-8"))
    assert [c["key"] for c in doc["controllers"]] == ["inmics"]
    keys = {p["key"] for p in doc["processors"]}
    assert {"inmics-hosting", "inmics-cloud", "inmics-cloud-support-in"} <= keys
    assert "valu-digital" not in keys  # Kemi's processor is not Inmics' business
    # The controller's document stands alone: it imports into an empty workspace.
    with Session.open(tmp_path / "alone.ropa") as alone:
        alone.import_file(tmp_path / "inmics.json")
        alone.export_json(tmp_path / "again.json")
    assert normalise(json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))) == normalise(doc)


def test_list_order_is_kept(workspace) -> None:
    doc = load_fixture("seed_imatran_lampo")
    register = doc["controllers"][0]["registers"][0]
    register["systems"] = ["Z", "A", "M"]
    register["data_subject_categories"] = ["Ö", "A"]
    workspace.import_records(read_document(doc))
    stored = workspace.snapshot().controllers[0].registers[0]
    assert stored.systems == ("Z", "A", "M")
    assert stored.data_subject_categories == ("Ö", "A")


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_demo_documents_survive_the_workspace(seed: int, tmp_path: Path) -> None:
    """Every field, with varied synthetic content (chains, transfers, Art. 30(2) records, extensions)."""
    document = build_demo(300, seed)
    document["controllers"][0]["registers"][0]["extensions"] = {"x-seed": seed}
    with Session.open(tmp_path / "w.ropa") as ws:
        ws.import_records(read_document(document))
        exported = write_document(ws.snapshot())
    assert normalise(exported) == normalise(document)
