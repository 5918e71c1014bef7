"""The one JSON reader for everything Ropa reads: bounded in size and depth, strict about numbers.

Every JSON that comes from outside (interchange files, the hidden sheet of a Ropa workbook)
is parsed here:

* a file larger than :data:`MAX_BYTES` is refused before it is read, and no more than that is
  ever read into memory (so a FIFO or a device cannot make Ropa read forever);
* nesting deeper than Python's parser takes is one line, not a crash;
* numbers JSON cannot carry are refused with their path: ``NaN``, ``Infinity``, a float that
  overflows to infinity (``1e400``) and an integer wider than 64 bits (one of thousands of
  digits is refused by its length, without converting it);
* a member name given twice in any object is refused with its path (the parser would keep only
  the last, so the document would not come back as it was).

Problems are raised as :class:`~ropa.errors.RopaError` subclasses made by the caller's
``error`` factory, so the interchange reader reports them as its own, with the file's name.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ropa.errors import RopaError
from ropa.gc_pause import collector_paused
from ropa.model.storable import MAX_INT, MIN_INT, too_wide
from ropa.model.validate import json_path, shown

#: The largest JSON file Ropa reads: 80 MiB (84 MB). A workspace of 10,000 demo registers exports
#: as about 50 MB; a 100 MB file is refused before it is read.
MAX_BYTES = 80 * 1024 * 1024

ErrorFactory = Callable[[Sequence[str], str], RopaError]


def _plain_error(problems: Sequence[str], source: str) -> RopaError:
    first = problems[0]
    return RopaError(f"{source}: {first}" if source else first)


class JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers member names given twice (json keeps only the last)."""

    duplicates: tuple[str, ...] = ()


class _Refused:
    """A number JSON cannot carry, kept in the parsed tree until its path is known."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


class _Hooks:
    """The parser's hooks: plain values pass, numbers JSON cannot carry become :class:`_Refused`,
    objects remember member names given twice; ``refused`` says whether anything needs reporting."""

    def __init__(self) -> None:
        self.refused = False

    def object(self, pairs: list[tuple[str, Any]]) -> JsonObject:
        result = JsonObject(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            result.duplicates = tuple(name for name, _ in pairs if name in seen or seen.add(name))  # type: ignore[func-returns-value]
            self.refused = True
        return result

    def constant(self, name: str) -> Any:
        self.refused = True
        return _Refused(f"{name} is not a JSON number")

    def float(self, text: str) -> Any:
        value = float(text)
        if value - value == 0:  # finite
            return value
        self.refused = True
        return _Refused(f"{text} is too large for a number (it would be infinite)")

    def int(self, text: str) -> Any:
        digits = len(text) - (text[0] == "-")
        if digits <= 18:
            return int(text)
        if digits <= 20:
            value = int(text)
            if MIN_INT <= value <= MAX_INT:
                return value
        self.refused = True
        return _Refused(too_wide(digits))


def loads(
    text: str | bytes, source: str = "", *, error: ErrorFactory = _plain_error, max_bytes: int = MAX_BYTES
) -> Any:
    """Parse JSON text; every problem is raised by ``error(problems, source)``, one line each."""
    if len(text) > max_bytes:
        raise error([_too_large(len(text), max_bytes)], source)
    hooks = _Hooks()
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")  # the format is UTF-8; Windows tools may add a BOM
        with collector_paused():
            document = json.loads(
                text,
                object_pairs_hook=hooks.object,
                parse_constant=hooks.constant,
                parse_float=hooks.float,
                parse_int=hooks.int,
            )
    except json.JSONDecodeError as exc:
        raise error([f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"], source) from None
    except UnicodeDecodeError as exc:
        raise error([f"not UTF-8 text (byte {exc.start})"], source) from None
    except RecursionError:
        raise error(["JSON nested too deeply for Ropa to read"], source) from None
    if hooks.refused:
        problems = _refused(document)
        if problems:
            raise error(problems, source)
    return document


def read_bounded(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, refused (``ValueError``) past ``max_bytes``.

    Not more than ``max_bytes + 1`` bytes are ever read, whatever the file claims to be.
    """
    # O_NONBLOCK: opening a FIFO must not wait for a writer; a regular file ignores it
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("not a regular file")
        if info.st_size > max_bytes:
            raise ValueError(_too_large(info.st_size, max_bytes))
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(_too_large(len(data), max_bytes))
    return data


def load_file(path: str | Path, *, error: ErrorFactory = _plain_error, max_bytes: int = MAX_BYTES) -> Any:
    """Read and parse the JSON file ``path`` within the limits; problems as in :func:`loads`."""
    path = Path(path)
    try:
        data = read_bounded(path, max_bytes)
    except OSError as exc:
        from ropa.failures import os_reason

        raise error([f"cannot read: {os_reason(exc)}"], str(path)) from None
    except ValueError as exc:
        raise error([str(exc)], str(path)) from None
    return loads(data, str(path), error=error, max_bytes=max_bytes)


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1e6:.0f} MB; Ropa reads JSON files of at most {limit // (1024 * 1024)} MiB)"


def _refused(document: Any) -> list[str]:
    """``path: why`` of every refused number and member name given twice, in document order."""
    found: list[str] = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack:
        item, where = stack.pop()
        if isinstance(item, _Refused):
            found.append(f"{json_path(where) or '(the document)'}: {item.why}")
        elif isinstance(item, dict):
            for name in getattr(item, "duplicates", ()):
                found.append(
                    f"{json_path((*where, name))}: {shown(name)} is given more than once in this object"
                )
            stack.extend((v, (*where, k)) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((v, (*where, i)) for i, v in reversed(list(enumerate(item))))
    return found
