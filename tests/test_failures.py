"""One line for every failure; a bug's traceback kept in a bounded log that the line names."""

from __future__ import annotations

import errno
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from ropa import __version__, failures
from ropa.errors import RopaError, WorkspaceError


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv(failures.LOG_DIR_VARIABLE, str(folder))
    yield folder
    failures.set_debug(False)


def raised(error: BaseException) -> BaseException:
    """``error`` with a traceback, as a boundary receives it."""
    try:
        raise error
    except BaseException as exc:
        return exc


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (WorkspaceError("w.ropa: not a Ropa workspace"), "w.ropa: not a Ropa workspace"),
        (RopaError("a.json: line 3\nmore"), "a.json: line 3\\nmore"),  # one line: breaks shown as \n
        (
            FileNotFoundError(errno.ENOENT, "No such file or directory", "a.json"),
            "a.json: No such file or directory",
        ),
        (
            OSError(errno.EXDEV, "Invalid cross-device link", "a", None, "b"),
            "a -> b: Invalid cross-device link",
        ),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError("custom words"), "custom words"),
        (KeyboardInterrupt(), "interrupted"),
        (ValueError("boom\nsecond line"), "internal error: ValueError: boom"),
        (KeyError("missing"), "internal error: KeyError: 'missing'"),
        (TypeError(), "internal error: TypeError"),
    ],
)
def test_describe(error: BaseException, line: str) -> None:
    assert failures.describe(error) == line


def test_a_real_os_error_names_its_file(tmp_path: Path) -> None:
    with pytest.raises(OSError) as info:
        (tmp_path / "absent.json").read_text()
    assert failures.describe(info.value) == f"{tmp_path / 'absent.json'}: No such file or directory"


def test_expected_failures_are_not_logged(log_dir: Path) -> None:
    for error in (RopaError("x"), OSError(errno.EACCES, "Permission denied", "f"), KeyboardInterrupt()):
        assert failures.report(raised(error)) == failures.describe(error)
    assert not log_dir.exists()


def broken_function() -> None:
    raise ValueError("boom")


def test_a_bug_is_logged_with_its_traceback_and_the_line_names_the_log(log_dir: Path) -> None:
    try:
        broken_function()
    except ValueError as exc:
        line = failures.report(exc)
    log = log_dir / "ropa.log"
    assert line == f"internal error: ValueError: boom (details in {log})"
    text = log.read_text(encoding="utf-8")
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} ropa " + re.escape(__version__) + " ", text)
    assert "internal error: ValueError: boom" in text
    assert "Traceback (most recent call last)" in text and "in broken_function" in text
    assert text.rstrip().endswith("ValueError: boom")


def test_each_bug_is_appended(log_dir: Path) -> None:
    failures.report(raised(ValueError("first")))
    failures.report(raised(TypeError("second")))
    text = (log_dir / "ropa.log").read_text(encoding="utf-8")
    assert text.index("ValueError: first") < text.index("TypeError: second")


def test_the_log_is_bounded(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(failures, "LOG_MAX_BYTES", 2_000)
    for n in range(40):
        failures.report(raised(RuntimeError(f"bug {n}")))
    files = sorted(p.name for p in log_dir.iterdir())
    assert files == ["ropa.log", "ropa.log.1", "ropa.log.2", "ropa.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in log_dir.iterdir())
    assert "RuntimeError: bug 39" in (log_dir / "ropa.log").read_text(encoding="utf-8")


def test_an_unwritable_log_still_gives_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(failures.LOG_DIR_VARIABLE, str(blocker / "log"))
    assert failures.report(raised(ValueError("boom"))) == "internal error: ValueError: boom"
    assert capsys.readouterr() == ("", "")


def test_debug_prints_the_traceback_too(log_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    failures.set_debug(True)
    line = failures.report(raised(RopaError("expected")))
    assert line == "expected"
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last)") and err.endswith("RopaError: expected\n")


def test_the_default_log_dir_is_the_per_user_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(failures.LOG_DIR_VARIABLE)
    assert failures.log_dir() == Path(platformdirs.user_log_dir("Ropa", appauthor=False))


def _sqlite_error(code: int, text: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_an_input_output_error_on_a_full_disk_is_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite may report a disk that filled up mid-write as an input/output error (SQLITE_IOERR):
    with the workspace's place known, and next to no room left there, it is said to be full."""
    import shutil

    workspace = tmp_path / "w.ropa"
    ioerr = _sqlite_error(10 | (3 << 8), "disk I/O error")  # SQLITE_IOERR_WRITE
    assert failures.sqlite_reason(ioerr) == "the disk could not be read or written (input/output error)"
    assert (
        failures.sqlite_reason(ioerr, workspace)
        == "the disk could not be read or written (input/output error)"
    )
    real = shutil.disk_usage

    def full(path: object) -> object:
        usage = real(path)  # type: ignore[arg-type]
        return type(usage)(usage.total, usage.total, 4096)

    monkeypatch.setattr(shutil, "disk_usage", full)
    assert failures.sqlite_reason(ioerr, workspace) == "the disk is full"
    assert failures.sqlite_reason(ioerr) == "the disk could not be read or written (input/output error)"
    corrupt = _sqlite_error(11, "database disk image is malformed")
    assert (
        failures.sqlite_reason(corrupt, workspace) == "the file is damaged (not a complete SQLite database)"
    )
