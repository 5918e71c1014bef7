"""Errors a user can act on. The CLI and the window show their message as one line, never a traceback."""

from __future__ import annotations


class RopaError(Exception):
    """An expected failure with a message that says what went wrong and where."""


class WorkspaceError(RopaError):
    """A workspace file cannot be opened, created or upgraded."""
