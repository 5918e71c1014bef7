"""The page machinery of the record: page templates, running head and foot, the outline, page
numbers that are only known at the end, progress and cancellation.

One pass, not reportlab's multi-pass ``multiBuild``: numbers that are not known while a page is
laid out (the total in "page X of Y", the page of each entry in the table of contents) are drawn
as references to PDF form XObjects that are defined once the last page is done. The record of a
thousand registers is typeset once, which keeps it close to the cost of reportlab itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from ropa.errors import RopaError
from ropa.io.pdf import palette
from ropa.io.pdf.fonts import BOLD, REGULAR, register_fonts
from ropa.io.pdf.styles import (
    LANDSCAPE,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PORTRAIT,
    colour,
)

COVER, BODY, WIDE = "cover", "body", "wide"

Progress = Callable[[int, int], None]  # (done, total): steps of ``STEPS``, never going back
CancelCheck = Callable[[], bool]  # True: stop as soon as possible
STEPS = 1000
STORY_STEPS = 250  # building the content; the rest is laying it out on pages


class ExportCancelled(RopaError):
    """The user cancelled an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled; nothing was written")


class Tracker:
    """Reports progress in ``STEPS`` that only go forward, and stops the work when cancelled.

    The content is built first (registers counted), then laid out (reportlab counts the flowables
    it has placed; the contents grow into many lines on the way, so its count is kept monotonic).
    """

    def __init__(self, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._last = -1
        self._size = 1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def building(self, done: int, total: int) -> None:
        self.check()
        self._report(STORY_STEPS * done // max(total, 1))

    def on_layout(self, event: str, value: int) -> None:
        """reportlab's progress callback."""
        self.check()
        if event == "SIZE_EST":
            self._size = max(value, 1)
        elif event == "PROGRESS":
            self._report(STORY_STEPS + (STEPS - STORY_STEPS) * max(value, 0) // self._size)
        elif event == "FINISHED":
            self._report(STEPS)

    def _report(self, step: int) -> None:
        step = min(step, STEPS if step == STEPS else STEPS - 1)
        if step > self._last:
            self._last = step
            if self._progress is not None:
                self._progress(step, STEPS)


@dataclass
class RunningHead:
    """What the head and foot of each page say; ``controller`` changes with the part."""

    title: str
    controller: str
    footer: str  # date and producer
    page_of: str  # "Page {page} of" / "Sivu {page} /"


@dataclass
class Pending:
    """Numbers drawn before they are known, each a form defined at the end."""

    pages: dict[str, int] = field(default_factory=dict)  # heading key -> page
    referenced: set[str] = field(default_factory=set)  # heading keys the contents point to
    total: int = 0
    numbered: list[tuple[int, str]] = field(default_factory=list)  # page, the form of its number


class RecordTemplate(BaseDocTemplate):
    """Portrait body pages with head and foot, a landscape variant for wide tables, a bare cover."""

    def __init__(
        self,
        filename: str,
        head: RunningHead,
        *,
        title: str,
        author: str,
        subject: str,
        lang: str,
        tracker: Tracker | None = None,
        cover: bool = True,
    ) -> None:
        font = register_fonts()
        super().__init__(
            filename,
            pagesize=PORTRAIT,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=subject,
            creator="Ropa",
            lang=lang,
            initialFontName=font,
            initialFontSize=9,
            pageCompression=1,
        )
        self.head = head
        self.pending = Pending()
        portrait = Frame(MARGIN_LEFT, MARGIN_BOTTOM, self.width, self.height, id="body", leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        wide_w = LANDSCAPE[0] - MARGIN_LEFT - MARGIN_RIGHT
        wide_h = LANDSCAPE[1] - MARGIN_TOP - MARGIN_BOTTOM
        wide = Frame(MARGIN_LEFT, MARGIN_BOTTOM, wide_w, wide_h, id="wide", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)  # fmt: skip
        self.wide_width = wide_w
        templates = [
            PageTemplate(COVER, [portrait], onPageEnd=self._foot_only, pagesize=PORTRAIT),
            PageTemplate(BODY, [portrait], onPageEnd=self._decorate, pagesize=PORTRAIT),
            PageTemplate(WIDE, [wide], onPageEnd=self._decorate, pagesize=LANDSCAPE),
        ]
        self.addPageTemplates(templates if cover else templates[1:])  # the first one starts
        if tracker is not None:
            self.setProgressCallBack(tracker.on_layout)

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        self.canv.showOutline()

    def _foot_only(self, canv: Canvas, doc: Any) -> None:
        self.pending.total = max(self.pending.total, canv.getPageNumber())

    def _decorate(self, canv: Canvas, doc: Any) -> None:
        """Head: controller left, title right, a hairline. Foot: date left, page X of Y right."""
        page = canv.getPageNumber()
        self.pending.total = max(self.pending.total, page)
        width, height = self.pageTemplate.pagesize or PORTRAIT
        left, right = MARGIN_LEFT, width - MARGIN_RIGHT
        canv.saveState()
        canv.setFillColor(colour(palette.MUTED))
        canv.setFont(REGULAR, 7.4)
        top = height - MARGIN_TOP + 9 * mm
        canv.drawString(left, top, _cut(self.head.controller, REGULAR, 7.4, (right - left) * 0.55))
        canv.setFont(BOLD, 7.4)
        canv.drawRightString(right, top, self.head.title)
        canv.setStrokeColor(colour(palette.RULE))
        canv.setLineWidth(0.5)
        canv.line(left, top - 4, right, top - 4)
        bottom = MARGIN_BOTTOM - 11 * mm
        canv.line(left, bottom + 10, right, bottom + 10)
        canv.setFont(REGULAR, 7.4)
        canv.drawString(left, bottom, self.head.footer)
        name = f"ropa-page-{page}"
        canv.translate(right, bottom)
        canv.doForm(name)
        canv.restoreState()
        self.pending.numbered.append((page, name))


def _cut(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def numbering_canvas(template: RecordTemplate) -> type[Canvas]:
    """A canvas class that, before saving, defines every form drawn in place of a number."""

    class NumberingCanvas(Canvas):
        def save(self) -> None:
            pending = template.pending
            head = template.head
            for page, name in pending.numbered:
                self.beginForm(name, lowerx=-160, lowery=-3, upperx=0, uppery=10)
                self.setFont(REGULAR, 7.4)
                self.setFillColor(colour(palette.MUTED))
                self.drawRightString(0, 0, f"{head.page_of.format(page=page)} {pending.total}")
                self.endForm()
            for key in pending.referenced:
                self.beginForm(f"ropa-toc-{key}", lowerx=-40, lowery=-3, upperx=0, uppery=10)
                self.setFont(REGULAR, 8.6)
                self.setFillColor(colour(palette.INK))
                found = pending.pages.get(key)
                self.drawRightString(0, 0, str(found) if found is not None else "–")
                self.endForm()
            super().save()

    return NumberingCanvas


class Heading(Flowable):
    """A heading that never splits: bookmarked where it stands, in the outline at its level, and
    its page remembered for the table of contents."""

    def __init__(self, paragraph: Paragraph, *, key: str, title: str, level: int, pending: Pending) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.key = key
        self.title = title
        self.level = level
        self.pending = pending
        self.keepWithNext = True
        self.spaceBefore = paragraph.style.spaceBefore
        self.spaceAfter = paragraph.style.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)
        self.pending.pages[self.key] = canv.getPageNumber()
        self.paragraph.drawOn(canv, 0, 0)


class TocEntry(Flowable):
    """One line of the table of contents: the title (a link) and, right-aligned, its page."""

    def __init__(self, paragraph: Paragraph, key: str, pending: Pending) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.key = key
        pending.referenced.add(key)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, height = self.paragraph.wrap(availWidth - 36, availHeight)
        self.height = height + 2.4
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        self.paragraph.drawOn(canv, 0, 2.4)
        canv.saveState()
        baseline = self.height - self.paragraph.style.fontSize  # where reportlab puts the first line
        canv.translate(self.width, baseline)
        canv.doForm(f"ropa-toc-{self.key}")
        canv.restoreState()
        canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class SetHead(Flowable):
    """Names ``controller`` in the running head from this point on (a part of the record starts)."""

    def __init__(self, doc: RecordTemplate, controller: str) -> None:
        super().__init__()
        self.doc = doc
        self.controller = controller

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.doc.head.controller = self.controller
