"""`ropa import-notice FILE...` as a user runs it: one-line errors naming the file, all or nothing
across files, drafts under the controller the notice names, and a dry run `ropa import` accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import FIXTURES
from test_cli import assert_one_line_error, ropa

NOTICES = FIXTURES / "notices"


def _scanned_pdf(path: Path) -> Path:
    """A PDF with a drawing and no text, as a scanner makes them."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.rect(72, 72, 300, 500, fill=1)
    canvas.showPage()
    canvas.save()
    return path


def _bad_files(tmp_path: Path) -> list[tuple[Path, str]]:
    garbage = tmp_path / "broken.pdf"
    garbage.write_bytes(b"this is not a PDF at all\n")
    odt = tmp_path / "notice.odt"
    odt.write_bytes(b"PK\x03\x04")
    return [
        (tmp_path / "missing.txt", "no such file"),
        (odt, "cannot read '.odt' files"),
        (garbage, "not a readable pdf file"),
        (_scanned_pdf(tmp_path / "scanned.pdf"), "no text found in it"),
    ]


def test_errors_are_one_line_naming_the_file(tmp_path: Path) -> None:
    db = str(tmp_path / "w.ropa")
    for path, message in _bad_files(tmp_path):
        result = ropa("--db", db, "import-notice", str(path))
        assert_one_line_error(result, str(path), message)


@pytest.mark.parametrize("bad", range(4))
def test_one_bad_file_stores_nothing(tmp_path: Path, bad: int) -> None:
    db = str(tmp_path / "w.ropa")
    assert ropa("--db", db, "import", str(FIXTURES / "seed_kemi.json")).returncode == 0
    assert ropa("--db", db, "export", str(tmp_path / "before.json")).returncode == 0
    path, _ = _bad_files(tmp_path)[bad]
    files = [str(NOTICES / "english_notice.txt"), str(path), str(NOTICES / "swedish_notice.txt")]
    result = ropa("--db", db, "import-notice", *files)
    assert_one_line_error(result, str(path))
    assert ropa("--db", db, "export", str(tmp_path / "after.json")).returncode == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()


def test_several_files_in_one_go(tmp_path: Path) -> None:
    db = str(tmp_path / "w.ropa")
    files = [str(NOTICES / "english_notice.txt"), str(NOTICES / "kemi_numbered.txt")]
    result = ropa("--db", db, "import-notice", *files)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("imported 2 draft registers")


def test_draft_goes_under_the_controller_with_the_business_id(tmp_path: Path) -> None:
    db = str(tmp_path / "w.ropa")
    assert ropa("--db", db, "import", str(FIXTURES / "seed_imatran_lampo.json")).returncode == 0
    seed = json.loads((FIXTURES / "seed_imatran_lampo.json").read_text(encoding="utf-8"))
    controller = seed["controllers"][0]
    register = controller["registers"][0]["key"]
    page = tmp_path / "notice.html"
    assert ropa("--db", db, "notice", register, str(page)).returncode == 0
    # only the business ID still ties the notice to the controller: renamed, other contacts
    text = page.read_text(encoding="utf-8")
    for name in ("name", "email", "phone", "address"):
        if controller[name]:
            text = text.replace(controller[name], f"Muutettu {name}")
    page.write_text(text, encoding="utf-8")
    result = ropa("--db", db, "import-notice", str(page))
    assert result.returncode == 0, result.stderr
    assert f"under controller '{controller['key']}' (business_id)" in result.stdout
    assert "0 new controllers" in result.stdout
    assert ropa("--db", db, "export", str(tmp_path / "after.json")).returncode == 0
    after = json.loads((tmp_path / "after.json").read_text(encoding="utf-8"))
    assert len(after["controllers"]) == 1
    drafts = [r for r in after["controllers"][0]["registers"] if r["status"] == "draft"]
    assert len(drafts) == 1 and drafts[0]["name"] == controller["registers"][0]["name"]


def test_dry_run_prints_json_that_import_accepts(tmp_path: Path) -> None:
    db = str(tmp_path / "w.ropa")
    assert ropa("--db", db, "export", str(tmp_path / "before.json")).returncode == 0
    files = [str(NOTICES / "kemi_numbered.txt"), str(NOTICES / "imatra_headings.html")]
    result = ropa("--db", db, "import-notice", "--dry-run", *files)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    registers = [r for c in document["controllers"] for r in c["registers"]]
    assert len(registers) == 2 and {r["status"] for r in registers} == {"draft"}
    assert ropa("--db", db, "export", str(tmp_path / "after.json")).returncode == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()
    (tmp_path / "drafts.json").write_text(result.stdout, encoding="utf-8")
    imported = ropa("--db", db, "import", str(tmp_path / "drafts.json"))
    assert imported.returncode == 0, imported.stderr
    assert ropa("--db", db, "export", str(tmp_path / "imported.json")).returncode == 0
    stored = json.loads((tmp_path / "imported.json").read_text(encoding="utf-8"))
    assert sorted(r["name"] for c in stored["controllers"] for r in c["registers"]) == sorted(
        r["name"] for r in registers
    )
