"""Validation of records: the one place a rule about valid data lives.

Every door into a workspace (the JSON reader, the Excel importer, the editor, the application
commands) ends here. Rules are the catalogue's: codes belong to their list, countries are
destinations the reference data knows, SCC modules are 1-4 and only given with SCC, keys are
present and unique, references resolve and processor chains do not loop. Each :class:`Problem`
carries a path of field names and list indexes that the caller renders as a JSON path, a
sheet/row/column or an editor field. What is merely missing is never a problem here: missing
content is what the compliance checks report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ropa.model import records as r
from ropa.model.catalogue import CODE_LIST_NOUNS, entity
from ropa.model.fields import FieldSpec, Kind
from ropa.model.processors import find_cycle
from ropa.model.storable import json_problems, text_problem
from ropa.reference import reference

Path = tuple[str | int, ...]
MAX_PROBLEMS = 100


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a record, and where: ``("registers", 3, "transfers", 1, "country")``."""

    path: Path
    message: str

    def json_path(self) -> str:
        """The path as the interchange format names it: ``registers[3].transfers[1].country``."""
        return json_path(self.path)

    def within(self, prefix: Path) -> Problem:
        """The same problem seen from a containing record."""
        return Problem(prefix + self.path, self.message)

    def __str__(self) -> str:
        where = self.json_path()
        return f"{where}: {self.message}" if where else self.message


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
SHOWN_LENGTH = 60


_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(text: str) -> Path:
    """``"purposes[0].legal_basis"`` -> ``("purposes", 0, "legal_basis")``; ``""`` -> ``()``: the
    steps of a path :func:`json_path` wrote (the paths findings, marks and history entries carry)."""
    return tuple(int(index) if index else name for name, index in _STEP.findall(text))


def json_path(path: Iterable[str | int]) -> str:
    """``registers[3].transfers[1].country``; a name that is not a plain word as ``["..."]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _NAME.fullmatch(part):
            out = f"{out}.{part}" if out else part
        else:
            out += f'["{_escaped(part)}"]'
    return out


def shown(value: str) -> str:
    """A user's value quoted for a message: control and unpaired characters escaped, long ones cut."""
    return f"'{_escaped(value)}'"


def _escaped(value: str) -> str:
    if len(value) > SHOWN_LENGTH:
        value = value[: SHOWN_LENGTH - 1] + "…"
    if value.isprintable():
        return value
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
        for c in value
    )


def type_name(value: Any) -> str:
    """How messages name the type of a wrong value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def scc_module_problem(value: Any) -> str | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 4):
        return None
    shown = "true" if value is True else "false" if value is False else repr(value)
    return f"expected an SCC module 1-4, got {shown}"


def destination_problem(value: str) -> str | None:
    """Why ``value`` is not a country (ISO 3166-1 alpha-2, XK) or a known international organisation."""
    ref = reference()
    if ref.is_destination(value):
        return None
    if value.startswith("intl:"):
        return f"{shown(value)} is not an international organisation of the reference data"
    return f"{shown(value)} is not an ISO 3166 country code"


def code_problem(list_name: str, value: str) -> str | None:
    codes = reference().code_list(list_name)
    if value in codes:
        return None
    noun = CODE_LIST_NOUNS[list_name]("en")
    listed = ", ".join(sorted(codes.codes)) if len(codes) <= 6 else ""
    return f"{shown(value)} is not {noun}" + (f" ({listed})" if listed else "")


class _Walker:
    """Checks records against the catalogue, collecting problems with their paths."""

    def __init__(self, processors: Container[str] | None, where: str) -> None:
        self.problems: list[Problem] = []
        self.processors = processors
        self.where = where
        self._plans: dict[type, list[tuple[str, Callable[[Any, Path, str], None]]]] = {}
        self._only: dict[type, list[tuple[str, str, str, str]]] = {}

    def fail(self, path: Path, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(path, message))

    def record(self, value: Any, path: Path) -> None:
        plan = self._plans.get(type(value))
        if plan is None:
            plan = self._plans[type(value)] = [
                (s.name, self._checker(s, type(value))) for s in entity(type(value)).fields
            ]
        for name, check in plan:
            check(getattr(value, name), path, name)
        for name, sibling, wanted, message in self._only_with(type(value)):
            if getattr(value, name) is not None and getattr(value, sibling) != wanted:
                self.fail(path + (name,), message)
        extensions = value.extensions
        if extensions is not None and not isinstance(extensions, dict):
            self.fail(path + ("extensions",), f"expected an object, got {type_name(extensions)}")
        elif extensions:
            for where, problem in json_problems(extensions, path + ("extensions",)):
                self.fail(where, problem)

    def _only_with(self, record: type) -> list[tuple[str, str, str, str]]:
        """Fields meaningful only with a sibling's code (an SCC module only with SCC)."""
        found = self._only.get(record)
        if found is None:
            found = self._only[record] = []
            for spec in entity(record).fields:
                if spec.only_with is not None:
                    sibling, wanted = spec.only_with
                    named = entity(record).field(sibling).label("en").lower()
                    message = f"an SCC module is given but the {named} is not '{wanted}'"
                    found.append((spec.name, sibling, wanted, message))
        return found

    def _checker(self, spec: FieldSpec, owner: type) -> Callable[[Any, Path, str], None]:  # noqa: C901
        kind, fail = spec.kind, self.fail

        def typed(ok: Callable[[Any], bool], wanted: str) -> Callable[[Any, Path, str], None]:
            def check(value: Any, path: Path, name: str) -> None:
                if not ok(value):
                    fail(path + (name,), f"expected {wanted}, got {type_name(value)}")

            return check

        if kind is Kind.TEXT:
            return self._text_checker
        if kind is Kind.KEY:
            noun = entity(owner).noun

            def check_key(value: Any, path: Path, name: str) -> None:
                if not isinstance(value, str):
                    fail(path + (name,), f"expected a string, got {type_name(value)}")
                elif not value:
                    fail(path + (name,), f"missing: every {noun} needs a key")
                else:
                    self._text_checker(value, path, name)

            return check_key
        if kind is Kind.DATE:
            return typed(lambda v: v is None or type(v) is date, "a date")
        if kind is Kind.FLAG:
            return typed(lambda v: v is None or isinstance(v, bool), "true, false or null")
        if kind in (Kind.TEXTS, Kind.CODES, Kind.COUNTRIES, Kind.REFS, Kind.LIST):
            return self._list_checker(spec)
        if kind is Kind.CODE:
            return self._value_checker(spec, lambda v: code_problem(spec.codes, v))
        if kind is Kind.COUNTRY:
            return self._value_checker(spec, destination_problem)
        if kind is Kind.REF:
            return self._ref_checker(spec)
        if kind is Kind.SCC_MODULE:
            return self._scc_checker(spec)
        if kind is Kind.OBJECT:
            return lambda value, path, name: self.record(value, path + (name,))
        if kind is Kind.OPTIONAL:

            def check_optional(value: Any, path: Path, name: str) -> None:
                if value is not None:
                    self.record(value, path + (name,))

            return check_optional
        raise AssertionError(kind)

    def _text_checker(self, value: Any, path: Path, name: str | int) -> None:
        if type(value) is not str:
            self.fail(path + (name,), f"expected a string, got {type_name(value)}")
            return
        problem = text_problem(value)
        if problem:
            self.fail(path + (name,), problem)

    def _value_checker(
        self, spec: FieldSpec, why: Callable[[str], str | None]
    ) -> Callable[[Any, Path, str], None]:
        def check(value: Any, path: Path, name: str) -> None:
            if value is None:
                return
            if not isinstance(value, str):
                self.fail(path + (name,), f"expected a code string, got {type_name(value)}")
                return
            problem = text_problem(value) or why(value)
            if problem:
                self.fail(path + (name,), problem)

        return check

    def _ref_checker(self, spec: FieldSpec) -> Callable[[Any, Path, str], None]:
        def check(value: Any, path: Path, name: str) -> None:
            if value is None or value == "":
                if spec.mandatory:
                    self.fail(path + (name,), "missing: name the processor's key")
                return
            if not isinstance(value, str):
                self.fail(path + (name,), f"expected a processor key, got {type_name(value)}")
            elif self.processors is not None and value not in self.processors:
                self.fail(path + (name,), f"no processor with key {shown(value)} {self.where}")

        return check

    def _scc_checker(self, spec: FieldSpec) -> Callable[[Any, Path, str], None]:
        def check(value: Any, path: Path, name: str) -> None:
            problem = scc_module_problem(value)
            if problem:
                self.fail(path + (name,), problem)

        return check

    def _list_checker(self, spec: FieldSpec) -> Callable[[Any, Path, str], None]:
        kind = spec.kind
        item: Callable[[Any, Path, str | int], None]
        if kind is Kind.LIST:

            def item(value: Any, path: Path, index: str | int) -> None:
                self.record(value, path + (index,))

        elif kind is Kind.TEXTS:
            item = self._text_checker

        else:
            single = {
                Kind.CODES: self._value_checker(spec, lambda v: code_problem(spec.codes, v)),
                Kind.COUNTRIES: self._value_checker(spec, destination_problem),
                Kind.REFS: self._ref_checker(spec),
            }[kind]

            def item(value: Any, path: Path, index: str | int) -> None:
                if value is None:
                    self.fail(path + (index,), "expected a value, got null")
                else:
                    single(value, path, index)  # type: ignore[arg-type]

        def check(values: Any, path: Path, name: str) -> None:
            if not isinstance(values, tuple):
                self.fail(path + (name,), f"expected a list, got {type_name(values)}")
                return
            here = path + (name,)
            for index, value in enumerate(values):
                item(value, here, index)

        return check


def validate_record(
    record: Any,
    *,
    processors: Container[str] | None = None,
    where: str = "in the workspace",
    path: Path = (),
) -> list[Problem]:
    """Problems of one record (a register, a processor...) on its own.

    With ``processors`` (the keys that exist) references are checked too, ``where`` saying where
    they were looked for.
    """
    walker = _Walker(processors, where)
    walker.record(record, path)
    return walker.problems


def validate(workspace: r.Workspace, *, where: str = "in this document") -> list[Problem]:
    """Every problem of a whole document: each record, unique keys, references, processor chains."""
    processors = {p.key for p in workspace.processors if isinstance(p.key, str)}
    walker = _Walker(processors, where)
    _unique_keys(walker, workspace)
    walker.record(workspace, ())
    if walker.problems:
        return walker.problems
    cycle = find_cycle({p.key: p.parent for p in workspace.processors if p.key})
    if cycle:
        index = next(i for i, p in enumerate(workspace.processors) if p.key == cycle[0])
        walker.fail(("processors", index, "parent"), "processor chain loops: " + " -> ".join(cycle))
    return walker.problems


def _unique_keys(walker: _Walker, ws: r.Workspace) -> None:
    seen: dict[str, dict[str, Path]] = {}

    def unique(noun: str, key: str, path: Path) -> None:
        first = seen.setdefault(noun, {}).setdefault(key, path)
        if first != path:
            walker.fail(path, f"duplicate {noun} key {shown(key)} (first at {json_path(first)})")

    for i, p in enumerate(ws.processors):
        unique("processor", p.key, ("processors", i, "key"))
    for ci, c in enumerate(ws.controllers):
        unique("controller", c.key, ("controllers", ci, "key"))
        for ri, g in enumerate(c.registers):
            unique("register", g.key, ("controllers", ci, "registers", ri, "key"))
        for pi, pob in enumerate(c.processing_on_behalf):
            unique(
                "processing-on-behalf record", pob.key, ("controllers", ci, "processing_on_behalf", pi, "key")
            )


def and_more(first: str, total: int) -> str:
    """One line for ``total`` problems: the first, and how many more ("(and 2 more problems)")."""
    more = total - 1
    return first + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else "")
