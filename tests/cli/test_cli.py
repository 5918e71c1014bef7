"""The command line as a user runs it: exit codes, one readable line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support import FIXTURES, load_fixture

from ropa import __version__
from ropa.cli import main


def ropa(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real ``ropa`` command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "ropa", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ropa: ")
    assert "Traceback" not in result.stderr
    for text in expected:
        assert text in lines[0]


def test_version() -> None:
    result = ropa("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"ropa {__version__}"


def test_done_means(tmp_path: Path) -> None:
    """The issue's acceptance run: demo, export, import elsewhere, export again: same content."""
    w, x = tmp_path / "w.ropa", tmp_path / "x.ropa"
    assert ropa("--db", str(w), "demo", "--registers", "200").returncode == 0
    assert ropa("--db", str(w), "export", str(tmp_path / "w.json")).returncode == 0
    imported = ropa("--db", str(x), "import", str(tmp_path / "w.json"))
    assert imported.returncode == 0 and "200 registers" in imported.stdout
    assert ropa("--db", str(x), "export", str(tmp_path / "x.json")).returncode == 0
    first = json.loads((tmp_path / "w.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert first == second
    assert sum(len(c["registers"]) for c in first["controllers"]) == 200


def test_broken_document_gives_one_line_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.ropa"
    assert ropa("--db", str(db), "import", str(FIXTURES / "seed_kemi.json")).returncode == 0
    ropa("--db", str(db), "export", str(tmp_path / "before.json"))
    doc = load_fixture("seed_imatran_lampo")
    doc["controllers"][0]["registers"][0]["transfers"][0]["country"] = "XX"
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    result = ropa("--db", str(db), "import", str(tmp_path / "bad.json"))
    assert_one_line_error(
        result,
        "bad.json: controllers[0].registers[0].transfers[0].country: 'XX' is not an ISO 3166 country code",
    )
    ropa("--db", str(db), "export", str(tmp_path / "after.json"))
    assert (tmp_path / "before.json").read_bytes() == (tmp_path / "after.json").read_bytes()


def test_ropa_db_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "env.ropa"
    result = ropa("init", env={"ROPA_DB": str(db)})
    assert result.returncode == 0 and db.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["import", "missing.json"], "missing.json: cannot read: No such file or directory"),
        (["export", "out.odt"], "cannot export to '.odt' files (supported: .json, .xlsx, .pdf)"),
        (["export", "out.json", "--controller", "nobody"], "no controller with key 'nobody'"),
        (["demo", "--registers", "-1"], "--registers: give 0 to 10,000 (got -1)"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["demo"], "the following arguments are required: --registers"),
    ],
)
def test_errors_are_one_line(tmp_path: Path, args: list[str], expected: str) -> None:
    result = ropa("--db", str(tmp_path / "w.ropa"), *args)
    assert_one_line_error(result, expected)


def test_unwritable_workspace_location(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_one_line_error(ropa("--db", str(blocker / "w.ropa"), "init"), "cannot create the workspace")


def test_newer_workspace_is_refused(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "w.ropa"
    assert ropa("--db", str(db), "init").returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz'")
    conn.close()
    assert_one_line_error(ropa("--db", str(db), "export", str(tmp_path / "o.json")), "newer version of Ropa")


def test_import_conflict_then_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "w.ropa")
    source = str(FIXTURES / "seed_kemi.json")
    assert main(["--db", db, "import", source]) == 0
    assert main(["--db", db, "import", source]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"ropa: {source}: processors[0].key: processor 'valu-digital' is already in the workspace"
    )
    assert err.endswith("; use --replace to overwrite\n") and err.count("\n") == 1
    assert main(["--db", db, "import", source, "--replace"]) == 0
    assert "1 replaced" in capsys.readouterr().out


def _break_export(monkeypatch: pytest.MonkeyPatch) -> None:
    from ropa.app.session import Session

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("unexpected")

    monkeypatch.setattr(Session, "export_json", broken)


def test_internal_errors_are_one_line_and_logged(
    tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _break_export(monkeypatch)
    assert main(["--db", str(tmp_path / "w.ropa"), "export", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err
    log = log_dir / "ropa.log"
    assert err == f"ropa: internal error: ValueError: unexpected (details in {log})\n"
    text = log.read_text(encoding="utf-8")
    assert f"ropa {__version__} " in text and "in broken" in text and "ValueError: unexpected" in text


def test_internal_errors_without_a_log_are_still_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _break_export(monkeypatch)
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv("ROPA_LOG_DIR", str(tmp_path / "file" / "log"))
    assert main(["--db", str(tmp_path / "w.ropa"), "export", str(tmp_path / "o.json")]) == 1
    assert capsys.readouterr().err == "ropa: internal error: ValueError: unexpected\n"


def test_debug_adds_the_traceback(
    tmp_path: Path, log_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _break_export(monkeypatch)
    assert main(["--debug", "--db", str(tmp_path / "w.ropa"), "export", str(tmp_path / "o.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last)") and "in broken" in err
    assert err.endswith(f"ropa: internal error: ValueError: unexpected (details in {log_dir / 'ropa.log'})\n")
    assert main(["--db", str(tmp_path / "w.ropa"), "export", str(tmp_path / "o.json")]) == 1
    assert "Traceback" not in capsys.readouterr().err  # --debug is for that run only


def test_debug_shows_the_traceback_of_expected_errors_in_a_child(tmp_path: Path, log_dir: Path) -> None:
    result = ropa("--debug", "--db", str(tmp_path / "w.ropa"), "import", str(tmp_path / "missing.json"))
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[-1].startswith("ropa: ") and "missing.json: cannot read" in lines[-1]
    assert not log_dir.exists()  # expected errors are not bugs: nothing logged


def test_demo_with_ten_thousand_registers(tmp_path: Path) -> None:
    db = tmp_path / "big.ropa"
    result = ropa("--db", str(db), "demo", "--registers", "10000", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "10000 registers" in result.stdout
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM register").fetchone()[0] == 10000
        assert conn.execute("SELECT count(*) FROM processor WHERE parent_id IS NOT NULL").fetchone()[0] > 0
    conn.close()


def test_a_locked_workspace_is_one_line(tmp_path: Path) -> None:
    """Another program holding the write lock past the busy timeout (5 s): the workspace is busy,
    in one line with SQLite's words (a program other than Ropa leaves no note of who it is)."""
    import sqlite3

    db = tmp_path / "w.ropa"
    assert ropa("--db", str(db), "init").returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = ropa("--db", str(db), "import", str(FIXTURES / "seed_kemi.json"))
    finally:
        holder.rollback()
        holder.close()
    assert_one_line_error(
        result,
        "the workspace is busy: another change is still being written; nothing was changed",
        "(database is locked)",
    )
    assert "internal error" not in result.stderr
