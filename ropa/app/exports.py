"""Exports by file type, one door for the CLI and the window: the file's suffix decides the format.

Each writer puts its file in place whole or not at all, reports to a :class:`Progress` and stops
when asked (its own ``Cancelled`` error, after which nothing was written).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.errors import RopaError

if TYPE_CHECKING:
    from ropa.app.session import Progress, Session

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


def export_file(
    session: Session,
    path: str | Path,
    *,
    controller: str | None = None,
    lang: str = "en",
    on: date | None = None,
    progress: Progress | None = None,
    gap_report: bool = False,
) -> str:
    """Write the workspace (or one controller's part) to ``path`` as JSON, Excel or PDF; return
    one line saying what was written. ``gap_report`` adds the compliance checks' findings to an
    Excel workbook (a sheet) or a PDF record (an annex); a JSON file has no place for them."""
    path = Path(path)
    check_suffix(path)
    suffix = path.suffix.lower()
    cancelled = progress.cancelled if progress is not None else None

    def steps(text: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress.step(text, done, total)

    if gap_report and suffix == ".json":
        raise UnsupportedExportError(f"{path}: a gap report goes into an .xlsx or .pdf export, not JSON")
    if suffix == ".json":
        snapshot = session.export_json(path, controller=controller, progress=progress)
        registers = sum(len(c.registers) for c in snapshot.controllers)
        return (
            f"exported {len(snapshot.controllers)} controllers, {registers} registers, "
            f"{len(snapshot.processors)} processors to {path}"
        )
    if suffix == ".xlsx":
        from ropa.io.excel import export_workbook

        snapshot = session.snapshot(controller)
        findings = None
        if gap_report:  # the findings of what is exported: its records and the processors they use
            from ropa.model.checks import run_checks

            findings = run_checks(snapshot, on or date.today())
        summary = export_workbook(
            snapshot,
            path,
            lang=lang,
            on=on,
            scope=controller,
            progress=steps("Writing the workbook"),
            cancelled=cancelled,
            findings=findings,
        )
        return str(summary)
    from ropa.io.pdf import export_record

    record = export_record(
        session,
        path,
        controller=controller,
        lang=lang,
        on=on,
        progress=steps("Writing the PDF"),
        cancelled=cancelled,
        gap_report=gap_report,
    )
    return f"exported the record of processing activities: {record}"
