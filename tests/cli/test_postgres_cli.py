"""The command line on both engines: ``--db`` takes a file or a ``postgresql://`` address, and every
command gives the same result; failures particular to a server are one line too."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from test_cli import assert_one_line_error, ropa

from ropa.app import Session


def test_done_means_on_each_engine(new_location: Callable[[], str | Path], tmp_path: Path) -> None:
    """demo, export, import into another workspace, export again: the same document, on either engine,
    and the same document as the SQLite file gives."""
    w, x = str(new_location()), str(new_location())
    assert ropa("--db", w, "demo", "--registers", "150", "--seed", "3").returncode == 0
    assert ropa("--db", w, "export", str(tmp_path / "w.json")).returncode == 0
    imported = ropa("--db", x, "import", str(tmp_path / "w.json"))
    assert imported.returncode == 0, imported.stderr
    assert "150 registers" in imported.stdout and x in imported.stdout
    assert ropa("--db", x, "export", str(tmp_path / "x.json")).returncode == 0
    assert (tmp_path / "w.json").read_bytes() == (tmp_path / "x.json").read_bytes()
    sqlite = tmp_path / "reference.ropa"
    assert ropa("--db", str(sqlite), "demo", "--registers", "150", "--seed", "3").returncode == 0
    assert ropa("--db", str(sqlite), "export", str(tmp_path / "s.json")).returncode == 0
    assert (tmp_path / "s.json").read_bytes() == (tmp_path / "w.json").read_bytes()
    for command in (["check", "--on", "2026-11-24"], ["transfers", "--on", "2026-11-24", "--format", "json"]):
        on_engine, on_file = ropa("--db", w, *command), ropa("--db", str(sqlite), *command)
        assert on_engine.stdout == on_file.stdout and on_engine.returncode == on_file.returncode
    again = ropa("--db", x, "import", str(tmp_path / "w.json"), "--replace")
    assert again.returncode == 0, again.stderr


def test_ropa_db_names_a_server_too(workspace_location: str | Path) -> None:
    result = ropa("init", env={"ROPA_DB": str(workspace_location)})
    assert result.returncode == 0 and result.stdout.strip() == f"workspace ready: {workspace_location}"


@pytest.mark.postgres_only
def test_server_failures_are_one_line(workspace_location: str | Path, tmp_path: Path) -> None:
    address = str(workspace_location)
    Session.open(address).close()
    without = {"PGPASSWORD": "", "PGPASSFILE": str(tmp_path / "none")}
    assert_one_line_error(ropa("--db", address, "init", env=without), "the server asks for a password")
    host, _, rest = address.rpartition("/")
    assert_one_line_error(
        ropa("--db", f"{host}/no_such_db", "export", str(tmp_path / "x.json")),
        'database "no_such_db" does not exist',
    )


@pytest.mark.postgres_only
def test_the_window_opens_a_server_workspace_from_db(workspace_location: str | Path) -> None:
    """``ropa --db postgresql://… gui`` starts the window on the server (PGPASSWORD has the password;
    tests/ui/test_server_window.py looks inside the window)."""
    address = str(workspace_location)
    Session.open(address).close()
    shown = ropa(
        "--db", address, "gui", env={"ROPA_QUIT_AFTER_FIRST_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}
    )
    assert shown.returncode == 0 and "ropa:" not in shown.stderr and "Traceback" not in shown.stderr


@pytest.mark.postgres_only
def test_a_read_only_role_gets_one_line(postgres, workspace_location: str | Path, tmp_path: Path) -> None:
    """A role that may only read (here by the server's own setting) can export but not import."""
    address = str(workspace_location)
    database = address.rpartition("/")[2]
    postgres.execute("DROP ROLE IF EXISTS ropa_cli_reader")
    postgres.execute("CREATE ROLE ropa_cli_reader LOGIN PASSWORD 'reader' IN ROLE pg_read_all_data")
    try:
        Session.open(address).close()
        reader = postgres.url(database, "ropa_cli_reader")
        env = {"PGPASSWORD": "reader"}
        assert ropa("--db", reader, "export", str(tmp_path / "r.json"), env=env).returncode == 0
        document = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert document["format"] == "ropa-interchange"
        result = ropa("--db", reader, "demo", "--registers", "3", env=env)
        assert_one_line_error(result, f"ropa: {reader}: permission denied: permission denied for ")
    finally:
        postgres.drop_database(database)
        postgres.execute("DROP ROLE IF EXISTS ropa_cli_reader")
    assert os.environ.get("PGPASSWORD")  # the run's own password is untouched
