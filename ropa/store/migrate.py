"""The schema's history: Alembic revisions in ``ropa/store/migrations``, found as package data.

The revisions are found beside this module wherever the package is (a checkout, an installed
wheel, a PyInstaller bundle that collects ``ropa.store``), so upgrades work after installation.

Opening a workspace whose schema is current must not pay for Alembic (about 80 ms of imports
and the parsing of every revision script): which revisions exist is read from the names of the
revision files (``0003_interchange_v2.py`` holds revision ``"0003"``, a rule a test checks
against Alembic's own view), and Alembic is imported only when an upgrade is due.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

MIGRATIONS = "migrations"
#: Beside this module (not found through importlib.resources, whose import the window's start
#: would pay): Ropa is installed unpacked (``ropa.resources`` refuses an archive).
FOLDER = Path(__file__).resolve().parent / MIGRATIONS


@cache
def _revision_files() -> tuple[str, ...]:
    """The revision ids, from the file names of ``migrations/versions``, oldest first."""
    names = [entry.name for entry in (FOLDER / "versions").iterdir()]
    return tuple(
        sorted(name.split("_", 1)[0] for name in names if name.endswith(".py") and name[0].isdigit())
    )


def schema_head() -> str:
    """The schema revision this version of Ropa writes."""
    return _revision_files()[-1]


def known_revisions() -> set[str]:
    return set(_revision_files())


@cache
def _alembic() -> tuple[Config, ScriptDirectory]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(FOLDER))
    return config, ScriptDirectory.from_config(config)


def alembic_revisions() -> tuple[str | None, set[str]]:
    """(head, every revision) as Alembic reads them from the scripts: what the file names must match."""
    script = _alembic()[1]
    return script.get_current_head(), {rev.revision for rev in script.walk_revisions()}


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema on ``connection`` to ``revision`` (the head), inside its transaction."""
    from alembic import command

    config, _ = _alembic()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, revision)
    finally:
        config.attributes.pop("connection", None)
