"""The schema's history: Alembic revisions in ``ropa/store/migrations``, found as package data.

``importlib.resources`` finds the revisions wherever the package is (a checkout, an installed
wheel, a PyInstaller bundle that collects ``ropa.store``), so upgrades work after installation.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection


@cache
def _alembic() -> tuple[Config, ScriptDirectory]:
    config = Config()
    with as_file(files("ropa.store") / "migrations") as folder:  # a real folder once installed unzipped
        config.set_main_option("script_location", str(folder))
    return config, ScriptDirectory.from_config(config)


def schema_head() -> str:
    """The schema revision this version of Ropa writes."""
    head = _alembic()[1].get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _alembic()[1].walk_revisions()}


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema on ``connection`` to ``revision`` (the head), inside its transaction."""
    config, _ = _alembic()
    config.attributes["connection"] = connection
    try:
        command.upgrade(config, revision)
    finally:
        config.attributes.pop("connection", None)
