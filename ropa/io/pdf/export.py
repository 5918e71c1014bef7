"""What the CLI and the window call: the record of processing activities as a PDF, and the
privacy notice of one register as a PDF or an HTML page.

Each function reads a :class:`~ropa.app.Session` (or records), writes through
:func:`~ropa.io.pdf.output.atomic_output` and returns a summary. The PDF functions take a
``progress(done, total)`` callback and a ``cancelled()`` check so a worker thread can report
and stop them; a cancelled export raises :class:`ExportCancelled` and leaves no file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ropa import __version__
from ropa.errors import RopaError
from ropa.gc_pause import collector_paused
from ropa.io.pdf import terms
from ropa.io.pdf.output import atomic_output
from ropa.io.pdf.template import CancelCheck, ExportCancelled, Progress, RecordTemplate, RunningHead
from ropa.model.records import Workspace

if TYPE_CHECKING:
    from ropa.app import Session

__all__ = ["ExportCancelled", "RecordSummary", "export_record", "write_record"]


@dataclass(frozen=True)
class RecordSummary:
    path: Path
    pages: int
    controllers: int
    registers: int

    def __str__(self) -> str:
        return (
            f"{self.controllers} controllers, {self.registers} registers, {self.pages} pages to {self.path}"
        )


def export_record(
    session: Session,
    path: str | Path,
    *,
    controller: str | None = None,
    lang: str = "en",
    on: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> RecordSummary:
    """The record of every controller of the workspace, or of one (``controller``, a key), as a PDF
    with transfers judged on ``on`` (today by default)."""
    return write_record(
        session.snapshot(controller), path, lang=lang, on=on, progress=progress, cancelled=cancelled
    )


def write_record(
    workspace: Workspace,
    path: str | Path,
    *,
    lang: str = "en",
    on: date | None = None,
    printed: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> RecordSummary:
    """Typeset ``workspace`` (records already loaded) into the PDF at ``path``."""
    from ropa.io.pdf.record import RecordStory
    from ropa.io.pdf.template import numbering_canvas

    target = Path(path)
    today = printed or date.today()
    on = on or today
    controllers = workspace.controllers
    owner = controllers[0].name if len(controllers) == 1 else terms.ALL_CONTROLLERS(lang)
    title = terms.RECORD_TITLE(lang)
    head = RunningHead(
        title=title,
        controller=owner,
        footer=f"{terms.day(today, lang)} · Ropa {__version__}",
        page_of=terms.PAGE_OF(lang),
    )
    with atomic_output(target) as temporary:
        doc = RecordTemplate(
            str(temporary),
            head,
            title=f"{title} – {owner}",
            author=owner,
            subject=terms.RECORD_SUBTITLE(lang),
            lang=lang,
            progress=progress,
            cancelled=cancelled,
        )
        story = RecordStory(workspace, doc, lang=lang, on=on, printed=today, cancelled=cancelled)
        with collector_paused():  # hundreds of thousands of paragraph fragments, few cycles
            doc.build(story.story(), canvasmaker=numbering_canvas(doc))
        pages = doc.pending.total
    registers = sum(len(c.registers) for c in controllers)
    return RecordSummary(target, pages, len(controllers), registers)


class NoticeFormatError(RopaError):
    """A notice can be written as .pdf or .html only."""
