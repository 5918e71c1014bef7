"""The gap report in the workbook: one row per compliance finding (``ropa export --gap-report``).

The sheet follows the transfers overview: a hidden first row, a caption, headings with a filter,
then per finding the controller, the record, the field (in the form's words), the severity, the
rule id, the article and the message in the workbook's language. Every text cell is written as
text (a name starting with ``=`` stays a name, never a formula). The importer skips the sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter

from ropa.io import wording as W
from ropa.io.excel import sheet_setup as setup
from ropa.io.excel.stream import capacities, height
from ropa.io.excel.styles import styled
from ropa.model.checks import Finding
from ropa.model.checks.summary import field_text
from ropa.model.fields import Words

if TYPE_CHECKING:
    from ropa.io.excel.writer import _Book

TITLE = Words("Findings", "Puutteet")
CAPTION = Words(
    "Findings of the compliance checks on {day} ({counts}): what the record lacks or a DPO should "
    "look at. Read-only: fix the records, then export again.",
    "Vaatimustenmukaisuustarkistusten havainnot {day} ({counts}): mitä selosteesta puuttuu tai mitä "
    "tietosuojavastaavan kannattaa katsoa. Vain luettavaksi: korjaa selosteet ja vie uudelleen.",
)
HEADINGS = (W.CONTROLLER, W.RECORD, W.FIELD, W.SEVERITY, W.RULE, W.ARTICLE, W.FINDING)
WIDTHS = [2, 26, 34, 28, 11, 30, 12, 80]
DATA_ROW = 4


def write_findings(book: _Book, ws: Any, findings: Sequence[Finding]) -> None:
    """Write the findings sheet of ``book`` into ``ws``."""
    s, lang = book.styles, book.lang
    labels = ["", *(h(lang) for h in HEADINGS)]
    controllers = {c.key: c.name or c.key for c in book.snapshot.controllers}
    ws.declare_size(len(labels), DATA_ROW - 1 + len(findings))
    setup.set_widths(ws, WIDTHS)
    setup.hide_row(ws, 1)
    ws.freeze_panes = f"C{DATA_ROW}"
    book._page(ws, ws.title, book._controller_header(), landscape=True, total_width=sum(WIDTHS[1:]),
               title_rows=f"2:{DATA_ROW - 1}", title_cols=None)  # fmt: skip
    ws.append(["ropa:report:findings"])
    counts = {s_.value: sum(1 for f in findings if f.severity is s_) for s_ in {f.severity for f in findings}}
    tally = W.FINDING_COUNTS(lang).format(
        errors=counts.get("error", 0), warnings=counts.get("warning", 0), notes=counts.get("info", 0)
    )
    caption = CAPTION(lang).format(day=book._date(book.on), counts=tally)
    ws.append([None, styled(ws, caption, s.caption, "s")])
    fits = capacities(WIDTHS)
    headings = [None, *(styled(ws, label, s.summary, "s") for label in labels[1:])]
    ws.append_row(headings, height(headings, capacities(WIDTHS, 0.9)))
    for finding in findings:
        if finding.subject == "processor":
            owner = W.PROCESSOR_CATALOGUE(lang)
        elif finding.controller is None:
            owner = W.WORKSPACE(lang)
        else:
            owner = controllers.get(finding.controller, finding.controller)
        record = (
            "" if finding.subject in ("controller", "workspace") else f"{finding.name} [{finding.record}]"
        )
        cells = [
            None,
            book._text(ws, owner),
            book._text(ws, record),
            book._text(ws, field_text(finding, lang)),
            finding.severity.label(lang),
            finding.rule.id,
            book._text(ws, finding.article),
            book._text(ws, finding.message(lang)),
        ]
        ws.append_row(cells, height(cells, fits))
    last = max(DATA_ROW, DATA_ROW - 1 + len(findings))
    ws.auto_filter.ref = f"A{DATA_ROW - 1}:{get_column_letter(len(labels))}{last}"
