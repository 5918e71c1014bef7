"""The "Open Recent" list: the last few workspaces opened, newest first, kept in the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
_KEY = "recentWorkspaces"


class RecentFiles:
    """Recent workspace paths; files that no longer exist are dropped when the list is read."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """Existing recent workspaces, newest first (the stored list is pruned of missing ones)."""
        stored = self._stored()
        existing = [path for path in stored if path.is_file()]
        if existing != stored:
            self._store(existing)
        return existing

    def add(self, path: Path) -> None:
        """Put ``path`` first, removing an older entry for the same file."""
        path = Path(path).resolve()
        self._store([path, *(old for old in self._stored() if old != path)][:MAX_RECENT])

    def clear(self) -> None:
        self._store([])

    def _stored(self) -> list[Path]:
        value = self._settings.value(_KEY, [], list)  # typed as object: Qt may hand back anything
        items = value if isinstance(value, list) else []
        return [Path(item) for item in items if isinstance(item, str) and item]

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(_KEY, [str(path) for path in paths])
        self._settings.sync()
