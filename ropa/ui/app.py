"""Start the window: the application object, its language, the error boundary, the first workspace."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ropa import __version__
from ropa.address import is_server_address
from ropa.ui.errors import install_excepthook
from ropa.ui.i18n import install_translators, remove_translators, ui_language
from ropa.ui.main_window import MainWindow
from ropa.ui.settings import APPLICATION, ORGANISATION


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named so that QSettings finds the user's settings."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(sys.argv if argv is None else argv) or ["ropa"])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ropa")
    return app


def run(
    path: Path | str,
    argv: list[str] | None = None,
    *,
    settings: QSettings | None = None,
    before_show: Callable[[MainWindow], object] | None = None,
) -> int:
    """Open the window on the workspace at ``path`` (created when missing) and run until it closes.

    ``path`` may be a server address (``postgresql://...``, never created): a password libpq does
    not find in PGPASSWORD or the pgpass file is asked for in a dialog.

    A workspace that cannot be opened is reported in a dialog; the window then starts empty so the
    user can open or create another one from the File menu. ``settings`` (default: the user's)
    and ``before_show`` (called with the window just before it is shown) serve the benchmark,
    which starts the window exactly this way.
    """
    app = application(argv)
    language = ui_language()
    translators = install_translators(app, language)
    previous_hook = install_excepthook()
    try:
        if is_server_address(path):
            from ropa.ui.connect_dialog import password_prompt

            location: Path | str = str(path)
            prompt, create = password_prompt(None), False
        else:
            location, prompt, create = Path(path), None, True
        window = MainWindow(
            location,
            create=create,
            password_prompt=prompt,
            language=language,
            settings=settings,
            quick_start=True,
        )
        window.use_record_editors()
        if before_show is not None:
            before_show(window)
        window.show()
        code = app.exec()
        if window.isVisible():  # quit without closing it (ROPA_QUIT_AFTER_FIRST_PAINT): finish its work
            window.close()
        return code
    finally:
        sys.excepthook = previous_hook
        remove_translators(app, translators)
