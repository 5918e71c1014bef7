"""The application layer: the one door through which the window, the CLI and importers change a workspace."""

from ropa.app.session import (
    Change,
    CommandError,
    ConflictError,
    KeyConflictError,
    PasswordPrompt,
    PermissionDeniedError,
    SaveSummary,
    Session,
    UnknownRecordError,
    Versioned,
)
from ropa.store import WORKSPACE_SUFFIX

__all__ = [
    "WORKSPACE_SUFFIX",
    "Change",
    "CommandError",
    "ConflictError",
    "KeyConflictError",
    "PasswordPrompt",
    "PermissionDeniedError",
    "SaveSummary",
    "Session",
    "UnknownRecordError",
    "Versioned",
]
