"""Files that hold the record: written whole or not at all, owner-only, never mixed, never left half."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ropa.errors import RopaError
from ropa.private_write import atomic_write, clean_stale_parts, pending_dir, write_file


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_written_owner_only_and_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_file(target, b"new content")
    assert target.read_bytes() == b"new content" and _mode(target) == 0o600
    assert _parts(tmp_path) == [] and list(pending_dir().iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_shared_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    os.umask(old)
    target = tmp_path / "notice.html"
    write_file(target, b"<p>", private=False)
    assert _mode(target) == 0o666 & ~old


def test_a_failure_while_writing_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "record.pdf"
    target.write_bytes(b"previous record")
    with pytest.raises(ValueError), atomic_write(target) as temporary:
        temporary.write_bytes(b"half a reco")
        raise ValueError("the writer broke")
    assert target.read_bytes() == b"previous record" and _parts(tmp_path) == []


def test_a_failing_rename_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "record.xlsx"
    target.write_bytes(b"previous")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(RopaError, match=r"record.xlsx: cannot write: No space left on device"):
        write_file(target, b"new")
    assert target.read_bytes() == b"previous" and _parts(tmp_path) == []


def test_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(RopaError, match="cannot write: the folder .* does not exist"):
        write_file(tmp_path / "no" / "such.json", b"x")


def test_two_writes_to_one_path_never_share_a_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "same.json"
    entered = threading.Barrier(2)
    seen: list[Path] = []

    def write(content: bytes) -> None:
        with atomic_write(target) as temporary:
            seen.append(temporary)
            entered.wait(timeout=10)  # both are writing at once
            with temporary.open("wb") as stream:
                for _ in range(200):
                    stream.write(content)

    threads = [threading.Thread(target=write, args=(c * 1000,)) for c in (b"a", b"b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(seen)) == 2
    assert target.read_bytes() in (b"a" * 200_000, b"b" * 200_000)  # one whole, never mixed
    assert _parts(tmp_path) == []


_KILLED_WRITER = """
import sys, time
from ropa.private_write import atomic_write
with atomic_write(sys.argv[1]) as temporary:
    temporary.write_bytes(b"half")
    print("writing", flush=True)
    time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_killed_write_is_cleaned_up_by_the_next_start(tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    assert len(_parts(tmp_path)) == 1
    assert clean_stale_parts() == []  # still writing: left alone
    child.send_signal(signal.SIGKILL)
    child.wait()
    left = _parts(tmp_path)
    assert len(left) == 1 and not target.exists()  # what a kill leaves
    assert [p.name for p in clean_stale_parts()] == left
    assert _parts(tmp_path) == [] and list(pending_dir().iterdir()) == []


def test_cleanup_removes_only_part_files_of_dead_writers(tmp_path: Path) -> None:
    pending_dir().mkdir(parents=True)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    time.sleep(0.05)
    innocent = tmp_path / "important.ropa"
    innocent.write_bytes(b"keep me")
    (pending_dir() / f"{gone.pid}-aaaa").write_text(str(innocent), encoding="utf-8")
    assert clean_stale_parts() == [] and innocent.read_bytes() == b"keep me"
    assert list(pending_dir().iterdir()) == []  # the stale note itself goes
