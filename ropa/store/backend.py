"""What a workspace backend offers the layers above: transactions, reads, backups, copies.

The SQLite file (:mod:`ropa.store.sqlite`) is the embedded default; a PostgreSQL backend for
teams implements the same small interface. Nothing above the store sees SQLAlchemy's errors:
:func:`database_errors` turns them into a :class:`~ropa.errors.WorkspaceError` naming the
workspace, so the window and the CLI show one readable line.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.errors import WorkspaceError

if TYPE_CHECKING:  # SQLAlchemy is imported by the first transaction, not by opening a workspace
    from sqlalchemy import Connection

Row = tuple[Any, ...]


@contextmanager
def database_errors(location: str) -> Iterator[None]:
    """Re-raise a database failure as a WorkspaceError in the database's own words."""
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as exc:
        cause = exc.orig if isinstance(exc, DBAPIError) else exc
        lines = str(cause).strip().splitlines() or [type(cause).__name__]
        raise WorkspaceError(f"{location}: workspace database error: {lines[0]}") from exc


class Store(ABC):
    """An open workspace. Every change happens inside :meth:`begin`: one transaction."""

    #: How people name this workspace: a file path, or a database address without password.
    location: str

    @property
    def path(self) -> Path | None:
        """The workspace file, for backends that keep one."""
        return None

    @abstractmethod
    def begin(self, *, interrupt: Callable[[], bool] | None = None) -> AbstractContextManager[Connection]:
        """A connection in one write transaction: committed on success, rolled back on error.

        ``interrupt`` is asked now and then while statements run; when it answers True the
        running statement stops with an error and the transaction is rolled back (Cancel).
        """

    @abstractmethod
    def connect(self) -> AbstractContextManager[Connection]:
        """A connection for reading one consistent snapshot."""

    @abstractmethod
    def read(self, sql: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Plain rows of one read-only SQL statement with ``:name`` parameters, without SQLAlchemy.

        The window's first list is read this way, so that starting it does not wait for the ORM
        to be imported; everything that changes data goes through :meth:`begin`.
        """

    @abstractmethod
    def backup(self, reason: str) -> str:
        """Keep a consistent copy before a risky operation; return where it went."""

    @abstractmethod
    def copy_to(self, target: Path) -> None:
        """Write a consistent, owner-only copy of the whole workspace to a new file."""

    @abstractmethod
    def close(self) -> None:
        """Release the connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
