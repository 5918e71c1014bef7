"""The dashboard view: numbers from a worker, charts in words, a finding opens its field."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ropa.app import Session
from ropa.model import records as r
from ropa.model.checks import Severity
from ropa.ui.dashboard import FindingColumn
from ropa.ui.sidebar import View

ON = date(2026, 11, 25)


def _small_workspace(path: Path) -> None:
    with Session.open(path) as ws:
        ws.create_processor(r.Processor(key="us", name="US Mail", country="US", processing_countries=("US",)))
        ws.create_controller(
            r.Controller(key="acme", name="Acme Oy", address="Street 1", email="a@acme.example", country="FI")
        )
        ws.create_register(
            "acme",
            r.Register(
                key="crm",
                name="Customers",
                status="active",
                purposes=(r.Purpose(description="Selling"),),  # no legal basis: an error
                data_subject_categories=("customers",),
                data_categories=(r.DataCategory(name="contact details", retention="2 years"),),
                recipients=(r.Recipient(name="Mail house"),),
                retention="2 years",
                transfers=(r.Transfer(country="IN"),),  # no mechanism: an error
                processors=(r.ProcessorLink(processor="us", agreement="DPA 2026"),),
                next_review=date(2026, 1, 1),
            ),
        )


def test_dashboard_numbers_charts_and_opening_a_finding(make_window, tmp_path: Path) -> None:
    path = tmp_path / "small.ropa"
    _small_workspace(path)
    window = make_window(path, today=ON)
    window.use_record_editors()
    window.show()
    window.show_view(None, View.DASHBOARD)
    page = window.dashboard_page
    assert page.wait()
    board = page.dashboard
    assert board is not None and board.controller is None and board.registers == 1
    assert page.error_tile.number.text() == str(board.count(Severity.ERROR))
    assert board.count(Severity.ERROR) >= 2
    assert page.overdue_tile.number.text() == "1"
    assert "India: 1" in page.transfer_chart.text() and "No mechanism 1" in page.transfer_chart.text()
    assert "None recorded: 1" in page.basis_chart.text()
    assert "Acme Oy:" in page.completeness_chart.text()

    model = page.findings_model
    assert model.rowCount() == len(board.findings)
    rows = {model.finding(row).rule.id: row for row in range(model.rowCount())}
    row = rows["missing-purpose-legal-basis"]
    assert model.index(row, FindingColumn.FIELD).data() == "Purposes 1 › Legal basis"
    assert model.index(row, FindingColumn.SEVERITY).data() == "Error"

    # a double click opens the register in its editor at the field
    index = model.index(row, FindingColumn.MESSAGE)
    page.findings.doubleClicked.emit(index)
    QApplication.processEvents()
    assert window.current_view is View.REGISTERS
    assert window.registers_page.slot.key == "crm"
    editor = window.registers_page.slot.widget()
    purposes = editor.form.editor("purposes")
    assert purposes.current == 0
    window.activateWindow()
    QApplication.processEvents()
    basis = purposes.form.editor("legal_basis").focus_widget()
    assert QApplication.focusWidget() is basis or basis.isAncestorOf(QApplication.focusWidget())

    # a processor's finding opens the processor in the catalogue
    window.show_view(None, View.DASHBOARD)
    assert page.wait()
    rows = {model.finding(row).rule.id: row for row in range(model.rowCount())}
    assert model.index(rows["processor-representative-missing"], FindingColumn.CONTROLLER).data() == (
        "Processor catalogue"
    )
    assert model.index(rows["processor-representative-missing"], FindingColumn.RECORD).data() == (
        "US Mail (processor)"
    )
    page.findings.activated.emit(model.index(rows["processor-representative-missing"], 0))
    QApplication.processEvents()
    assert window.current_view is View.PROCESSORS
    assert window.processors_page.slot.key == "us"

    # one controller's dashboard; an edit makes the next one load again
    window.show_view("acme", View.DASHBOARD)
    assert page.wait()
    assert page.dashboard is not None and page.dashboard.controller == "acme"
    assert page.findings.isColumnHidden(FindingColumn.CONTROLLER)
    errors_before = page.dashboard.count(Severity.ERROR)
    assert errors_before >= 2
    register = window.workspace.get(r.Register, "crm")
    fixed = r.Purpose(description="Selling", legal_basis="art6-1-b")
    assert window.save_register("crm", dataclasses.replace(register, purposes=(fixed,)))
    window.show_view("acme", View.DASHBOARD)
    assert page.wait()
    assert page.dashboard.count(Severity.ERROR) == errors_before - 1


def test_dashboard_in_finnish(make_window, tmp_path: Path) -> None:
    path = tmp_path / "small.ropa"
    _small_workspace(path)
    window = make_window(path, today=ON, language="fi")
    window.show_view("acme", View.DASHBOARD)
    page = window.dashboard_page
    assert page.wait()
    model = page.findings_model
    texts = [model.index(row, FindingColumn.FIELD).data() for row in range(model.rowCount())]
    assert "Käsittelyn tarkoitukset 1 › Oikeusperuste" in texts
    assert "Intia: 1" in page.transfer_chart.text()
    assert page.findings.model().headerData(0, Qt.Orientation.Horizontal) is not None


def test_switching_back_before_the_load_shows_what_was_asked_for(make_window, tmp_path: Path) -> None:
    path = tmp_path / "small.ropa"
    _small_workspace(path)
    window = make_window(path, today=ON)
    window.show_view(None, View.DASHBOARD)
    page = window.dashboard_page
    assert page.wait()
    assert page.splitter.isEnabled()
    window.show_view("acme", View.DASHBOARD)  # wanted, not started yet: the numbers shown are greyed
    assert page.is_loading() and not page.splitter.isEnabled()
    window.show_view(None, View.DASHBOARD)  # back before it started: nothing else is loaded
    assert not page.is_loading() and page.splitter.isEnabled()
    assert page.wait()
    assert page.dashboard is not None and page.dashboard.controller is None
    assert page.title.text() == "All controllers"


def test_a_controller_finding_opens_its_details_at_the_field(make_window, tmp_path: Path) -> None:
    path = tmp_path / "authority.ropa"
    with Session.open(path) as ws:
        ws.create_controller(
            r.Controller(
                key="city",
                name="City",
                address="Town hall",
                email="kirjaamo@city.example",
                country="FI",
                public_authority=True,  # and no DPO: Art. 37(1)(a)
            )
        )
    window = make_window(path, today=ON)
    window.use_record_editors()
    window.show()
    window.show_view("city", View.DASHBOARD)
    page = window.dashboard_page
    assert page.wait()
    model = page.findings_model
    row = next(
        n for n in range(model.rowCount()) if model.finding(n).rule.id == "public-authority-without-dpo"
    )
    assert model.index(row, FindingColumn.RECORD).data() == ""
    page.findings.doubleClicked.emit(model.index(row, FindingColumn.MESSAGE))
    QApplication.processEvents()
    assert window.current_view is View.DETAILS and window.current_controller == "city"
    editor = window.controller_page.slot.widget()
    window.activateWindow()
    QApplication.processEvents()
    name = editor.form.editor("dpo").form.editor("name").focus_widget()
    assert QApplication.focusWidget() is name or name.isAncestorOf(QApplication.focusWidget())


def test_export_gap_report_from_the_file_menu(make_window, qtbot, monkeypatch, tmp_path: Path) -> None:
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "small.ropa"
    _small_workspace(path)
    window = make_window(path, today=ON)
    window.show_view("acme", View.REGISTERS)
    target = tmp_path / "acme-gaps"  # no suffix typed: the type chosen in the dialog decides
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "Excel workbooks (*.xlsx)")
    )
    assert window.export_gap_action.isEnabled()
    window.export_gap_action.trigger()
    qtbot.waitUntil(lambda: window.current_task is None, timeout=30_000)
    rows = list(openpyxl.load_workbook(tmp_path / "acme-gaps.xlsx")["Findings"].iter_rows(values_only=True))
    assert any(row[5] == "missing-purpose-legal-basis" for row in rows[3:])
