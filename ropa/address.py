"""Tell a server address (``postgresql://...``) from a workspace file path, for every layer.

Plain text, no database library: the CLI decides what ``--db`` names before anything heavy loads.
"""

from __future__ import annotations

import os

SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_address(location: str | os.PathLike[str]) -> bool:
    """True for a PostgreSQL address (``postgresql://...``), False for a workspace file."""
    text = os.fspath(location)
    return isinstance(text, str) and "://" in text and text.split(":", 1)[0].lower() in SERVER_SCHEMES
