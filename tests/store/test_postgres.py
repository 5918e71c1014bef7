"""Team workspaces on a real PostgreSQL server: opening, refusing, passwords, backups, roles, turns.

The behaviour both engines share (import, export, commands, undo, checks, conflicts) is tested by
the rest of tests/store, tests/app, tests/io and tests/cli on both; this module holds what only a
server has.
"""

from __future__ import annotations

import json
import re
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from pg_cluster import Cluster
from psycopg import sql
from sqlalchemy import text
from support import FIXTURES, SEED_DOCUMENTS, load_fixture, workspace_text

from ropa.app import ConflictError, PermissionDeniedError, Session
from ropa.app.location import server_address
from ropa.errors import WorkspaceError
from ropa.io.interchange import read_document, read_file
from ropa.model import records as r
from ropa.store import open_store
from ropa.store.migrate import schema_head, upgrade
from ropa.store.postgres import PostgresStore

pytestmark = pytest.mark.postgres_only
PACKAGING = Path(__file__).parents[2] / "packaging" / "postgres"


@pytest.fixture
def cluster(engine: str, postgres: Cluster) -> Cluster:
    assert engine == "postgresql"
    return postgres


@pytest.fixture
def database(cluster: Cluster) -> Iterator[str]:
    """A fresh empty database's name."""
    name = cluster.create_database()
    yield name
    cluster.drop_database(name)


def _tables(cluster: Cluster, database: str) -> dict[str, int]:
    with cluster.admin_connection(database) as conn:
        names = [
            row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        return {
            name: conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))).fetchone()[0]  # type: ignore[index]
            for name in names
        }


def test_an_empty_database_gets_the_schema_and_the_location_hides_the_password(
    cluster: Cluster, database: str
) -> None:
    address = cluster.url(database).replace("@", f":{cluster.password}@", 1)
    with Session.open(address) as ws:
        assert cluster.password and cluster.password not in ws.location
        assert ws.location == cluster.url(database)
        assert ws.path is None and ws.is_server and ws.store.kind == "postgresql"
        assert ws.user() == cluster.admin
    with cluster.admin_connection(database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (schema_head(),)


def test_without_create_an_empty_database_is_refused(cluster: Cluster, database: str) -> None:
    with pytest.raises(WorkspaceError, match=r"holds no Ropa workspace yet \(create it with: ropa --db "):
        Session.open(cluster.url(database), create=False)
    assert _tables(cluster, database) == {}


def test_newer_schema_is_refused_untouched(cluster: Cluster, database: str) -> None:
    with Session.open(cluster.url(database)) as ws:
        ws.import_records(read_document(load_fixture("seed_kemi")))
    cluster.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'", database)
    before = _tables(cluster, database)
    with pytest.raises(WorkspaceError) as caught:
        Session.open(cluster.url(database))
    message = str(caught.value)
    assert "\n" not in message
    assert "made by a newer version of Ropa (schema 9999_from_the_future)" in message
    assert _tables(cluster, database) == before


def test_a_database_of_something_else_is_refused_untouched(cluster: Cluster, database: str) -> None:
    cluster.execute("CREATE TABLE customers (id integer)", database)
    with pytest.raises(WorkspaceError, match="not a Ropa workspace .the database holds other tables"):
        Session.open(cluster.url(database))
    assert _tables(cluster, database) == {"customers": 0}


def test_a_missing_database_and_a_missing_server_are_one_line(cluster: Cluster) -> None:
    with pytest.raises(WorkspaceError) as caught:
        Session.open(cluster.url("no_such_database"))
    assert 'database "no_such_database" does not exist' in str(caught.value)
    unused = cluster.port + 1 if cluster.port < 65535 else cluster.port - 1
    with pytest.raises(WorkspaceError, match="cannot connect to the server") as caught:
        Session.open(f"postgresql://nobody@127.0.0.1:{unused}/ropa")
    assert "\n" not in str(caught.value)


def test_every_revision_runs_on_postgresql_with_data(cluster: Cluster, database: str) -> None:
    """The schema-0001 fixture's rows, put into a PostgreSQL database at revision 0001, come out of
    the upgrade to the head exactly as they went into the SQLite file (0002's JSON packing included)."""
    _load_schema_0001(cluster, database)
    with Session.open(cluster.url(database), create=False) as ws:
        from support import normalise

        from ropa.io.interchange import write_document

        exported = write_document(ws.snapshot())
    written_then = json.loads((FIXTURES / "workspaces" / "schema-0001.json").read_text(encoding="utf-8"))
    assert normalise(exported) == normalise(written_then)
    register = exported["controllers"][0]["registers"][0]
    assert register["purposes"][0]["extensions"] == {"x": 1}
    assert register["contact_person"]["extensions"] == {"z": "ä"}


def _load_schema_0001(cluster: Cluster, database: str) -> None:
    """Schema 0001 by its own revision, then every row of the SQLite fixture copied in."""
    import sqlite3

    from sqlalchemy import MetaData, create_engine

    engine = create_engine(
        f"postgresql+psycopg://{cluster.admin}:{cluster.password}@{cluster.host}:{cluster.port}/{database}"
    )
    with engine.begin() as conn:
        upgrade(conn, "0001")
    metadata = MetaData()
    metadata.reflect(engine)
    source = sqlite3.connect(FIXTURES / "workspaces" / "schema-0001.ropa")
    source.row_factory = sqlite3.Row
    with engine.begin() as conn:
        conn.exec_driver_sql("SET session_replication_role = replica")  # rows in any order
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row) for row in source.execute(f'SELECT * FROM "{table.name}"')]
            for row in rows:
                for column in table.columns:
                    if column.name in row and row[column.name] is not None:
                        if column.type.__class__.__name__ == "JSON":
                            row[column.name] = json.loads(row[column.name])
                        elif column.type.__class__.__name__ == "BOOLEAN":
                            row[column.name] = bool(row[column.name])
            if rows:
                conn.execute(table.insert(), rows)
            if "id" in table.c:
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                )
    source.close()
    engine.dispose()


def test_two_clients_opening_an_old_workspace_upgrade_it_once(cluster: Cluster, database: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(
        f"postgresql+psycopg://{cluster.admin}:{cluster.password}@{cluster.host}:{cluster.port}/{database}"
    )
    with engine.begin() as conn:
        upgrade(conn, "0003")
    engine.dispose()
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Session.open(cluster.url(database)).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with cluster.admin_connection(database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(schema_head(),)]


# -- passwords ----------------------------------------------------------------------------------


@pytest.fixture
def no_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither PGPASSWORD nor a pgpass file: libpq has nothing to offer the server."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


@pytest.mark.usefixtures("no_password")
def test_without_a_password_the_open_fails_in_one_line(cluster: Cluster, database: str) -> None:
    with pytest.raises(WorkspaceError) as caught:
        Session.open(cluster.url(database))
    assert str(caught.value) == (
        f"{cluster.url(database)}: the server asks for a password: set PGPASSWORD or add the server "
        "to your pgpass file (~/.pgpass); Ropa does not store passwords"
    )


@pytest.mark.usefixtures("no_password")
def test_the_pgpass_file_gives_the_password(
    cluster: Cluster, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{cluster.host}:{cluster.port}:{database}:{cluster.admin}:{cluster.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with Session.open(cluster.url(database)) as ws:
        assert ws.user() == cluster.admin


@pytest.mark.usefixtures("no_password")
def test_the_prompt_is_asked_when_libpq_has_no_password(cluster: Cluster, database: str) -> None:
    asked: list[str] = []
    answers = iter(["wrong", cluster.password])

    def prompt(location: str) -> str | None:
        asked.append(location)
        return next(answers)

    with Session.open(cluster.url(database), password_prompt=prompt) as ws:
        ws.import_records(read_document(load_fixture("seed_kemi")))
        with ThreadedReads(ws):  # new pooled connections get the password too
            pass
        assert ws.register_summaries()
    assert asked == [cluster.url(database)] * 2  # the location, never a password
    with pytest.raises(WorkspaceError, match="not connected .no password given"):
        Session.open(cluster.url(database), password_prompt=lambda _: None)
    with pytest.raises(WorkspaceError, match="password authentication failed"):
        Session.open(cluster.url(database), password_prompt=lambda _: "wrong")


class ThreadedReads:
    """Read from several threads at once, so the pool opens more connections than one."""

    def __init__(self, ws: Session) -> None:
        self.ws = ws

    def __enter__(self) -> None:
        results: list[object] = []
        threads = [threading.Thread(target=lambda: results.append(self.ws.snapshot())) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert len(results) == 4

    def __exit__(self, *exc: object) -> None:
        pass


# -- backups and copies -------------------------------------------------------------------------


def test_backup_is_a_private_interchange_snapshot(
    cluster: Cluster, database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROPA_BACKUP_DIR", str(tmp_path / "backups"))
    with Session.open(cluster.url(database)) as ws:
        for name in SEED_DOCUMENTS[1:]:
            ws.import_records(read_document(load_fixture(name)))
        target = Path(ws.store.backup("test"))
        assert target.parent.parent == tmp_path / "backups" and target.suffix == ".json"
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
        assert cluster.password not in str(target)
        restored_into = cluster.create_database()
        try:
            with Session.open(cluster.url(restored_into)) as restored:
                restored.import_records(read_file(target))
                assert workspace_text(restored) == workspace_text(ws)
        finally:
            cluster.drop_database(restored_into)


def test_backups_keep_the_newest_twenty(cluster: Cluster, database: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ROPA_BACKUP_DIR", str(tmp_path / "backups"))
    with Session.open(cluster.url(database)) as ws:
        made = [Path(ws.store.backup(f"n{i:02d}")) for i in range(22)]
    kept = sorted(made[0].parent.iterdir())
    assert kept == made[2:]


def test_save_as_writes_a_private_sqlite_workspace(cluster: Cluster, database: str, tmp_path: Path) -> None:
    with Session.open(cluster.url(database)) as ws:
        ws.import_records(read_document(load_fixture("seed_inmics")))
        target = tmp_path / "copy.ropa"
        target.write_bytes(b"an old file")
        ws.copy_to(target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.ropa"]
        with Session.open(target, create=False) as copy:
            assert copy.store.kind == "sqlite"
            assert workspace_text(copy) == workspace_text(ws)


# -- turns, snapshots, users --------------------------------------------------------------------


def test_writers_take_turns_and_readers_do_not_wait(cluster: Cluster, database: str) -> None:
    with Session.open(cluster.url(database)) as first, Session.open(cluster.url(database)) as second:
        first.import_records(read_document(load_fixture("seed_kemi")))
        order: list[str] = []
        with first.store.begin() as conn:
            conn.execute(text("UPDATE controller SET name = 'first' WHERE key = 'kemi'"))

            def write() -> None:
                second.update_controller("kemi", r.Controller(key="kemi", name="second"))
                order.append("second wrote")

            thread = threading.Thread(target=write)
            thread.start()
            time.sleep(0.5)
            assert second.get(r.Controller, "kemi").name != "first"  # a reader sees the last commit
            order.append("first commits")
        thread.join(30)
        assert order == ["first commits", "second wrote"]
        assert second.get(r.Controller, "kemi").name == "second"


def test_a_read_is_one_snapshot(cluster: Cluster, database: str) -> None:
    with Session.open(cluster.url(database)) as ws:
        ws.import_records(read_document(load_fixture("seed_kemi")))
        with ws.store.connect() as conn:
            before = conn.execute(text("SELECT count(*) FROM register")).scalar()
            cluster.execute("DELETE FROM register", database)
            assert conn.execute(text("SELECT count(*) FROM register")).scalar() == before
        with pytest.raises(WorkspaceError, match="read-only transaction"), ws.store.connect() as conn:
            conn.execute(text("DELETE FROM controller"))


def test_store_user_is_the_database_role(cluster: Cluster, database: str) -> None:
    with open_store(cluster.url(database)) as store:
        assert isinstance(store, PostgresStore)
        assert store.user() == cluster.admin


# -- roles: owner, editor, auditor --------------------------------------------------------------

ROLE_PASSWORD = "team-secret-1"


def _statements(script: str, database: str) -> list[str]:
    body = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("--"))
    body = re.sub(r"\bDATABASE ropa\b", f"DATABASE {database}", body).replace("change-me", ROLE_PASSWORD)
    return [statement.strip() for statement in body.split(";") if statement.strip()]


@pytest.fixture
def team(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The README's roles and database (packaging/postgres/roles.sql), made by a superuser."""
    database = f"ropa_team_{id(monkeypatch)}"
    for statement in _statements((PACKAGING / "roles.sql").read_text(encoding="utf-8"), database):
        cluster.execute(statement)
    monkeypatch.setenv("PGPASSWORD", ROLE_PASSWORD)  # every team role has this one in the test
    try:
        yield database
    finally:
        cluster.drop_database(database)
        for role in ("alice", "bob", "ropa_owner", "ropa_editor", "ropa_auditor"):
            cluster.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _grant(cluster: Cluster, database: str) -> None:
    """packaging/postgres/grants.sql, run as the owner."""
    with psycopg.connect(
        host=cluster.host, port=cluster.port, user="ropa_owner", password=ROLE_PASSWORD, dbname=database,
        autocommit=True,
    ) as conn:  # fmt: skip
        for statement in _statements((PACKAGING / "grants.sql").read_text(encoding="utf-8"), database):
            conn.execute(statement)  # type: ignore[call-overload]


def test_owner_editor_and_auditor_as_the_readme_sets_them_up(cluster: Cluster, team: str) -> None:
    with Session.open(cluster.url(team, "ropa_owner")) as owner:
        assert owner.user() == "ropa_owner"
    _grant(cluster, team)
    with Session.open(cluster.url(team, "alice")) as alice:
        assert alice.user() == "alice"
        alice.import_records(read_document(load_fixture("seed_kemi")))
        key = alice.snapshot().controllers[0].registers[0].key
        loaded = alice.get_versioned(r.Register, key)
        alice.update_register(key, loaded.record, expected_version=loaded.version)
        alice.import_records(read_document(load_fixture("seed_kemi")), replace=True)
    with Session.open(cluster.url(team, "bob")) as bob:
        assert bob.user() == "bob"
        text_before = workspace_text(bob)
        assert bob.check() is not None and bob.transfer_rows() is not None
        register = bob.get_versioned(r.Register, key)
        with pytest.raises(PermissionDeniedError) as caught:
            bob.update_register(key, register.record, expected_version=register.version)
        message = str(caught.value)
        assert "\n" not in message
        assert message.startswith(
            f"{cluster.url(team, 'bob')}: permission denied: permission denied for table"
        )
        with pytest.raises(PermissionDeniedError):
            bob.import_records(read_document(load_fixture("seed_inmics")))
        assert workspace_text(bob) == text_before


def test_only_the_owner_upgrades_the_schema(cluster: Cluster, team: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(
        f"postgresql+psycopg://ropa_owner:{ROLE_PASSWORD}@{cluster.host}:{cluster.port}/{team}"
    )
    with engine.begin() as conn:
        upgrade(conn, "0003")
    engine.dispose()
    _grant(cluster, team)
    with pytest.raises(PermissionDeniedError) as caught:
        Session.open(cluster.url(team, "alice"))
    message = str(caught.value)
    assert "\n" not in message
    assert (
        f"cannot create or upgrade the workspace schema to {schema_head()}: database role 'alice'" in message
    )
    assert message.endswith(f"ask the workspace's owner to run: ropa --db {cluster.url(team, 'alice')} init")
    with cluster.admin_connection(team) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    Session.open(cluster.url(team, "ropa_owner")).close()
    with Session.open(cluster.url(team, "alice")) as alice:
        alice.import_records(read_document(load_fixture("seed_kemi")))


def test_conflicts_name_the_record_across_roles(cluster: Cluster, team: str) -> None:
    Session.open(cluster.url(team, "ropa_owner")).close()
    _grant(cluster, team)
    cluster.execute("GRANT ropa_editor TO bob")
    with Session.open(cluster.url(team, "alice")) as alice, Session.open(cluster.url(team, "bob")) as bob:
        alice.import_records(read_document(load_fixture("seed_kemi")))
        mine, theirs = alice.get_versioned(r.Controller, "kemi"), bob.get_versioned(r.Controller, "kemi")
        alice.update_controller("kemi", mine.record, expected_version=mine.version)
        with pytest.raises(ConflictError, match="controller 'kemi' was changed by someone else"):
            bob.update_controller("kemi", theirs.record, expected_version=theirs.version)


def test_connections_are_named_and_the_address_may_rename_them(cluster: Cluster, database: str) -> None:
    from ropa import __version__

    for address, name in (
        (cluster.url(database), f"ropa {__version__}"),
        (cluster.url(database) + "?application_name=dpo-laptop&connect_timeout=5", "dpo-laptop"),
    ):
        with Session.open(address) as ws, ws.store.connect() as conn:
            assert conn.execute(text("SHOW application_name")).scalar() == name


def test_server_address_from_dialog_fields(cluster: Cluster, database: str) -> None:
    address = server_address(cluster.host, database, user=cluster.admin, port=cluster.port)
    assert address == cluster.url(database)
    with Session.open(address) as ws:
        assert ws.location == address


def test_the_readme_shows_the_role_scripts_the_tests_run() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for name in ("roles.sql", "grants.sql"):
        assert f"```sql\n{(PACKAGING / name).read_text(encoding='utf-8')}```" in readme
    from ropa.store.postgres import ROPA, WRITERS

    assert f"advisory lock ({ROPA}, {WRITERS})" in readme
