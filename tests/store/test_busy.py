"""A workspace another process is writing to: a write waits, then says the workspace is busy and
who holds it (SQLite: the ``<file>.writer`` note; PostgreSQL: the server's pg_locks and
pg_stat_activity), and changes nothing. On both engines, with a real second process."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import workspace_text

from ropa.app import Session
from ropa.model import records as r
from ropa.store import sqlite as sqlite_store
from ropa.store.backend import BusyError

HOLDER = """
import sys
from ropa.app import Session

with Session.open(sys.argv[1], create=False) as ws, ws.store.begin():
    print("holding", flush=True)
    sys.stdin.readline()
"""


@pytest.fixture
def holder(workspace: Session) -> Iterator[subprocess.Popen[str]]:
    """Another Ropa process in the middle of a write transaction on the same workspace."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, workspace.location],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "holding", child.stderr.read() if child.stderr else ""
    yield child
    if child.poll() is None:
        child.communicate("done\n", timeout=60)


def _short_wait(ws: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    ws.set_write_wait(1.0)


def test_a_write_waits_then_names_who_holds_the_workspace(
    workspace: Session, holder: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _short_wait(workspace, monkeypatch)
    before = workspace_text(workspace)
    started = time.monotonic()
    with pytest.raises(BusyError) as caught:
        workspace.create_controller(r.Controller(key="new", name="New"))
    waited = time.monotonic() - started
    assert 0.9 <= waited < 4  # it waited for the other writer first, as long as it was told
    message = str(caught.value)
    assert message.startswith(f"{workspace.location}: the workspace is busy: ")
    assert "nothing was changed: try again in a moment" in message
    user = getpass.getuser()
    if workspace.is_server:  # the role, the program and the server's process of the holder
        assert caught.value.holder is not None and caught.value.holder.startswith(
            f"{workspace.user()} (ropa "
        )
        assert "server process" in caught.value.holder
    else:  # the OS user, the machine and the process of the holder
        assert caught.value.holder is not None
        assert caught.value.holder.startswith(f"{user} on {socket.gethostname()} (ropa ")
        assert f"process {holder.pid})" in caught.value.holder
    assert f"{caught.value.holder} is writing to it" in message
    assert workspace_text(workspace) == before
    holder.communicate("done\n", timeout=60)
    workspace.create_controller(r.Controller(key="new", name="New"))  # free again
    if not workspace.is_server:
        assert not sqlite_store.writer_info_path(Path(workspace.location)).exists()


@pytest.mark.sqlite_only
def test_a_note_left_by_a_process_that_is_gone_is_not_believed(tmp_path: Path) -> None:
    path = tmp_path / "w.ropa"
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = int(child.stdout)
    note = sqlite_store.writer_info_path(path)
    note.write_text(
        f'{{"user": "alice", "host": "{socket.gethostname()}", "program": "ropa 0", "pid": {gone}, '
        '"since": "2026-11-25T10:00:00+00:00"}',
        encoding="utf-8",
    )
    assert sqlite_store.read_writer_info(path) is None
    note.write_text(note.read_text(encoding="utf-8").replace(str(gone), str(os.getpid())), encoding="utf-8")
    assert sqlite_store.read_writer_info(path) == (
        f"alice on {socket.gethostname()} (ropa 0, process {os.getpid()}) since 10:00:00"
    )
    note.write_text("{broken", encoding="utf-8")
    assert sqlite_store.read_writer_info(path) is None


@pytest.mark.sqlite_only
def test_the_cli_says_in_one_line_who_holds_the_workspace(
    workspace: Session, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    """The CLI waits the busy timeout (5 s), then refuses with one line naming the other writer."""
    result = subprocess.run(
        [sys.executable, "-m", "ropa", "--db", workspace.location, "demo", "--registers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"ropa: {workspace.location}: the workspace is busy: {getpass.getuser()} on ")
    assert f"process {holder.pid})" in line and "is writing to it" in line
