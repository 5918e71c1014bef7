"""What a workspace backend offers the layers above: transactions, reads, backups, copies.

The SQLite file (:mod:`ropa.store.sqlite`) is the embedded default; a PostgreSQL backend for
teams implements the same small interface. Nothing above the store sees SQLAlchemy's errors:
:func:`database_errors` turns them into a :class:`~ropa.errors.WorkspaceError` naming the
workspace, so the window and the CLI show one readable line.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ropa.errors import WorkspaceError


@contextmanager
def database_errors(location: str) -> Iterator[None]:
    """Re-raise a database failure as a WorkspaceError in the database's own words."""
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
    def begin(self) -> AbstractContextManager[Connection]:
        """A connection in one write transaction: committed on success, rolled back on error."""

    @abstractmethod
    def connect(self) -> AbstractContextManager[Connection]:
        """A connection for reading one consistent snapshot."""

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
