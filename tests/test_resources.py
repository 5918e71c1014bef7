"""resource_path finds Ropa's own files however Ropa is laid out, and never someone else's.

Each layout is built in a tmp dir and probed by a child Python that sees only that layout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ropa.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
PROBE = "from ropa.resources import resource_path; print(resource_path('reference'))"


def probe(path: Path) -> subprocess.CompletedProcess[str]:
    """Ask a child Python, with only ``path`` holding ``ropa``, where the reference files are."""
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=path,
        env={**os.environ, "PYTHONPATH": str(path)},
        timeout=60,
    )


def copy_package(target: Path) -> Path:
    shutil.copytree(ROOT / "ropa", target / "ropa", ignore=shutil.ignore_patterns("__pycache__"))
    return target / "ropa"


def unrelated_resources(site: Path) -> None:
    """What another distribution may leave in site-packages: a top-level ``resources`` folder."""
    (site / "resources" / "reference").mkdir(parents=True)
    (site / "resources" / "reference" / "eea.json").write_text("{}", encoding="utf-8")


def test_the_checkout_uses_its_resources_folder() -> None:
    assert resource_path("reference") == ROOT / "resources" / "reference"
    assert (resource_path("reference") / "eea.json").is_file()


def test_installed_package_data_wins_over_an_unrelated_resources_folder(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    package = copy_package(site)
    shutil.copytree(ROOT / "resources", package / "_resources")
    unrelated_resources(site)
    result = probe(site)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == (package / "_resources" / "reference").resolve()


def test_an_unrelated_resources_folder_is_never_used(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    copy_package(site)
    unrelated_resources(site)
    (site / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    result = probe(site)
    assert result.returncode == 1 and result.stdout == ""
    last = result.stderr.strip().splitlines()[-1]
    assert "ResourcesMissingError: Ropa's resource files are missing" in last
    assert "is not a Ropa source checkout; reinstall Ropa" in last


def test_another_checkout_of_ropa_uses_its_own_resources(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"
    copy_package(checkout)
    shutil.copytree(ROOT / "resources", checkout / "resources")
    shutil.copy(ROOT / "pyproject.toml", checkout / "pyproject.toml")
    result = probe(checkout)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == (checkout / "resources" / "reference").resolve()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real wheel, built offline by hatchling from this checkout (about half a second)."""
    pytest.importorskip("hatchling", reason="hatchling (extra 'test') builds the wheel")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", out, ROOT],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("ropa-*.whl")
    return built


def test_the_wheel_carries_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    reference = {Path(n).name for n in names if n.startswith("ropa/_resources/reference/")}
    assert reference == {p.name for p in (ROOT / "resources" / "reference").glob("*.json")}
    assert "ropa/_resources/translations/ropa_fi.qm" in names
    revisions = {Path(n).name for n in names if n.startswith("ropa/store/migrations/versions/")}
    assert revisions >= {p.name for p in (ROOT / "ropa/store/migrations/versions").glob("*.py")}
    assert {"ropa/store/migrations/env.py", "ropa/store/migrations/script.py.mako"} <= names
    assert not any(n.startswith("resources/") for n in names)


def test_the_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", site, wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    unrelated_resources(site)
    result = probe(site)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == (site / "ropa" / "_resources" / "reference").resolve()
