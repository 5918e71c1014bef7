"""``ropa history``: the changes between two dates, for auditors, as JSON, text, Excel or PDF.

One row per changed field (an imported record, which is logged as a whole, is one row): when
(UTC), who, what was done, to which record, which field — named by the field catalogue's labels
in English or Finnish (``Purposes 3 › Legal basis``) — and the old and new value. The format
follows the file's suffix (:data:`SUFFIXES`); every file is written whole or not at all. User
text is data: escaped in the PDF's paragraph markup, and a spreadsheet cell that could be read
as a formula is written as literal text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson

from ropa import __version__
from ropa.errors import RopaError
from ropa.model.catalogue import EXTENSIONS, RECORD_KINDS
from ropa.model.field_path import field_place, field_words
from ropa.model.fields import FieldSpec, Kind, Words
from ropa.store.history import Entry, FieldChange

SUFFIXES = (".json", ".txt", ".xlsx", ".pdf")

#: The record kinds the history names.
KINDS = RECORD_KINDS
#: The path of a move's change (the record went to another controller): no record has it as a field.
MOVED = "controller"

ACTIONS: dict[str, Words] = {
    "create": Words("created", "luotu"),
    "update": Words("edited", "muokattu"),
    "delete": Words("deleted", "poistettu"),
    "duplicate": Words("duplicated", "kopioitu"),
    "move": Words("moved", "siirretty"),
    "retire": Words("retired", "lopetettu"),
    "rename": Words("renamed", "nimetty uudelleen"),
    "link": Words("processor linked", "käsittelijä liitetty"),
    "unlink": Words("processor unlinked", "käsittelijän liitos poistettu"),
    "edit-link": Words("processor link edited", "käsittelijän liitosta muokattu"),
    "add-transfer": Words("transfer added", "siirto lisätty"),
    "edit-transfer": Words("transfer edited", "siirtoa muokattu"),
    "remove-transfer": Words("transfer removed", "siirto poistettu"),
    "add-subprocessor": Words("sub-processor added", "alikäsittelijä lisätty"),
    "undo": Words("undone", "kumottu"),
    "redo": Words("redone", "tehty uudelleen"),
    "restore": Words("restored from history", "palautettu historiasta"),
    "import": Words("imported", "tuotu"),
    "import-replace": Words("replaced by import", "korvattu tuonnilla"),
}

ENTITY_WORDS: dict[str, Words] = {
    "register": Words("Register", "Rekisteri"),
    "controller": Words("Controller", "Rekisterinpitäjä"),
    "processor": Words("Processor", "Käsittelijä"),
    "processing_on_behalf": Words("Processing on behalf", "Käsittely toimeksiannosta"),
}

WORDS: dict[str, Words] = {
    "title": Words("Change history", "Muutoshistoria"),
    "between": Words("Changes from {since} to {until}", "Muutokset {since} – {until}"),
    "beginning": Words("the beginning", "alusta"),
    "now": Words("now", "nykyhetkeen"),
    "workspace": Words("Workspace", "Työtila"),
    "controller": Words("Controller", "Rekisterinpitäjä"),
    "all": Words("all", "kaikki"),
    "made": Words("Made {at} by Ropa {version}; times are UTC", "Laadittu {at}, Ropa {version}; ajat UTC"),
    "count": Words("{count} changes", "{count} muutosta"),
    "none": Words("No changes in this period.", "Ei muutoksia tällä aikavälillä."),
    "empty": Words("(empty)", "(tyhjä)"),
    "whole": Words("(the whole record)", "(koko tietue)"),
    "moved": Words("Controller", "Rekisterinpitäjä"),
    "renamed": Words("was {key}", "aiemmin {key}"),
}
COLUMNS: tuple[Words, ...] = (
    Words("Time (UTC)", "Aika (UTC)"),
    Words("User", "Käyttäjä"),
    Words("Action", "Toimenpide"),
    Words("Record", "Tietue"),
    Words("Key", "Tunniste"),
    Words("Controller", "Rekisterinpitäjä"),
    Words("Field", "Kenttä"),
    Words("Old value", "Vanha arvo"),
    Words("New value", "Uusi arvo"),
)


@dataclass(frozen=True, kw_only=True)
class HistoryReport:
    """What the report covers and the changes in it (oldest first)."""

    workspace: str
    since: date | None
    until: date | None  # inclusive
    controller: str | None
    entries: Sequence[Entry]
    made: datetime


def _lang(lang: str) -> str:
    return "fi" if lang.lower().startswith("fi") else "en"


def _code(spec: FieldSpec | None, value: str, lang: str) -> str:
    """A code or country with its label: ``Consent (art6-1-a)``, ``United States (US)``."""
    from ropa.reference import reference

    if spec is None:
        return value
    if spec.kind in (Kind.CODE, Kind.CODES) and spec.codes:
        item = reference().code_list(spec.codes).get(value)
        return f"{item.label(lang)} ({value})" if item is not None else value
    if spec.kind in (Kind.COUNTRY, Kind.COUNTRIES):
        return f"{reference().country_name(value, lang)} ({value})"
    return value


def field_label(kind: type | None, path: str, lang: str) -> str:
    """A field path in the catalogue's words: ``Purposes 3 › Legal basis`` (a move's ``controller``,
    which no record has as a field, as the word for it)."""
    if path == MOVED:
        return WORDS["moved"](lang)
    return field_words(kind, path, lang)


def value_text(kind: type | None, path: str, value: Any, lang: str) -> str:
    """A logged value as a person reads it; an item of a list as its fields, labelled."""
    if value is None or value == "" or value == [] or value == {}:
        return WORDS["empty"](lang)
    if isinstance(value, bool):
        return {True: Words("yes", "kyllä"), False: Words("no", "ei")}[value](lang)
    place = field_place(kind, path)
    record, spec = place.record, place.spec
    if isinstance(value, list):
        return ", ".join(
            _code(spec, v, lang) if isinstance(v, str) else value_text(None, "", v, lang) for v in value
        )
    if isinstance(value, dict):
        parts = []
        for name, inner in value.items():
            if inner is None or inner == "" or inner == [] or name == EXTENSIONS:
                continue
            label = field_label(record, name, lang) if record is not None else name
            parts.append(f"{label}: {value_text(record, name, inner, lang)}")
        return "; ".join(parts) or WORDS["empty"](lang)
    return _code(spec, value, lang) if isinstance(value, str) else str(value)


def rows(report: HistoryReport, lang: str) -> list[list[str]]:
    """The report's table: one row per changed field, one per change that has none listed."""
    lang = _lang(lang)
    out: list[list[str]] = []
    for e in report.entries:
        kind = KINDS.get(e.entity)
        action = ACTIONS[e.action](lang) if e.action in ACTIONS else e.action
        key = e.key if not e.old_key else f"{e.key} ({WORDS['renamed'](lang).format(key=e.old_key)})"
        head = [
            e.at.strftime("%Y-%m-%d %H:%M:%S"),
            e.user,
            action,
            ENTITY_WORDS[e.entity](lang) if e.entity in ENTITY_WORDS else e.entity,
            key,
            e.controller or "",
        ]
        fields: Sequence[FieldChange] = e.fields
        if not fields:
            out.append([*head, WORDS["whole"](lang), "", ""])
        for f in fields:
            out.append(
                [
                    *head,
                    field_label(kind, f.path, lang),
                    value_text(kind, f.path, f.old, lang),
                    value_text(kind, f.path, f.new, lang),
                ]
            )
    return out


def _heading(report: HistoryReport, lang: str) -> list[str]:
    since = report.since.isoformat() if report.since else WORDS["beginning"](lang)
    until = report.until.isoformat() if report.until else WORDS["now"](lang)
    return [
        WORDS["between"](lang).format(since=since, until=until),
        f"{WORDS['workspace'](lang)}: {report.workspace}",
        f"{WORDS['controller'](lang)}: {report.controller or WORDS['all'](lang)}",
        WORDS["made"](lang).format(at=report.made.strftime("%Y-%m-%d %H:%M"), version=__version__),
        WORDS["count"](lang).format(count=len(report.entries)),
    ]


def as_json(report: HistoryReport) -> bytes:
    """The report as JSON: every change with its fields, values as logged, labels in both languages."""

    def field(kind: type | None, f: FieldChange) -> dict[str, Any]:
        return {
            "path": f.path,
            "label": {"en": field_label(kind, f.path, "en"), "fi": field_label(kind, f.path, "fi")},
            "old": f.old,
            "new": f.new,
        }

    return orjson.dumps(
        {
            "format": "ropa-history",
            "workspace": report.workspace,
            "since": report.since.isoformat() if report.since else None,
            "until": report.until.isoformat() if report.until else None,
            "controller": report.controller,
            "made": report.made.isoformat(timespec="seconds") + "Z",
            "ropa": __version__,
            "changes": [
                {
                    "id": e.id,
                    "at": e.at.isoformat(timespec="microseconds") + "Z",
                    "user": e.user,
                    "action": e.action,
                    "description": e.description,
                    "entity": e.entity,
                    "key": e.key,
                    "old_key": e.old_key,
                    "controller": e.controller,
                    "fields": [field(KINDS.get(e.entity), f) for f in e.fields],
                }
                for e in report.entries
            ],
        },
        option=orjson.OPT_INDENT_2,
    )


def as_text(report: HistoryReport, lang: str = "en") -> str:
    """The report as plain text: a heading, then each change and its fields, one per line."""
    lang = _lang(lang)
    lines = [WORDS["title"](lang), *_heading(report, lang), ""]
    if not report.entries:
        return "\n".join([*lines, WORDS["none"](lang)])
    last: tuple[str, ...] = ()
    for row in rows(report, lang):
        head = tuple(row[:6])
        if head != last:
            at, user, action, kind, key, controller = head
            where = f" [{controller}]" if controller and kind != ENTITY_WORDS["controller"](lang) else ""
            lines.append(f"{at}  {user}  {kind} {key}{where}: {action}")
            last = head
        field, old, new = row[6:]
        if old or new:
            lines.append(f"    {field}: {old} → {new}")
    return "\n".join(lines)


def write_report(report: HistoryReport, path: Path, lang: str = "en") -> str:
    """Write the report to ``path`` in the format its suffix names; one line saying what was written."""
    from ropa.private_write import atomic_write

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RopaError(
            f"{path}: cannot write a history to '{path.suffix}' files (use {', '.join(SUFFIXES)})"
        )
    with atomic_write(path) as temporary:  # owner-only: it holds the record
        if suffix == ".json":
            temporary.write_bytes(as_json(report) + b"\n")
        elif suffix == ".txt":
            temporary.write_text(as_text(report, lang) + "\n", encoding="utf-8")
        elif suffix == ".xlsx":
            _write_xlsx(report, temporary, _lang(lang))
        else:
            _write_pdf(report, temporary, _lang(lang))
    return f"wrote {len(report.entries)} changes to {path}"


def _write_xlsx(report: HistoryReport, path: Path, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from ropa.io.excel.text import needs_literal, visible

    book = Workbook()
    sheet = book.active
    sheet.title = WORDS["title"](lang)
    sheet.append([WORDS["title"](lang)])
    sheet["A1"].font = Font(bold=True, size=14)
    for line in _heading(report, lang):
        sheet.append([visible(line)])
    sheet.append([])
    header = sheet.max_row + 1
    sheet.append([c(lang) for c in COLUMNS])
    for cell in sheet[header]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows(report, lang):
        sheet.append([visible(v) for v in row])
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrap
            if isinstance(cell.value, str) and needs_literal(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
    for letter, width in zip("ABCDEFGHI", (20, 14, 22, 18, 26, 18, 30, 40, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    sheet.auto_filter.ref = f"A{header}:I{sheet.max_row}"
    book.properties.title = WORDS["title"](lang)
    book.properties.creator = f"Ropa {__version__}"
    book.save(path)


def _write_pdf(report: HistoryReport, path: Path, lang: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    from ropa.io.pdf.fonts import BOLD, register_fonts
    from ropa.io.pdf.text import esc, lines

    font = register_fonts()
    body = ParagraphStyle("body", fontName=font, fontSize=7.5, leading=9.5)
    bold = ParagraphStyle("bold", parent=body, fontName=BOLD)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
    meta = ParagraphStyle("meta", fontName=font, fontSize=9, leading=12)
    story: list[Any] = [Paragraph(esc(WORDS["title"](lang)), title)]
    story += [Paragraph(esc(line), meta) for line in _heading(report, lang)]
    story.append(Spacer(1, 5 * mm))
    table_rows = rows(report, lang)
    if not table_rows:
        story.append(Paragraph(esc(WORDS["none"](lang)), meta))
    else:
        data = [[Paragraph(esc(c(lang)), bold) for c in COLUMNS]]
        data += [[Paragraph(lines(v) or "", body) for v in row] for row in table_rows]
        widths = [w * mm for w in (24, 18, 24, 22, 30, 22, 36, 50, 50)]
        table = LongTable(data, colWidths=widths, repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),  # not Helvetica, which is not embedded
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c0c8d0")),
                ]
            )
        )
        story.append(table)
    made = report.made.strftime("%Y-%m-%d %H:%M")

    def foot(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 7)
        canvas.drawString(12 * mm, 7 * mm, f"{WORDS['title'](lang)} · {made} UTC · Ropa {__version__}")
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=WORDS["title"](lang),
        author=f"Ropa {__version__}",
        lang=lang,
        initialFontName=font,
        initialFontSize=9,
    )
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
