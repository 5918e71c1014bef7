"""Where the window keeps its preferences (geometry, column layout, recent workspaces)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ropa import APP_NAME

ORGANISATION = APP_NAME
APPLICATION = APP_NAME


def app_settings() -> QSettings:
    """The user's settings: the registry on Windows, ``~/.config/Ropa/Ropa.conf`` on Linux."""
    return QSettings(ORGANISATION, APPLICATION)
