"""How every failure is told to the user, and where the unexpected ones are kept.

One formatter for the CLI and the window: :func:`describe` gives one readable line. A failure
the user can act on (a :class:`~ropa.errors.RopaError`, an ``OSError``) is told as it is. Anything
else is a bug: one line is not enough to fix it, so :func:`report` appends its full traceback to
a bounded log file in the per-user log directory and names that file in the line.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import traceback
from pathlib import Path

from ropa import __version__
from ropa.errors import RopaError

LOG_DIR_VARIABLE = "ROPA_LOG_DIR"  # tests and portable setups point the log elsewhere
LOG_NAME = "ropa.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

_debug = False


def set_debug(on: bool) -> None:
    """Also print the full traceback of every reported failure to stderr (``ropa --debug``)."""
    global _debug
    _debug = on


def is_expected(error: BaseException) -> bool:
    """True for failures the user can act on from the one line alone."""
    return isinstance(error, RopaError | OSError | KeyboardInterrupt)


def describe(error: BaseException) -> str:
    """One readable line: what went wrong, and where when known."""
    return one_line(_describe(error))


def _describe(error: BaseException) -> str:
    if isinstance(error, RopaError):
        return str(error)
    if isinstance(error, OSError):
        where = " -> ".join(str(name) for name in (error.filename, error.filename2) if name is not None)
        what = os_reason(error)
        return f"{where}: {what}" if where else what
    if isinstance(error, KeyboardInterrupt):
        return "interrupted"
    if isinstance(error, MemoryError):
        return "out of memory: the operation was stopped and nothing was changed"
    if isinstance(error, RecursionError):
        return "the data is nested too deeply to process; nothing was changed"
    first = _first_line(error)
    return f"internal error: {type(error).__name__}" + (f": {first}" if first else "")


#: The longest line shown; a longer one keeps its start and end (a user's value may be huge).
MAX_LINE = 600
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def one_line(text: str) -> str:
    """``text`` as one bounded line: control characters (line breaks too) shown as escapes."""
    text = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text.strip())
    if len(text) > MAX_LINE:
        keep = MAX_LINE // 2 - 2
        text = f"{text[:keep]} … {text[-keep:]}"
    return text


#: errno values told in the user's words; everything else as the system says it.
_OS_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
}


def os_reason(error: OSError) -> str:
    """What an operating-system failure means, in words that are true for the user."""
    reason = _OS_REASONS.get(error.errno) if error.errno is not None else None
    return reason or error.strerror or _first_line(error) or type(error).__name__


#: SQLite's primary result codes told in the user's words (sqlite3.Error.sqlite_errorcode & 0xff).
_SQLITE_REASONS = {
    3: "permission denied",  # SQLITE_PERM
    5: "another program is using the workspace; try again in a moment",  # SQLITE_BUSY
    6: "another program is using the workspace; try again in a moment",  # SQLITE_LOCKED
    8: "the file or its folder is read-only (Ropa needs to write both)",  # SQLITE_READONLY
    10: "the disk could not be read or written (input/output error)",  # SQLITE_IOERR
    11: "the file is damaged (not a complete SQLite database)",  # SQLITE_CORRUPT
    13: "the disk is full",  # SQLITE_FULL
    14: "the file cannot be opened (check that it exists and that you may read and write it and its folder)",
    26: "not an SQLite database",  # SQLITE_NOTADB
}


#: Less free space than this beside a workspace file is a full disk (SQLite needs a few pages).
FULL_BELOW_BYTES = 64 * 1024


def sqlite_reason(error: BaseException, where: str | os.PathLike[str] | None = None) -> str:
    """What an ``sqlite3`` failure means for the user; its own first line when it has no code here.

    SQLite reports a disk that filled up during a write sometimes as full (SQLITE_FULL), sometimes
    as an input/output error (SQLITE_IOERR, when a write of the journal or the file itself fails).
    With ``where`` (the workspace file) an input/output error on a disk with next to no free space
    left is said to be what it is: the disk is full.
    """
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == 10 and where is not None and _disk_full(Path(where)):  # SQLITE_IOERR
        primary = 13  # SQLITE_FULL
    reason = _SQLITE_REASONS.get(primary) if primary is not None else None
    return reason or _first_line(error) or type(error).__name__


def _disk_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (or its nearest existing folder) has almost no room left."""
    import shutil

    folder = next((p for p in (path, *path.parents) if p.exists()), None)
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def report(error: BaseException) -> str:
    """:func:`describe` ``error``; an unexpected one is logged first and its line names the log."""
    if _debug:
        traceback.print_exception(error, file=sys.stderr)
    line = describe(error)
    if is_expected(error):
        return line
    logged = log_unexpected(error)
    return f"{line} (details in {logged})" if logged else line


def log_dir() -> Path:
    """``$ROPA_LOG_DIR``, else the per-user log directory (``~/.local/state/Ropa/log`` on Linux)."""
    configured = os.environ.get(LOG_DIR_VARIABLE)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_log_dir("Ropa", appauthor=False))


def log_unexpected(error: BaseException) -> Path | None:
    """Append ``error`` with its traceback, the time and Ropa's version to the log; None if impossible.

    The log rotates at about 1 MB and keeps 3 old files, so it never grows without bound.
    """
    import logging
    from logging.handlers import RotatingFileHandler

    class Handler(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            raise  # called inside ``except``: log_unexpected sees the failure instead of stderr

    path = log_dir() / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = Handler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except Exception:
        return None
    try:
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
        handler.handle(
            logging.LogRecord(
                "ropa",
                logging.ERROR,
                __file__,
                0,
                "ropa %s (Python %s, %s): %s",
                (__version__, *_python_and_platform(), describe(error)),
                (type(error), error, error.__traceback__),
            )
        )
    except Exception:
        return None
    finally:
        handler.close()
    return path


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0].strip() if lines else ""


def _python_and_platform() -> tuple[str, str]:
    import platform  # only when a report is written, not at start

    return platform.python_version(), platform.platform()
