"""Write the Art. 30 workbook: streaming, with progress and cancel, whole or not at all.

Sheets, in order: contents; one contact block per controller (Art. 30(1)(a)); the record sheet,
one row per register, its columns grouped by Art. 30(1) item (a)-(g) and then the practice
columns; one sheet per list (purposes, data categories, recipients, joint controllers, processors
used, declared transfers); the Art. 30(2) records and their transfers; the processor catalogue
with its chains and mechanisms per country; the transfers overview judged on a date (read-only);
then the hidden drop-down lists and the hidden ``_ropa`` sheet that makes the import exact.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.hyperlink import Hyperlink

from ropa import __version__
from ropa.errors import RopaError
from ropa.gc_pause import collector_paused
from ropa.io.excel import sheet_setup as setup
from ropa.io.excel import wording as w
from ropa.io.excel.layout import ITEMS, PRACTICE, Column, Role, Table, tables
from ropa.io.excel.render import Context, RowRenderer, getter, owner_label, owner_title
from ropa.io.excel.stream import capacities, height, new_sheet, save
from ropa.io.excel.styles import make_styles, styled, use_wrapping_default
from ropa.io.excel.text import ERROR_TEXTS, FORMULA_START, visible
from ropa.io.excel.vocabulary import NO, YES, code_labels, country_label, flag_label
from ropa.io.interchange import VERSION as INTERCHANGE_VERSION
from ropa.io.transfer_list import rests_on
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.checks import Finding
from ropa.model.fields import Kind
from ropa.model.transfers import RecordKind, TransferRow, transfer_rows
from ropa.private_write import atomic_write
from ropa.reference import CODE_LIST_NAMES, reference

FORMAT = "ropa-workbook"
WORKBOOK_VERSION = 1
META_SHEET = "_ropa"
DATA_ROW = 4  # rows 1 (hidden: column names), 2 (groups), 3 (headings), then data
CHUNK = 32_000
REPORT_EVERY = 500

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(RopaError):
    """The export was cancelled; no file was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; nothing was written")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    controllers: int
    registers: int
    processors: int
    flows: int
    sheets: int

    def __str__(self) -> str:
        return (
            f"exported {self.controllers} controllers, {self.registers} registers, "
            f"{self.processors} processors and {self.flows} transfers ({self.sheets} sheets) to {self.path}"
        )


def export_workbook(
    snapshot: r.Workspace,
    path: str | os.PathLike[str],
    *,
    lang: str = "en",
    on: date | None = None,
    scope: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    findings: Sequence[Finding] | None = None,
    private: bool = True,
) -> ExportSummary:
    """Write ``snapshot`` as an Art. 30 workbook at ``path``, with labels in ``lang`` (en or fi).

    Transfers are judged on ``on`` (today by default); ``scope`` names the controller when the
    snapshot is one controller's part. ``progress(done, total)`` is called as rows are written
    and ``cancelled()`` polled as often: when it returns true, :class:`Cancelled` is raised and
    nothing is left behind. The file is written beside ``path`` and renamed over it at the end,
    owner-only unless ``private`` is false (:func:`ropa.private_write.atomic_write`).
    With ``findings`` (the gap report) a sheet lists them after the transfers overview.
    """
    target = Path(path)
    book = _Book(snapshot, "fi" if lang.lower().startswith("fi") else "en", on or date.today(), scope)
    book.progress, book.cancelled, book.findings = progress, cancelled, findings
    try:
        with atomic_write(target, private=private) as temporary, collector_paused():
            book.write(temporary)
    except OSError as exc:
        book.discard()
        raise RopaError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        book.discard()
        raise
    registers = sum(len(c.registers) for c in snapshot.controllers)
    return ExportSummary(
        target, len(snapshot.controllers), registers, len(snapshot.processors), book.flows, book.sheets
    )


_BAD_TITLE = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet title for ``name`` (31 characters, no []:*?/\\, not 'History')."""
    base = _BAD_TITLE.sub(" ", name).strip().strip("'").strip() or "Sheet"
    base = " ".join(base.split())[:31]
    if base.casefold() == "history":
        base = "History (1)"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def items_of(root: Any, table: Table) -> Iterator[tuple[Any, Any, tuple[int, ...]]]:
    """Each item of ``table`` with its owner (the nearest keyed ancestor) and its numbers."""
    gets = [getter(step) for step in table.steps]
    last = len(gets) - 1

    def walk(value: Any, depth: int, owner: Any, numbers: tuple[int, ...]) -> Iterator[Any]:
        found = gets[depth](value) or ()
        for index, item in enumerate(found, 1):
            if depth == last:
                yield item, owner, (*numbers, index)
            elif entity(type(item)).keyed:
                yield from walk(item, depth + 1, item, ())
            else:
                yield from walk(item, depth + 1, owner, (*numbers, index))

    return walk(root, 0, None, ())


def count_items(root: Any, table: Table) -> int:
    gets = [getter(step) for step in table.steps]

    def count(value: Any, depth: int) -> int:
        found = gets[depth](value) or ()
        if depth == len(gets) - 1:
            return len(found)
        return sum(count(item, depth + 1) for item in found)

    return count(root, 0)


class _Book:
    """One export: the workbook being written and what it has written so far."""

    def __init__(self, snapshot: r.Workspace, lang: str, on: date, scope: str | None) -> None:
        self.snapshot, self.lang, self.on, self.scope = snapshot, lang, on, scope
        self.tables = tables()
        self.context = Context(lang, snapshot.processors)
        self.progress: Progress | None = None
        self.cancelled: CancelCheck | None = None
        self.findings: Sequence[Finding] | None = None
        self.done = self.total = 0
        self.flows = self.sheets = 0
        self.extras: list[str] = []
        self.wb: Workbook | None = None
        self.today = datetime.now()
        self.date_format = "d.m.yyyy" if lang == "fi" else "yyyy-mm-dd"
        self._lists: dict[str, str] = {}

    # -- the whole -----------------------------------------------------------------------------

    def write(self, target: Path) -> None:
        wb = self.wb = Workbook(write_only=True)
        use_wrapping_default(wb)
        self._properties(wb)
        rows = transfer_rows(self.snapshot, self.on)
        self.flows = len(rows)
        taken = {"history", META_SHEET.casefold()}
        contents = new_sheet(wb, sheet_title(w.CONTENTS(self.lang), taken))
        self.styles = make_styles(contents, self.date_format)
        controllers = self.tables["controllers"]
        cards = [sheet_title(c.name or c.key, taken) for c in self.snapshot.controllers]
        titles = {t.id: sheet_title(t.title(self.lang), taken) for t in self.tables.values() if not t.card}
        overview = sheet_title(w.OVERVIEW(self.lang), taken)
        lists = sheet_title(w.LISTS(self.lang), taken)
        self.titles = titles
        counts = {t.id: count_items(self.snapshot, t) for t in self.tables.values()}
        self.total = sum(counts.values()) + len(rows) + 1
        self._contents(contents, cards, titles, counts, overview, len(rows))
        for index, controller in enumerate(self.snapshot.controllers, 1):
            self._card(new_sheet(wb, cards[index - 1]), controllers, controller, index)
        for table in self.tables.values():
            if not table.card:
                self._table(new_sheet(wb, titles[table.id]), table, lists)
        self._overview(new_sheet(wb, overview), rows)
        if self.findings is not None:
            from ropa.io.excel.findings_sheet import TITLE, write_findings

            write_findings(self, new_sheet(wb, sheet_title(TITLE(self.lang), taken)), self.findings)
        self._lists_sheet(new_sheet(wb, lists))
        self._meta(new_sheet(wb, META_SHEET))
        self.sheets = len(wb.worksheets)
        self._tick(force=True)
        save(wb, target)
        self.done = self.total
        if self.progress is not None:
            self.progress(self.done, self.total)

    def discard(self) -> None:
        """Remove what openpyxl streamed to temporary files for a workbook that will not be saved."""
        if self.wb is None:
            return
        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            with contextlib.suppress(Exception):  # a half-written stream is being thrown away
                if not ws.closed and ws._rows is not None:
                    ws._rows.close()
                writer.close()
            out = writer.out
            if isinstance(out, str):
                with contextlib.suppress(OSError):
                    os.remove(out)
                if out in ALL_TEMP_FILES:
                    ALL_TEMP_FILES.remove(out)

    def _tick(self, rows: int = 0, *, force: bool = False) -> None:
        before = self.done
        self.done += rows
        if not force and self.done // REPORT_EVERY == before // REPORT_EVERY:
            return
        if self.cancelled is not None and self.cancelled():
            raise Cancelled
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _properties(self, wb: Workbook) -> None:
        props = wb.properties
        props.title = w.TITLE(self.lang)
        props.subject = w.SUBTITLE(self.lang)
        props.creator = props.lastModifiedBy = f"Ropa {__version__}"
        props.keywords = "GDPR; Article 30; ROPA; " + (
            "seloste käsittelytoimista" if self.lang == "fi" else ""
        )
        props.description = f"{w.EXPORTED(self.lang)} {self.on.isoformat()}; {self._scope_text()}"
        props.language = "fi-FI" if self.lang == "fi" else "en-GB"
        props.category = "GDPR Art. 30"
        props.created = props.modified = self.today.replace(microsecond=0)

    def _scope_text(self) -> str:
        controllers = self.snapshot.controllers
        if self.scope is not None and len(controllers) == 1:
            return controllers[0].name or controllers[0].key
        return w.WHOLE_WORKSPACE(self.lang)

    def _controller_header(self) -> str:
        controllers = self.snapshot.controllers
        if len(controllers) == 1:
            return setup.header_text(controllers[0].name or controllers[0].key)
        return setup.header_text(f"{w.CONTROLLERS(self.lang)}: {len(controllers)}")

    def _page(self, ws: Any, sheet: str, controller: str, **options: Any) -> None:
        title = setup.header_text(f"{w.TITLE(self.lang)} – {sheet}", 90)
        setup.page_setup(
            ws,
            header=(controller, title, self._date(self.on)),
            footer=(f"Ropa {__version__}", w.PAGE(self.lang), setup.header_text(sheet, 40)),
            **options,
        )

    def _date(self, day: date) -> str:
        return f"{day.day}.{day.month}.{day.year}" if self.lang == "fi" else day.isoformat()

    # -- cells ---------------------------------------------------------------------------------

    def _literal(self, ws: Any) -> Callable[[str], Any]:
        style = self.styles.literal
        return lambda text: styled(ws, text, style, "s")

    def _day(self, ws: Any) -> Callable[[date], Any]:
        style = self.styles.day
        return lambda day: styled(ws, day, style, "d")

    def _text(self, ws: Any, value: str | None) -> Any:
        """A read-only text (names, report cells): shown as typed, never a formula."""
        if not value:
            return None
        value = visible(value)
        if value[0] in FORMULA_START or value in ERROR_TEXTS:
            return styled(ws, value, self.styles.literal, "s")
        return value

    def _token(self, extras: dict[str, Any]) -> str:
        self.extras.append(json.dumps(extras, ensure_ascii=True, sort_keys=True, default=str))
        return f"x{len(self.extras)}"

    def _labels(self, table: Table) -> list[str]:
        found = []
        for column in table.columns:
            if column.role is Role.OWNER and table.owner is not None:
                found.append(entity(table.owner).label(self.lang))
            else:
                found.append(column.label(self.lang))
        return found

    def _heading_style(self, column: Column) -> Any:
        s = self.styles
        if column.role in (Role.OWNER, Role.NUMBER) or (
            column.spec is not None and column.spec.kind is Kind.KEY
        ):
            return s.identity
        if column.role in (Role.SUMMARY, Role.CHAIN, Role.COUNT):
            return s.summary_required if column.required else s.summary
        return s.required if column.required else s.optional

    # -- the contents sheet ---------------------------------------------------------------------

    def _contents(
        self,
        ws: Any,
        cards: list[str],
        titles: dict[str, str],
        counts: dict[str, int],
        overview: str,
        flows: int,
    ) -> None:
        s, lang = self.styles, self.lang
        setup.set_widths(ws, [2, 30, 86, 10])
        ws.sheet_view.showGridLines = False
        self._page(ws, w.CONTENTS(lang), self._controller_header(), landscape=False, total_width=120,
                   title_rows=None, title_cols=None, grid=False)  # fmt: skip
        setup.row_height(ws, 1, 26)
        ws.append(["ropa:contents", styled(ws, w.TITLE(lang), s.title)])
        ws.append([None, styled(ws, w.SUBTITLE(lang), s.caption)])
        ws.append([])
        controllers = self.snapshot.controllers
        names = "\n".join(self._shown(c.name or c.key) for c in controllers[:12])
        if len(controllers) > 12:
            names += f"\n… (+{len(controllers) - 12})"
        facts = [
            (w.SCOPE, self._text(ws, self._scope_text())),
            (w.CONTROLLERS, self._text(ws, names) if names else None),
            (w.EXPORTED, styled(ws, self.on, s.plain_day, "d")),
            (w.JUDGED_ON, styled(ws, self.on, s.plain_day, "d")),
            (w.PRODUCED_BY, f"Ropa {__version__}"),
        ]
        for words, value in facts:
            cells = [None, styled(ws, words(lang), s.bold), value]
            ws.append_row(cells, height(cells, capacities([2, 30, 86, 10])))
        ws.append([])
        ws.append([None, styled(ws, w.CONTENTS(lang), s.subtitle), styled(ws, "", s.subtitle),
                   styled(ws, "", s.subtitle)])  # fmt: skip
        ws.append([None, styled(ws, w.SHEET(lang), s.bold), styled(ws, w.HOLDS(lang), s.bold),
                   styled(ws, w.ROWS(lang), s.bold)])  # fmt: skip
        for title, controller in zip(cards, controllers, strict=True):
            caption = f"{w.CONTACT_BLOCK(lang)}: {self._shown(controller.name or controller.key)}"
            ws.append([None, self._link(ws, title), self._text(ws, caption), None])
        for table in self.tables.values():
            if not table.card:
                ws.append([None, self._link(ws, titles[table.id]), self._caption(table), counts[table.id]])
        cells = [
            None,
            self._link(ws, overview),
            w.OVERVIEW_CAPTION(lang).format(day=self._date(self.on)),
            flows,
        ]
        ws.append_row(cells, height(cells, capacities([2, 30, 86, 10])))
        ws.append([])
        ws.append([None, styled(ws, w.LEGEND(lang), s.subtitle), styled(ws, "", s.subtitle),
                   styled(ws, "", s.subtitle)])  # fmt: skip
        fits = capacities([2, 30, 86, 10])
        swatches = (s.required, s.optional, s.summary)
        for index, words in enumerate(w.LEGEND_LINES):
            swatch = styled(ws, " ", swatches[index], "s") if index < len(swatches) else None
            cells = [None, swatch, words(lang)]
            ws.append_row(cells, height(cells, fits))

    def _shown(self, text: str) -> str:
        return visible(text).replace("\n", " ")

    def _link(self, ws: Any, title: str) -> Any:
        cell = styled(ws, title, self.styles.link, "s")
        cell.hyperlink = Hyperlink(ref="A1", location=f"{quote_sheetname(title)}!A1", display=title)
        return cell

    def _caption(self, table: Table) -> str:
        title = table.title(self.lang)
        article = table.list_spec.article
        caption = title if table.owner is None else f"{title} – {entity(table.owner).label(self.lang)}"
        return f"{caption} (Art. {article})" if article else caption

    # -- a controller's contact block ------------------------------------------------------------

    def _card(self, ws: Any, table: Table, controller: r.Controller, number: int) -> None:
        s, lang = self.styles, self.lang
        renderer = RowRenderer(table, self.context, literal=self._card_literal(ws), day=self._card_day(ws))
        values, extras = renderer.row(controller, None, (number,))
        if extras is not None:
            values[0] = self._token(extras)
        name = self._shown(controller.name or controller.key)
        setup.set_widths(ws, [2, 34, 70, 12])
        fits = capacities([2, 30, 70, 18])
        ws.sheet_view.showGridLines = False
        self._page(ws, name, setup.header_text(name), landscape=False, total_width=120,
                   title_rows=None, title_cols=None, grid=False)  # fmt: skip
        setup.row_height(ws, 1, 26)
        ws.append([f"ropa:card:{table.id}", styled(ws, w.CONTACT_BLOCK(lang), s.title)])
        ws.append([None, styled(ws, name, s.subtitle, "s"), styled(ws, "", s.subtitle),
                   styled(ws, "", s.subtitle)])  # fmt: skip
        ws.append([])
        row = 4
        for column, value in zip(table.columns, values, strict=True):
            if column.role in (Role.EXTRAS, Role.NUMBER):
                setup.hide_row(ws, row)
                label: Any = column.machine
            else:
                label = styled(ws, column.label(lang), s.card_required if column.required else s.card_label)
            if column.role is not Role.EXTRAS:
                value = self._boxed(ws, value)
            article = f"Art. {column.article}" if column.article else None
            cells = [column.machine, label, value, styled(ws, article, s.note) if article else None]
            ws.append_row(cells, height(cells, fits))
            row += 1
        ws.append([])
        ws.append(
            ["@info", styled(ws, w.EXPORTED(lang), s.card_label), styled(ws, self.on, s.plain_day, "d")]
        )
        ws.append(["@info", styled(ws, w.PRODUCED_BY(lang), s.card_label), f"Ropa {__version__}"])
        self._tick(1)

    def _boxed(self, ws: Any, value: Any) -> Any:
        """A card's value cell: framed; text stays text (literal or not, it is already safe)."""
        if isinstance(value, str):
            return styled(ws, value, self.styles.card_value, "s")
        if value is None or isinstance(value, int):
            return styled(ws, value, self.styles.card_value)
        return value  # a literal or a date, styled by the renderer's callbacks

    def _card_literal(self, ws: Any) -> Callable[[str], Any]:
        style = self.styles.card_literal
        return lambda text: styled(ws, text, style, "s")

    def _card_day(self, ws: Any) -> Callable[[date], Any]:
        style = self.styles.card_day
        return lambda day: styled(ws, day, style, "d")

    # -- a table sheet ---------------------------------------------------------------------------

    def _table(self, ws: Any, table: Table, lists: str) -> None:
        renderer = RowRenderer(table, self.context, literal=self._literal(ws), day=self._day(ws))
        owners: dict[int, Any] = {}
        title_of = owner_title(table.owner) if table.owner is not None else None

        def rows() -> Iterator[list[Any]]:
            for item, owner, numbers in items_of(self.snapshot, table):
                label = None
                if owner is not None and title_of is not None:
                    label = owners.get(id(owner))
                    if label is None:
                        owners.clear()
                        label = owners[id(owner)] = self._text(ws, owner_label(title_of, owner))
                values, extras = renderer.row(item, label, numbers)
                if extras is not None:
                    values[0] = self._token(extras)
                yield values

        stream = rows()
        sample = list(islice(stream, setup.SAMPLE_ROWS))
        count = count_items(self.snapshot, table)
        ws.declare_size(len(table.columns), DATA_ROW - 1 + count)
        labels = self._labels(table)
        found = setup.widths(table.columns, labels, sample)
        setup.set_widths(ws, found)
        setup.hide_row(ws, 1)
        ws.freeze_panes = f"C{DATA_ROW}"
        visible_width = sum(found[1:])
        self._page(
            ws,
            ws.title,
            self._controller_header(),
            landscape=True,
            total_width=visible_width,
            title_rows=f"2:{DATA_ROW - 1}",
            title_cols="B:B" if visible_width > setup.PAGE_WIDTH["landscape"] else None,
        )
        ws.append([f"ropa:table:{table.id}", *(c.machine for c in table.columns[1:])])
        groups = self._group_row(ws, table)
        ws.append_row(groups, height(groups, capacities(found, 0.9)) if table.record_article else None)
        headings = [styled(ws, label, self._heading_style(c), "s") if i else None
                    for i, (c, label) in enumerate(zip(table.columns, labels, strict=True))]  # fmt: skip
        fits = capacities(found)
        ws.append_row(headings, height(headings, capacities(found, 0.9)))
        written = 0
        for values in chain(sample, stream):
            ws.append_row(values, height(values, fits))
            written += 1
            if written % 100 == 0:
                self._tick(100)
        self._tick(written % 100)
        last = DATA_ROW - 1 + written
        end = get_column_letter(len(table.columns))
        ws.auto_filter.ref = f"A{DATA_ROW - 1}:{end}{max(last, DATA_ROW)}"
        self._validations(ws, table, lists, last)

    def _group_row(self, ws: Any, table: Table) -> list[Any]:
        """Row 2: the Art. 30 item each column serves, else a caption of the sheet."""
        s, lang = self.styles, self.lang
        row: list[Any] = [None] * len(table.columns)
        if not table.record_article:
            row[1] = styled(ws, self._caption(table), s.caption, "s")
            return row
        start = table.pinned
        runs: list[tuple[int, int, str]] = []
        for index in range(start, len(table.columns)):
            group = (
                table.columns[index].group
                if table.columns[index].group.startswith(table.record_article)
                else ""
            )
            if runs and runs[-1][2] == group:
                runs[-1] = (runs[-1][0], index, group)
            else:
                runs.append((index, index, group))
        for first, last, group in runs:  # not merged: a printed page that starts mid-group still says which
            if group:
                short, text, style = f"Art. {group}", f"Art. {group} · {ITEMS[group](lang)}", s.group
            else:
                short = text = PRACTICE(lang)
                style = s.practice
            row[first] = styled(ws, text, style, "s")
            for index in range(first + 1, last + 1):
                row[index] = styled(ws, short, style, "s")
        for index in range(1, start):
            row[index] = styled(ws, None, s.identity)
        return row

    def _validations(self, ws: Any, table: Table, lists: str, last: int) -> None:
        lang = self.lang
        for index, column in enumerate(table.columns, 1):
            spec = column.spec
            if column.role is not Role.DATA or spec is None:
                continue
            letter = get_column_letter(index)
            title, prompt = column.label(lang), spec.help(lang)
            error = f"{title}: {prompt}"
            if spec.kind is Kind.CODE:
                setup.list_validation(ws, letter, self._list(lists, spec.codes), DATA_ROW,
                                      title=title, prompt=prompt, error=error)  # fmt: skip
            elif spec.kind is Kind.FLAG:
                setup.list_validation(ws, letter, self._list(lists, "@flags"), DATA_ROW,
                                      title=title, prompt=prompt, error=error)  # fmt: skip
            elif spec.kind is Kind.COUNTRY:
                setup.list_validation(ws, letter, self._list(lists, "@countries"), DATA_ROW,
                                      title=title, prompt=prompt, error=error)  # fmt: skip
            elif spec.kind is Kind.SCC_MODULE:
                setup.number_validation(ws, letter, DATA_ROW, 1, 4, title, prompt)
            elif spec.kind is Kind.DATE:
                setup.date_validation(ws, letter, DATA_ROW, title, prompt)
                if spec.name == "next_review":
                    setup.overdue_highlight(ws, letter, DATA_ROW, last)

    # -- drop-down lists -------------------------------------------------------------------------

    def _list_columns(self) -> list[tuple[str, list[str]]]:
        lang = self.lang
        columns = [(name, list(code_labels(name, lang).values())) for name in CODE_LIST_NAMES]
        columns.append(("@flags", [YES(lang), NO(lang)]))
        ref = reference()
        import pycountry

        codes = [c.alpha_2 for c in pycountry.countries] + ["XK"] + [o.code for o in ref.organisations]
        names = sorted((country_label(code, lang) for code in codes), key=str.casefold)
        columns.append(("@countries", names))
        return columns

    def _list(self, sheet: str, name: str) -> str:
        if not self._lists:
            for index, (list_name, values) in enumerate(self._list_columns(), 1):
                self._lists[list_name] = setup.list_range(sheet, index, len(values))
        return self._lists[name]

    def _lists_sheet(self, ws: Any) -> None:
        ws.sheet_state = "hidden"
        columns = self._list_columns()
        ws.append([name for name, _ in columns])
        for index in range(max(len(values) for _, values in columns)):
            ws.append([values[index] if index < len(values) else None for _, values in columns])

    # -- the transfers overview ------------------------------------------------------------------

    def _overview(self, ws: Any, rows: list[TransferRow]) -> None:
        s, lang = self.styles, self.lang
        labels = ["", *(h(lang) for h in w.OVERVIEW_HEADINGS)]
        controllers = {c.key: c.name or c.key for c in self.snapshot.controllers}
        mechanisms = code_labels("transfer_mechanisms", lang)

        def values(row: TransferRow) -> list[Any]:
            flow = row.flow
            names = [self.context.names.get(k) or k for k in flow.chain]
            kind = w.REGISTER_KIND if row.kind is RecordKind.REGISTER else w.ON_BEHALF_KIND
            mechanism = mechanisms.get(flow.mechanism, flow.mechanism) if flow.mechanism else None
            if mechanism is None and flow.is_transfer:
                mechanism = w.NONE_RECORDED(lang)
            return [
                None,
                self._text(ws, controllers.get(row.controller, row.controller)),
                self._text(ws, f"{row.name} [{row.record}]" if row.name else row.record),
                kind(lang),
                flow.basis.label(lang),
                self._text(ws, " › ".join(names)),
                self._text(ws, flow.recipient),
                self.context.country(flow.country),
                flow.status.label(lang),
                flow.decision.decision if flow.decision is not None else None,
                flag_label(flow.adequacy_scope.confirmed, lang) if flow.standing.scope_limited else None,
                mechanism if flow.is_transfer else None,
                flow.scc_module,
                flow.module_needed,
                self._text(ws, flow.safeguards),
                self._text(ws, flow.tia),
                rests_on(flow) or None,
            ]

        sample = [values(row) for row in rows[: setup.SAMPLE_ROWS]]
        ws.declare_size(len(labels), DATA_ROW - 1 + len(rows))
        columns = [Column(Role.SUMMARY, h) for h in w.OVERVIEW_HEADINGS]
        found = setup.widths([Column(Role.EXTRAS, w.OVERVIEW), *columns], labels, sample)
        setup.set_widths(ws, found)
        setup.hide_row(ws, 1)
        ws.freeze_panes = f"D{DATA_ROW}"
        self._page(ws, ws.title, self._controller_header(), landscape=True, total_width=sum(found[1:]),
                   title_rows=f"2:{DATA_ROW - 1}", title_cols=None)  # fmt: skip
        ws.append(["ropa:report:transfers"])
        caption = w.OVERVIEW_CAPTION(lang).format(day=self._date(self.on))
        ws.append([None, styled(ws, caption, s.caption, "s")])
        fits = capacities(found)
        headings = [None, *(styled(ws, label, s.summary, "s") for label in labels[1:])]
        ws.append_row(headings, height(headings, capacities(found, 0.9)))
        for index, row in enumerate(rows):
            cells = sample[index] if index < len(sample) else values(row)
            ws.append_row(cells, height(cells, fits))
            if index % 100 == 99:
                self._tick(100)
        self._tick(len(rows) % 100)
        ws.auto_filter.ref = (
            f"A{DATA_ROW - 1}:{get_column_letter(len(labels))}{max(DATA_ROW, DATA_ROW - 1 + len(rows))}"
        )

    # -- the hidden sheet that makes the import exact ----------------------------------------------

    def _meta(self, ws: Any) -> None:
        ws.sheet_state = "veryHidden"
        ws.append(["ropa:meta"])
        ws.append(["format", FORMAT])
        ws.append(["version", WORKBOOK_VERSION])
        ws.append(["interchange", INTERCHANGE_VERSION])
        ws.append(["ropa", __version__])
        ws.append(["lang", self.lang])
        ws.append(["exported", self.on.isoformat()])
        ws.append(["scope", self.scope or ""])
        extensions = self.snapshot.extensions
        if extensions is not None:
            ws.append(["extensions", *self._chunks(json.dumps(extensions, ensure_ascii=True))])
        for table_id, title in self.titles.items():
            ws.append(["table", table_id, title])
        for index, payload in enumerate(self.extras, 1):
            ws.append(["extras", f"x{index}", *self._chunks(payload)])

    @staticmethod
    def _chunks(text: str) -> list[str]:
        return [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)] or [""]


def pages_wide(total_width: float) -> int:
    return max(1, math.ceil(total_width / setup.PAGE_WIDTH["landscape"]))
