"""Where the workspace file is: ``--db``, else ``$ROPA_DB``, else the per-user default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Ropa"
DEFAULT_FILE_NAME = "workspace.ropa"


def default_workspace_path() -> Path:
    """The embedded default workspace in the user's data directory (per platform conventions)."""
    from platformdirs import user_data_dir  # only when no workspace is named: it costs a few ms

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def resolve_workspace_path(
    cli_value: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Pick the workspace path: an explicit value wins over ``ROPA_DB``, which wins over the default."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get("ROPA_DB"):
        return Path(environ["ROPA_DB"]).expanduser()
    return default_workspace_path()
