"""The export as the window calls it: progress, cancel, and a workbook set up for reading and printing."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from support import load_fixture

from ropa import __version__
from ropa.demo import build_demo
from ropa.io.excel import Cancelled, export_workbook
from ropa.io.interchange import read_document
from ropa.model import records as r


@pytest.fixture(scope="module")
def demo() -> r.Workspace:
    return read_document(build_demo(60, seed=2))


def test_progress_is_reported_up_to_the_total(demo: r.Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    summary = export_workbook(
        demo, tmp_path / "w.xlsx", progress=lambda done, total: seen.append((done, total))
    )
    assert len(seen) > 3
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    assert summary.registers == 60 and summary.controllers == len(demo.controllers)


def test_cancel_leaves_nothing_behind(demo: r.Workspace, tmp_path: Path) -> None:
    target = tmp_path / "w.xlsx"
    target.write_bytes(b"the previous export")
    temporary = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        export_workbook(demo, target, cancelled=cancelled)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.xlsx"]
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= temporary


def test_a_failed_write_is_one_clear_error(demo: r.Workspace, tmp_path: Path) -> None:
    from ropa.errors import RopaError

    with pytest.raises(RopaError, match=r"cannot write"):
        export_workbook(demo, tmp_path / "missing-dir" / "w.xlsx")


def test_workbook_setup(tmp_path: Path) -> None:
    workspace = read_document(load_fixture("seed_kemi"))
    path = tmp_path / "kemi.xlsx"
    export_workbook(workspace, path, lang="fi", on=date(2026, 6, 1), scope="kemi")
    wb = load_workbook(path)
    assert wb.properties.title == "Seloste käsittelytoimista"
    assert wb.properties.creator == f"Ropa {__version__}"
    titles = wb.sheetnames
    assert titles[:3] == ["Sisällys", "Kemin kaupunki", "Rekisterit"]
    assert wb["Luettelot"].sheet_state == "hidden" and wb["_ropa"].sheet_state == "veryHidden"
    card = wb["Kemin kaupunki"]
    assert card["B1"].value.startswith("Rekisterinpitäjän nimi ja yhteystiedot")
    labels = {row[1].value: row[2].value for row in card.iter_rows(min_row=4) if row[1].value}
    assert labels["Rekisterinpitäjä"] == "Kemin kaupunki"
    assert labels["Tietosuojavastaava: Nimi"] == "Maria Vaittinen"
    assert labels["Vientipäivä"].date() == date(2026, 6, 1)
    assert labels["Laadittu ohjelmalla"] == f"Ropa {__version__}"

    registers = wb["Rekisterit"]
    assert registers.freeze_panes == "C4"
    assert registers.auto_filter.ref.startswith("A3:")
    assert registers.row_dimensions[1].hidden and registers.column_dimensions["A"].hidden
    assert registers.page_setup.orientation == "landscape" and registers.page_setup.paperSize == 9
    assert registers.sheet_properties.pageSetUpPr.fitToPage and registers.page_setup.fitToHeight == 0
    assert registers.print_title_rows.replace("$", "") == "2:3"
    assert "Kemin kaupunki" in registers.oddHeader.left.text
    assert "Seloste käsittelytoimista" in registers.oddHeader.center.text
    assert registers.oddHeader.right.text == "1.6.2026"
    assert registers.oddFooter.center.text == "Sivu &P / &N"
    groups = [cell.value for cell in registers[2] if cell.value]
    items = list(dict.fromkeys(g.split(" · ")[0] for g in groups))
    assert items == [*(f"Art. 30(1)({x})" for x in "abcdefg"), "Muut selosteen tiedot"]
    assert "Art. 30(1)(b) · Käsittelyn tarkoitukset" in groups
    headings = {cell.value: cell for cell in registers[3] if cell.value}
    required, optional = headings["Säilytysaika"], headings["Kuvaus"]
    assert required.fill.fgColor.rgb != optional.fill.fgColor.rgb
    validations = {str(v.sqref).split(":")[0]: v for v in registers.data_validations.dataValidation}
    status = next(cell.column_letter for cell in registers[1] if cell.value == "status")
    assert validations[f"{status}4"].formula1.startswith("'Luettelot'!$")
    widths = [registers.column_dimensions[c].width for c in "BCDEFGHIJ"]
    assert all(5 <= w <= 50 for w in widths)


def test_labels_follow_the_language(tmp_path: Path) -> None:
    workspace = read_document(load_fixture("seed_kemi"))
    for lang, basis in (
        ("en", "public task or official authority"),
        ("fi", "yleinen etu tai julkisen vallan käyttäminen"),
    ):
        path = tmp_path / f"{lang}.xlsx"
        export_workbook(workspace, path, lang=lang)
        wb = load_workbook(path, read_only=True)
        purposes = next(
            ws for ws in wb.worksheets if ws["A1"].value == "ropa:table:controllers.registers.purposes"
        )
        rows = list(purposes.iter_rows(values_only=True))
        assert basis in rows[3]
        wb.close()


def test_the_file_appears_whole_at_the_end(demo: r.Workspace, tmp_path: Path) -> None:
    seen: list[list[str]] = []
    export_workbook(demo, tmp_path / "w.xlsx", progress=lambda *_: seen.append(os.listdir(tmp_path)))
    assert all("w.xlsx" not in names for names in seen[:-1])
    assert os.listdir(tmp_path) == ["w.xlsx"]
