"""Annex C of the printed record, the gap report (``ropa export FILE.pdf --gap-report``): the
findings of the compliance checks per controller, then those of the processor catalogue, each
with its record, field, severity, rule, article and message. In the contents and the outline."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from ropa.io import wording as W
from ropa.io.pdf.blocks import GRID
from ropa.io.pdf.styles import FILL_COLOUR
from ropa.io.pdf.template import BODY, WIDE, SetHead
from ropa.io.pdf.text import esc, lines
from ropa.io.pdf.widths import column_widths, split_rows
from ropa.model.checks import Finding, Severity
from ropa.model.checks.summary import field_text
from ropa.model.fields import Words

if TYPE_CHECKING:
    from ropa.io.pdf.record import RecordStory

ANNEX_FINDINGS = Words(
    "Annex C. Findings of the compliance checks", "Liite C. Vaatimustenmukaisuustarkistusten havainnot"
)
INTRO = Words(
    "What the checks find on {day}: {errors} errors (Art. 30 content missing or wrong), {warnings} "
    "warnings (likely wrong or risky) and {notes} notes. The article is the GDPR's.",
    "Tarkistusten havainnot {day}: {errors} virhettä (30 artiklan tieto puuttuu tai on väärin), "
    "{warnings} varoitusta (todennäköisesti väärin tai riskialtis) ja {notes} huomiota. Artikla on "
    "tietosuoja-asetuksen.",
)
NONE = Words("The checks find nothing to report.", "Tarkistukset eivät löytäneet huomautettavaa.")
HEADS = (W.RECORD, W.FIELD, W.SEVERITY, W.ARTICLE, W.FINDING, W.RULE)
INK = {Severity.ERROR: "#c62828", Severity.WARNING: "#8a5a00", Severity.INFO: "#2f6690"}


def findings_annex(story: RecordStory, findings: Sequence[Finding]) -> list[Flowable]:
    st, lang = story.st, story.lang
    count = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    intro = INTRO(lang).format(
        day=_day(story),
        errors=count[Severity.ERROR],
        warnings=count[Severity.WARNING],
        notes=count[Severity.INFO],
    )
    out: list[Flowable] = [
        NextPageTemplate(WIDE),
        PageBreak(),
        story.heading("annex-c", "", ANNEX_FINDINGS(lang), 0, st.h1),
        Paragraph(esc(intro), st.body),
    ]
    if not findings:
        out += [Paragraph(esc(NONE(lang)), st.body), NextPageTemplate(BODY)]
        return out
    names = {c.key: c.name or c.key for c in story.ws.controllers}

    def owner(finding: Finding) -> str:
        if finding.subject == "processor":
            return W.PROCESSOR_CATALOGUE(lang)
        if finding.controller is None:
            return W.WORKSPACE(lang)
        return names.get(finding.controller, finding.controller)

    for index, (title, group) in enumerate(groupby(findings, key=owner), 1):
        story.tracker.check()
        out += [
            CondPageBreak(40 * mm),
            SetHead(story.doc, title),
            story.heading(f"c{index}", "", title, 1, st.h2),
            _table(story, list(group)),
        ]
    out.append(NextPageTemplate(BODY))
    return out


def _day(story: RecordStory) -> str:
    from ropa.io.pdf import terms

    return terms.day(story.on, story.lang)


def _table(story: RecordStory, findings: list[Finding]) -> Table:
    st, lang = story.st, story.lang
    heads = [h(lang) for h in HEADS]
    data: list[list[Any]] = [[Paragraph(esc(h), st.head_cell) for h in heads]]
    texts: list[list[str]] = []
    for finding in findings:
        record = "" if finding.subject in ("controller", "workspace") else (finding.name or finding.record)
        cells = [
            record,
            field_text(finding, lang),
            finding.severity.label(lang),
            finding.article,
            finding.message(lang),
            finding.rule.id,
        ]
        texts.append(cells)
        row: list[Any] = [Paragraph(lines(c), st.cell) for c in cells]
        row[2] = Paragraph(f'<font color="{INK[finding.severity]}"><b>{esc(cells[2])}</b></font>', st.cell)
        data.append(row)
    widths = column_widths(heads, texts, story.doc.wide_width)
    commands: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), FILL_COLOUR), *GRID]
    return Table(
        data,
        colWidths=widths,
        style=TableStyle(commands),
        repeatRows=1,
        splitInRow=split_rows(texts),
        hAlign="LEFT",
    )
