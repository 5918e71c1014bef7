"""Every CLI test logs unexpected errors into its own tmp dir, never the user's log directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa import failures


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The child ``ropa`` processes inherit the variable."""
    folder = tmp_path / "log"
    monkeypatch.setenv(failures.LOG_DIR_VARIABLE, str(folder))
    return folder
