"""Broken and hostile workspaces and files, as a user meets them on the command line.

Each class of trouble gets one readable line that says what is true (a full disk is "the disk is
full", a read-only folder is read-only, another program's database is not "made by a newer
Ropa"), exit status 1, and no damage: the file is left byte for byte as it was, or, for a
workspace that could not be created, not left at all. Full and read-only disks are real: small
tmpfs mounts (root only; skipped elsewhere with the reason).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import FIXTURES

from ropa.app import Session
from ropa.cli import build_parser, main
from ropa.io.json_input import MAX_BYTES

pytestmark = pytest.mark.sqlite_only

BAD_WORDS = ("internal error", "sqlalche.me", "[SQL", "Traceback", "ValueError", "OperationalError")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_line(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The one error line of a failing command (without "ropa: "); checked to be a good one."""
    status, out, err = run(capsys, *args)
    assert status == 1, (out, err)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("ropa: ")
    for word in BAD_WORDS:
        assert word not in err
    return lines[0].removeprefix("ropa: ")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace holding the Kemi seed, to copy."""
    path = tmp_path_factory.mktemp("seeded") / "seeded.ropa"
    with Session.open(path) as ws:
        ws.import_file(FIXTURES / "seed_kemi.json")
    return path


def copy_of(seeded: Path, target: Path) -> Path:
    with Session.open(seeded, create=False) as ws:
        ws.copy_to(target)
    return target


def mount_tmpfs(folder: Path, size: str, *, read_only: bool = False) -> None:
    folder.mkdir(exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system for this test needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 600 kB file system: room for an empty workspace, not for much more."""
    folder = tmp_path / "small"
    mount_tmpfs(folder, "600k")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    """Use up every free byte of ``folder``'s file system."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(descriptor)


# -- workspace files ------------------------------------------------------------------------------


def test_a_file_that_is_not_sqlite_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.ropa"
    path.write_text("these are my notes\n")
    before = digest(path)
    assert (
        one_line(capsys, "--db", str(path), "init")
        == f"{path}: not a Ropa workspace (not an SQLite database)"
    )
    assert digest(path) == before


def test_a_truncated_workspace_is_called_damaged_and_left_untouched(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.ropa"
    path.write_bytes(seeded.read_bytes()[:6000])
    before = digest(path)
    line = one_line(capsys, "--db", str(path), "export", str(tmp_path / "out.json"))
    assert line == f"{path}: cannot open the workspace: the file is damaged (not a complete SQLite database)"
    assert digest(path) == before
    assert not (tmp_path / "out.json").exists()


def test_another_programs_alembic_database_is_not_called_newer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.ropa"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        db.execute("INSERT INTO alembic_version VALUES ('4f2a9c1b7d3e')")
        db.execute("CREATE TABLE invoices (id INTEGER)")
    db.close()
    before = digest(path)
    line = one_line(capsys, "--db", str(path), "init")
    assert line == f"{path}: not a Ropa workspace (another program's database)"
    assert "newer" not in line
    assert digest(path) == before


@pytest.mark.parametrize(
    ("damage", "what"),
    [
        ("DELETE FROM alembic_version", "its schema version is missing"),
        ("DROP TABLE alembic_version", "its schema version table is missing"),
    ],
)
def test_an_emptied_version_table_is_damage_not_a_new_workspace(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str, what: str
) -> None:
    path = copy_of(seeded, tmp_path / "w.ropa")
    with sqlite3.connect(path) as db:
        db.execute(damage)
    db.close()
    before = digest(path)
    line = one_line(capsys, "--db", str(path), "init")
    assert line.startswith(f"{path}: the workspace is damaged ({what}); nothing was changed")
    assert digest(path) == before


def test_a_fifo_or_an_empty_path_is_no_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.ropa"
    os.mkfifo(fifo)
    assert (
        one_line(capsys, "--db", str(fifo), "init")
        == f"{fifo}: is a pipe, socket or device, not a workspace file"
    )
    assert one_line(capsys, "--db", "", "init").startswith("--db: an empty path names no workspace")
    assert one_line(capsys, "--db", " ", "check").startswith("--db: an empty path names no workspace")


def test_a_read_only_disk_is_called_read_only(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "ro"
    mount_tmpfs(folder, "4m")
    try:
        path = copy_of(seeded, folder / "w.ropa")
        before = digest(path)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        line = one_line(capsys, "--db", str(path), "export", str(tmp_path / "out.json"))
        assert "the disk is read-only" in line and "not a readable" not in line
        line = one_line(capsys, "--db", str(folder / "new.ropa"), "init")
        assert line == f"{folder / 'new.ropa'}: cannot create the workspace: the disk is read-only"
        assert digest(path) == before
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_read_only_folder_is_called_read_only(seeded: Path, tmp_path: Path) -> None:
    """As an ordinary user (root may write anywhere, so the child drops to nobody when run as root)."""
    base = Path(tempfile.mkdtemp(prefix="ropa-ro-", dir="/tmp" if os.path.isdir("/tmp") else None))
    os.chmod(base, 0o755)  # reachable by the ordinary user the child runs as
    folder = base / "shared"
    folder.mkdir()
    path = copy_of(seeded, folder / "w.ropa")
    os.chmod(path, 0o644)
    before = digest(path)
    os.chmod(folder, 0o555)
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        probe = subprocess.run([*prefix, sys.executable, "-c", "import ropa.cli"], capture_output=True)
        if probe.returncode != 0:  # e.g. a checkout in a private folder (mktemp -d makes them 0700)
            os.chmod(folder, 0o755)
            shutil.rmtree(base)
            pytest.skip("user nobody cannot run Ropa from this checkout (its folder is private)")
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "ropa", "--db", str(path), "demo", "--registers", "1"],
            capture_output=True,
            text=True,
            env={**os.environ, "HOME": str(tmp_path), "ROPA_LOG_DIR": str(tmp_path / "log")},
            timeout=120,
        )
        after = digest(path)
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(base)
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1 and "read-only" in result.stderr, result.stderr
    assert "not a readable" not in result.stderr
    assert after == before


def test_a_full_disk_on_create_says_so_and_leaves_no_file(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(small_disk)
    path = small_disk / "w.ropa"
    line = one_line(capsys, "--db", str(path), "init")
    assert "the disk is full" in line, line
    assert not path.exists()
    assert not Path(f"{path}-wal").exists()


def test_a_full_disk_in_the_middle_of_a_change_says_so_and_keeps_the_workspace(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_disk / "w.ropa"
    assert run(capsys, "--db", str(path), "init")[0] == 0
    fill(small_disk)
    line = one_line(capsys, "--db", str(path), "demo", "--registers", "40")
    assert "the disk is full" in line, line
    (small_disk / "filler").unlink()
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM register").fetchone()[0] == 0  # all or nothing
    finally:
        db.close()


# -- files to import ------------------------------------------------------------------------------


def test_a_100_mb_json_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # sparse: 100 MB the file claims, no disk used
        handle.truncate(100_000_000)
    code = (
        "import resource, subprocess, sys;"
        f"r = subprocess.run([sys.executable, '-m', 'ropa', '--db', {str(tmp_path / 'w.ropa')!r}, 'import',"
        f" {str(big)!r}], capture_output=True, text=True);"
        "print(r.returncode); print(r.stderr.strip());"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    status, line, peak_kb = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout.splitlines()
    assert status == "1"
    assert line == f"ropa: {big}: too large (100 MB; Ropa reads JSON files of at most {MAX_BYTES >> 20} MiB)"
    assert int(peak_kb) < 300_000  # far less than the file: it was never read
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0


def test_a_fifo_to_import_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "in.json"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "ropa", "--db", str(tmp_path / "w.ropa"), "import", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"ropa: {fifo}: not a regular file"


def test_deep_nesting_and_huge_numbers_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "ropa-interchange", "version": 2, "extensions": ' + "[" * 200_000 + "]" * 200_000 + "}"
    )
    assert one_line(capsys, "--db", str(tmp_path / "w.ropa"), "import", str(deep)) == (
        f"{deep}: JSON nested too deeply for Ropa to read"
    )
    wide = tmp_path / "wide.json"
    wide.write_text(
        '{"format": "ropa-interchange", "version": 2, "extensions": {"n": ' + "7" * 100_000 + "}}"
    )
    assert one_line(capsys, "--db", str(tmp_path / "w.ropa"), "import", str(wide)).startswith(
        f"{wide}: extensions.n: an integer of 100000 digits is too large"
    )


# -- import --replace moves -----------------------------------------------------------------------


def test_replace_names_each_register_it_takes_from_a_controller_the_document_does_not_name(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_of(seeded, tmp_path / "w.ropa")
    with Session.open(path, create=False) as ws:
        before = ws.snapshot()
    moved = before.controllers[0].registers[0]
    document = {
        "format": "ropa-interchange",
        "version": 2,
        "controllers": [
            {"key": "new-owner", "name": "New owner", "registers": [{"key": moved.key, "name": "Taken"}]}
        ],
    }
    source = tmp_path / "d.json"
    source.write_text(json.dumps(document))
    status, out, err = run(capsys, "--db", str(path), "import", str(source), "--replace")
    assert status == 0, err
    assert out.splitlines()[0] == (
        f"register '{moved.key}' moved from controller '{before.controllers[0].key}' to 'new-owner'"
    )
    with Session.open(path, create=False) as ws:
        after = ws.snapshot()
    owners = {g.key: c.key for c in after.controllers for g in c.registers}
    assert owners[moved.key] == "new-owner"


def test_a_dry_run_names_the_moves_a_replacing_import_would_make(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The preview (`--dry-run`, and the window's Excel import) lists each register a replacing
    import would take from a controller the document does not name, as the import reports it."""
    path = copy_of(seeded, tmp_path / "w.ropa")
    with Session.open(path, create=False) as ws:
        before = ws.snapshot()
    moved, owner = before.controllers[0].registers[0], before.controllers[0]

    def moves(*controllers: dict[str, object]) -> list[str]:
        source = tmp_path / "d.json"
        document = {"format": "ropa-interchange", "version": 2, "controllers": list(controllers)}
        source.write_text(json.dumps(document))
        status, out, err = run(capsys, "--db", str(path), "import", str(source), "--replace", "--dry-run")
        assert status == 0, err
        return [line.strip() for line in out.splitlines() if line.strip().startswith("move:")]

    taker = {"key": "new-owner", "name": "New owner", "registers": [{"key": moved.key, "name": "Taken"}]}
    assert moves(taker) == [
        f"move: register '{moved.key}' Taken (from controller '{owner.key}' to 'new-owner')"
    ]
    assert moves(taker, {"key": owner.key, "name": owner.name}) == []  # its owner is replaced whole
    with Session.open(path, create=False) as ws:
        assert ws.snapshot() == before  # a dry run changes nothing


# -- the command line itself ----------------------------------------------------------------------


def test_db_is_taken_after_the_command_too(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "transfers", "--format", "json", "--db", str(seeded))
    assert status == 0, err
    assert json.loads(out)["transfers"]
    elsewhere = tmp_path / "never.ropa"
    assert run(capsys, "--db", str(elsewhere), "check", "--db", str(seeded))[0] in (0, 1)
    assert not elsewhere.exists()  # the one after the command wins


def test_every_argument_is_explained_and_the_help_shows_where_things_are() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in [("ropa", parser), *subparsers.choices.items()]:
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)
    text = parser.format_help()
    from ropa.app.location import default_workspace_path, file_backup_folder

    assert str(default_workspace_path()) in text
    assert f"{file_backup_folder(default_workspace_path())}/" in text
    assert "--db (before or after the command)" in text


def test_demo_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = one_line(capsys, "--db", str(tmp_path / "w.ropa"), "demo", "--registers", "100000000")
    assert line == "--registers: give 0 to 10,000 (got 100,000,000)"
    assert not (tmp_path / "w.ropa").exists()


def test_a_dangling_reference_in_a_damaged_file_is_damage_not_an_internal_error(
    seeded: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program deleted a processor with foreign keys off: a register still names its id."""
    path = copy_of(seeded, tmp_path / "w.ropa")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute("DELETE FROM processor WHERE id IN (SELECT processor_id FROM register_processor LIMIT 1)")
    db.close()
    before = digest(path)
    for command in (["export", str(tmp_path / "out.json")], ["check"], ["transfers"]):
        line = one_line(capsys, "--db", str(path), *command)
        assert line.startswith("the workspace is damaged (a record refers to processor id "), line
    assert digest(path) == before
