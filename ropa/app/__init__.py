"""The application layer: the one door through which the window, the CLI and importers change a workspace."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ropa.store import WORKSPACE_SUFFIX

if TYPE_CHECKING:
    from ropa.app.session import (
        Cancelled,
        Change,
        CommandError,
        ConflictError,
        PasswordPrompt,
        PermissionDeniedError,
        Progress,
        Session,
        Versioned,
    )
    from ropa.store.reader import UnknownRecordError
    from ropa.store.writer import KeyConflictError, SaveSummary

__all__ = [
    "WORKSPACE_SUFFIX",
    "Cancelled",
    "Change",
    "CommandError",
    "ConflictError",
    "KeyConflictError",
    "PasswordPrompt",
    "PermissionDeniedError",
    "Progress",
    "SaveSummary",
    "Session",
    "UnknownRecordError",
    "Versioned",
]


def __getattr__(name: str) -> Any:
    """The Session and its classes, imported when first asked for (PEP 562): the window's start
    reads ``ropa.app.location`` and paints its first list before the application layer is needed."""
    if name in __all__ and name != "WORKSPACE_SUFFIX":
        return getattr(importlib.import_module("ropa.app.session"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
