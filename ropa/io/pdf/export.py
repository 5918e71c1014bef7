"""What the CLI and the window call: the record of processing activities as a PDF, and the
privacy notice of one register as a PDF or an HTML page.

Each function reads a :class:`~ropa.app.Session` (or records), writes through
:func:`ropa.private_write.atomic_write` (owner-only unless ``private=False``) and returns a
summary. The PDF functions take a
``progress(done, total)`` callback and a ``cancelled()`` check so a worker thread can report
and stop them; a cancelled export raises :class:`ExportCancelled` and leaves no file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ropa import __version__
from ropa.errors import RopaError
from ropa.gc_pause import collector_paused
from ropa.io import wording as W
from ropa.io.pdf import terms
from ropa.io.pdf.template import CancelCheck, ExportCancelled, Progress, RecordTemplate, RunningHead, Tracker
from ropa.model.records import Controller, Register, Workspace
from ropa.private_write import atomic_write

if TYPE_CHECKING:
    from ropa.app import Session
    from ropa.io.pdf.diagram import Diagram
    from ropa.model.checks import Finding

__all__ = [
    "ExportCancelled",
    "NoticeFormatError",
    "NoticeSummary",
    "RecordSummary",
    "export_notice",
    "export_record",
    "register_flow_diagram",
    "write_notice",
    "write_record",
]


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
    register: str | None = None,
    lang: str = "en",
    on: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    private: bool = True,
) -> RecordSummary:
    """The record of every controller of the workspace, or of one (``controller``, a key), as a PDF
    with transfers judged on ``on`` (today by default). (The gap report's Annex C comes with
    :func:`ropa.app.exports.export_file`, which gives :func:`write_record` its findings.)

    With ``register`` (a key) the record of that one register only: its controller's details,
    the register, and in the annexes the processors it uses (with their chains) and its transfers.
    """
    if register is None:
        workspace = session.snapshot(controller)
    else:
        owner, _found, whole = _register_of(session, register, controller)
        workspace = one_register(whole, owner.key, register)
    return write_record(
        workspace,
        path,
        lang=lang,
        on=on,
        progress=progress,
        cancelled=cancelled,
        private=private,
        on_behalf=register is None,
    )


def one_register(workspace: Workspace, controller: str, register: str) -> Workspace:
    """``workspace`` cut down to register ``register`` of ``controller``: no other register, no
    Art. 30(2) records, and only the processors the register uses with their chains and parents."""
    from ropa.model.processors import used_processors

    owner = next(c for c in workspace.controllers if c.key == controller)
    kept = replace(
        owner,
        registers=tuple(g for g in owner.registers if g.key == register),
        processing_on_behalf=(),
    )
    return replace(workspace, controllers=(kept,), processors=used_processors(workspace.processors, (kept,)))


def write_record(
    workspace: Workspace,
    path: str | Path,
    *,
    lang: str = "en",
    on: date | None = None,
    printed: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    findings: Sequence[Finding] | None = None,
    private: bool = True,
    on_behalf: bool = True,
) -> RecordSummary:
    """Typeset ``workspace`` (records already loaded) into the PDF at ``path``; with ``findings``,
    Annex C lists them (the gap report); without ``on_behalf`` the Art. 30(2) part is left out
    (one register's record)."""
    from ropa.io.pdf.record import RecordStory
    from ropa.io.pdf.template import numbering_canvas

    target = Path(path)
    today = printed or date.today()
    on = on or today
    tracker = Tracker(progress, cancelled)
    tracker.check()
    controllers = workspace.controllers
    owner = controllers[0].name if len(controllers) == 1 else W.ALL_CONTROLLERS(lang)
    title = W.RECORD_TITLE(lang)
    head = RunningHead(
        title=title,
        controller=owner,
        footer=f"{terms.day(today, lang)} · Ropa {__version__}",
        page_of=terms.PAGE_OF(lang),
    )
    with atomic_write(target, private=private) as temporary:
        doc = RecordTemplate(
            str(temporary),
            head,
            title=f"{title} – {owner}",
            author=owner,
            subject=W.RECORD_SUBTITLE(lang),
            lang=lang,
            tracker=tracker,
        )
        story = RecordStory(
            workspace,
            doc,
            lang=lang,
            on=on,
            printed=today,
            tracker=tracker,
            findings=findings,
            on_behalf=on_behalf,
        )
        with collector_paused(), _layout_errors(target):  # many paragraph fragments, few cycles
            doc.build(story.story(), canvasmaker=numbering_canvas(doc))
        pages = doc.pending.total
    registers = sum(len(c.registers) for c in controllers)
    return RecordSummary(target, pages, len(controllers), registers)


@contextlib.contextmanager
def _layout_errors(target: Path) -> Iterator[None]:
    """reportlab's "cannot fit" as one line naming the file, not a traceback."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        yield
    except LayoutError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "layout failed"
        raise RopaError(f"{target}: cannot lay out the document: {first[:200]}") from exc


class NoticeFormatError(RopaError):
    """A notice can be written as .pdf or .html only."""


@dataclass(frozen=True)
class NoticeSummary:
    path: Path
    register: str
    pages: int  # 0 for HTML

    def __str__(self) -> str:
        pages = f" ({self.pages} pages)" if self.pages else ""
        return f"privacy notice of {self.register} written to {self.path}{pages}"


NOTICE_FORMATS = (".pdf", ".html")


def export_notice(
    session: Session,
    register: str,
    path: str | Path,
    *,
    lang: str = "fi",
    on: date | None = None,
    controller: str | None = None,
    private: bool = True,
) -> NoticeSummary:
    """The privacy notice of register ``register`` (a key) as ``.pdf`` or ``.html``, by suffix.

    ``controller`` is the register's controller key when the caller knows it (the window's list
    does); otherwise it is looked up.
    """
    target = Path(path)
    _notice_format(target)
    owner, found, workspace = _register_of(session, register, controller)
    return write_notice(owner, found, workspace, target, lang=lang, on=on, private=private)


def write_notice(
    controller: Controller,
    register: Register,
    workspace: Workspace,
    path: str | Path,
    *,
    lang: str = "fi",
    on: date | None = None,
    printed: date | None = None,
    private: bool = True,
) -> NoticeSummary:
    """Write the notice of ``register`` (of ``controller``; processors from ``workspace``)."""
    from ropa.io.pdf.notice import build_notice
    from ropa.io.pdf.notice_html import notice_html
    from ropa.io.pdf.notice_pdf import write_notice_pdf
    from ropa.model.transfers import ProcessorCatalogue

    target = Path(path)
    kind = _notice_format(target)
    notice = build_notice(
        controller, register, ProcessorCatalogue(workspace.processors), lang=lang, on=on, printed=printed
    )
    pages = 0
    with atomic_write(target, private=private) as temporary:
        if kind == ".html":
            temporary.write_text(notice_html(notice), encoding="utf-8")
        else:
            with _layout_errors(target):
                pages = write_notice_pdf(notice, temporary)
    return NoticeSummary(target, register.key, pages)


def register_flow_diagram(
    session: Session,
    register: str,
    *,
    controller: str | None = None,
    on: date | None = None,
    lang: str = "en",
    width: float = 470.0,
) -> Diagram:
    """The data-flow diagram of register ``register`` (a key), for the window's register view."""
    from ropa.io.pdf.diagram import register_diagram
    from ropa.model.transfers import ProcessorCatalogue

    owner, found, workspace = _register_of(session, register, controller)
    catalogue = ProcessorCatalogue(workspace.processors)
    return register_diagram(owner, found, catalogue, on or date.today(), lang, width=width)


def _register_of(
    session: Session, register: str, controller: str | None
) -> tuple[Controller, Register, Workspace]:
    workspace = session.snapshot(controller or _owner(session, register))
    for owner in workspace.controllers:
        for found in owner.registers:
            if found.key == register:
                return owner, found, workspace
    raise RopaError(f"no register with key '{register}' in the workspace")


def _notice_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in NOTICE_FORMATS:
        raise NoticeFormatError(f"{path}: a notice is written as .pdf or .html, not '{path.suffix}'")
    return suffix


def _owner(session: Session, register: str) -> str:
    for summary in session.register_summaries():
        if summary.key == register:
            return summary.controller_key
    raise RopaError(f"no register with key '{register}' in the workspace")
