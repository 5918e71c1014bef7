"""copy_workspace (Save As): a consistent private copy, written atomically, refusing to copy onto itself."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from ui_support import summaries

from ropa.errors import WorkspaceError
from ropa.store.workspace import Workspace, open_workspace
from ropa.ui.workspace_files import copy_workspace, with_suffix


def test_copy_is_private_and_complete_while_the_source_is_open(
    seeded_workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "copy.ropa"
    copy_workspace(seeded_workspace.path, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with open_workspace(target, create=False) as copy:
        assert summaries(copy) == summaries(seeded_workspace)


def test_copy_replaces_a_file_and_its_stale_wal(seeded_workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "old.ropa"
    target.write_bytes(b"old content")
    Path(f"{target}-wal").write_bytes(b"stale wal")
    copy_workspace(seeded_workspace.path, target)
    assert not Path(f"{target}-wal").exists()
    with open_workspace(target, create=False) as copy:
        assert len(summaries(copy)) == 3


def test_copy_onto_itself_is_refused(seeded_workspace: Workspace) -> None:
    with pytest.raises(WorkspaceError, match="is the workspace being copied"):
        copy_workspace(seeded_workspace.path, seeded_workspace.path)


def test_copy_into_a_missing_folder_fails_cleanly(seeded_workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="cannot write the copy"):
        copy_workspace(seeded_workspace.path, tmp_path / "no" / "such" / "dir.ropa")


def test_a_suffix_is_added_only_when_none_was_typed() -> None:
    assert with_suffix(Path("/x/records")) == Path("/x/records.ropa")
    assert with_suffix(Path("/x/records.ropa")) == Path("/x/records.ropa")
    assert with_suffix(Path("/x/records.db")) == Path("/x/records.db")
