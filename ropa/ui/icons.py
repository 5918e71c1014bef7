"""Ropa's own icons, drawn from their SVG sources in resources/icons/."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ropa.resources import resource_path


@cache
def app_icon() -> QIcon:
    """Ropa's icon (``resources/icons/ropa.svg``); an empty icon when the file is missing."""
    path = resource_path("icons", "ropa.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def overdue_icon() -> QIcon:
    """The mark beside a review date that has passed (``resources/icons/overdue.svg``): ours
    rather than the style's warning icon, whose lookup costs the window's first paint 5 ms."""
    path = resource_path("icons", "overdue.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
