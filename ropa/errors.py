"""Errors a user can act on. The CLI and the window show their message as one line, never a traceback."""

from __future__ import annotations


class RopaError(Exception):
    """An expected failure with a message that says what went wrong and where."""


class WorkspaceError(RopaError):
    """A workspace file cannot be opened, created or upgraded."""


class PermissionDeniedError(WorkspaceError):
    """The database refused the user's role (a read-only auditor changing a shared workspace)."""


class ConflictError(RopaError):
    """Someone else changed (or deleted) a record since it was read: nothing was written.

    ``expected`` is the version the caller read, ``current`` the version now stored (None when
    the record is gone). The window reloads the record and lets the user make the change again.
    """

    def __init__(self, noun: str, key: str, expected: int | None, current: int | None) -> None:
        self.noun, self.key, self.expected, self.current = noun, key, expected, current
        if current is None:
            message = f"{noun} '{key}' was deleted by someone else since you opened it; nothing was changed"
        else:
            message = (
                f"{noun} '{key}' was changed by someone else since you opened it "
                f"(version {expected}, now {current}); nothing was changed: "
                "reload it and make your change again"
            )
        super().__init__(message)
