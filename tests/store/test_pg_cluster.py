"""Without a PostgreSQL server the team-workspace tests are skipped with the reason; where one is
required (ROPA_REQUIRE_POSTGRES=1, as .ci/run sets) that is a failure instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def _pytest(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("ROPA_TEST_POSTGRES", "ROPA_REQUIRE_POSTGRES")}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "tests/store/test_migrations.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**clean, "ROPA_PG_BINDIR": "/nonexistent", **env},
        timeout=300,
    )


def test_no_server_means_skipped_with_the_reason() -> None:
    result = _pytest()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 1 skipped" in result.stdout
    assert (
        "no PostgreSQL server for the team-workspace tests: PostgreSQL server programs (initdb, pg_ctl) "
        "not found in /nonexistent"
    ) in result.stdout


def test_no_server_where_one_is_required_fails() -> None:
    result = _pytest(ROPA_REQUIRE_POSTGRES="1")
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "PostgreSQL is required here (ROPA_REQUIRE_POSTGRES=1) but: PostgreSQL server programs"
        in result.stdout
    )
    assert "1 passed, 1 error" in result.stdout
