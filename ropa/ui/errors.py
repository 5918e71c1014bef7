"""The window's error boundary: an unexpected exception becomes a one-line dialog, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_showing = False


def one_line(error: BaseException) -> str:
    """``"TypeError: message"``, cut to the first line of the message."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def show_unexpected(kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the window: show the error in one line and keep running."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    message = QCoreApplication.translate("errors", "Unexpected error: {error}").format(error=one_line(error))
    print(f"ropa: {message}", file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return  # an error while the dialog is up (or without a GUI) goes to stderr only
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), "Ropa", message)
    finally:
        _showing = False


def install_excepthook() -> ExceptHook:
    """Route uncaught exceptions (including those raised in Qt slots) to a dialog; return the old hook."""
    previous = sys.excepthook
    sys.excepthook = show_unexpected
    return previous
