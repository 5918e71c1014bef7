"""The change history as the application writes and reads it: which fields a change changed.

Every :class:`~ropa.app.session.Session` command logs its :class:`~ropa.app.session.Change`
with :func:`log_change` inside the command's own transaction, so a change and its history entry
are committed together or not at all. The fields are found by walking the field catalogue
(:mod:`ropa.model.catalogue`) over the record before and after the change as interchange JSON:
a field added to the record is logged without touching this module. Paths are those the editor
and the checks use: ``purposes[2].legal_basis``, ``dpo.email``; an item added to or removed from
a list is one entry with the whole item (``purposes[3]``). An import logs one entry per record
it created or replaced (:func:`log_import`), so importing 10,000 registers stays quick.

Restoring a record rebuilds it as it was after an entry (:func:`state_at`) and runs it through the
ordinary update command: the restore is itself a logged, undoable change.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ropa.io import interchange
from ropa.model import records as r
from ropa.model.catalogue import EXTENSIONS, RECORD_KINDS, entity
from ropa.model.fields import Kind
from ropa.store import history as store
from ropa.store.history import Entry as Entry  # the window names it (through the app layer)
from ropa.store.history import FieldChange

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ropa.app.session import Change

#: The kinds of record the history follows, by the name the log gives them.
KINDS: dict[str, type] = RECORD_KINDS
ENTITIES: dict[type, str] = {kind: name for name, kind in KINDS.items()}

#: A controller's registers and Art. 30(2) records have histories of their own.
_PARTS: dict[type, tuple[str, ...]] = {r.Controller: ("registers", "processing_on_behalf")}


def now() -> datetime:
    """The time a change is logged at: UTC, without a zone (as the database keeps it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def state(record: Any) -> dict[str, Any] | None:
    """A record as interchange JSON, without the parts that keep their own history."""
    if record is None:
        return None
    out = interchange.write_record(record)
    for name in _PARTS.get(type(record), ()):
        out.pop(name, None)
    return out


@dataclass(frozen=True, slots=True)
class Label:
    """What a composite command calls the change it makes through a simpler one."""

    description: str
    action: str


def diff(kind: type, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None) -> list[FieldChange]:
    """The fields that differ between two JSON states of a ``kind`` record (None: no record)."""
    empty = state(kind()) or {}
    return _diff(kind, old if old is not None else empty, new if new is not None else empty, "")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _diff(kind: type, old: Mapping[str, Any], new: Mapping[str, Any], path: str) -> list[FieldChange]:
    found: list[FieldChange] = []
    skip = _PARTS.get(kind, ())
    for spec in entity(kind).fields:
        name = spec.name
        if name in skip:
            continue
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        where = _join(path, name)
        if spec.record is not None and spec.kind is Kind.LIST:
            before, after = before or [], after or []
            for i in range(max(len(before), len(after))):
                one = before[i] if i < len(before) else None
                other = after[i] if i < len(after) else None
                if one == other:
                    continue
                if one is None or other is None:
                    found.append(FieldChange(f"{where}[{i}]", one, other))
                else:
                    found.extend(_diff(spec.record, one, other, f"{where}[{i}]"))
        elif spec.record is not None and before is not None and after is not None:
            found.extend(_diff(spec.record, before, after, where))
        else:
            found.append(FieldChange(where, before, after))
    if old.get(EXTENSIONS) != new.get(EXTENSIONS):
        found.append(FieldChange(_join(path, EXTENSIONS), old.get(EXTENSIONS), new.get(EXTENSIONS)))
    return found


def _controller_of(change: Change) -> str | None:
    if change.record is r.Controller:
        return change.key
    return change.controller or change.old_controller


def log_change(conn: Connection, change: Change, *, user: str, label: Label | None = None) -> None:
    """Append ``change`` to the history on ``conn`` (inside the change's transaction)."""
    kind = change.record
    before, after = state(change.old), state(change.new)
    fields = diff(kind, before, after)
    if change.controller != change.old_controller and change.old is not None and change.new is not None:
        fields.insert(0, FieldChange("controller", change.old_controller, change.controller))
    old_key = change.old.key if change.old is not None and change.new is not None else None
    at = now()
    store.append(
        conn,
        at=at,
        user=user,
        action=label.action if label else change.action,
        description=label.description if label else change.description,
        entity=ENTITIES[kind],
        key=change.key,
        old_key=old_key if old_key != change.key else None,
        controller=_controller_of(change),
        before=before,
        after=after,
        fields=fields,
    )
    if kind is r.Controller and (change.old is None or change.new is None):
        # its registers and Art. 30(2) records come and go with it: each has its own entry
        whole = change.new if change.new is not None else change.old
        verb = "create" if change.old is None else "delete"
        for part in (*whole.registers, *whole.processing_on_behalf):
            part_state = state(part)
            store.append(
                conn,
                at=at,
                user=user,
                action=verb,
                description=f"{change.description} (with it)",
                entity=ENTITIES[type(part)],
                key=part.key,
                controller=change.key,
                before=part_state if verb == "delete" else None,
                after=part_state if verb == "create" else None,
                fields=diff(type(part), *((None, part_state) if verb == "create" else (part_state, None))),
            )


def log_import(
    conn: Connection,
    workspace: r.Workspace,
    *,
    user: str,
    existing: Mapping[str, set[str]],
    dropped: Iterable[tuple[str, str, str]] = (),
    description: str = "Import",
    kept: Container[str] = (),
) -> None:
    """One entry per record an import created ("import") or replaced ("import-replace").

    ``existing`` gives, per entity name, the keys the workspace held before; ``dropped`` the
    (entity, key, controller) of records a replaced controller took away with it; the controllers
    in ``kept`` only gained registers (their own record is not logged).
    """
    at = now()
    rows: list[dict[str, Any]] = []

    def add(kind: type, key: str, controller: str | None) -> None:
        name = ENTITIES[kind]
        action = "import-replace" if key in existing.get(name, ()) else "import"
        rows.append(
            {
                "at": at,
                "changed_by": user,
                "action": action,
                "description": description,
                "entity": name,
                "key": key,
                "controller": controller,
            }
        )

    for processor in workspace.processors:
        add(r.Processor, processor.key, None)
    for owner in workspace.controllers:
        if owner.key not in kept:
            add(r.Controller, owner.key, owner.key)
        for register in owner.registers:
            add(r.Register, register.key, owner.key)
        for pob in owner.processing_on_behalf:
            add(r.ProcessingOnBehalf, pob.key, owner.key)
    for name, key, controller in dropped:
        rows.append(
            {
                "at": at,
                "changed_by": user,
                "action": "delete",
                "description": f"{description} (its controller was replaced)",
                "entity": name,
                "key": key,
                "controller": controller,
            }
        )
    store.append_many(conn, rows)


def changes(
    conn: Connection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    controller: str | None = None,
    states: bool = False,
) -> list[Entry]:
    """The changes logged between two moments (UTC), oldest first; see :func:`ropa.store.history.entries`."""
    return store.entries(conn, since=since, until=until, controller=controller, states=states)


def record_history(conn: Connection, kind: type, key: str) -> list[Entry]:
    """Every change of one record, oldest first (through changes of its key)."""
    return store.record_entries(conn, ENTITIES[kind], key)


def state_at(entries: Sequence[Entry], entry_id: int, current: Any | None) -> dict[str, Any] | None:
    """The record (as JSON) as ``entry_id`` left it, from its history ``entries`` (oldest first).

    A change made one at a time carries its own state. An imported record's state is the state
    the next change found it in, or — when nothing changed it since — ``current`` (the record as
    stored now). None when it cannot be known (the record was deleted, or imported twice in a row).
    """
    at = next((i for i, e in enumerate(entries) if e.id == entry_id), None)
    if at is None:
        return None
    chosen = entries[at]
    if chosen.action == "delete":
        return None
    if chosen.after is not None:
        return chosen.after
    if at + 1 < len(entries):
        return entries[at + 1].before
    return state(current)


def rebuild(kind: type, value: Mapping[str, Any], current: Any | None = None) -> Any:
    """The record a logged state describes; a controller keeps its current registers."""
    record = interchange.read_record(kind, dict(value), "history")
    if kind is r.Controller and current is not None:
        import dataclasses

        record = dataclasses.replace(
            record, registers=current.registers, processing_on_behalf=current.processing_on_behalf
        )
    return record


def dropped_by_replace(conn: Connection, controllers: Sequence[str]) -> list[tuple[str, str, str]]:
    """(entity, key, controller) of the registers and Art. 30(2) records of ``controllers``."""
    from sqlalchemy import select

    from ropa.store.schema import ControllerRow, ProcessingOnBehalfRow, RegisterRow, table_of
    from ropa.store.writer import chunks

    owners = table_of(ControllerRow)
    found: list[tuple[str, str, str]] = []
    for name, row in (("register", RegisterRow), ("processing_on_behalf", ProcessingOnBehalfRow)):
        table = table_of(row)
        for chunk in chunks(list(controllers)):
            query = (
                select(table.c.key, owners.c.key)
                .join(owners, owners.c.id == table.c.controller_id)
                .where(owners.c.key.in_(chunk))
            )
            found.extend((name, key, owner) for key, owner in conn.execute(query))
    return found


# -- carried in an interchange document (``ropa export --with-history``) ---------------------------

#: The member of a document's top-level ``extensions`` that carries the history.
EXTENSION = "ropa_history"
EXTENSION_VERSION = 1
_TEXTS = ("user", "action", "description", "entity", "key")


def to_extension(entries: Sequence[Entry]) -> dict[str, Any]:
    """The history as an ``extensions`` member: plain JSON, every change with its states and fields."""
    return {
        "version": EXTENSION_VERSION,
        "changes": [
            {
                "at": e.at.isoformat(timespec="microseconds") + "Z",
                "user": e.user,
                "action": e.action,
                "description": e.description,
                "entity": e.entity,
                "key": e.key,
                "old_key": e.old_key,
                "controller": e.controller,
                "before": e.before,
                "after": e.after,
                "fields": [{"path": f.path, "old": f.old, "new": f.new} for f in e.fields],
            }
            for e in entries
        ],
    }


def from_extension(value: Any, source: str = "") -> list[Entry]:
    """The changes an ``extensions.ropa_history`` member carries; every problem named by its path."""
    where = f"extensions.{EXTENSION}"
    problems: list[str] = []
    if not isinstance(value, dict) or value.get("version") != EXTENSION_VERSION:
        raise interchange.InterchangeError(
            [f"{where}: expected an object of version {EXTENSION_VERSION}"], source
        )
    changes = value.get("changes")
    if not isinstance(changes, list):
        raise interchange.InterchangeError([f"{where}.changes: expected a list"], source)
    found: list[Entry] = []
    for i, change in enumerate(changes):
        at = f"{where}.changes[{i}]"
        if not isinstance(change, dict):
            problems.append(f"{at}: expected an object")
            continue
        bad = [name for name in _TEXTS if not isinstance(change.get(name), str)]
        bad += [n for n in ("old_key", "controller") if not isinstance(change.get(n), str | None)]
        bad += [n for n in ("before", "after") if not isinstance(change.get(n), dict | None)]
        fields = change.get("fields", [])
        if not isinstance(fields, list) or not all(
            isinstance(f, dict) and isinstance(f.get("path"), str) for f in fields
        ):
            bad.append("fields")
        when = None
        try:
            when = datetime.fromisoformat(str(change.get("at")).removesuffix("Z"))
        except ValueError:
            bad.append("at")
        if change.get("entity") not in KINDS and "entity" not in bad:
            bad.append("entity")
        if bad or when is None:
            problems.extend(f"{at}.{name}: not a valid value" for name in bad)
            continue
        found.append(
            Entry(
                id=0,
                at=when.replace(tzinfo=None),
                user=change["user"],
                action=change["action"],
                description=change["description"],
                entity=change["entity"],
                key=change["key"],
                old_key=change.get("old_key"),
                controller=change.get("controller"),
                before=change.get("before"),
                after=change.get("after"),
                fields=tuple(FieldChange(f["path"], f.get("old"), f.get("new")) for f in fields),
            )
        )
    if problems:
        raise interchange.InterchangeError(problems, source)
    return found


def append_carried(conn: Connection, entries: Sequence[Entry]) -> None:
    """Append changes a document carried, as they were logged (their time, user and states)."""
    for e in entries:
        store.append(
            conn,
            at=e.at,
            user=e.user,
            action=e.action,
            description=e.description,
            entity=e.entity,
            key=e.key,
            old_key=e.old_key,
            controller=e.controller,
            before=e.before,
            after=e.after,
            fields=e.fields,
        )


# -- a large import, set-based ------------------------------------------------------------------------

_NEW_ROWS = {
    "controller": "SELECT :at, :user, 'import', :description, 'controller', c.key, c.key "
    "FROM controller AS c WHERE c.id > :mark ORDER BY c.id",
    "register": "SELECT :at, :user, 'import', :description, 'register', g.key, c.key "
    "FROM register AS g JOIN controller AS c ON c.id = g.controller_id WHERE g.id > :mark ORDER BY g.id",
    "processing_on_behalf": "SELECT :at, :user, 'import', :description, 'processing_on_behalf', p.key, c.key "
    "FROM processing_on_behalf AS p JOIN controller AS c ON c.id = p.controller_id "
    "WHERE p.id > :mark ORDER BY p.id",
}


def import_mark(conn: Connection) -> dict[str, int]:
    """The highest row id of each kind of owned record now: rows above it are new."""
    from sqlalchemy import text

    return {
        table: int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar() or 0)
        for table in _NEW_ROWS
    }


def log_new_rows(
    conn: Connection,
    mark: Mapping[str, int],
    processors: Iterable[str],
    *,
    user: str,
    description: str = "Import",
) -> None:
    """Log an import that replaced nothing: one "import" entry per processor in ``processors`` and
    per controller, register and Art. 30(2) record stored since ``mark``, written by the database
    itself (one INSERT ... SELECT per kind, so 10,000 registers cost milliseconds)."""
    from sqlalchemy import DateTime, bindparam, text

    at = now()
    store.append_many(
        conn,
        [
            {
                "at": at,
                "changed_by": user,
                "action": "import",
                "description": description,
                "entity": "processor",
                "key": key,
                "controller": None,
            }
            for key in processors
        ],
    )
    columns = "(at, changed_by, action, description, entity, key, controller)"
    for table, select in _NEW_ROWS.items():
        statement = text(f"INSERT INTO history_change {columns} {select}").bindparams(
            bindparam("at", type_=DateTime())
        )
        conn.execute(statement, {"at": at, "user": user, "description": description, "mark": mark[table]})
