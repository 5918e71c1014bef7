"""``ropa export --gap-report`` as a user runs it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from test_cli import assert_one_line_error, ropa


def test_gap_report_in_the_workbook_and_not_in_json(tmp_path: Path) -> None:
    w = tmp_path / "w.ropa"
    assert ropa("--db", str(w), "demo", "--registers", "30").returncode == 0
    done = ropa("--db", str(w), "export", str(tmp_path / "w.xlsx"), "--gap-report", "--lang", "fi")
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(tmp_path / "w.xlsx", read_only=True)["Puutteet"]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) > 3 and rows[2][5] == "Sääntö"
    refused = ropa("--db", str(w), "export", str(tmp_path / "w.json"), "--gap-report")
    assert_one_line_error(refused, "--gap-report", ".xlsx or .pdf")
    assert not (tmp_path / "w.json").exists()
