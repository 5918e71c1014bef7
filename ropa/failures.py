"""How every failure is told to the user, and where the unexpected ones are kept.

One formatter for the CLI and the window: :func:`describe` gives one readable line. A failure
the user can act on (a :class:`~ropa.errors.RopaError`, an ``OSError``) is told as it is. Anything
else is a bug: one line is not enough to fix it, so :func:`report` appends its full traceback to
a bounded log file in the per-user log directory and names that file in the line.
"""

from __future__ import annotations

import os
import platform
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
    if isinstance(error, RopaError):
        return str(error)
    if isinstance(error, OSError):
        where = " -> ".join(str(name) for name in (error.filename, error.filename2) if name is not None)
        what = error.strerror or _first_line(error) or type(error).__name__
        return f"{where}: {what}" if where else what
    if isinstance(error, KeyboardInterrupt):
        return "interrupted"
    first = _first_line(error)
    return f"internal error: {type(error).__name__}" + (f": {first}" if first else "")


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
                (__version__, platform.python_version(), platform.platform(), describe(error)),
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
