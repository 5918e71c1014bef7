"""ropa backup / backups / restore, the daily backup on open, and private, careful exports."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from support import backups_of, load_fixture, workspace_text

from ropa.app import Session
from ropa.cli import main
from ropa.io.interchange import read_document
from ropa.private_write import pending_dir


def ropa(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ropa", *args], capture_output=True, text=True, timeout=300)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_list_and_restore_on_each_engine(
    workspace_location: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(workspace_location)
    with Session.open(workspace_location) as ws:
        ws.import_records(read_document(load_fixture("seed_kemi")))
        before = workspace_text(ws)
    assert main(["--db", db, "backup"]) == 0
    made = capsys.readouterr().out.strip().rsplit(" to ", 1)[1]
    assert Path(made).exists() and _mode(Path(made)) == 0o600
    assert main(["--db", db, "backups"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert any("manual" in line and made in line for line in listing)
    assert listing[-1].startswith(f"{len(listing) - 1} backups in ")
    with Session.open(workspace_location) as ws:
        ws.delete_register(ws.register_summaries()[0].key)
    assert main(["--db", db, "restore", made]) == 0
    assert capsys.readouterr().out.startswith("restored ")
    with Session.open(workspace_location) as ws:
        assert workspace_text(ws) == before
        assert "before-restore" in {p.name.split("-", 1)[1].rsplit(".", 1)[0] for p in backups_of(ws)}


@pytest.mark.sqlite_only
def test_backup_to_a_file_and_daily_backup_on_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "w.ropa"
    assert main(["--db", str(db), "demo", "--registers", "5"]) == 0
    assert main(["--db", str(db), "backup", str(tmp_path / "copy.ropa")]) == 0
    assert _mode(tmp_path / "copy.ropa") == 0o600
    with Session.open(tmp_path / "copy.ropa", create=False) as copy, Session.open(db) as ws:
        assert workspace_text(copy) == workspace_text(ws)
    daily = [p for p in (tmp_path / "w.ropa.backups").iterdir() if "daily" in p.name]
    assert len(daily) == 1  # the backup command opened the workspace: one daily backup, once
    assert main(["--db", str(db), "transfers"]) == 0
    assert len([p for p in (tmp_path / "w.ropa.backups").iterdir() if "daily" in p.name]) == 1


@pytest.mark.sqlite_only
def test_restoring_a_damaged_backup_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "w.ropa"
    assert main(["--db", str(db), "demo", "--registers", "3"]) == 0
    bad = tmp_path / "bad.ropa"
    bad.write_bytes(db.read_bytes()[:9000])
    before = db.read_bytes()
    result = ropa("--db", str(db), "restore", str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"ropa: {bad}: damaged, refused")
    assert db.read_bytes() == before


@pytest.mark.sqlite_only
@pytest.mark.parametrize("suffix", [".json", ".xlsx", ".pdf"])
def test_exports_are_owner_only_unless_shared(tmp_path: Path, suffix: str) -> None:
    db = tmp_path / "w.ropa"
    assert main(["--db", str(db), "demo", "--registers", "3"]) == 0
    private, shared = tmp_path / f"private{suffix}", tmp_path / f"shared{suffix}"
    assert main(["--db", str(db), "export", str(private)]) == 0
    assert main(["--db", str(db), "export", str(shared), "--shared"]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert _mode(private) == 0o600 and _mode(shared) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.sqlite_only
def test_notices_are_owner_only_unless_shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "w.ropa"
    with Session.open(db) as ws:
        ws.import_records(read_document(load_fixture("seed_kemi")))
        key = ws.register_summaries()[0].key
    assert main(["--db", str(db), "notice", key, str(tmp_path / "n.html")]) == 0
    assert main(["--db", str(db), "notice", key, str(tmp_path / "s.html"), "--shared"]) == 0
    assert _mode(tmp_path / "n.html") == 0o600 and _mode(tmp_path / "s.html") != 0o600


@pytest.mark.sqlite_only
def test_export_refuses_the_open_workspace_and_read_only_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "record.json"  # a workspace whose name looks like an export
    assert main(["--db", str(odd), "demo", "--registers", "2"]) == 0
    before = odd.read_bytes()
    assert main(["--db", str(odd), "export", str(odd)]) == 1
    assert capsys.readouterr().err.strip() == f"ropa: {odd}: is the open workspace; export to another file"
    assert odd.read_bytes() == before
    locked = tmp_path / "locked.json"
    locked.write_text("{}")
    os.chmod(locked, 0o444)
    assert main(["--db", str(odd), "export", str(locked)]) == 1
    assert "is read-only; not replaced (--force replaces it)" in capsys.readouterr().err
    assert locked.read_text() == "{}"
    assert main(["--db", str(odd), "export", str(locked), "--force"]) == 0
    assert locked.read_text().startswith("{") and len(locked.read_text()) > 2


@pytest.mark.sqlite_only
def test_a_command_cleans_up_what_a_killed_export_left(tmp_path: Path) -> None:
    db = tmp_path / "w.ropa"
    assert main(["--db", str(db), "demo", "--registers", "2"]) == 0
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    left = tmp_path / f".out.json.{gone.pid}-abc.part"
    left.write_bytes(b"half")
    pending_dir().mkdir(parents=True, exist_ok=True)
    (pending_dir() / f"{gone.pid}-abc").write_text(str(left), encoding="utf-8")
    assert main(["--db", str(db), "check"]) in (0, 1)
    assert not left.exists()
