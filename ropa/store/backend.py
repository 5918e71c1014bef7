"""What a workspace backend offers the layers above: transactions, reads, backups, copies.

The SQLite file (:mod:`ropa.store.sqlite`) is the embedded default; a team shares one PostgreSQL
database (:mod:`ropa.store.postgres`) through the same small interface. Nothing above the store
sees SQLAlchemy's errors: :func:`database_errors` turns them into a
:class:`~ropa.errors.WorkspaceError` naming the workspace (a
:class:`~ropa.errors.PermissionDeniedError` when the database refused the user's role), so the
window and the CLI show one readable line.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.errors import PermissionDeniedError, WorkspaceError

if TYPE_CHECKING:  # SQLAlchemy is imported by the first transaction, not by opening a workspace
    from sqlalchemy import Connection

    from ropa.model import records as r

Row = tuple[Any, ...]

#: SQLSTATE codes that deserve their own words (PostgreSQL; SQLite has none of them).
INSUFFICIENT_PRIVILEGE = "42501"
LOCK_NOT_AVAILABLE = "55P03"
READ_ONLY_TRANSACTION = "25006"


def first_line(error: BaseException) -> str:
    """The database's own first line about ``error`` (the driver's, not SQLAlchemy's wrapper)."""
    from sqlalchemy.exc import DBAPIError

    cause = error.orig if isinstance(error, DBAPIError) else error
    lines = str(cause).strip().splitlines() or [type(cause).__name__]
    return lines[0].strip()


def sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of a database error, when the driver gives one (psycopg does)."""
    from sqlalchemy.exc import DBAPIError

    cause = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(cause, "sqlstate", None)
    return code if isinstance(code, str) else None


def is_permission_error(error: BaseException) -> bool:
    return sqlstate(error) in (INSUFFICIENT_PRIVILEGE, READ_ONLY_TRANSACTION)


def is_busy_error(error: BaseException) -> bool:
    """Whether a write gave up waiting for another one: PostgreSQL's lock timeout, SQLite's busy
    timeout ("database is locked")."""
    from sqlalchemy.exc import DBAPIError

    cause = error.orig if isinstance(error, DBAPIError) else error
    name = getattr(cause, "sqlite_errorname", None)
    if isinstance(name, str):
        return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    return sqlstate(error) == LOCK_NOT_AVAILABLE


class BusyError(WorkspaceError):
    """Another writer held the workspace longer than a write waits; ``holder`` says who, if known."""

    def __init__(self, location: str, holder: str | None, detail: str) -> None:
        self.holder = holder
        who = f"{holder} is writing to it" if holder else "another change is still being written"
        super().__init__(
            f"{location}: the workspace is busy: {who}; nothing was changed: try again in a moment ({detail})"
        )


#: Says who holds the workspace's write lock ("alice on ws-12 (ropa 0.1.0, process 4711)"), or None.
Holder = Callable[[], "str | None"]


@contextmanager
def database_errors(location: str, holder: Holder | None = None) -> Iterator[None]:
    """Re-raise a database failure as a WorkspaceError in the database's own words.

    A write that gave up waiting for another one becomes a :class:`BusyError` naming the other
    writer when ``holder`` can tell.
    """
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as exc:
        line = first_line(exc)
        if is_permission_error(exc):
            raise PermissionDeniedError(
                f"{location}: permission denied: {line} "
                "(your database role may not do this; ask the workspace's owner)"
            ) from exc
        if is_busy_error(exc):
            who = None
            if holder is not None:
                try:
                    who = holder()
                except Exception:  # who it is is a courtesy: the busy message stands without it
                    who = None
            raise BusyError(location, who, line) from exc
        raise WorkspaceError(f"{location}: {_reason(exc, line, location)}") from exc


def _reason(error: BaseException, line: str, location: str) -> str:
    """SQLite's known failures (full disk, read-only file...) in the user's words, else its own line."""
    import sqlite3

    from ropa.failures import sqlite_reason

    cause = getattr(error, "orig", error)
    if isinstance(cause, sqlite3.Error):
        reason = sqlite_reason(cause, location)
        if reason != line:
            return reason
    return f"workspace database error: {line}"


@dataclass(frozen=True, kw_only=True)
class SnapshotBackups:
    """Where a server workspace's backups go, and how a snapshot is written.

    A server workspace cannot be copied as a file: its backup is a logical snapshot, the
    interchange JSON, which the application layer writes (``dump``) because the store sits below
    the interchange format.
    """

    folder: Path
    dump: Callable[[r.Workspace], bytes]
    suffix: str = ".json"
    keep: int = 20


class Store(ABC):
    """An open workspace. Every change happens inside :meth:`begin`: one transaction."""

    #: How people name this workspace: a file path, or a database address without password.
    location: str
    #: The database engine: "sqlite" or "postgresql".
    kind: str = "sqlite"
    #: How many seconds a write waits for another writer before it is refused (saying who holds
    #: the workspace); each backend sets its own default, the window a shorter one for its own.
    write_wait: float

    @property
    def path(self) -> Path | None:
        """The workspace file, for backends that keep one."""
        return None

    @abstractmethod
    def begin(self, *, interrupt: Callable[[], bool] | None = None) -> AbstractContextManager[Connection]:
        """A connection in one write transaction: committed on success, rolled back on error.

        Writers take turns (one write transaction at a time per workspace), so a command that
        counts positions or walks processor chains sees no half-written change of another.
        ``interrupt`` is asked now and then while statements run, where the backend can (SQLite);
        when it answers True the running statement stops with an error and the transaction is
        rolled back (Cancel).
        """

    @abstractmethod
    def connect(self) -> AbstractContextManager[Connection]:
        """A connection for reading one consistent snapshot."""

    @contextmanager
    def reading(self) -> Iterator[Callable[[str, Mapping[str, Any]], list[Row]]]:
        """Plain queries (SQL with ``:name`` parameters -> rows) that all see one consistent snapshot:
        what loading a whole workspace reads with. This default goes through :meth:`connect`."""
        from sqlalchemy import text

        with self.connect() as conn:

            def query(sql: str, params: Mapping[str, Any]) -> list[Row]:
                return [tuple(row) for row in conn.execute(text(sql), params)]

            yield query

    @abstractmethod
    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Plain rows of one read-only SQL statement with ``:name`` parameters.

        The window's first list is read this way; the SQLite file answers with the standard
        library's ``sqlite3``, so starting the window does not wait for SQLAlchemy to be imported.
        Everything that changes data goes through :meth:`begin`.
        """

    @abstractmethod
    def backup(self, reason: str) -> str:
        """Keep a consistent copy before a risky operation; return where it went."""

    def backup_folder(self) -> tuple[Path, str] | None:
        """The folder this workspace's backups go to and their suffix; None when it has none."""
        return None

    @abstractmethod
    def copy_to(self, target: Path) -> None:
        """Write a consistent, owner-only copy of the whole workspace to a new file."""

    @abstractmethod
    def reopen(self) -> Store:
        """Another store on the same workspace with its own connections and the same credentials
        (a worker thread's); the schema was checked when this one was opened."""

    @abstractmethod
    def user(self) -> str:
        """Who makes the changes: the operating-system user for a file, the database role on a server."""

    @abstractmethod
    def close(self) -> None:
        """Release the connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
