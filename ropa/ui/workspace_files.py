"""File operations on whole workspaces that the window offers (Save As). No Qt here.

It belongs with ``ropa.store.workspace`` and can move there; it lives here while that module is
being changed by others.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from ropa.errors import WorkspaceError

SUFFIX = ".ropa"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def with_suffix(path: Path) -> Path:
    """``path`` with ``.ropa`` added when the user typed a name without any suffix."""
    return path if path.suffix else path.with_name(path.name + SUFFIX)


def copy_workspace(source: Path, target: Path) -> None:
    """Write a consistent, owner-only (0600) copy of the workspace ``source`` to ``target``.

    The SQLite backup API copies one consistent snapshot even while the workspace is open (WAL
    content included). The copy is written next to ``target`` and renamed over it, so a failure
    never leaves a half-written file, and a replaced file's stale WAL cannot be replayed into it.
    """
    source, target = Path(source), Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise WorkspaceError(f"{target}: is the workspace being copied")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise WorkspaceError(f"{target}: cannot write the copy: {exc.strerror}") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        os.chmod(temporary, 0o600)
        reader = sqlite3.connect(source)
        writer = sqlite3.connect(temporary)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        for side in _SIDE_FILES:
            Path(f"{target}{side}").unlink(missing_ok=True)
        os.replace(temporary, target)
    except OSError as exc:
        raise WorkspaceError(f"{target}: cannot write the copy: {exc.strerror or exc}") from exc
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{source}: cannot copy the workspace: {exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
