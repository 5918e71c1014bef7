"""A throwaway PostgreSQL cluster for the tests and the benchmarks: started in a temp dir, stopped after.

:func:`start` runs the server binaries of the newest PostgreSQL found (``$ROPA_PG_BINDIR``,
``/usr/lib/postgresql/<version>/bin``, else ``initdb`` on the PATH) with its data, its Unix socket
and its log in a fresh temp dir, listening on a free port of 127.0.0.1 only, with a generated
password (scram-sha-256 over TCP) and without fsync: test data is thrown away. As root it runs the
server as the ``postgres`` user (PostgreSQL refuses to run as root). When no server can be
started, :class:`Unavailable` says why: the tests skip with that reason, or fail where
``ROPA_REQUIRE_POSTGRES=1`` (CI).

``ROPA_TEST_POSTGRES=postgresql://admin@host:port/postgres`` uses an existing server instead (a
role that may create databases; its password from PGPASSWORD or ~/.pgpass).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ADMIN = "ropa_admin"
SERVER_USER = "postgres"  # whom to run the server as when we are root
REQUIRE_VARIABLE = "ROPA_REQUIRE_POSTGRES"
EXTERNAL_VARIABLE = "ROPA_TEST_POSTGRES"
BINDIR_VARIABLE = "ROPA_PG_BINDIR"


class Unavailable(Exception):
    """No PostgreSQL server can be had here; the message says why."""


def required() -> bool:
    return os.environ.get(REQUIRE_VARIABLE, "") not in ("", "0")


@dataclass
class Cluster:
    """A running server and an admin role that creates and drops the tests' databases."""

    host: str
    port: int
    password: str | None  # None: found by libpq (an external server)
    admin: str = ADMIN
    folder: Path | None = None  # ours to stop and delete; None for an external server
    bindir: Path | None = None
    run_as: str | None = None
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def url(self, database: str, user: str | None = None) -> str:
        """The address of ``database`` (no password in it: PGPASSWORD or ~/.pgpass gives it)."""
        return f"postgresql://{user or self.admin}@{self.host}:{self.port}/{database}"

    def admin_connection(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.admin,
            password=self.password,
            dbname=database,
            autocommit=True,
            connect_timeout=10,
        )

    def execute(self, statement: str | sql.Composable, database: str = "postgres") -> None:
        with self.admin_connection(database) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, prefix: str = "ropa_test", owner: str | None = None) -> str:
        """A new empty database; returns its name."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner:
            statement = sql.SQL("{} OWNER {}").format(statement, sql.Identifier(owner))
        self.execute(statement)
        return name

    def drop_database(self, name: str) -> None:
        self.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def stop(self) -> None:
        if self.folder is None or self.bindir is None:
            return
        with contextlib.suppress(Exception):
            _run(self, [str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def start(*, durable: bool = False) -> Cluster:
    """Start a throwaway cluster (or use ``$ROPA_TEST_POSTGRES``); raise :class:`Unavailable`.

    Without ``durable`` the server skips fsync (the tests throw their data away); the benchmarks
    ask for a durable one, configured as a real server is.
    """
    external = os.environ.get(EXTERNAL_VARIABLE)
    if external:
        return _external(external)
    bindir = _bindir()
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise Unavailable(
                f"running as root and there is no '{SERVER_USER}' user to run the server as"
            ) from None
        run_as = SERVER_USER
    # as root the server user must reach the folder: /tmp, whatever TMPDIR says
    folder = Path(tempfile.mkdtemp(prefix="ropa-pg-", dir="/tmp" if run_as else None))
    cluster = Cluster(host="127.0.0.1", port=0, password=secrets.token_urlsafe(18), folder=folder,
                      bindir=bindir, run_as=run_as)  # fmt: skip
    try:
        if run_as:
            shutil.chown(folder, user=run_as)
        password_file = folder / "password"
        password_file.write_text(cluster.password or "", encoding="utf-8")
        if run_as:
            shutil.chown(password_file, user=run_as)
        _run(cluster, [
            str(bindir / "initdb"), "-D", str(folder / "data"), "--username", ADMIN,
            "--pwfile", str(password_file), "--auth-local=trust", "--auth-host=scram-sha-256",
            "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions",
        ])  # fmt: skip
        password_file.unlink()
        for attempt in range(3):
            cluster.port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -c port={cluster.port} -c unix_socket_directories={folder} "
                "-c max_connections=60"
            )
            if not durable:
                options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            result = _run(cluster, [
                str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "server.log"),
                "-w", "-t", "60", "-o", options, "start",
            ], check=False)  # fmt: skip
            if result.returncode == 0:
                break
            if attempt == 2:
                raise Unavailable(f"the server did not start: {_log_tail(folder)}")
        _wait_ready(cluster)
    except Unavailable:
        cluster.stop()
        raise
    except (OSError, subprocess.SubprocessError, psycopg.Error) as exc:
        cluster.stop()
        raise Unavailable(f"cannot start a PostgreSQL cluster: {exc}") from exc
    return cluster


def _external(address: str) -> Cluster:
    parts = urlsplit(address)
    if not parts.hostname:
        raise Unavailable(f"{EXTERNAL_VARIABLE} must name a host: {address}")
    cluster = Cluster(
        host=parts.hostname,
        port=parts.port or 5432,
        password=parts.password,
        admin=parts.username or os.environ.get("PGUSER", "postgres"),
    )
    try:
        cluster.execute("SELECT 1", parts.path.lstrip("/") or "postgres")
    except psycopg.Error as exc:
        raise Unavailable(f"cannot reach {urlunsplit(parts._replace(netloc=parts.hostname))}: {exc}") from exc
    return cluster


def _bindir() -> Path:
    configured = os.environ.get(BINDIR_VARIABLE)
    if configured:
        candidates = [Path(configured)]
    else:
        candidates = sorted(
            Path("/usr/lib/postgresql").glob("*/bin"),
            key=lambda p: [int(n) for n in re.findall(r"\d+", p.parent.name)] or [0],
            reverse=True,
        )
        found = shutil.which("initdb")
        if found:
            candidates.append(Path(found).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    where = f" in {configured}" if configured else ""
    raise Unavailable(
        f"PostgreSQL server programs (initdb, pg_ctl) not found{where}: install the Debian package "
        "'postgresql' (make test does, as root) or set ROPA_PG_BINDIR"
    )


def _run(cluster: Cluster, command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    user = {"user": cluster.run_as, "group": cluster.run_as, "extra_groups": []} if cluster.run_as else {}
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cluster.folder or "/",
        env={**os.environ, "LC_ALL": "C.UTF-8"},
        **user,  # type: ignore[arg-type]
    )
    if check and result.returncode != 0:
        said = (result.stderr or result.stdout).strip()[-400:]
        raise Unavailable(f"{Path(command[0]).name} failed: {said}")
    return result


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_ready(cluster: Cluster, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            cluster.execute("SELECT 1")
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _log_tail(folder: Path) -> str:
    try:
        lines = (folder / "server.log").read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "no server log"
    return " | ".join(lines[-3:])
