"""``ropa transfers``: every declared and derived flow of a seed's registers, as text and JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support import FIXTURES

from ropa.cli import main


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    db = tmp_path / "w.ropa"
    assert main(["--db", str(db), "import", str(FIXTURES / "seed_inmics.json")]) == 0
    return db


def _json(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(["--db", str(db), "transfers", "--format", "json", *args]) == 0
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


def test_json_lists_the_derived_chain_of_the_seed(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _json(workspace, capsys, "--on", "2026-11-24")
    assert document["on"] == "2026-11-24"
    rows = document["transfers"]
    assert isinstance(rows, list)
    derived = [(row["chain"], row["destination"], row["basis"]) for row in rows if row["basis"] != "declared"]
    assert (["inmics-hosting", "inmics-cloud"], "US", "processing") in derived
    assert (["inmics-hosting", "inmics-cloud", "inmics-cloud-support-in"], "IN", "processing") in derived
    india = next(row for row in rows if row["destination"] == "IN")
    assert india["status"] == "third_country" and india["is_transfer"] is True
    assert india["module_needed"] == 3
    on_behalf = [row for row in rows if row["record_kind"] == "processing_on_behalf"]
    assert on_behalf and all(row["module_needed"] in (3, None) for row in on_behalf)


def test_the_date_decides(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before the DPF (10 July 2023) a US flow had no adequacy decision to rest on."""
    before = _json(workspace, capsys, "--on", "2022-01-01")["transfers"]
    after = _json(workspace, capsys, "--on", "2024-01-01")["transfers"]
    assert isinstance(before, list) and isinstance(after, list)
    us_before = [row for row in before if row["destination"] == "US"]
    us_after = [row for row in after if row["destination"] == "US"]
    assert us_before and all(row["adequacy_decision"] is None for row in us_before)
    assert all(row["adequacy_decision"] == "(EU) 2023/1795" for row in us_after)


def test_text_in_finnish_and_one_controller(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", str(workspace), "transfers", "--lang", "fi", "--controller", "inmics"]) == 0
    text = capsys.readouterr().out
    header, rule, *lines = text.splitlines()
    assert header.split()[:3] == ["Rekisterinpitäjä", "Seloste", "Kautta"]
    assert set(rule) <= {"-", " "}
    assert lines and all(line.startswith("inmics") for line in lines)
    assert any("Intia (IN)" in line and "kolmas maa" in line for line in lines)


def test_bad_date_and_unknown_controller_are_one_line(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", str(workspace), "transfers", "--on", "24.11.2026"]) == 1
    assert capsys.readouterr().err == "ropa: --on: '24.11.2026' is not a date (YYYY-MM-DD)\n"
    assert main(["--db", str(workspace), "transfers", "--controller", "nobody"]) == 1
    assert capsys.readouterr().err == "ropa: no controller with key 'nobody' in the workspace\n"


def test_an_empty_workspace_has_no_transfers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "empty.ropa"), "transfers"]) == 0
    assert capsys.readouterr().out == "No transfers.\n"


def test_a_closed_pipe_is_not_an_error(workspace: Path) -> None:
    """`ropa transfers | head -1` must not print a BrokenPipeError traceback."""
    child = subprocess.Popen(
        [sys.executable, "-m", "ropa", "--db", str(workspace), "transfers"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader goes away before anything is written
    error = child.stderr.read().decode()
    child.wait(timeout=60)
    assert "Traceback" not in error and child.returncode == 0, error
