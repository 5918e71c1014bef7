"""The Excel commands as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import assert_one_line_error, ropa


def test_done_means_for_the_workbook(tmp_path: Path) -> None:
    """demo → export .xlsx → import elsewhere → export .json: the same content as the JSON of the original."""
    w, x = tmp_path / "w.ropa", tmp_path / "x.ropa"
    assert ropa("--db", str(w), "demo", "--registers", "200").returncode == 0
    exported = ropa("--db", str(w), "export", str(tmp_path / "w.xlsx"), "--lang", "fi")
    assert exported.returncode == 0 and "200 registers" in exported.stdout
    dry = ropa("--db", str(x), "import", str(tmp_path / "w.xlsx"), "--dry-run")
    assert dry.returncode == 0 and "would add" in dry.stdout
    imported = ropa("--db", str(x), "import", str(tmp_path / "w.xlsx"))
    assert imported.returncode == 0 and "200 registers" in imported.stdout
    assert ropa("--db", str(x), "export", str(tmp_path / "x.json")).returncode == 0
    assert ropa("--db", str(w), "export", str(tmp_path / "w.json")).returncode == 0
    first = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert first == second
    again = ropa("--db", str(x), "import", str(tmp_path / "w.xlsx"))
    assert_one_line_error(again, "already in the workspace", "--replace")
    replaced = ropa("--db", str(x), "import", str(tmp_path / "w.xlsx"), "--replace", "--dry-run")
    assert replaced.returncode == 0 and "change nothing" in replaced.stdout


def test_export_of_one_controller(tmp_path: Path) -> None:
    w = tmp_path / "w.ropa"
    assert ropa("--db", str(w), "demo", "--registers", "20").returncode == 0
    key = json.loads(ropa("--db", str(w), "transfers", "--format", "json").stdout)["transfers"][0][
        "controller"
    ]
    result = ropa(
        "--db", str(w), "export", str(tmp_path / "one.xlsx"), "--controller", key, "--on", "2026-01-01"
    )
    assert result.returncode == 0 and "exported 1 controllers" in result.stdout


def test_bad_workbook_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    assert_one_line_error(ropa("--db", str(tmp_path / "w.ropa"), "import", str(bad)), "not an Excel workbook")
    assert_one_line_error(
        ropa("--db", str(tmp_path / "w.ropa"), "export", str(tmp_path / "x.xlsx"), "--on", "tomorrow"),
        "--on: 'tomorrow' is not a date",
    )
