"""Write a document whole or not at all: into a hidden file beside the target, renamed over it
only when complete, so a failure or a cancelled export never leaves half a PDF behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ropa.errors import RopaError


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; rename it to ``path`` if the block succeeds."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise RopaError(f"{path}: cannot write: the folder {folder} does not exist")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise RopaError(f"{path}: cannot write: {exc.strerror}") from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        try:
            os.chmod(temporary, 0o666 & ~_umask())  # as a plain new file would be (mkstemp makes 0600)
            os.replace(temporary, path)
        except OSError as exc:
            raise RopaError(f"{path}: cannot write: {exc.strerror}") from exc
    finally:
        temporary.unlink(missing_ok=True)


def _umask() -> int:
    """The process umask, read without setting it (``os.umask`` would race with other threads)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022
