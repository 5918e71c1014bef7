"""Ropa's icon, drawn from its SVG source in resources/icons/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ropa.resources import resource_path


@cache
def app_icon() -> QIcon:
    """Ropa's icon (``resources/icons/ropa.svg``); an empty icon when the file is missing."""
    path = resource_path("icons", "ropa.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
