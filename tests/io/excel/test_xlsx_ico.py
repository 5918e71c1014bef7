"""Records people keep in the UK ICO controller template layout, built here by code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from ropa.app import Session
from ropa.io.excel import WorkbookError, read_workbook
from ropa.io.excel.ico import UNMAPPED_TITLE

HEADINGS = {  # the ICO template's columns, by a short name
    "function": "Business function",
    "purpose": "Purpose of processing",
    "joint": "Name and contact details of joint controller (if applicable)",
    "individuals": "Categories of individuals",
    "data": "Categories of personal data",
    "recipients": "Categories of recipients",
    "contract": "Link to contract with processor",
    "countries": (
        "Names of third countries or international organisations that personal "
        "data are transferred to (if applicable)"
    ),
    "safeguards": (
        "Safeguards for exceptional transfers of personal data to third "
        "countries or international organisations (if applicable)"
    ),
    "retention": "Retention schedule (if possible)",
    "security": ("General description of technical and organisational security measures (if possible)"),
    "basis": "Article 6 lawful basis for processing personal data",
    "art9": "Article 9 basis for processing special category data",
    "interests": "Legitimate interests for the processing (if applicable)",
    "lia": "Link to record of legitimate interests assessment (if applicable)",
    "rights": "Rights available to individuals",
    "automated": "Existence of automated decision-making, including profiling (if applicable)",
    "source": "The source of the personal data (if applicable)",
    "consent": "Link to record of consent",
    "location": "Location of personal data",
    "dpia_required": "Data Protection Impact Assessment required?",
    "dpia_progress": "Data Protection Impact Assessment progress",
    "dpia_link": "Link to Data Protection Impact Assessment",
    "breach": "Personal data breach?",
    "breach_link": "Link to record of personal data breach",
}

ROWS: list[dict[str, Any]] = [
    {
        "function": "Human resources",
        "purpose": "Staff administration",
        "individuals": "Employees, Contractors, Job applicants",
        "data": "Contact details; Bank details\nHealth (sickness records)",
        "recipients": "HMRC; Pension provider",
        "contract": "https://intranet.example/contracts/payroll.pdf",
        "countries": "United States; Intia; Atlantis",
        "safeguards": "Standard contractual clauses (IDTA addendum)",
        "retention": "6 years after employment ends",
        "security": "Role-based access, encryption at rest",
        "basis": "Article 6(1)(b) - contract",
        "art9": "Art 9(2)(b) employment, social security and social protection law",
        "rights": "Access, rectification, erasure, restriction",
        "automated": "No",
        "source": "The individual",
        "location": "HR system\nShared drive",
        "dpia_required": "No",
        "breach": "No",
    },
    {
        "function": "Marketing",
        "purpose": "Newsletter\nEvent invitations",
        "joint": "Partner Ltd, partner@example.com",
        "individuals": "Customers",
        "data": "Name, email address",
        "recipients": "Mailing service",
        "retention": "Until consent is withdrawn",
        "security": "MFA on the mailing service",
        "basis": "Legitimate interests",
        "interests": "Telling customers about our products",
        "lia": "LIA-2024-07",
        "automated": "Profiling of opening rates",
        "dpia_required": "Yes",
        "dpia_progress": "Completed March 2024",
        "dpia_link": "DPIA-12",
    },
    {
        "function": "Finance",
        "purpose": "Invoicing",
        "individuals": "Customers",
        "data": "Billing address",
        "recipients": "Auditors",
        "retention": "7 years",
        "security": "Finance system access control",
        "basis": "Whatever seems right",
    },
]


def ico_workbook(path: Path, rows: list[dict[str, Any]] = ROWS, *, table_contacts: bool = True) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Controller"
    ws.append(["Documentation of processing activities – controller"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    if table_contacts:
        ws.append(["", "Name", "Address", "Email", "Telephone"])
        ws.append(
            ["Controller", "Acme Widgets Ltd", "1 High Street, Leeds", "info@acme.example", "0113 496 0000"]
        )
        ws.append(["Data Protection Officer", "Dana Privacy", "", "dpo@acme.example", "0113 496 0001"])
        ws.append(["Representative", "", "", "", ""])
    else:
        ws.append(
            [
                "Name and contact details of controller",
                "Acme Widgets Ltd, 1 High Street, Leeds, info@acme.example, 0113 496 0000",
            ]
        )
        ws.append(["Name and contact details of data protection officer", "Dana Privacy, dpo@acme.example"])
    ws.append([])
    ws.append(list(HEADINGS.values()))
    for row in rows:
        ws.append([row.get(name) for name in HEADINGS])
    wb.save(path)
    return path


@pytest.mark.parametrize("table_contacts", [True, False])
def test_ico_layout_maps_what_it_can(tmp_path: Path, table_contacts: bool) -> None:
    found = read_workbook(ico_workbook(tmp_path / "ico.xlsx", table_contacts=table_contacts))
    assert found.layout == "ico"
    (controller,) = found.records.controllers
    assert controller.name == "Acme Widgets Ltd" and controller.key == "acme-widgets-ltd"
    assert controller.email == "info@acme.example" and controller.phone == "0113 496 0000"
    assert controller.dpo.name == "Dana Privacy" and controller.dpo.email == "dpo@acme.example"
    hr, marketing, finance = controller.registers
    assert hr.department == "Human resources" and hr.name == "Staff administration"
    assert hr.data_subject_categories == ("Employees", "Contractors", "Job applicants")
    assert [d.name for d in hr.data_categories] == [
        "Contact details",
        "Bank details",
        "Health (sickness records)",
    ]
    assert [x.name for x in hr.recipients] == ["HMRC", "Pension provider"]
    assert [t.country for t in hr.transfers] == ["US", "IN"]
    assert {t.mechanism for t in hr.transfers} == {"scc"}
    assert hr.purposes[0].legal_basis == "art6-1-b"
    assert hr.special_category_conditions == ("art9-2-b",)
    assert hr.retention == "6 years after employment ends"
    assert hr.security_measures.electronic.startswith("Role-based")
    assert hr.systems == ("HR system", "Shared drive")
    assert hr.automated_decision_making.used is False
    assert hr.dpia.status == "not_required"
    assert hr.description.startswith(UNMAPPED_TITLE)
    assert "Link to contract with processor: https://intranet.example/contracts/payroll.pdf" in hr.description
    assert "Third country: Atlantis" in hr.description
    assert [p.description for p in marketing.purposes] == ["Newsletter", "Event invitations"]
    assert {p.legal_basis for p in marketing.purposes} == {"art6-1-f"}
    assert marketing.purposes[0].legitimate_interest == "Telling customers about our products"
    assert marketing.joint_controllers[0].name == "Partner Ltd"
    assert marketing.automated_decision_making.used is True
    assert marketing.dpia.status == "done" and marketing.dpia.reference == "DPIA-12"
    assert finance.purposes[0].legal_basis is None
    assert "Lawful basis: Whatever seems right" in finance.description
    report = "\n".join(found.notes)
    assert "ICO template layout" in report and "3 processing activities" in report
    assert "Retention schedule (if possible) → retention" in report
    assert "not mapped, kept in the description: Third country: 'Atlantis'" in report
    assert "Link to contract with processor (1)" in report


def test_ico_import_stores_and_reimports_with_replace(tmp_path: Path) -> None:
    path = ico_workbook(tmp_path / "ico.xlsx")
    with Session.open(tmp_path / "w.ropa") as ws:
        ws.import_records(read_workbook(path).records)
        ws.import_records(read_workbook(path).records, replace=True)
        assert len(ws.snapshot().controllers[0].registers) == 3


def test_ico_layout_without_activities_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="no activity row"):
        read_workbook(ico_workbook(tmp_path / "empty.xlsx", rows=[]))
