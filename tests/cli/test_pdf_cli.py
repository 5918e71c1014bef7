"""`ropa export FILE.pdf` and `ropa notice` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import FIXTURES
from test_cli import assert_one_line_error, ropa


def test_export_pdf_and_notices(tmp_path: Path) -> None:
    db = str(tmp_path / "w.ropa")
    assert ropa("--db", db, "import", str(FIXTURES / "seed_kemi.json")).returncode == 0
    done = ropa("--db", db, "export", str(tmp_path / "record.pdf"), "--lang", "fi")
    assert done.returncode == 0, done.stderr
    assert "1 controllers, 1 registers" in done.stdout and "pages to" in done.stdout
    assert (tmp_path / "record.pdf").read_bytes().startswith(b"%PDF-")
    for name in ("kemi.pdf", "kemi.html"):
        notice = ropa("--db", db, "notice", "kemi-viestinta", str(tmp_path / name))
        assert notice.returncode == 0, notice.stderr
        assert notice.stdout.startswith(f"privacy notice of kemi-viestinta written to {tmp_path / name}")
    assert '<h2 id="section-14">' in (tmp_path / "kemi.html").read_text(encoding="utf-8")


def test_notice_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "w.ropa")
    assert ropa("--db", db, "import", str(FIXTURES / "seed_kemi.json")).returncode == 0
    assert_one_line_error(
        ropa("--db", db, "notice", "nobody", str(tmp_path / "x.pdf")), "no register with key 'nobody'"
    )
    assert_one_line_error(
        ropa("--db", db, "notice", "kemi-viestinta", str(tmp_path / "x.txt")),
        "a notice is written as .pdf or .html, not '.txt'",
    )
    assert_one_line_error(
        ropa("--db", db, "export", str(tmp_path / "missing" / "x.pdf")), "the folder", "does not exist"
    )
    assert_one_line_error(
        ropa("--db", db, "notice", "kemi-viestinta", "x.pdf", "--on", "soon"), "--on: 'soon' is not a date"
    )


def test_help_lists_the_notice_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ropa", "--help"], capture_output=True, text=True, timeout=60
    )
    assert "notice" in result.stdout and ".pdf" in result.stdout
