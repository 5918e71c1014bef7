"""Build the desktop package exactly as `make package` does and run its smoke test on it.

The package is built into a temporary folder (not the checkout's dist/) and packaging/smoke.py
unpacks, installs and runs it in another one, outside the checkout. About 70 s on the 2-core
development machine. Skipped without PyInstaller (the `package` extra) or off Linux, unless
ROPA_REQUIRE_BUNDLE=1 (CI) makes that a failure; ROPA_SKIP_BUNDLE=1 leaves it out.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ropa import __version__

ROOT = Path(__file__).resolve().parents[2]


def _reason_to_skip() -> str | None:
    if os.environ.get("ROPA_SKIP_BUNDLE") == "1":
        return "ROPA_SKIP_BUNDLE=1"
    if not sys.platform.startswith("linux"):
        return "the Linux package is built on Linux only"
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller is not installed (pip install -e '.[package]')"
    return None


def test_the_built_package_runs_outside_the_checkout(tmp_path: Path) -> None:
    reason = _reason_to_skip()
    if reason:
        if os.environ.get("ROPA_REQUIRE_BUNDLE") == "1" and reason != "ROPA_SKIP_BUNDLE=1":
            pytest.fail(f"the bundle must be tested here: {reason}")
        pytest.skip(reason)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    machine = os.uname().machine
    tarball = tmp_path / "dist" / f"ropa-{__version__}-linux-{machine}.tar.gz"
    assert tarball.is_file(), build.stdout
    smoke = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "smoke.py"),
            str(tarball),
            "--fixtures",
            str(ROOT / "tests" / "fixtures"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(smoke.stdout)
    assert smoke.returncode == 0, smoke.stdout[-6000:] + smoke.stderr[-4000:]
