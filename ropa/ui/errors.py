"""The window's error boundary: an unexpected exception becomes a one-line dialog, never a traceback.

The line is the CLI's (:func:`ropa.failures.report`): a bug's traceback is logged and the line
names the log file.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_showing = False


def show_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the window: show the error in one line and keep running."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if tb is not None and error.__traceback__ is None:
        error = error.with_traceback(tb)
    from ropa import failures  # logging and platform are imported only when something fails

    line = failures.report(error)
    print(f"ropa: {line}", file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return  # an error while the dialog is up (or without a GUI) goes to stderr only
    _showing = True
    try:
        from PySide6.QtWidgets import QMessageBox  # resolved when first needed, not on the start path

        message = QCoreApplication.translate("errors", "Unexpected error: {error}").format(error=line)
        QMessageBox.critical(QApplication.activeWindow(), "Ropa", message)
    finally:
        _showing = False


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (including those raised in Qt slots) to a dialog; return the old hook."""
    previous = sys.excepthook
    sys.excepthook = show_unexpected
    return previous


def command_error_text(error: BaseException, language: str) -> str:
    """What went wrong with a refused change, one line per problem, each naming its field."""
    from ropa.app.session import CommandError
    from ropa.model.field_path import field_words

    if not isinstance(error, CommandError) or not error.problems:
        from ropa import failures

        return failures.describe(error)
    lines = []
    for problem in error.problems[:12]:
        where = field_words(error.kind, problem.path, language)
        lines.append(f"{where}: {problem.message}" if where else problem.message)
    more = len(error.problems) - 12
    if more > 0:
        lines.append(QCoreApplication.translate("errors", "(and {count} more problems)").format(count=more))
    return "\n".join(lines)
