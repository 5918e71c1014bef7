"""``ropa check`` on seed-based workspaces: the findings a DPO would expect, exit codes, formats."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from support import FIXTURES, load_fixture

from ropa.cli import main
from ropa.io.interchange import dumps, read_document
from ropa.model.checks import documented_rules


def _imported(tmp_path: Path, name: str) -> Path:
    db = tmp_path / f"{name}.ropa"
    assert main(["--db", str(db), "import", str(FIXTURES / f"{name}.json")]) == 0
    return db


def _check(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["--db", str(db), "check", "--on", "2026-11-25", *args])
    return status, capsys.readouterr().out


def test_kemi_statement_denies_the_transfer_its_us_established_processor_implies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Kemi says "no transfers outside the EU/EEA", but a processor established in the US can access."""
    status, out = _check(_imported(tmp_path, "seed_kemi"), capsys, "--format", "json")
    document = json.loads(out)
    rules = {(f["rule"], f["record"], f["path"]) for f in document["findings"]}
    assert ("statement-denies-derived-transfers", "kemi-viestinta", "transfers_statement") in rules
    assert any(rule == "adequacy-scope-not-confirmed" for rule, _, _ in rules)
    assert document["summary"]["error"] == 0 and status == 0


def test_imatran_lampo_as_published_names_no_destination(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The published notice allows transfers "where technically necessary" and names none (the
    fixture's example transfer and IT-support processor are our additions, so they go)."""
    workspace = read_document(load_fixture("seed_imatran_lampo"))
    controller = workspace.controllers[0]
    register = controller.registers[0]
    published = dataclasses.replace(
        register,
        transfers=(),
        processors=tuple(link for link in register.processors if link.processor != "imatran-lampo-it-tuki"),
    )
    workspace = dataclasses.replace(
        workspace, controllers=(dataclasses.replace(controller, registers=(published,)),)
    )
    source = tmp_path / "published.json"
    source.write_bytes(dumps(workspace))
    db = tmp_path / "w.ropa"
    assert main(["--db", str(db), "import", str(source)]) == 0
    status, out = _check(db, capsys, "--lang", "fi")
    assert "transfer-statement-unspecific" in out
    assert "Siirtoja koskeva lausuma sallii siirrot" in out
    assert out.rstrip().endswith("huomiota") and status == 0


def test_errors_give_exit_status_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The Inmics seed publishes no controller email: an Art. 30(1)(a) error."""
    status, out = _check(_imported(tmp_path, "seed_inmics"), capsys)
    assert status == 1
    assert "missing-controller-email" in out and "Art. 30(1)(a)" in out
    assert out.splitlines()[-1].startswith("1 errors")


def test_one_controller_and_an_unknown_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _imported(tmp_path, "seed_kemi")
    status, out = _check(db, capsys, "--controller", "kemi", "--format", "json")
    assert status == 0 and {f["controller"] for f in json.loads(out)["findings"]} <= {"kemi", None}
    capsys.readouterr()
    assert main(["--db", str(db), "check", "--controller", "nobody"]) == 1
    assert capsys.readouterr().err == "ropa: no controller with key 'nobody' in the workspace\n"


def test_an_empty_workspace_is_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out = _check(tmp_path / "empty.ropa", capsys)
    assert (status, out) == (0, "No findings.\n")


def test_rules_lists_every_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["check", "--rules", "--lang", "fi"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [rule.id for rule in documented_rules()]
    assert any("virhe" in line for line in lines)
