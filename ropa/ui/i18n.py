"""The window's language: chosen once at start-up, applied through Qt's translators.

``ROPA_LANG`` (``fi`` or ``en``) wins, so a DPO on an English system can work in Finnish and an
auditor on a Finnish one in English; otherwise the system locale decides.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ropa.resources import resource_path

LANGUAGES = ("en", "fi")
SOURCE_LANGUAGE = "en"


def ui_language() -> str:
    """``"fi"`` or ``"en"``: ``$ROPA_LANG`` if it names one of them, else the system locale."""
    wanted = os.environ.get("ROPA_LANG", "").strip().lower().replace("-", "_").split("_", 1)[0]
    if wanted in LANGUAGES:
        return wanted
    return "fi" if QLocale.system().name().lower().startswith("fi") else SOURCE_LANGUAGE


def ui_locale(language: str) -> QLocale:
    """The locale used to format numbers in the window's language."""
    if language == "fi":
        return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Ropa's own and Qt's (standard dialog buttons) translations; return them for removal.

    English is the source language, so it needs no translator. A missing file is skipped: the
    window then shows English rather than failing to start.
    """
    if language == SOURCE_LANGUAGE:
        return []
    from PySide6.QtCore import QLibraryInfo

    candidates = [
        (f"ropa_{language}", str(resource_path("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    installed = []
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests switch languages inside one process)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
