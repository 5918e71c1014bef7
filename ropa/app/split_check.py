"""``ropa check`` over a large workspace file on two cores: each half of the controllers in its own process.

A controller's findings depend only on that controller, the processor catalogue and the date,
so the controllers can be judged in two parts and their text put one after the other: the
findings come out exactly as one :func:`ropa.model.checks.run_checks` over the whole workspace
gives them (workspace first, controllers in order, the processor catalogue last). The parent
process forks after its imports; the child loads and judges the later controllers and the
processor catalogue, and sends back its lines and counts through a pipe, while the parent
loads and judges the earlier ones. If the child fails for any reason, the parent judges its
part itself. Each reading notes the last entry of the change history (every change adds one in
its own transaction): when the two differ, a change was committed between them, and the caller
checks the workspace in one pass instead, so the report always describes one state of it. Used
only where it pays: a workspace file (SQLite) of at least
:data:`MIN_REGISTERS` registers, a system with ``fork`` and more than one core.
"""

from __future__ import annotations

import json
import os
from datetime import date
from typing import TYPE_CHECKING

from ropa.gc_pause import collector_paused
from ropa.io.findings_report import joined_text, summary, text_lines

if TYPE_CHECKING:
    from ropa.app import Session
    from ropa.model.checks import Finding

#: Below this many registers, starting a second process costs more than it saves.
MIN_REGISTERS = 2_000


def split_point(session: Session) -> tuple[int, int] | None:
    """(last controller id of the first part, last controller id) splitting the registers in two
    halves, or None when the workspace is small or cannot be split."""
    rows = session.store.read(
        "SELECT c.id, count(g.id) FROM controller c LEFT JOIN register g ON g.controller_id = c.id "
        "GROUP BY c.id ORDER BY c.id"
    )
    total = sum(count for _id, count in rows)
    if total < MIN_REGISTERS or len(rows) < 2:
        return None
    running = 0
    for controller_id, count in rows[:-1]:
        running += count
        if running * 2 >= total:
            return controller_id, rows[-1][0]
    return rows[-2][0], rows[-1][0]


def worth_splitting(session: Session) -> bool:
    return session.store.kind == "sqlite" and hasattr(os, "fork") and (os.cpu_count() or 1) > 1


def _part(session: Session, ids: tuple[int, int], on: date, *, first: bool) -> tuple[list[Finding], int]:
    """The findings of the controllers whose ids are in ``ids`` (with the workspace's own findings
    in the first part, with the processor catalogue's in the second), and the last history entry
    the reading saw: two parts with the same one were read from the same state of the workspace."""
    from ropa.model.checks import run_checks
    from ropa.store import reader
    from ropa.store.layout import HISTORY_TABLE

    with session.store.reading() as query:
        workspace = reader.read_workspace(query, ids=ids)
        (seen,) = query(f"SELECT coalesce(max(id), 0) FROM {HISTORY_TABLE}", {})[0]
    drop = "processor" if first else "workspace"
    return [f for f in run_checks(workspace, on) if f.subject != drop], int(seen)


def check_text(session: Session, on: date, lang: str) -> tuple[str, bool] | None:
    """The text of ``ropa check`` over the whole workspace, and whether any finding is an error;
    None when the workspace is not worth splitting (the caller checks it in one go)."""
    if not worth_splitting(session):
        return None
    split = split_point(session)
    if split is None:
        return None
    middle, last = split
    with collector_paused():  # nothing to collect: tens of thousands of findings, no cycles
        readable, writable = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child's work is checked by its output, in the parent
            os.close(readable)
            code = 1
            try:
                found, seen = _part(session, (middle, last), on, first=False)
                head = {
                    "counts": summary(found),
                    "error": any(f.severity == "error" for f in found),
                    "seen": seen,
                }
                payload = (json.dumps(head) + "\n" + "\n".join(text_lines(found, lang))).encode()
                with os.fdopen(writable, "wb") as pipe:
                    pipe.write(payload)
                code = 0
            finally:
                os._exit(code)
        os.close(writable)
        try:
            found, seen = _part(session, (-1, middle), on, first=True)
            lines = text_lines(found, lang)
        finally:
            with os.fdopen(readable, "rb") as pipe:
                payload = pipe.read()
            _pid, status = os.waitpid(child, 0)
        later = _answer(payload) if os.waitstatus_to_exitcode(status) == 0 else None
        if later is not None and later[3] != seen:
            return None  # a change was committed between the two readings: check in one pass
        if later is None:  # the child failed: judge its part here
            other, again = _part(session, (middle, last), on, first=False)
            if again != seen:
                return None
            later = (
                text_lines(other, lang),
                summary(other),
                any(f.severity == "error" for f in other),
                again,
            )
        later_lines, later_counts, later_error, _seen = later
        counts = summary(found)
        for severity, count in later_counts.items():
            counts[severity] += count
        error = later_error or any(f.severity == "error" for f in found)
        return joined_text([lines, later_lines], counts, lang), error


def _answer(payload: bytes) -> tuple[list[str], dict[str, int], bool, int] | None:
    """The child's lines, counts, error flag and last history entry seen, or None if what it sent
    is not whole."""
    try:
        head, _, text = payload.decode().partition("\n")
        found = json.loads(head)
        counts = {str(k): int(v) for k, v in found["counts"].items()}
        error = bool(found["error"])
        seen = int(found["seen"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return (text.split("\n") if text else []), counts, error, seen
