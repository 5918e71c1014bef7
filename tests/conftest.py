"""Shared fixtures: real workspaces (files in tmp dirs, databases on a real PostgreSQL server), and
the documents written from the seeds.

Storage-facing tests run on both engines: every test under tests/app, tests/io, tests/store and
tests/cli that uses a workspace (the ``engine`` fixture, through ``workspace``,
``seeded_workspace``, ``make_workspace`` or ``workspace_location``) runs once on an SQLite file
and once on a fresh database of a throwaway PostgreSQL cluster (tests/pg_cluster.py), started
once for the run and stopped after it. ``@pytest.mark.sqlite_only`` keeps a test about files to
SQLite; ``@pytest.mark.both_engines`` brings a test from another folder in. Without a server the
PostgreSQL runs are skipped with the reason, unless ROPA_REQUIRE_POSTGRES=1 (CI) makes that a
failure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Qt aborts without a display; every test runs offscreen. Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pg_cluster  # noqa: E402
from support import SEED_DOCUMENTS, load_fixture  # noqa: E402

from ropa.app import Session  # noqa: E402
from ropa.app.location import BACKUP_DIR_VARIABLE  # noqa: E402
from ropa.io.interchange import read_document  # noqa: E402
from ropa.private_write import STATE_DIR_VARIABLE  # noqa: E402

TESTS = Path(__file__).parent
ENGINES = ("sqlite", "postgresql")
BOTH_ENGINES = {"app", "io", "store", "cli"}  # folders whose workspace tests run on both engines


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test about workspace files, run on SQLite only")
    config.addinivalue_line("markers", "both_engines: run this test's workspaces on SQLite and PostgreSQL")
    config.addinivalue_line("markers", "postgres_only: a test about the PostgreSQL backend only")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    definition = metafunc.definition
    if definition.get_closest_marker("sqlite_only"):
        return
    if definition.get_closest_marker("postgres_only"):
        metafunc.parametrize("engine", ["postgresql"], indirect=True)
        return
    folder = Path(str(definition.path)).relative_to(TESTS).parts[0]
    if folder in BOTH_ENGINES or definition.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The notes of unfinished writes (ropa.private_write) go to a tmp dir of the test's own (not
    into tmp_path, whose listing tests check), never to the user's."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv(STATE_DIR_VARIABLE, str(folder))
    return folder


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine of this test's workspaces: "sqlite" unless parametrised."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_cluster.Cluster]:
    """The run's PostgreSQL server (started on first use, stopped at the end), or a skip saying why."""
    try:
        cluster = pg_cluster.start()
    except pg_cluster.Unavailable as exc:
        if pg_cluster.required():
            pytest.fail(f"PostgreSQL is required here ({pg_cluster.REQUIRE_VARIABLE}=1) but: {exc}")
        pytest.skip(f"no PostgreSQL server for the team-workspace tests: {exc}")
    saved = os.environ.get("PGPASSWORD")
    if cluster.password is not None:
        os.environ["PGPASSWORD"] = cluster.password  # what libpq reads; child processes inherit it
    try:
        yield cluster
    finally:
        if saved is None:
            os.environ.pop("PGPASSWORD", None)
        else:
            os.environ["PGPASSWORD"] = saved
        cluster.stop()


@pytest.fixture
def new_location(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], str | Path]]:
    """Make locations for new, empty workspaces: files in tmp_path, or new databases."""
    databases: list[str] = []
    cluster: pg_cluster.Cluster | None = None
    if engine == "postgresql":
        cluster = request.getfixturevalue("postgres")
        monkeypatch.setenv(BACKUP_DIR_VARIABLE, str(tmp_path / "backups"))
    counter = iter(range(1_000_000))

    def make() -> str | Path:
        n = next(counter)
        if cluster is None:
            return tmp_path / ("test.ropa" if n == 0 else f"test-{n}.ropa")
        databases.append(cluster.create_database())
        return cluster.url(databases[-1])

    yield make
    if cluster is not None:
        for name in databases:
            cluster.drop_database(name)


@pytest.fixture
def workspace_location(new_location: Callable[[], str | Path]) -> str | Path:
    """Where this test's workspace is: a file path, or a PostgreSQL address."""
    return new_location()


@pytest.fixture
def make_workspace(new_location: Callable[[], str | Path]) -> Iterator[Callable[[], Session]]:
    """Open new, empty workspaces on this test's engine; they are closed (and dropped) after it."""
    opened: list[Session] = []

    def make() -> Session:
        opened.append(Session.open(new_location()))
        return opened[-1]

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def workspace(workspace_location: str | Path) -> Iterator[Session]:
    ws = Session.open(workspace_location)
    yield ws
    ws.close()


@pytest.fixture
def seeded_workspace(workspace: Session) -> Session:
    """A workspace holding the three seed documents."""
    for name in SEED_DOCUMENTS[1:]:
        workspace.import_records(read_document(load_fixture(name)))
    return workspace
