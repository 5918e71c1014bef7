"""The embedded workspace: one SQLite file, created owner-only, upgraded by Alembic, refused if newer.

Every connection gets foreign keys on, WAL and a busy timeout; every transaction is an explicit
``BEGIN`` so that schema changes and imports are atomic (pysqlite would otherwise autocommit DDL).
Everything SQLite-specific (the file header, pragmas, the backup API) stays in this module.

Opening a workspace at the current schema uses only the standard library: the SQLAlchemy engine
is made by the first transaction, and :meth:`SqliteStore.read` answers plain queries with
``sqlite3``, so the window can show its first list before the ORM is even imported.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa import __version__
from ropa.errors import RopaError, WorkspaceError
from ropa.failures import os_reason, sqlite_reason
from ropa.private_write import SQLITE_SIDES, atomic_write
from ropa.store import WORKSPACE_SUFFIX
from ropa.store.backend import Row, Store, database_errors
from ropa.store.backups import BackupPlace, backup_file, default_place, snapshot_file
from ropa.store.first_look import SQLITE_MAGIC
from ropa.store.migrate import known_revisions, schema_head

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

BUSY_TIMEOUT_MS = 5000
PROGRESS_STEPS = 20_000  # SQLite virtual-machine steps between two questions to ``interrupt``


class SqliteStore(Store):
    """An open workspace file. Use :meth:`begin` for every change: it is one transaction."""

    kind = "sqlite"

    def __init__(self, path: Path, engine: Engine | None = None, backups: BackupPlace | None = None) -> None:
        self._path = path
        self.backups = backups or default_place(path)
        self.location = str(path)
        self.write_wait = BUSY_TIMEOUT_MS / 1000
        self._engine = engine
        self._engine_lock = threading.Lock()

    @property
    def path(self) -> Path:
        return self._path

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) on first use."""
        with self._engine_lock:
            if self._engine is None:
                self._engine = _engine(self._path)
            return self._engine

    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Rows of one statement on a short-lived ``sqlite3`` connection that refuses writes."""
        with _sqlite_errors(self.location):
            db = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            with closing(db):
                db.execute("PRAGMA query_only=ON")
                return db.execute(sql, dict(params or {})).fetchall()

    @contextmanager
    def reading(self) -> Iterator[Callable[[str, Mapping[str, Any]], list[Row]]]:
        """Plain ``sqlite3`` queries inside one read transaction (one snapshot), refusing writes:
        loading the whole workspace this way needs no SQLAlchemy."""
        with _sqlite_errors(self.location):
            db = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            with closing(db):
                db.execute("PRAGMA query_only=ON")
                db.execute("BEGIN")
                try:

                    def query(sql: str, params: Mapping[str, Any]) -> list[Row]:
                        return db.execute(sql, dict(params)).fetchall()

                    yield query
                finally:
                    db.execute("ROLLBACK")

    @contextmanager
    def begin(self, *, interrupt: Callable[[], bool] | None = None) -> Iterator[Connection]:
        """A connection inside one write transaction, committed on success, rolled back on error.

        It starts with ``BEGIN IMMEDIATE``: the write lock is taken (waiting up to the busy
        timeout) before anything is read, so a second process writing meanwhile cannot make the
        transaction fail half-way.
        """
        with (
            database_errors(self.location, lambda: read_writer_info(self._path)),
            self.engine.connect().execution_options(ropa_write=True) as connection,
        ):
            # The driver's own connection: what is set on it here does not begin the transaction,
            # as a statement through SQLAlchemy would.
            raw: Any = connection.connection.driver_connection
            raw.execute(f"PRAGMA busy_timeout={int(self.write_wait * 1000)}")  # this store's patience
            if interrupt is not None:
                asked = interrupt
                raw.set_progress_handler(lambda: int(asked()), PROGRESS_STEPS)
            try:
                with connection.begin():
                    info = _announce_writer(self._path)
                    try:
                        yield connection
                    finally:
                        _withdraw_writer(info)
            finally:
                if interrupt is not None:
                    raw.set_progress_handler(None, 0)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading; reads inside it see one consistent snapshot."""
        with database_errors(self.location), self.engine.begin() as connection:
            yield connection

    def backup(self, reason: str) -> str:
        """Copy the workspace, consistently, into its backup folder (``<file>.backups/`` unless
        configured otherwise) and keep the newest few."""
        return str(backup_file(self.path, self.backups, reason, self.path.suffix or WORKSPACE_SUFFIX))

    def backup_folder(self) -> tuple[Path, str]:
        return self.backups.folder, self.path.suffix or WORKSPACE_SUFFIX

    def copy_to(self, target: Path) -> None:
        copy_workspace(self.path, target)

    def reopen(self) -> SqliteStore:
        return SqliteStore(self._path)

    def user(self) -> str:
        """The operating-system user: a workspace file has no users of its own."""
        return _os_user()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def writer_info_path(path: Path) -> Path:
    """``<file>.writer``: who holds the workspace's write lock, while they hold it."""
    return path.with_name(f"{path.name}.writer")


def _announce_writer(path: Path) -> tuple[Path, str] | None:
    """Note who writes (user, host, program, process, since when) beside the workspace while the
    write transaction runs, so that someone kept waiting can be told; best effort."""
    target = writer_info_path(path)
    content = json.dumps(
        {
            "user": _os_user(),
            "host": _host(),
            "program": f"ropa {__version__}",
            "pid": os.getpid(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
    )
    try:
        target.write_text(content, encoding="utf-8")
    except OSError:
        return None
    return target, content


def _withdraw_writer(info: tuple[Path, str] | None) -> None:
    if info is None:
        return
    target, content = info
    try:
        if target.read_text(encoding="utf-8") == content:  # ours, not a later writer's
            target.unlink()
    except OSError:
        pass


def read_writer_info(path: Path) -> str | None:
    """Who holds the write lock of the workspace at ``path``, from its ``.writer`` note: None when
    there is none, it cannot be read, or it was left by a process of this machine that is gone."""
    try:
        found = json.loads(writer_info_path(path).read_text(encoding="utf-8"))
        user, host, program = str(found["user"]), str(found["host"]), str(found["program"])
        pid, since = int(found["pid"]), datetime.fromisoformat(str(found["since"]))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # a note damaged by hand
        return None
    if host == _host() and not _alive(pid):
        return None
    return f"{user} on {host} ({program}, process {pid}) since {since.strftime('%H:%M:%S')}"


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send CTRL_C_EVENT there: assume it still runs
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def _host() -> str:
    import socket  # on first write, not on the start path (a few ms)

    return socket.gethostname()


def _os_user() -> str:
    try:
        import getpass  # on first write, not on the start path

        return getpass.getuser()
    except Exception:  # no name for this uid (a container): say so rather than fail
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def open_sqlite(
    path: str | os.PathLike[str], *, create: bool = True, backups: BackupPlace | None = None
) -> SqliteStore:
    """Open (and, with ``create``, create) the workspace at ``path``, upgrading its schema.

    ``backups`` says where its backups go (default ``<file>.backups/`` beside it); an upgrade is
    preceded by one.

    A file written by a newer Ropa, or a file that is not a Ropa workspace, is refused untouched.
    """
    if not os.fspath(path):
        raise WorkspaceError("an empty path names no workspace file")
    path = Path(path)
    kind = _file_kind(path)
    if kind == "directory":
        raise WorkspaceError(f"{path}: is a directory, not a workspace file")
    if kind == "other":
        raise WorkspaceError(f"{path}: is a pipe, socket or device, not a workspace file")
    created = kind == "missing"
    if created:
        if not create:
            raise WorkspaceError(f"{path}: no such workspace")
        _create_private_file(path)
    try:
        return _open(path, backups)
    except BaseException:
        if created:  # a workspace that could not be made (a full disk) leaves no file behind
            for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
                name.unlink(missing_ok=True)
        raise


def _open(path: Path, backups: BackupPlace | None) -> SqliteStore:
    current = _inspect_revision(path)
    if current is not None and current not in known_revisions():
        raise WorkspaceError(
            f"{path}: made by a newer version of Ropa (schema {current}); "
            f"Ropa {__version__} knows schemas up to {schema_head()}: update Ropa to open it"
        )
    if current == schema_head():
        return SqliteStore(path, backups=backups)  # no migration due: no engine, no Alembic until needed
    store = SqliteStore(path, _engine(path), backups)
    if current is not None:
        store.backup(f"before-upgrade-{current}")
    _upgrade(store.engine, path, "upgrade" if current is not None else "create")
    return store


@contextmanager
def _sqlite_errors(location: str) -> Iterator[None]:
    """:func:`database_errors` for the plain ``sqlite3`` reads, which need no SQLAlchemy."""
    try:
        yield
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{location}: {sqlite_reason(exc, location)}") from exc


def _file_kind(path: Path) -> str:
    """ "missing", "directory", "file" or "other" (a FIFO, socket or device, which SQLite must not open)."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):  # creating it says why it cannot be made
        return "missing"
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot open: {os_reason(exc)}") from exc
    if stat.S_ISDIR(mode):
        return "directory"
    return "file" if stat.S_ISREG(mode) else "other"


def _create_private_file(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot create the workspace: {os_reason(exc)}") from exc


def _inspect_revision(path: Path) -> str | None:
    """Return the file's schema revision without changing the file; None for an empty file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot read: {os_reason(exc)}") from exc
    if not header:
        return None
    if header != SQLITE_MAGIC:
        raise WorkspaceError(f"{path}: not a Ropa workspace (not an SQLite database)")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            ours = RopaTables <= tables
            if "alembic_version" not in tables:
                if ours:
                    raise WorkspaceError(_damaged(path, "its schema version table is missing"))
                if tables:
                    raise WorkspaceError(f"{path}: not a Ropa workspace (an unrelated database)")
                return None
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        reason = _not_writable(path) or sqlite_reason(exc, path)
        raise WorkspaceError(f"{path}: cannot open the workspace: {reason}") from exc
    if row is None or not isinstance(row[0], str):
        if ours:
            raise WorkspaceError(_damaged(path, "its schema version is missing"))
        raise WorkspaceError(f"{path}: not a Ropa workspace (an unrelated database)")
    if row[0] not in known_revisions() and not ours:
        raise WorkspaceError(f"{path}: not a Ropa workspace (another program's database)")
    return row[0]


def _not_writable(path: Path) -> str | None:
    """Why Ropa cannot write ``path`` or its folder (SQLite writes its journal beside the file):
    a read-only or full disk, a read-only folder or file; None when none of these is so."""
    try:
        disk = os.statvfs(path)
        if disk.f_flag & os.ST_RDONLY:
            return "the disk is read-only (Ropa needs to write the workspace and its folder)"
        if disk.f_bavail == 0:
            return "the disk is full"
    except (OSError, AttributeError):  # no statvfs on Windows
        pass
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only for you (Ropa needs to write beside the workspace)"
    if not os.access(path, os.R_OK | os.W_OK):
        return "the file is read-only for you (Ropa needs to read and write it)"
    return None


#: Tables every Ropa schema has had: what tells a Ropa workspace from another program's database.
RopaTables = frozenset(("controller", "register", "processor"))


def _damaged(path: Path, what: str) -> str:
    return (
        f"{path}: the workspace is damaged ({what}); nothing was changed: "
        f"restore a copy from {path.name}.backups/ or ask for help"
    )


def _engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get("ropa_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _upgrade(engine: Engine, path: Path, verb: str) -> None:
    from ropa.store.migrate import upgrade

    try:
        with engine.begin() as connection:
            upgrade(connection)
    except sqlite3.Error as exc:
        raise WorkspaceError(
            f"{path}: cannot {verb} the workspace schema: {sqlite_reason(exc, path)}"
        ) from exc
    except Exception as exc:  # a failed migration leaves the file as it was (one transaction)
        from ropa.store.backend import first_line

        cause = getattr(exc, "orig", None)
        reason = sqlite_reason(cause, path) if isinstance(cause, sqlite3.Error) else first_line(exc)
        raise WorkspaceError(f"{path}: cannot {verb} the workspace schema: {reason}") from exc


def copy_workspace(source: Path, target: Path) -> None:
    """Write a consistent, owner-only (0600) copy of the workspace ``source`` to ``target``.

    The SQLite backup API copies one consistent snapshot even while the workspace is open (WAL
    content included). The copy is written next to ``target`` and renamed over it
    (:func:`ropa.private_write.atomic_write`), so a failure never leaves a half-written file, and
    a replaced file's stale WAL cannot be replayed into it.
    """
    source, target = Path(source), Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise WorkspaceError(f"{target}: is the workspace being copied")
    try:
        with atomic_write(target) as temporary:
            snapshot_file(source, temporary)
            for side in SQLITE_SIDES:
                Path(f"{target}{side}").unlink(missing_ok=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{source}: cannot copy the workspace: {exc}") from exc
    except RopaError as exc:
        raise WorkspaceError(str(exc).replace(": cannot write:", ": cannot write the copy:", 1)) from exc
