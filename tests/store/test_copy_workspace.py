"""copy_workspace (Save As, backups): a consistent private copy, written atomically, never onto itself."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from support import workspace_text

from ropa.app import Session
from ropa.errors import WorkspaceError
from ropa.store.sqlite import copy_workspace

open_workspace = Session.open
pytestmark = pytest.mark.sqlite_only  # the file copy; a server's Save As is in test_postgres.py


def test_copy_is_private_and_complete_while_the_source_is_open(
    seeded_workspace: Session, tmp_path: Path
) -> None:
    target = tmp_path / "copy.ropa"
    copy_workspace(seeded_workspace.path, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with open_workspace(target, create=False) as copy:
        assert workspace_text(copy) == workspace_text(seeded_workspace)


def test_copy_replaces_a_file_and_its_stale_wal(seeded_workspace: Session, tmp_path: Path) -> None:
    target = tmp_path / "old.ropa"
    target.write_bytes(b"old content")
    Path(f"{target}-wal").write_bytes(b"stale wal")
    copy_workspace(seeded_workspace.path, target)
    assert not Path(f"{target}-wal").exists()
    with open_workspace(target, create=False) as copy:
        assert workspace_text(copy) == workspace_text(seeded_workspace)


def test_copy_onto_itself_is_refused(seeded_workspace: Session) -> None:
    with pytest.raises(WorkspaceError, match="is the workspace being copied"):
        copy_workspace(seeded_workspace.path, seeded_workspace.path)


def test_copy_into_a_missing_folder_fails_cleanly(seeded_workspace: Session, tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="cannot write the copy"):
        copy_workspace(seeded_workspace.path, tmp_path / "no" / "such" / "dir.ropa")
