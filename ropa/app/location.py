"""Where the workspace is: ``--db``, else ``$ROPA_DB``, else the per-user default file.

A location is a workspace file or the address of a team workspace on a PostgreSQL server
(``postgresql://user@host:port/database``). Addresses are handled as text here (no database
library): :func:`server_address` builds one from a connection dialog's fields,
:func:`without_password` makes one fit to show, :func:`server_backup_folder` says where the
logical backups of a server workspace go on this machine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

from ropa import APP_NAME
from ropa.address import is_server_address
from ropa.errors import RopaError

DEFAULT_FILE_NAME = "workspace.ropa"
BACKUP_DIR_VARIABLE = "ROPA_BACKUP_DIR"
KEEP_BACKUPS_VARIABLE = "ROPA_KEEP_BACKUPS"
DEFAULT_KEEP_BACKUPS = 20

__all__ = [
    "APP_NAME",
    "DEFAULT_FILE_NAME",
    "backups_to_keep",
    "default_workspace_path",
    "file_backup_folder",
    "is_server_address",
    "resolve_workspace",
    "resolve_workspace_path",
    "server_address",
    "server_backup_folder",
    "without_password",
]


def user_data_dir(name: str, appauthor: Literal[False] = False) -> str:
    """platformdirs' user data directory, imported when first needed (it costs a few ms at start)."""
    import platformdirs

    return platformdirs.user_data_dir(name, appauthor=appauthor)


def default_workspace_path() -> Path:
    """The embedded default workspace in the user's data directory (per platform conventions)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def resolve_workspace(
    cli_value: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path | str:
    """The workspace to open: an explicit value wins over ``ROPA_DB``, which wins over the default.

    A server address comes back as text, as given (a path would fold its ``//``); a file as a Path.
    """
    environ = os.environ if environ is None else environ
    value = cli_value or environ.get("ROPA_DB") or None
    if value is None:
        return default_workspace_path()
    if is_server_address(value):
        return os.fspath(value)
    return Path(value).expanduser()


def resolve_workspace_path(
    cli_value: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Pick the workspace file: an explicit value wins over ``ROPA_DB``, which wins over the default.

    For files only; :func:`resolve_workspace` also takes server addresses.
    """
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get("ROPA_DB"):
        return Path(environ["ROPA_DB"]).expanduser()
    return default_workspace_path()


def server_address(
    host: str,
    database: str,
    *,
    user: str = "",
    port: int | None = None,
    **parameters: str,
) -> str:
    """A ``postgresql://`` address from a connection dialog's fields (no password: never stored).

    ``host`` may be a name, an address, or a Unix socket folder (``/var/run/postgresql``);
    ``parameters`` are libpq's (``sslmode="require"``...).
    """
    query = dict(parameters)
    netloc = ""
    if host.startswith("/"):
        query = {"host": host, **query}
    else:
        netloc = f"[{host}]" if ":" in host else host
        if port:
            netloc += f":{port}"
    if user:
        netloc = f"{quote(user, safe='')}@{netloc}"
    address = f"postgresql://{netloc}/{quote(database, safe='')}"
    return f"{address}?{urlencode(query)}" if query else address


def without_password(address: str) -> str:
    """The address with any password taken out (of the user part and of the query), fit to show."""
    parts = urlsplit(address)
    netloc = parts.netloc
    if "@" in netloc:
        credentials, _, hostport = netloc.rpartition("@")
        netloc = f"{credentials.split(':', 1)[0]}@{hostport}"
    query = "&".join(
        item for item in parts.query.split("&") if item and item.split("=", 1)[0].lower() != "password"
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def server_backup_folder(address: str, environ: Mapping[str, str] | None = None) -> Path:
    """Where this machine keeps the logical backups (interchange JSON) of the server workspace.

    ``$ROPA_BACKUP_DIR``, else ``backups`` in the user's data directory, then one folder per
    server and database (named without the password).
    """
    environ = os.environ if environ is None else environ
    base = environ.get(BACKUP_DIR_VARIABLE)
    root = Path(base) if base else Path(user_data_dir(APP_NAME, appauthor=False)) / "backups"
    parts = urlsplit(without_password(address))
    name = f"{parts.netloc or 'local'}{parts.path or ''}"
    if parts.query:
        name += f"?{parts.query}"
    return root / (re.sub(r"[^A-Za-z0-9@._-]+", "_", name).strip("_") or "server")


def file_backup_folder(path: Path, environ: Mapping[str, str] | None = None) -> Path:
    """Where the backups of the workspace file ``path`` go: ``<file>.backups/`` beside it, or, with
    ``$ROPA_BACKUP_DIR``, a folder there named after the file (and its place, so two
    ``workspace.ropa`` in different folders keep apart)."""
    environ = os.environ if environ is None else environ
    base = environ.get(BACKUP_DIR_VARIABLE)
    if not base:
        return path.parent / f"{path.name}.backups"
    import hashlib  # here, not at import: opening a workspace (the window's start) needs no hash

    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]
    return Path(base).expanduser() / f"{path.name}-{digest}.backups"


def backups_to_keep(environ: Mapping[str, str] | None = None) -> int:
    """How many backups a workspace keeps: ``$ROPA_KEEP_BACKUPS`` (1 or more), else 20."""
    environ = os.environ if environ is None else environ
    value = environ.get(KEEP_BACKUPS_VARIABLE, "").strip()
    if not value:
        return DEFAULT_KEEP_BACKUPS
    if not value.isdigit() or int(value) < 1:
        raise RopaError(f"{KEEP_BACKUPS_VARIABLE}={value!r}: give how many backups to keep, 1 or more")
    return int(value)
