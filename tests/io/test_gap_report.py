"""The gap report: the checks' findings as a sheet of the workbook and an annex of the PDF record."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ropa.app import Session
from ropa.app.exports import UnsupportedExportError, export_file
from ropa.model import records as r

ON = date(2026, 11, 25)


@pytest.fixture
def workspace(tmp_path: Path) -> Session:
    ws = Session.open(tmp_path / "gap.ropa")
    ws.create_controller(
        r.Controller(
            key="acme", name="=HYPERLINK(1)", address="Street 1", email="a@acme.example", country="FI"
        )
    )
    ws.create_register(
        "acme",
        r.Register(
            key="crm",
            name="+Customers <b>",
            status="active",
            purposes=(r.Purpose(description="Selling"),),
            data_subject_categories=("customers",),
            data_categories=(r.DataCategory(name="contact details", retention="2 years"),),
            recipients=(r.Recipient(name="Mail house"),),
            retention="2 years",
            transfers=(r.Transfer(country="IN"),),
            next_review=date(2027, 1, 1),
        ),
    )
    return ws


def test_workbook_gets_a_findings_sheet(workspace: Session, tmp_path: Path) -> None:
    target = tmp_path / "gap.xlsx"
    export_file(workspace, target, on=ON, gap_report=True)
    book = openpyxl.load_workbook(target)
    assert "Findings" in book.sheetnames
    sheet = book["Findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "ropa:report:findings"
    assert rows[2][1:] == ("Controller", "Record", "Field", "Severity", "Rule", "Article", "Finding")
    findings = {row[5]: row for row in rows[3:]}
    basis = findings["missing-purpose-legal-basis"]
    assert basis[1:5] == ("=HYPERLINK(1)", "+Customers <b> [crm]", "Purposes 1 › Legal basis", "error")
    assert basis[6] == "6(1)"
    assert findings["transfer-without-mechanism"][7] == "Transfer to IN has no transfer mechanism"
    # formula-safe: the name starting with "=" is a text cell, not a formula
    cell = next(c for c in sheet["B"] if c.value == "=HYPERLINK(1)")
    assert cell.data_type == "s"
    # without the option, no such sheet; in Finnish, "Puutteet"
    plain = tmp_path / "plain.xlsx"
    export_file(workspace, plain, on=ON)
    assert "Findings" not in openpyxl.load_workbook(plain, read_only=True).sheetnames
    finnish = tmp_path / "fi.xlsx"
    export_file(workspace, finnish, on=ON, lang="fi", gap_report=True)
    fi_rows = list(openpyxl.load_workbook(finnish)["Puutteet"].iter_rows(values_only=True))
    assert any(row[3] == "Käsittelyn tarkoitukset 1 › Oikeusperuste" and row[4] == "virhe" for row in fi_rows)


def test_a_gap_report_workbook_still_imports(workspace: Session, tmp_path: Path) -> None:
    target = tmp_path / "gap.xlsx"
    export_file(workspace, target, on=ON, gap_report=True)
    from ropa.io.excel import read_workbook

    records = read_workbook(target)
    assert records.layout == "ropa"
    assert [c.key for c in records.records.controllers] == ["acme"] and records.registers == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_record_gets_annex_c(workspace: Session, tmp_path: Path) -> None:
    target = tmp_path / "gap.pdf"
    export_file(workspace, target, on=ON, gap_report=True)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    assert text.count("Annex C. Findings of the compliance checks") == 2  # the contents and the annex
    assert "missing-purpose-legal-basis" in text and "+Customers <b>" in text
    assert "Transfer to IN has no transfer mechanism" in text
    plain = tmp_path / "plain.pdf"
    export_file(workspace, plain, on=ON)
    plain_text = subprocess.run(["pdftotext", str(plain), "-"], capture_output=True, text=True).stdout
    assert "Annex C" not in plain_text


def test_json_has_no_gap_report(workspace: Session, tmp_path: Path) -> None:
    with pytest.raises(UnsupportedExportError):
        export_file(workspace, tmp_path / "x.json", gap_report=True)
    assert not (tmp_path / "x.json").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_sheet_and_the_annex_list_the_same_findings(workspace: Session, tmp_path: Path) -> None:
    """One controller's gap report as a workbook and as a PDF: the same findings, row for row
    (none of the other controller's), each with the same field (its first words: cells wrap)."""
    workspace.create_controller(r.Controller(key="other", name="Other Oy"))
    workspace.create_register("other", r.Register(key="hr", name="Staff"))
    export_file(workspace, tmp_path / "gap.xlsx", controller="acme", on=ON, gap_report=True)
    export_file(workspace, tmp_path / "gap.pdf", controller="acme", on=ON, gap_report=True)
    sheet = list(openpyxl.load_workbook(tmp_path / "gap.xlsx")["Findings"].iter_rows(values_only=True))[3:]
    listed = [(row[3] or "", row[5]) for row in sheet]  # (field, rule)
    assert ("Purposes 1 › Legal basis", "missing-purpose-legal-basis") in listed
    assert ("Transfers 1", "transfer-without-mechanism") in listed
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "gap.pdf"), "-"], capture_output=True, text=True
    ).stdout
    annex = text[text.rindex("Annex C. Findings of the compliance checks") :]
    rules = {rule for _, rule in listed}
    rows = [line.split() for line in annex.splitlines() if line.split() and line.split()[-1] in rules]
    assert len(rows) == len(listed)
    for (field, rule), words in zip(listed, rows, strict=True):
        assert words[-1] == rule and " ".join(field.split()[:2]) in " ".join(words)
    assert "Staff" not in annex and "Other Oy" not in annex
