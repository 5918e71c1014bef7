"""The "Open Recent" list: the last few workspaces opened, newest first, kept in the settings.

An entry is a workspace file, or the address of a server workspace the user asked to remember
(``postgresql://user@host/database``, never with a password: it is taken out before storing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ropa.address import is_server_address

MAX_RECENT = 8
_KEY = "recentWorkspaces"

Entry = Path | str  # a file, or a server address


class RecentFiles:
    """Recent workspaces; files that no longer exist are dropped when the list is read."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def entries(self) -> list[Entry]:
        """Existing recent files and remembered server addresses, newest first (the stored list
        is pruned of missing files)."""
        stored = self._stored()
        kept = [entry for entry in stored if isinstance(entry, str) or entry.is_file()]
        if kept != stored:
            self._store(kept)
        return kept

    def paths(self) -> list[Path]:
        """The recent workspace files only."""
        return [entry for entry in self.entries() if isinstance(entry, Path)]

    def add(self, entry: Entry) -> None:
        """Put ``entry`` first, removing an older entry for the same file or server."""
        if isinstance(entry, str) and is_server_address(entry):
            from ropa.app.location import without_password

            entry = without_password(entry)
        else:
            entry = Path(entry).resolve()
        self._store([entry, *(old for old in self._stored() if old != entry)][:MAX_RECENT])

    def clear(self) -> None:
        self._store([])

    def _stored(self) -> list[Entry]:
        value = self._settings.value(_KEY, [], list)  # typed as object: Qt may hand back anything
        items = value if isinstance(value, list) else []
        return [
            item if is_server_address(item) else Path(item)
            for item in items
            if isinstance(item, str) and item
        ]

    def _store(self, entries: list[Entry]) -> None:
        self._settings.setValue(_KEY, [str(entry) for entry in entries])
        self._settings.sync()
