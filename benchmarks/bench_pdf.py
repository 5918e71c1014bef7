"""Time the printed record against a bare reportlab document of the same paragraphs and tables.

    .venv/bin/python benchmarks/bench_pdf.py [--registers 1000] [--rounds 2] [--lang fi]

Ropa: ``export_record`` of a demo workspace, end to end (load the records, build the content
from the catalogue, the data-flow diagrams, the contents, outline, running heads and "page X of
Y", write the file). Bare: a reportlab ``BaseDocTemplate`` with one frame of the same size, given
the very same paragraph texts, styles and tables, built from plain strings (no diagrams,
contents, outline, head or foot), and a second bare run that also gets the diagrams. The three
alternate, best of ``--rounds`` (3) each; the ratio Ropa / bare is the figure in the README. Figures
are printed, not asserted.
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ropa.app import Session
from ropa.demo import build_demo
from ropa.gc_pause import collector_paused
from ropa.io.interchange import read_document
from ropa.io.pdf import export_record
from ropa.io.pdf.record import RecordStory
from ropa.io.pdf.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP
from ropa.io.pdf.template import Heading, RecordTemplate, RunningHead

Spec = tuple[Any, ...]


def _remember_table_styles() -> None:
    """Keep each table's style commands on it, so the bare document can be given the same ones."""
    original = Table.setStyle

    def set_style(self: Table, style: Any) -> None:
        commands = style.getCommands() if hasattr(style, "getCommands") else list(style)
        self._bench_commands = [*getattr(self, "_bench_commands", []), *commands]
        original(self, style)

    Table.setStyle = set_style  # type: ignore[method-assign]


def plain(story: Iterable[Flowable], drawings: bool) -> list[Spec]:
    """The paragraphs (texts and styles), tables (cells, widths, commands) and page breaks of a story
    (CondPageBreak is a Spacer, so it is matched before Spacer)."""
    out: list[Spec] = []
    for item in story:
        if isinstance(item, Heading):
            out.append(("p", item.paragraph.text, item.paragraph.style))
        elif isinstance(item, Paragraph):
            out.append(("p", item.text, item.style))
        elif isinstance(item, Table):
            cells = [
                [("p", c.text, c.style) if isinstance(c, Paragraph) else ("s", c) for c in row]
                for row in item._cellvalues
            ]
            out.append(("t", cells, item._argW, item._bench_commands, item.repeatRows, item.splitInRow))
        elif isinstance(item, KeepTogether | KeepInFrame):
            out += plain(item._content, drawings)
        elif isinstance(item, CondPageBreak):
            out.append(("room", item.height))  # "start a new page unless this much room is left"
        elif isinstance(item, PageBreak):
            out.append(("break",))
        elif isinstance(item, Spacer):
            out.append(("space", item.height))
        elif isinstance(item, Drawing) and drawings:
            out.append(("drawing", item))
    return out


def bare(specs: list[Spec], path: Path) -> int:
    """Build the plain document from strings and styles; return its pages."""
    story: list[Flowable] = []
    for spec in specs:
        kind = spec[0]
        if kind == "p":
            story.append(Paragraph(spec[1], spec[2]))
        elif kind == "t":
            rows = [[Paragraph(c[1], c[2]) if c[0] == "p" else c[1] for c in row] for row in spec[1]]
            style = TableStyle(spec[3])
            story.append(Table(rows, colWidths=spec[2], style=style, repeatRows=spec[4], splitInRow=spec[5]))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "room":
            story.append(CondPageBreak(spec[1]))
        elif kind == "space":
            story.append(Spacer(1, spec[1]))
        elif kind == "drawing":
            story.append(spec[1])
    doc = BaseDocTemplate(
        str(path), leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, initialFontName="DejaVuSans",
    )  # fmt: skip
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)  # the same frame as Ropa's  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [frame])])
    with collector_paused():  # as Ropa does: the comparison is of the documents, not of the collector
        doc.build(story)
    return int(doc.page)


def timed(action: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action(*args, **kwargs)
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lang", default="fi")
    args = parser.parse_args()
    _remember_table_styles()
    on = date(2026, 11, 24)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Session.open(folder / "bench.ropa")
        ws.import_records(read_document(build_demo(args.registers, seed=1)))
        doc = RecordTemplate(str(folder / "x.pdf"), RunningHead("", "", "", ""), title="", author="",
                             subject="", lang=args.lang)  # fmt: skip
        story = RecordStory(ws.snapshot(), doc, lang=args.lang, on=on, printed=on).story()
        text_only, with_drawings = plain(story, False), plain(story, True)
        del story
        paragraphs = sum(1 for s in text_only if s[0] == "p")
        tables = sum(1 for s in text_only if s[0] == "t")
        cells = sum(len(row) for s in text_only if s[0] == "t" for row in s[1])
        print(f"{args.registers} registers: {paragraphs} paragraphs, {tables} tables with {cells} cells")

        ours, bare_text, bare_drawn = [], [], []
        pages = {}
        for _ in range(args.rounds):
            t, summary = timed(export_record, ws, folder / "ropa.pdf", lang=args.lang, on=on)
            ours.append(t)
            pages["ropa"] = summary.pages
            print(f"  round: Ropa {t:.1f} s", end="", flush=True)
            t, pages["bare"] = timed(bare, text_only, folder / "bare.pdf")
            bare_text.append(t)
            print(f", bare {t:.1f} s", end="", flush=True)
            fresh = copy.deepcopy(with_drawings)  # a drawing laid out once is not laid out again
            t, pages["drawn"] = timed(bare, fresh, folder / "drawn.pdf")
            bare_drawn.append(t)
            print(f", bare with diagrams {t:.1f} s", flush=True)
        ws.close()
    a, b, c = min(ours), min(bare_text), min(bare_drawn)
    print(f"{'Ropa export_record (end to end)':<52} {a:7.1f} s  {pages['ropa']:5d} pages")
    print(f"{'bare reportlab, same paragraphs and tables':<52} {b:7.1f} s  {pages['bare']:5d} pages")
    print(f"{'bare reportlab, same paragraphs, tables, diagrams':<52} {c:7.1f} s  {pages['drawn']:5d} pages")
    print(f"ratio Ropa / bare: {a / b:.2f} (paragraphs and tables), {a / c:.2f} (with the diagrams)")


if __name__ == "__main__":
    main()
