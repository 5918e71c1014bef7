"""Exports by file type, one door for the CLI and the window: the file's suffix decides the format.

Each writer puts its file in place whole or not at all, owner-only unless asked otherwise
(:mod:`ropa.private_write`), reports to a :class:`Progress` and stops
when asked (its own ``Cancelled`` error, after which nothing was written).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.errors import RopaError

if TYPE_CHECKING:
    from ropa.app.session import Progress, Session
    from ropa.model.checks import Finding
    from ropa.model.records import Workspace

#: What ``export_file`` writes, by suffix: the formats offered in the CLI's help and the save dialog.
EXPORT_SUFFIXES = (".json", ".xlsx", ".pdf")


class UnsupportedExportError(RopaError):
    """A file name whose suffix names no format Ropa writes."""


def check_suffix(path: Path) -> None:
    """Refuse a file name whose suffix names no format Ropa writes, before anything is opened."""
    if path.suffix.lower() not in EXPORT_SUFFIXES:
        raise UnsupportedExportError(
            f"{path}: cannot export to '{path.suffix}' files (supported: {', '.join(EXPORT_SUFFIXES)})"
        )


class ExportTargetError(RopaError):
    """A file an export must not replace: the open workspace (never), a read-only file (unless asked)."""


class ReadOnlyTargetError(ExportTargetError):
    """The export would replace a read-only file: allowed only when the user said so."""


def check_target(session: Session, path: str | Path, *, replace_read_only: bool = False) -> None:
    """Refuse to export over the open workspace (or its WAL), or over a read-only file unless
    ``replace_read_only``: the window asks first, the CLI wants ``--force``."""
    path = Path(path)
    workspace = session.path
    if workspace is not None and path.exists():
        for own in (workspace, Path(f"{workspace}-wal"), Path(f"{workspace}-shm")):
            if own.exists() and os.path.samefile(path, own):
                raise ExportTargetError(f"{path}: is the open workspace; export to another file")
    if path.is_file() and not replace_read_only and _read_only(path):
        raise ReadOnlyTargetError(f"{path}: is read-only; not replaced (--force replaces it)")


def _read_only(path: Path) -> bool:
    """Read-only for its owner (the mode, which also holds for root) or for this user."""
    return not path.stat().st_mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def export_file(
    session: Session,
    path: str | Path,
    *,
    controller: str | None = None,
    lang: str = "en",
    on: date | None = None,
    progress: Progress | None = None,
    gap_report: bool = False,
    private: bool = True,
    replace_read_only: bool = False,
    with_history: bool = False,
) -> str:
    """Write the workspace (or one controller's part) to ``path`` as JSON, Excel or PDF; return
    one line saying what was written.

    ``with_history`` (JSON only) carries the change history as an extension. ``gap_report`` adds
    the compliance checks' findings to an Excel workbook (a sheet) or a PDF
    record (an annex); a JSON file has no place for them. The file is owner-only (0600) unless
    ``private`` is false, written whole or not at all, and never over the open workspace or,
    without ``replace_read_only``, over a read-only file.
    """
    path = Path(path)
    check_suffix(path)
    check_target(session, path, replace_read_only=replace_read_only)
    suffix = path.suffix.lower()
    if with_history and suffix != ".json":
        raise RopaError(f"{path}: only an interchange .json export carries the history (--with-history)")
    cancelled = progress.cancelled if progress is not None else None

    def steps(text: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress.step(text, done, total)

    if gap_report and suffix == ".json":
        raise UnsupportedExportError(f"{path}: a gap report goes into an .xlsx or .pdf export, not JSON")
    if suffix == ".json":
        snapshot = session.export_json(
            path, controller=controller, progress=progress, private=private, with_history=with_history
        )
        registers = sum(len(c.registers) for c in snapshot.controllers)
        return (
            f"exported {len(snapshot.controllers)} controllers, {registers} registers, "
            f"{len(snapshot.processors)} processors to {path}"
        )
    snapshot = session.snapshot(controller)
    on = on or date.today()  # one day for the document and its findings
    findings = gap_findings(snapshot, on) if gap_report else None
    if suffix == ".xlsx":
        from ropa.io.excel import export_workbook

        summary = export_workbook(
            snapshot,
            path,
            lang=lang,
            on=on,
            scope=controller,
            progress=steps("Writing the workbook"),
            cancelled=cancelled,
            findings=findings,
            private=private,
        )
        return str(summary)
    from ropa.io.pdf import write_record

    record = write_record(
        snapshot,
        path,
        lang=lang,
        on=on,
        progress=steps("Writing the PDF"),
        cancelled=cancelled,
        findings=findings,
        private=private,
    )
    return f"exported the record of processing activities: {record}"


def gap_findings(snapshot: Workspace, on: date | None = None) -> list[Finding]:
    """The gap report of an export: the compliance checks' findings on ``on`` (today) of what is
    exported, its records and the processors they use. The one place both the workbook's
    Findings sheet and the PDF's Annex C get them from."""
    from ropa.model.checks import run_checks

    return run_checks(snapshot, on or date.today())
