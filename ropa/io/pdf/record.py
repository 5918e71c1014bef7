"""The printed record of processing activities (Art. 30): what goes on which page, in which order.

Cover (controller, DPO, date, Ropa version), contents, one part per controller (its details, then
one section per register, each with its data-flow diagram), the Art. 30(2) record as its own part,
Annex A the processors and sub-processors, Annex B every transfer, declared and derived, judged
on one date. The story is built here; :mod:`ropa.io.pdf.template` sets the pages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ropa import __version__
from ropa.io import wording as W
from ropa.io.pdf import palette, terms
from ropa.io.pdf.annexes import processors_annex, transfers_annex
from ropa.io.pdf.blocks import Blocks
from ropa.io.pdf.diagram import register_diagram
from ropa.io.pdf.diagram_pdf import drawing
from ropa.io.pdf.fonts import REGULAR
from ropa.io.pdf.styles import Styles, colour, styles
from ropa.io.pdf.template import BODY, Heading, Pending, RecordTemplate, SetHead, TocEntry, Tracker
from ropa.io.pdf.text import esc
from ropa.io.pdf.values import Formatter
from ropa.model.catalogue import label
from ropa.model.records import Controller, Register, Workspace
from ropa.model.transfers import ProcessorCatalogue
from ropa.reference import reference

if TYPE_CHECKING:
    from ropa.model.checks import Finding

TITLE_MOST = 160  # characters of a name in a heading; the field itself prints in full
COVER_LIST = 10  # controllers named on the cover; the contents list them all


@dataclass(frozen=True)
class Toc:
    key: str
    title: str
    level: int


class RecordStory:
    """Builds the flowables of one record; ``entries`` collects the contents as it goes."""

    def __init__(
        self,
        workspace: Workspace,
        doc: RecordTemplate,
        *,
        lang: str,
        on: date,
        printed: date,
        tracker: Tracker | None = None,
        findings: Sequence[Finding] | None = None,
        on_behalf: bool = True,
    ) -> None:
        self.ws = workspace
        self.findings = findings  # the gap report (Annex C), when asked for
        self.with_on_behalf = on_behalf  # the Art. 30(2) part (left out of one register's record)
        self.doc = doc
        self.lang = lang
        self.on = on
        self.printed = printed
        self.tracker = tracker or Tracker()
        self._built = 0
        self._to_build = sum(len(c.registers) + len(c.processing_on_behalf) for c in workspace.controllers)
        self.st: Styles = styles()
        self.catalogue = ProcessorCatalogue(workspace.processors)
        names = {p.key: p.name or p.key for p in workspace.processors}
        self.fmt = Formatter(lang, names)
        self.blocks = Blocks(self.fmt, self.st, doc.width)
        self.pending: Pending = doc.pending
        self.entries: list[Toc] = []

    # -- the whole document -------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        body: list[Flowable] = []
        number = 0
        for number, controller in enumerate(self.ws.controllers, 1):
            body += self.controller_part(number, controller)
        if self.with_on_behalf:
            body += self.on_behalf_part(number + 1)
        body += processors_annex(self)
        body += transfers_annex(self)
        if self.findings is not None:
            from ropa.io.pdf.gap_report import findings_annex

            body += findings_annex(self, self.findings)
        return [*self.cover(), *self.contents(), *body]

    def heading(self, key: str, number: str, title: str, level: int, style: Any) -> Heading:
        """A numbered heading, in the outline and, down to level 1, in the contents."""
        title = title if len(title) <= TITLE_MOST else title[: TITLE_MOST - 1].rstrip() + "…"
        text = f"{number}\u2002{title}" if number else title
        if level <= 1:
            self.entries.append(Toc(key, text, level))
        return Heading(Paragraph(esc(text), style), key=key, title=text, level=level, pending=self.pending)

    def built_one(self) -> None:
        """One more record built: report it, and stop here if the user cancelled."""
        self._built += 1
        self.tracker.building(self._built, self._to_build)

    # -- front matter --------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        st, lang = self.st, self.lang
        rows: list[list[Any]] = []

        def row(caption: str, *values: str) -> None:
            text = "<br/>".join(esc(v) for v in values if v)
            rows.append(
                [Paragraph(esc(caption).upper(), st.cover_label), Paragraph(text or "–", st.cover_value)]
            )

        controllers = self.ws.controllers
        if len(controllers) == 1:
            only = controllers[0]
            place = " · ".join(v for v in (only.business_id, only.address) if v)
            row(label(Controller, "name", lang), only.name or only.key, place)
        else:
            names = [c.name or c.key for c in controllers]
            shown = names if len(names) <= COVER_LIST else [*names[: COVER_LIST - 1], _more(names, lang)]
            row(f"{label(Workspace, 'controllers', lang)} ({len(names)})", *shown)
        dpos = sorted({(c.dpo.name, c.dpo.email) for c in controllers if c.dpo.name or c.dpo.email})
        people = [" · ".join(v for v in dpo if v) for dpo in dpos]
        if len(controllers) == 1:
            phone = controllers[0].dpo.phone
            people = [" · ".join(v for v in (*dpos[0], phone) if v)] if dpos else []
        if len(people) > COVER_LIST // 2:
            people = [*people[: COVER_LIST // 2 - 1], _more(people, lang)]
        row(label(Controller, "dpo", lang), *people)
        row(W.EXPORTED(lang), terms.day(self.printed, lang))
        row(W.TRANSFERS_JUDGED_ON(lang), terms.day(self.on, lang))
        verified = reference().edition("adequacy").verified_on
        table = Table(rows, colWidths=[48 * mm, self.doc.width - 48 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle([
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colour(palette.RULE)),
            ])
        )  # fmt: skip
        page = [
            Spacer(1, 34 * mm),
            _Rule(self.doc.width, 2.2),
            Spacer(1, 7 * mm),
            Paragraph(esc(W.RECORD_TITLE(lang)), st.cover_title),
            Paragraph(esc(W.RECORD_SUBTITLE(lang)), st.cover_subtitle),
            table,
            Spacer(1, 14 * mm),
            Paragraph(esc(f"{W.PRODUCED_WITH(lang)} Ropa {__version__}"), st.small),
            Paragraph(esc(terms.REFERENCE_VERIFIED(lang).format(day=terms.day(verified, lang))), st.small),
        ]
        # One page whatever the names: shrunk to fit rather than spilling onto a second page.
        return [
            KeepInFrame(self.doc.width, self.doc.height, page, mode="shrink"),
            NextPageTemplate(BODY),
            PageBreak(),
        ]

    def contents(self) -> list[Flowable]:
        """The contents; its entries are filled in as the parts are built, so build it last."""
        return [_Contents(self)]

    # -- parts ----------------------------------------------------------------------------------------

    def controller_part(self, number: int, controller: Controller) -> list[Flowable]:
        st, lang = self.st, self.lang
        out: list[Flowable] = [
            PageBreak(),
            SetHead(self.doc, controller.name or controller.key),
            self.heading(f"c{number}", str(number), controller.name or controller.key, 0, st.h1),
            Paragraph(esc(W.CONTROLLER(lang)), st.h3),
            *self.blocks.record(controller, skip=("registers", "processing_on_behalf")),
        ]
        if not controller.registers:
            out.append(Paragraph(esc(terms.NO_REGISTERS(lang)), st.body))
        for index, register in enumerate(controller.registers, 1):
            self.built_one()
            out += self.register_section(f"{number}.{index}", f"c{number}r{index}", controller, register)
        return out

    def register_section(
        self, number: str, key: str, controller: Controller, register: Register
    ) -> list[Flowable]:
        st, lang = self.st, self.lang
        out: list[Flowable] = [
            PageBreak(),
            self.heading(key, number, register.name or register.key, 1, st.h2),
            *self.blocks.record(register),
        ]
        diagram = register_diagram(controller, register, self.catalogue, self.on, lang, width=self.doc.width)
        caption = terms.DIAGRAM_CAPTION(lang).format(day=terms.day(self.on, lang))
        out.append(
            KeepTogether([
                Paragraph(esc(terms.DIAGRAM(lang)), st.h3),
                drawing(diagram, max_width=self.doc.width, max_height=self.doc.height - 60),
                Spacer(1, 3),
                Paragraph(esc(caption), st.small),
            ])
        )  # fmt: skip
        return out

    def on_behalf_part(self, number: int) -> list[Flowable]:
        st, lang = self.st, self.lang
        out: list[Flowable] = [
            PageBreak(),
            SetHead(self.doc, self.everyone()),
            self.heading("p302", str(number), terms.PART_30_2(lang), 0, st.h1),
        ]
        records = [(c, pob) for c in self.ws.controllers for pob in c.processing_on_behalf]
        if not records:
            out.append(Paragraph(esc(terms.NO_30_2(lang)), st.body))
        for index, (controller, pob) in enumerate(records, 1):
            self.built_one()
            title = f"{pob.client.name or pob.key} ({controller.name})"
            out += [
                CondPageBreak(60 * mm),
                SetHead(self.doc, controller.name),
                self.heading(f"p302-{index}", f"{number}.{index}", title, 1, st.h2),
                *self.blocks.record(pob),
            ]
        return out

    def everyone(self) -> str:
        """The running head outside a controller's part."""
        controllers = self.ws.controllers
        return controllers[0].name if len(controllers) == 1 else W.ALL_CONTROLLERS(self.lang)


def _more(items: list[str], lang: str) -> str:
    return terms.AND_MORE(lang).format(count=len(items) - COVER_LIST + 1)


class _Contents(Flowable):
    """Expands, when laid out, into the contents lines collected while the parts were built."""

    def __init__(self, story: RecordStory) -> None:
        super().__init__()
        self.story = story

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, availHeight + 1  # never fits: the frame asks it to split into its lines

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self.lines())

    def lines(self) -> Iterator[Flowable]:
        st = self.story.st
        yield SetHead(self.story.doc, self.story.everyone())
        yield Paragraph(esc(W.CONTENTS(self.story.lang)), st.h1)
        yield Spacer(1, 4)
        for entry in self.story.entries:
            style = st.toc0 if entry.level == 0 else st.toc1
            if entry.level == 0:
                yield Spacer(1, 5)
            yield TocEntry(Paragraph(esc(entry.title), style), entry.key, self.story.pending)

    def draw(self) -> None:
        pass


class _Rule(Flowable):
    def __init__(self, width: float, thickness: float) -> None:
        super().__init__()
        self.width, self.thickness = width, thickness

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.thickness

    def draw(self) -> None:
        self.canv.setFillColor(colour(palette.ACCENT))
        self.canv.rect(0, 0, 60 * mm, self.thickness, stroke=0, fill=1)
