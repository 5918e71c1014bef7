"""``ropa history``: the changes between two dates as JSON, text, Excel and PDF, read back."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support import FIXTURES

from ropa.app import Session
from ropa.cli import main
from ropa.model import records as r

EVIL = '=HYPERLINK("http://x") <img src="/etc/passwd"/> & <b>'


def _edited(location: str | Path) -> str:
    """Import the Kemi seed and make two edits of its first register; return the register's key."""
    assert main(["--db", str(location), "import", str(FIXTURES / "seed_kemi.json")]) == 0
    with Session.open(location) as ws:
        key = ws.register_summaries()[0].key
        register = ws.get(r.Register, key)
        purpose = r.Purpose(description="Tilastointi", legal_basis="art6-1-e")
        ws.update_register(
            key, dataclasses.replace(register, name=EVIL, purposes=(*register.purposes, purpose))
        )
        ws.retire_register(key)
    return key


def test_json_and_text_list_every_change(
    workspace_location: str | Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _edited(workspace_location)
    capsys.readouterr()
    target = tmp_path / "h.json"
    assert main(["--db", str(workspace_location), "history", str(target), "--controller", "kemi"]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "ropa-history" and document["controller"] == "kemi"
    changes = document["changes"]
    assert [c["action"] for c in changes if c["key"] == key] == ["import", "update", "retire"]
    edit = next(c for c in changes if c["action"] == "update")
    fields = {f["path"]: f for f in edit["fields"]}
    assert fields["name"]["new"] == EVIL
    assert fields["name"]["label"] == {"en": "Register", "fi": "Rekisteri"}
    added = next(f for path, f in fields.items() if path.startswith("purposes["))
    assert added["old"] is None and added["new"]["legal_basis"] == "art6-1-e"
    assert added["label"]["fi"].startswith("Käsittelyn tarkoitukset ")
    assert {c["entity"] for c in changes} == {"controller", "register"}  # processors are no controller's
    assert main(["--db", str(workspace_location), "history", "--lang", "fi"]) == 0
    text = capsys.readouterr().out
    assert "Tila: voimassa (active) → poistettu käytöstä (retired)" in text
    assert f"Rekisteri {key} [kemi]: lopetettu" in text


def test_dates_are_days_in_utc_both_included(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.ropa"
    _edited(db)
    today = datetime.now(UTC).date()
    with Session.open(db) as ws:
        everything = [e.id for e in ws.history()]
    capsys.readouterr()
    for since, until, expected in [
        (today, today, everything),
        (today + timedelta(days=1), None, []),
        (None, today - timedelta(days=1), []),
        (today - timedelta(days=3), None, everything),
    ]:
        args = ["--db", str(db), "history", str(tmp_path / "h.json")]
        args += ["--since", since.isoformat()] if since else []
        args += ["--until", until.isoformat()] if until else []
        assert main(args) == 0
        document = json.loads((tmp_path / "h.json").read_text(encoding="utf-8"))
        assert [c["id"] for c in document["changes"]] == expected
    assert main(["--db", str(db), "history", "--since", "yesterday"]) == 1
    assert "--since: 'yesterday' is not a date" in capsys.readouterr().err
    assert main(["--db", str(db), "history", str(tmp_path / "h.docx")]) == 1
    assert "cannot write a history to '.docx'" in capsys.readouterr().err


def test_excel_report_reads_back_with_text_kept_literal(tmp_path: Path) -> None:
    db = tmp_path / "w.ropa"
    key = _edited(db)
    target = tmp_path / "h.xlsx"
    assert main(["--db", str(db), "history", str(target), "--lang", "fi"]) == 0
    sheet = load_workbook(target).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "Aika (UTC)")
    body = rows[header + 1 :]
    renamed = next(row for row in body if row[6] == "Rekisteri" and row[4] == key)
    assert renamed[2] == "muokattu" and renamed[8] == EVIL
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == EVIL)
    assert cell.data_type == "s" and cell.quotePrefix
    assert [row[2] for row in body if row[4] == key] == ["tuotu", "muokattu", "muokattu", "lopetettu"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_pdf_report_prints_user_text_literally(tmp_path: Path) -> None:
    db = tmp_path / "w.ropa"
    _edited(db)
    target = tmp_path / "h.pdf"
    assert main(["--db", str(db), "history", str(target)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Change history" in text and "retired" in text
    assert "<img" in text and "HYPERLINK" in text
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])
