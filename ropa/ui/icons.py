"""Ropa's own icons, drawn from their SVG sources in resources/icons/."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ropa.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@cache
def app_icon() -> QIcon:
    """Ropa's icon (``resources/icons/ropa.svg``); an empty icon when the file is missing."""
    from PySide6.QtGui import QIcon  # not before the first paint: it draws no icon

    path = resource_path("icons", "ropa.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


@cache
def overdue_icon() -> QIcon:
    """The mark beside a review date that has passed (``resources/icons/overdue.svg``): ours
    rather than the style's warning icon, whose lookup costs the window's first paint 5 ms."""
    from PySide6.QtGui import QIcon

    path = resource_path("icons", "overdue.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
