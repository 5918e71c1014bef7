"""The interchange JSON format (``docs/interchange.md``): the one road in and out.

:func:`read_document` reads a parsed document of version 1 or 2 into records, checking only
shape and type here (objects, lists, strings, dates, unknown keys, members given twice) and
everything else with the domain's :func:`ropa.model.validate.validate`; it raises
:class:`InterchangeError` listing every problem with its JSON path. :func:`write_document` is its
inverse and writes version 2. Both walk the field catalogue, so a field added to the record is
read and written without touching this module. No database and no Qt here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import orjson

from ropa.errors import RopaError
from ropa.gc_pause import collector_paused
from ropa.model import records as r
from ropa.model.catalogue import EXTENSIONS, entity, is_empty
from ropa.model.fields import FieldSpec, Kind
from ropa.model.validate import MAX_PROBLEMS, and_more, json_path, type_name, validate

FORMAT = "ropa-interchange"
VERSION = 2
READS = (1, 2)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class InterchangeError(RopaError):
    """A document that cannot be imported; ``problems`` lists every one as ``path: message``."""

    def __init__(self, problems: Sequence[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        first = f"{source}: {self.problems[0]}" if source else self.problems[0]
        super().__init__(and_more(first, len(self.problems)))


def _join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else name


Read = Callable[[Any, str], Any]


class _Reader:
    """Turns JSON values into records by the catalogue, collecting shape and type problems."""

    def __init__(self, version: int) -> None:
        self.version = version
        self.problems: list[str] = []
        self._plans: dict[type, tuple[frozenset[str], list[tuple[str, Any, Read | None]]]] = {}

    def fail(self, path: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{path}: {message}" if path else message)

    # -- objects ------------------------------------------------------------------------------

    def record(self, record: type, value: Any, path: str) -> Any:
        """The record ``value`` describes; None when it is not an object at all."""
        o = self.obj(record, value, path)
        if o is None:
            return None
        _, plan = self._plan(record)
        values: dict[str, Any] = {}
        for name, empty, read in plan:
            value = o.get(name)
            if value is None:  # absent means empty: the common case needs no reader
                values[name] = empty
            elif read is None:  # text
                values[name] = value if type(value) is str else self.text(value, _join(path, name))
            else:
                values[name] = read(value, _join(path, name))
        return record(**values, extensions=self.extensions(o, path))

    def obj(
        self, record: type, value: Any, path: str, also: frozenset[str] = frozenset()
    ) -> dict[str, Any] | None:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {type_name(value)}")
            return None
        allowed, _ = self._plan(record)
        for name in getattr(value, "duplicates", ()):
            self.fail(_join(path, name), f"'{name}' is given more than once in this object")
        for name in value.keys() - allowed - also:
            if name != EXTENSIONS:
                self.fail(_join(path, name), self._unknown(record, name))
        return value

    def _unknown(self, record: type, name: str) -> str:
        try:
            since = entity(record).field(name).since
        except KeyError:
            return f"unknown key '{name}'"
        return f"unknown key '{name}' in a version {self.version} document (added in version {since})"

    def _plan(self, record: type) -> tuple[frozenset[str], list[tuple[str, Any, Read | None]]]:
        """Per field: its name, its value when absent, and its reader (None: plain text)."""
        plan = self._plans.get(record)
        if plan is None:
            specs = [s for s in entity(record).fields if s.since <= self.version]
            defaults = record()
            plan = self._plans[record] = (
                frozenset(s.name for s in specs),
                [
                    (s.name, getattr(defaults, s.name), None if s.kind is Kind.TEXT else self._reader(s))
                    for s in specs
                ],
            )
        return plan

    def extensions(self, o: dict[str, Any], path: str) -> r.Extensions:
        value = o.get(EXTENSIONS)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(_join(path, EXTENSIONS), f"expected an object, got {type_name(value)}")
            return None
        return value

    # -- values, by kind ----------------------------------------------------------------------

    def _reader(self, spec: FieldSpec) -> Read:  # noqa: C901 - one branch per kind
        kind = spec.kind
        if kind in (Kind.TEXT, Kind.KEY):
            return self.text
        if kind is Kind.CODE:
            return lambda v, p: self.string(v, p, "a code string")
        if kind is Kind.COUNTRY:
            return lambda v, p: self.string(v, p, "a country code string")
        if kind is Kind.REF:
            empty = "" if spec.mandatory else None
            return lambda v, p: self.string(v, p, "a processor key") or empty
        if kind is Kind.DATE:
            return self.date
        if kind is Kind.FLAG:
            return self.flag
        if kind is Kind.SCC_MODULE:
            return self.scc_module
        if kind is Kind.TEXTS:
            return lambda v, p: self.items(v, p, self.text_item)
        if kind in (Kind.CODES, Kind.COUNTRIES, Kind.REFS):
            wanted = {Kind.CODES: "a code string", Kind.COUNTRIES: "a country code string"}.get(
                kind, "a processor key"
            )
            return lambda v, p: tuple(
                x for x in self.items(v, p, lambda i, q: self.string(i, q, wanted)) if x
            )
        record = spec.record
        assert record is not None
        if kind is Kind.OBJECT:
            return lambda v, p: self.record(record, v, p) or record()
        if kind is Kind.OPTIONAL:

            def optional(value: Any, path: str) -> Any:
                found = self.record(record, value, path)
                return None if found is None or is_empty(found) else found

            return optional
        if kind is Kind.LIST:
            keyed = entity(record).keyed

            def item(value: Any, path: str) -> Any:
                found = self.record(record, value, path)
                return found if found is not None or keyed else record()

            return lambda v, p: tuple(x for x in self.items(v, p, item) if x is not None)
        raise AssertionError(kind)

    def items(self, value: Any, path: str, read: Read) -> tuple[Any, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(path, f"expected a list, got {type_name(value)}")
            return ()
        return tuple(read(item, _join(path, i)) for i, item in enumerate(value))

    def text(self, value: Any, path: str) -> str:
        if value is None:
            return ""
        if type(value) is not str:
            self.fail(path, f"expected a string, got {type_name(value)}")
            return ""
        return value

    def text_item(self, value: Any, path: str) -> str:
        if type(value) is not str:
            self.fail(path, f"expected a string, got {type_name(value)}")
            return ""
        return value

    def string(self, value: Any, path: str, wanted: str) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(path, f"expected {wanted}, got {type_name(value)}")
            return None
        return value

    def date(self, value: Any, path: str) -> date | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(path, f"expected a date string YYYY-MM-DD, got {type_name(value)}")
            return None
        try:
            if not _DATE.fullmatch(value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.fail(path, f"'{value}' is not a date (YYYY-MM-DD)")
            return None

    def flag(self, value: Any, path: str) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        self.fail(path, f"expected true, false or null, got {type_name(value)}")
        return None

    def scc_module(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"expected an SCC module 1-4, got {json.dumps(value)}")
            return None
        return value  # the range is the domain's rule (validate)

    # -- the document -------------------------------------------------------------------------

    def document(self, value: Any) -> r.Workspace:
        o = self.obj(r.Workspace, value, "", frozenset(("format", "version")))
        if o is None:
            return r.Workspace()
        _, plan = self._plan(r.Workspace)
        values = {
            name: empty if o.get(name) is None else read(o[name], name) for name, empty, read in plan if read
        }
        return r.Workspace(**values, extensions=self.extensions(o, ""))


def _version(document: Any) -> int:
    if not isinstance(document, dict):
        raise InterchangeError([f"expected a JSON object at the top, got {type_name(document)}"])
    if document.get("format") != FORMAT:
        raise InterchangeError([f"format: expected '{FORMAT}', got {json.dumps(document.get('format'))}"])
    version = document.get("version")
    if isinstance(version, bool) or version not in READS:
        supported = " and ".join(map(str, READS))
        raise InterchangeError(
            [f"version: {json.dumps(version)} is not supported (this Ropa reads versions {supported})"]
        )
    return int(version)


def read_document(document: Any, source: str = "") -> r.Workspace:
    """Validate a parsed interchange document and return its records.

    Raises :class:`InterchangeError` naming the JSON path of every problem; nothing is returned
    for a document with any problem, so callers can never store half of one.
    """
    try:
        version = _version(document)
    except InterchangeError as exc:
        raise InterchangeError(exc.problems, source) from None
    reader = _Reader(version)
    with collector_paused():  # 170,000 records of a large document form no cycles
        workspace = reader.document(document)
        if reader.problems:
            raise InterchangeError(reader.problems, source)
        problems = validate(workspace)
    if problems:
        raise InterchangeError([str(p) for p in problems], source)
    return workspace


class _Object(dict[str, Any]):
    """A parsed JSON object that remembers member names given twice (json keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.duplicates = tuple(name for name, _ in pairs if name in seen or seen.add(name))  # type: ignore[func-returns-value]
    return result


def parse_json(text: str | bytes, source: str = "") -> Any:
    """Parse JSON text; a broken or truncated file gives one line with the line and column."""
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")  # the format is UTF-8; Windows tools may add a BOM
        with collector_paused():
            return json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            [f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"], source
        ) from exc
    except UnicodeDecodeError as exc:
        raise InterchangeError([f"not UTF-8 text (byte {exc.start})"], source) from exc
    except RecursionError as exc:
        raise InterchangeError(["JSON nested too deeply"], source) from exc


def read_file(path: str | Path) -> r.Workspace:
    """Read and validate an interchange file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InterchangeError([f"cannot read: {exc.strerror}"], str(path)) from exc
    return read_document(parse_json(data, str(path)), str(path))


# -- writing ----------------------------------------------------------------------------------

Write = Callable[[Any], Any]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@cache
def _writer(record: type) -> Callable[[Any], dict[str, Any]]:
    """A function writing one record as a JSON object, every field present (empty as ""/null/[])."""
    plan: list[tuple[str, Write | None]] = []
    for spec in entity(record).fields:
        kind = spec.kind
        convert: Write | None = None
        if kind in (Kind.TEXTS, Kind.CODES, Kind.COUNTRIES, Kind.REFS):
            convert = list
        elif kind is Kind.DATE:
            convert = _iso
        elif kind is Kind.OBJECT:
            convert = _deferred(spec)
        elif kind is Kind.OPTIONAL:
            inner = _deferred(spec)
            convert = lambda v, inner=inner: None if v is None else inner(v)  # noqa: E731
        elif kind is Kind.LIST:
            inner = _deferred(spec)
            convert = lambda v, inner=inner: [inner(x) for x in v]  # noqa: E731
        plan.append((spec.name, convert))

    def write(value: Any) -> dict[str, Any]:
        out = {
            name: getattr(value, name) if convert is None else convert(getattr(value, name))
            for name, convert in plan
        }
        if value.extensions is not None:
            out[EXTENSIONS] = value.extensions
        return out

    return write


def _deferred(spec: FieldSpec) -> Write:
    """The nested record's writer, looked up on first use (records may nest in either order)."""
    record = spec.record
    assert record is not None
    found: list[Callable[[Any], dict[str, Any]]] = []

    def write(value: Any) -> dict[str, Any]:
        if not found:
            found.append(_writer(record))
        return found[0](value)

    return write


def write_record(record: Any) -> dict[str, Any]:
    """One record (a register, a processor...) as the JSON object a document holds it as."""
    kind: type = type(record)
    return _writer(kind)(record)


def read_record(record: type, value: Any, source: str = "") -> Any:
    """The record of ``record``'s type a JSON object of :func:`write_record` describes.

    Shape and types are checked (as in a document of the current version); the domain's own
    rules are the caller's to check.
    """
    reader = _Reader(VERSION)
    found = reader.record(record, value, "")
    if reader.problems or found is None:
        raise InterchangeError(reader.problems or ["expected an object"], source)
    return found


def write_document(workspace: r.Workspace) -> dict[str, Any]:
    """Return the interchange document of ``workspace`` (version 2), every key written."""
    body = _writer(r.Workspace)(workspace)
    return {"format": FORMAT, "version": VERSION, **body}


def dumps(workspace: r.Workspace) -> bytes:
    """The document as UTF-8 JSON, indented for people to read and diff."""
    return orjson.dumps(write_document(workspace), option=orjson.OPT_INDENT_2) + b"\n"


__all__ = [
    "FORMAT",
    "VERSION",
    "InterchangeError",
    "dumps",
    "json_path",
    "parse_json",
    "read_document",
    "read_file",
    "read_record",
    "write_document",
    "write_record",
]
