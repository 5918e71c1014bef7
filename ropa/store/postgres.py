"""Team workspaces: one PostgreSQL database that a privacy team shares.

The schema, its Alembic revisions and every query are the SQLite file's; what differs is kept here:

* **The address.** ``postgresql://user@host:port/database`` (``postgres://`` too; any libpq
  parameter may follow as a query, e.g. ``?sslmode=require``). The password is never part of
  :attr:`PostgresStore.location`: libpq finds it in ``PGPASSWORD`` or the pgpass file
  (``~/.pgpass``, ``PGPASSFILE``); failing those a prompt callback is asked, and its answer is
  kept in this process's memory only. Ropa writes no password anywhere.
* **Opening.** The schema revision is read in a read-only transaction first: a revision this
  version does not know (a newer Ropa) is refused without touching the database, and so is a
  database holding other tables. An older revision is upgraded by Alembic in one transaction
  (PostgreSQL's DDL is transactional: a failed upgrade leaves nothing behind) under the writers'
  advisory lock, so two clients opening at once do not upgrade twice. There is no backup before an
  upgrade: take one with ``pg_dump`` before installing a new Ropa (README, "Team use").
* **Writers take turns** as on SQLite (``BEGIN IMMEDIATE``): every write transaction first takes
  a transaction-scoped advisory lock, so commands that count positions or walk processor chains
  never see another client's half-written change. Readers are never blocked.
* **Reads** run in ``REPEATABLE READ READ ONLY`` transactions: one consistent snapshot.
* **Backups** are logical: the interchange JSON of the whole workspace, written into a local
  folder (:class:`~ropa.store.backend.SnapshotBackups`). **Save As** writes a new SQLite
  workspace file with the same records.
* **Permissions** are the server's: a role that may only read (an auditor) opens, exports and
  checks; any change it tries is refused as a one-line
  :class:`~ropa.errors.PermissionDeniedError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from ropa import __version__
from ropa.errors import PermissionDeniedError, WorkspaceError
from ropa.private_write import SQLITE_SIDES, atomic_write, write_file
from ropa.store.backend import SnapshotBackups, Store, database_errors, first_line, is_permission_error
from ropa.store.backups import new_backup_path, rotate
from ropa.store.migrate import known_revisions, schema_head, upgrade

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
#: How long a write waits for another client's write (an import of thousands of registers).
LOCK_WAIT_S = 60.0
#: pg_advisory_xact_lock(ROPA, WRITERS): taken by every write transaction and every upgrade.
ROPA, WRITERS = 0x526F7061, 1
PASSWORD_TRIES = 3

#: Asked for the password when the server wants one that libpq did not find; given the
#: location, it returns the password, or None when the user gives up.
PasswordPrompt = Callable[[str], "str | None"]

_TAKE_TURN = f"SELECT pg_advisory_xact_lock({ROPA}, {WRITERS})"
#: Who holds the writers' lock: any role may read pg_locks and pg_stat_activity's user and program.
_HOLDER = f"""
SELECT a.usename, a.application_name, host(a.client_addr), a.pid, a.xact_start
FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.database = (
    SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.classid::bigint = {ROPA} AND l.objid::bigint = {WRITERS} AND l.objsubid = 2
"""


def server_url(address: str) -> URL:
    """The SQLAlchemy URL of a PostgreSQL address, on the psycopg (3) driver."""
    try:
        url = make_url(address)
    except ArgumentError as exc:
        raise WorkspaceError(f"{address.split('@')[-1]}: not a PostgreSQL address ({exc})") from exc
    return url.set(drivername=DRIVER)


def display_location(url: URL) -> str:
    """The address as people see it: no driver name, no password (in the address or its query)."""
    query = {key: value for key, value in url.query.items() if key.lower() != "password"}
    shown = URL.create("postgresql", url.username, None, url.host, url.port, url.database, query)
    return shown.render_as_string(hide_password=False)


class PostgresStore(Store):
    """An open team workspace on a PostgreSQL server."""

    kind = "postgresql"

    def __init__(self, location: str, engine: Engine, backups: SnapshotBackups | None) -> None:
        self.location = location
        self.engine = engine
        self._backups = backups
        self._user: str | None = None
        self.write_wait = LOCK_WAIT_S  # how long a write waits for another client's write

    @contextmanager
    def begin(self, *, interrupt: Callable[[], bool] | None = None) -> Iterator[Connection]:
        """One write transaction; it waits (up to a minute) for another client's write to finish.

        ``interrupt`` is not asked while a statement runs (the caller asks it before committing).
        """
        with (
            database_errors(self.location, self.lock_holder),
            self.engine.connect() as connection,
            connection.begin(),
        ):
            wait = f"{int(self.write_wait * 1000)}ms"
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{wait}'; {_TAKE_TURN}")
            yield connection

    def lock_holder(self) -> str | None:
        """Who is writing now (holds the writers' lock), as the server knows them: role, program,
        address and since when; None when nobody is (or it cannot be seen)."""
        with self.engine.connect() as conn:
            row = conn.execute(text(_HOLDER)).first()
        if row is None:
            return None
        user, program, address, pid, since = row
        where = f" from {address}" if address else ""
        began = f" since {since.astimezone().strftime('%H:%M:%S')}" if since is not None else ""
        return f"{user} ({program or 'unknown program'}{where}, server process {pid}){began}"

    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """Rows of one statement in a read-only snapshot (the SQLite file does without SQLAlchemy)."""
        with self.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql), dict(params or {}))]

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read-only transaction on one snapshot of the database."""
        with (
            database_errors(self.location),
            self.engine.connect().execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            ) as connection,
            connection.begin(),
        ):
            yield connection

    def reopen(self) -> PostgresStore:
        """The same server, database and role; an asked password is in the engine's URL (memory)."""
        return PostgresStore(self.location, _engine(self.engine.url), self._backups)

    def user(self) -> str:
        """The database role the changes are made as (``current_user``)."""
        if self._user is None:
            with self.connect() as conn:
                self._user = str(conn.execute(text("SELECT current_user")).scalar())
        return self._user

    def backup(self, reason: str) -> str:
        """Write the whole workspace as interchange JSON into the local backup folder.

        A logical snapshot (one read-only transaction): ``ropa import --replace`` of that file
        into an empty workspace, on a server or in a file, gives the same records back. The folder
        keeps the newest ``keep`` (20 unless configured); each file is owner-only, written
        atomically.
        """
        if self._backups is None:
            raise WorkspaceError(f"{self.location}: no folder for backups of this workspace")
        from ropa.gc_pause import collector_paused
        from ropa.store.reader import load_workspace

        with self.connect() as conn, collector_paused():
            content = self._backups.dump(load_workspace(conn))
        folder = self._backups.folder
        target = new_backup_path(folder, reason, self._backups.suffix)
        try:
            folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"{folder}: cannot make the backup folder: {exc.strerror or exc}") from exc
        write_file(target, content)
        rotate(folder, self._backups.keep, self._backups.suffix)
        return str(target)

    def backup_folder(self) -> tuple[Path, str] | None:
        return None if self._backups is None else (self._backups.folder, self._backups.suffix)

    def copy_to(self, target: Path) -> None:
        """Save As: a new SQLite workspace file (0600) holding the same records, written atomically."""
        from ropa.store.reader import load_workspace
        from ropa.store.sqlite import open_sqlite
        from ropa.store.writer import save_workspace

        target = Path(target)
        with self.connect() as conn:
            snapshot = load_workspace(conn)
        with atomic_write(target) as temporary:
            with open_sqlite(temporary) as copy, copy.begin() as conn:
                save_workspace(conn, snapshot)
            for side in SQLITE_SIDES:
                Path(f"{target}{side}").unlink(missing_ok=True)

    def close(self) -> None:
        self.engine.dispose()


def open_postgres(
    address: str,
    *,
    create: bool = True,
    password_prompt: PasswordPrompt | None = None,
    backups: SnapshotBackups | None = None,
) -> PostgresStore:
    """Connect to the workspace in the database at ``address``, creating or upgrading its schema.

    The database itself must exist (``createdb``); with ``create`` an empty one gets the schema.
    A database written by a newer Ropa, or one holding other tables, is refused untouched.
    """
    url = server_url(address)
    location = display_location(url)
    engine, current = _connect(url, location, password_prompt)
    try:
        if current == "":
            if not create:
                raise WorkspaceError(
                    f"{location}: holds no Ropa workspace yet (create it with: ropa --db {location} init)"
                )
        elif current not in known_revisions():
            raise WorkspaceError(
                f"{location}: made by a newer version of Ropa (schema {current}); "
                f"Ropa {__version__} knows schemas up to {schema_head()}: update Ropa to open it"
            )
        if current != schema_head():
            _upgrade(engine, location)
    except BaseException:
        engine.dispose()
        raise
    return PostgresStore(location, engine, backups)


def _engine(url: URL) -> Engine:
    defaults = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": f"ropa {__version__}"}
    return create_engine(
        url,
        pool_size=2,
        max_overflow=6,
        pool_pre_ping=True,  # a desktop keeps connections for hours: servers restart, links drop
        connect_args={key: value for key, value in defaults.items() if key not in url.query},
    )


def _connect(url: URL, location: str, prompt: PasswordPrompt | None) -> tuple[Engine, str]:
    """An engine that reaches the server, and the schema revision found ('' for an empty database).

    libpq looks for the password itself (PGPASSWORD, the pgpass file); only when the server still
    asks for one is ``prompt`` called, at most three times.
    """
    engine = _engine(url)
    for attempt in range(PASSWORD_TRIES + 1):
        try:
            return engine, _inspect_revision(engine, location)
        except WorkspaceError:
            engine.dispose()
            raise
        except OperationalError as exc:
            engine.dispose()
            wants = _wants_password(exc)
            if prompt is None or wants is None or attempt == PASSWORD_TRIES:
                raise WorkspaceError(_connect_failure(location, exc, wants)) from exc
            password = prompt(location)
            if password is None:
                raise WorkspaceError(f"{location}: not connected (no password given)") from exc
            engine = _engine(url.set(password=password))
    raise AssertionError("unreachable")


def _wants_password(error: OperationalError) -> str | None:
    """'missing' or 'wrong' when the server refused for want of the right password, else None."""
    message = str(error.orig)
    if "no password supplied" in message:
        return "missing"
    if "password authentication failed" in message:
        return "wrong"
    return None


def _connect_failure(location: str, error: OperationalError, wants: str | None) -> str:
    if wants == "missing":
        return (
            f"{location}: the server asks for a password: set PGPASSWORD or add the server to your "
            "pgpass file (~/.pgpass); Ropa does not store passwords"
        )
    line = first_line(error).removeprefix("connection failed: ")
    if wants == "wrong":
        return f"{location}: cannot connect: {line}"
    return f"{location}: cannot connect to the server: {line}"


def _inspect_revision(engine: Engine, location: str) -> str:
    """The schema revision, read in a read-only transaction; '' for a database with no tables."""
    with engine.connect().execution_options(postgresql_readonly=True) as conn, conn.begin():
        try:
            tables = set(
                conn.execute(
                    text("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            if "alembic_version" not in tables:
                if tables:
                    raise WorkspaceError(
                        f"{location}: not a Ropa workspace (the database holds other tables)"
                    )
                return ""
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            raise
        except SQLAlchemyError as exc:
            if is_permission_error(exc):
                raise PermissionDeniedError(
                    f"{location}: permission denied: {first_line(exc)} "
                    "(your database role may not read this workspace; ask its owner)"
                ) from exc
            raise WorkspaceError(f"{location}: not a readable Ropa workspace ({first_line(exc)})") from exc
    return str(found or "")


def _upgrade(engine: Engine, location: str) -> None:
    """Create or upgrade the schema in one transaction, once, whoever else is opening it too."""
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(_TAKE_TURN)  # the writers' lock, without a timeout
            current = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if _has_alembic_table(conn)
                else None
            )
            if current != schema_head():  # another client may have upgraded while we waited
                upgrade(conn)
    except SQLAlchemyError as exc:
        if is_permission_error(exc):
            user = _current_user(engine)
            raise PermissionDeniedError(
                f"{location}: cannot create or upgrade the workspace schema to {schema_head()}: "
                f"database role '{user}' may not change it ({first_line(exc)}); ask the workspace's "
                f"owner to run: ropa --db {location} init"
            ) from exc
        raise WorkspaceError(f"{location}: cannot upgrade the workspace schema: {first_line(exc)}") from exc


def _has_alembic_table(conn: Connection) -> bool:
    return conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar() is True


def _current_user(engine: Engine) -> Any:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT current_user")).scalar()
    except SQLAlchemyError:
        return "?"


def next_ids(conn: Connection, table: str, count: int) -> list[int]:
    """Take ``count`` new ids from the table's sequence, ascending (document order keeps id order)."""
    if not count:
        return []
    found = conn.execute(
        text(
            "SELECT nextval(pg_get_serial_sequence(:table, 'id')) AS id "
            "FROM generate_series(1, :n) ORDER BY 1"
        ),
        {"table": table, "n": count},
    )
    return [int(row_id) for (row_id,) in found]


def copy_rows(conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert rows (values already through their bind processors) with one ``COPY ... FROM STDIN``,
    inside the connection's transaction."""
    driver = conn.connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(column) for column in columns)
    )
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
