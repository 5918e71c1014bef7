"""Write a file that holds the record whole or not at all, readable by its owner only.

Every writer of such a file (interchange JSON, Excel workbooks, PDF records and notices, Save As,
backups, restores) goes through :func:`atomic_write`:

* the content goes into a new temporary file beside the target, named
  ``.<name>.<pid>-<random>.part`` (created exclusively, so two exports to one path never write
  into the same file), is flushed to disk (``fsync``) and only then renamed over the target, and
  the folder is synced; a failure or a cancel removes the temporary file and keeps the old target;
* the file is owner-only (0600) unless the caller passes ``private=False``, which gives the
  permissions a plain new file would get (the umask's);
* while it is written, a note in the per-user ``pending`` folder names the temporary file, so a
  process that is killed half-way leaves nothing that the next start does not remove
  (:func:`clean_stale_parts`, called by the CLI when it opens a workspace and by the window after
  its first paint).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ropa.errors import RopaError

PART_SUFFIX = ".part"
STATE_DIR_VARIABLE = "ROPA_STATE_DIR"
PRIVATE_MODE = 0o600
#: Where a process id cannot be asked whether it still runs (Windows), a note this old is stale.
STALE_AFTER_S = 24 * 3600
#: What SQLite may leave beside a database written in a temporary file.
SQLITE_SIDES = ("-wal", "-shm", "-journal")


def pending_dir() -> Path:
    """``$ROPA_STATE_DIR/pending``, else ``pending`` in the per-user state directory."""
    configured = os.environ.get(STATE_DIR_VARIABLE)
    if configured:
        return Path(configured) / "pending"
    import platformdirs

    return Path(platformdirs.user_state_dir("Ropa", appauthor=False)) / "pending"


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, private: bool = True) -> Iterator[Path]:
    """Yield a new, empty, owner-only temporary file beside ``path``; when the block succeeds it is
    synced and renamed over ``path`` (0600, or the umask's permissions with ``private=False``).

    On any error, a cancel included, the temporary file is removed and ``path`` is left as it was.
    An ``OSError`` of the final steps becomes one :class:`RopaError` line naming ``path``.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise RopaError(f"{target}: cannot write: the folder {folder} does not exist")
    token = f"{os.getpid()}-{secrets.token_hex(6)}"
    temporary = folder / f".{target.name}.{token}{PART_SUFFIX}"
    note = _note_pending(token, temporary)
    try:
        try:
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
        except OSError as exc:
            raise RopaError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        yield temporary
        try:
            _sync(temporary)
            os.chmod(temporary, PRIVATE_MODE if private else 0o666 & ~_umask())
            os.replace(temporary, target)
            _sync_folder(folder)
        except OSError as exc:
            raise RopaError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    finally:
        _remove(temporary)
        if note is not None:
            note.unlink(missing_ok=True)


def write_file(path: str | os.PathLike[str], content: bytes, *, private: bool = True) -> None:
    """Write ``content`` to ``path`` through :func:`atomic_write`."""
    with atomic_write(path, private=private) as temporary:
        try:
            temporary.write_bytes(content)
        except OSError as exc:
            raise RopaError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def clean_stale_parts() -> list[Path]:
    """Remove the temporary files of writes whose process is gone (killed, crashed); return them.

    Only files named by a note of this user's ``pending`` folder, and only ``.part`` files, are
    removed. Never raises: a folder that cannot be read is left for the next start.
    """
    removed: list[Path] = []
    try:
        notes = list(pending_dir().iterdir())
    except OSError:
        return removed
    for note in notes:
        try:
            pid = int(note.name.split("-", 1)[0])
            if _still_writing(pid, note):
                continue
            temporary = Path(note.read_text(encoding="utf-8"))
            if temporary.name.startswith(".") and temporary.name.endswith(PART_SUFFIX):
                if temporary.exists():
                    removed.append(temporary)
                _remove(temporary)
            note.unlink(missing_ok=True)
        except (OSError, ValueError):
            continue
    return removed


def _note_pending(token: str, temporary: Path) -> Path | None:
    """Record the temporary file before it exists; None when the note cannot be written (the
    write goes on: the note only helps a later start clean up after a kill)."""
    try:
        folder = pending_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        note = folder / token
        note.write_text(str(temporary.absolute()), encoding="utf-8")
        return note
    except OSError:
        return None


def _still_writing(pid: int, note: Path) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill would end the process there: judge by age instead
        return time.time() - note.stat().st_mtime < STALE_AFTER_S
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove(temporary: Path) -> None:
    for leftover in (temporary, *(Path(f"{temporary}{side}") for side in SQLITE_SIDES)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _sync(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open a folder for this."""
    if sys.platform == "win32":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse to sync a folder; the file itself is synced
    finally:
        os.close(handle)


def _umask() -> int:
    """The process umask, read without setting it (``os.umask`` would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
