"""The one door through which the window, the CLI and the importers read and change a workspace.

A :class:`Session` wraps an open store. Every change is a command method: it validates first
(the domain's :func:`ropa.model.validate.validate_record`, plus the keys and references only the
workspace knows), runs as one transaction, refuses with a located :class:`CommandError`, and
returns a :class:`Change` holding the old and the new record, which :meth:`Session.revert`
undoes: the window's undo stack wraps exactly that (as Anki's ``aqt`` wraps collection ops).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ropa.errors import RopaError
from ropa.io.interchange import dumps, read_file
from ropa.model import records as r
from ropa.model.processors import find_cycle
from ropa.model.validate import Problem, validate_record
from ropa.store import Store, open_store
from ropa.store.listing import RegisterSummary, register_summaries
from ropa.store.reader import KEYED, UnknownRecordError, ids_by_key, load_one, load_workspace
from ropa.store.schema import LISTS, ROOTS, table_of
from ropa.store.writer import (
    KeyConflictError,
    SaveSummary,
    check_no_processor_cycle,
    insert_records,
    key_ids,
    save_workspace,
    update_record,
)

R = TypeVar("R")

__all__ = [
    "Change",
    "CommandError",
    "KeyConflictError",
    "RegisterSummary",
    "SaveSummary",
    "Session",
    "UnknownRecordError",
]


class CommandError(RopaError):
    """A change refused before anything was written; ``problems`` say where, inside ``record``."""

    def __init__(self, noun: str, key: str, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        more = len(self.problems) - 1
        head = f"{noun} '{key}': {self.problems[0]}" if key else f"{noun}: {self.problems[0]}"
        super().__init__(head + (f" (and {more} more problem{'s' * (more > 1)})" if more > 0 else ""))


@dataclass(frozen=True, kw_only=True)
class Change:
    """What one command did. ``old`` is None for a creation, ``new`` None for a deletion."""

    description: str
    record: type
    old: Any = None
    new: Any = None
    controller: str | None = None  # the owning controller after the change (registers, Art. 30(2))
    old_controller: str | None = None  # and before it (moves, deletions)
    position: int | None = None  # where a deleted register or record was, to put it back

    @property
    def key(self) -> str:
        return str((self.new or self.old).key)


def _problems(record: Any, processors: set[str]) -> list[Problem]:
    return validate_record(record, processors=processors)


class Session:
    """An open workspace and the commands that change it."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, location: str | os.PathLike[str], *, create: bool = True) -> Session:
        return cls(open_store(location, create=create))

    @property
    def location(self) -> str:
        return self.store.location

    @property
    def path(self) -> Path | None:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ------------------------------------------------------------------------------

    def register_summaries(self) -> list[RegisterSummary]:
        with self.store.connect() as conn:
            return register_summaries(conn)

    def snapshot(self, controller: str | None = None) -> r.Workspace:
        """The whole workspace, or one controller with the processors it uses, as records."""
        with self.store.connect() as conn:
            return load_workspace(conn, controller)

    def get(self, record: type[R], key: str) -> R:
        """One register, processor, controller or Art. 30(2) record by key."""
        with self.store.connect() as conn:
            found: R = load_one(conn, record, key)
            return found

    def copy_to(self, target: Path) -> None:
        """Save As: a consistent, owner-only copy of the whole workspace."""
        self.store.copy_to(target)

    # -- import and export --------------------------------------------------------------------

    def import_records(self, records: r.Workspace, *, replace: bool = False) -> SaveSummary:
        """Store a validated document in one transaction; back the workspace up first when replacing."""
        if replace:
            self.store.backup("before-import")
        with self.store.begin() as conn:
            return save_workspace(conn, records, replace=replace)

    def import_file(self, path: str | Path, *, replace: bool = False) -> SaveSummary:
        """Import an interchange file: all of it or nothing."""
        return self.import_records(read_file(path), replace=replace)

    def export_json(self, path: str | Path, *, controller: str | None = None) -> r.Workspace:
        """Write the workspace (or one controller's part) to ``path``, whole or not at all."""
        snapshot = self.snapshot(controller)
        write_atomically(Path(path), dumps(snapshot))
        return snapshot

    # -- registers ----------------------------------------------------------------------------

    def create_register(
        self, controller: str, register: r.Register, *, position: int | None = None
    ) -> Change:
        with self.store.begin() as conn:
            processors = self._processor_keys(conn)
            self._check(register, processors, conn, r.Register)
            controller_id = self._id(conn, r.Controller, controller)
            stored = LISTS[KEYED[r.Register]]
            table = table_of(stored.table)
            siblings = conn.execute(
                table.select().with_only_columns(table.c.id).where(table.c.controller_id == controller_id)
            ).all()
            at = len(siblings) if position is None else position
            self._shift(conn, controller_id, at, +1)
            insert_records(
                conn, r.Register, stored, [(register, controller_id, at)], self._processor_ids(conn)
            )
        return Change(
            description=f"Create register {register.name or register.key}",
            record=r.Register,
            new=register,
            controller=controller,
        )

    def update_register(self, key: str, register: r.Register) -> Change:
        """Replace what register ``key`` says (its key may change); the rest of its controller stays."""
        with self.store.begin() as conn:
            old: r.Register = load_one(conn, r.Register, key)
            self._check(register, self._processor_keys(conn), conn, r.Register, allow=key)
            row_id = self._id(conn, r.Register, key)
            update_record(
                conn, r.Register, LISTS[KEYED[r.Register]].table, row_id, register, self._processor_ids(conn)
            )
            controller = self._owner_key(conn, row_id)
        return Change(
            description=f"Edit register {register.name or register.key}",
            record=r.Register,
            old=old,
            new=register,
            controller=controller,
            old_controller=controller,
        )

    def delete_register(self, key: str) -> Change:
        with self.store.begin() as conn:
            old: r.Register = load_one(conn, r.Register, key)
            row_id = self._id(conn, r.Register, key)
            controller, position, controller_id = self._placement(conn, row_id)
            table = table_of(LISTS[KEYED[r.Register]].table)
            conn.execute(table.delete().where(table.c.id == row_id))
            self._shift(conn, controller_id, position + 1, -1)
        return Change(
            description=f"Delete register {old.name or old.key}",
            record=r.Register,
            old=old,
            old_controller=controller,
            position=position,
        )

    def duplicate_register(self, key: str, new_key: str | None = None) -> Change:
        """A copy of register ``key`` right after it, under a new key ("<key>-copy", "-copy-2"...)."""
        original = self.get(r.Register, key)
        with self.store.connect() as conn:
            taken = key_ids(conn, LISTS[KEYED[r.Register]].table)
            controller, position, _ = self._placement(conn, self._id(conn, r.Register, key))
        candidate, n = new_key or f"{key}-copy", 2
        while new_key is None and candidate in taken:
            candidate, n = f"{key}-copy-{n}", n + 1
        copy = dataclasses.replace(original, key=candidate)
        change = self.create_register(controller, copy, position=position + 1)
        return dataclasses.replace(change, description=f"Duplicate register {original.name or key}")

    def move_register(self, key: str, controller: str) -> Change:
        """Move register ``key`` to the end of another controller's registers."""
        with self.store.begin() as conn:
            register: r.Register = load_one(conn, r.Register, key)
            row_id = self._id(conn, r.Register, key)
            before, position, old_controller_id = self._placement(conn, row_id)
            target_id = self._id(conn, r.Controller, controller)
            table = table_of(LISTS[KEYED[r.Register]].table)
            count = len(
                conn.execute(
                    table.select().with_only_columns(table.c.id).where(table.c.controller_id == target_id)
                ).all()
            )
            conn.execute(
                table.update().where(table.c.id == row_id).values(controller_id=target_id, position=count)
            )
            self._shift(conn, old_controller_id, position + 1, -1)
        return Change(
            description=f"Move register {register.name or key}",
            record=r.Register,
            old=register,
            new=register,
            controller=controller,
            old_controller=before,
            position=position,
        )

    # -- controllers --------------------------------------------------------------------------

    def create_controller(self, controller: r.Controller) -> Change:
        """A new controller, with whatever registers and Art. 30(2) records it already carries."""
        with self.store.begin() as conn:
            processors = self._processor_keys(conn)
            self._check(controller, processors, conn, r.Controller)
            for register in controller.registers:
                self._check(register, processors, conn, r.Register)
            for pob in controller.processing_on_behalf:
                self._check(pob, processors, conn, r.ProcessingOnBehalf)
            insert_records(
                conn,
                r.Controller,
                LISTS[KEYED[r.Controller]],
                [(controller, None, 0)],
                self._processor_ids(conn),
            )
        return Change(
            description=f"Create controller {controller.name or controller.key}",
            record=r.Controller,
            new=controller,
        )

    def update_controller(self, key: str, controller: r.Controller) -> Change:
        """Change a controller's own details (contacts, DPO, representative...); its registers stay."""
        with self.store.begin() as conn:
            old: r.Controller = load_one(conn, r.Controller, key)
            details = dataclasses.replace(controller, registers=(), processing_on_behalf=())
            self._check(details, self._processor_keys(conn), conn, r.Controller, allow=key)
            row_id = self._id(conn, r.Controller, key)
            update_record(conn, r.Controller, ROOTS[r.Controller], row_id, details, {}, lists=False)
        new = dataclasses.replace(
            controller, registers=old.registers, processing_on_behalf=old.processing_on_behalf
        )
        return Change(
            description=f"Edit controller {controller.name or controller.key}",
            record=r.Controller,
            old=old,
            new=new,
        )

    def delete_controller(self, key: str) -> Change:
        """Delete a controller with its registers and Art. 30(2) records."""
        with self.store.begin() as conn:
            old: r.Controller = load_one(conn, r.Controller, key)
            table = table_of(ROOTS[r.Controller])
            conn.execute(table.delete().where(table.c.key == key))
        return Change(description=f"Delete controller {old.name or key}", record=r.Controller, old=old)

    # -- processors ---------------------------------------------------------------------------

    def create_processor(self, processor: r.Processor) -> Change:
        with self.store.begin() as conn:
            self._check(processor, self._processor_keys(conn) | {processor.key}, conn, r.Processor)
            ids = self._processor_ids(conn)
            (new_id,) = insert_records(
                conn,
                r.Processor,
                LISTS[KEYED[r.Processor]],
                [(dataclasses.replace(processor, parent=None), None, 0)],
                ids,
            )
            if processor.parent:
                self._set_parent(conn, new_id, ids[processor.parent])
        return Change(
            description=f"Create processor {processor.name or processor.key}",
            record=r.Processor,
            new=processor,
        )

    def update_processor(self, key: str, processor: r.Processor) -> Change:
        """Change a processor (its parent included: a chain that would loop is refused)."""
        with self.store.begin() as conn:
            old: r.Processor = load_one(conn, r.Processor, key)
            keys = (self._processor_keys(conn) - {key}) | {processor.key}
            self._check(processor, keys, conn, r.Processor, allow=key)
            ids = self._processor_ids(conn)
            ids[processor.key] = ids[key]
            parents = {k: v for k, v in self._parents(conn).items() if k != key}
            parents[processor.key] = processor.parent
            cycle = find_cycle(parents)
            if cycle:
                raise CommandError(
                    "processor", key, [Problem(("parent",), "processor chain loops: " + " -> ".join(cycle))]
                )
            update_record(conn, r.Processor, ROOTS[r.Processor], ids[key], processor, ids)
            check_no_processor_cycle(conn)
        return Change(
            description=f"Edit processor {processor.name or processor.key}",
            record=r.Processor,
            old=old,
            new=processor,
        )

    def delete_processor(self, key: str) -> Change:
        """Delete a processor no register, record, transfer or sub-processor refers to."""
        with self.store.begin() as conn:
            old: r.Processor = load_one(conn, r.Processor, key)
            used = self._uses_of_processor(conn, key)
            if used:
                raise CommandError(
                    "processor", key, [Problem((), f"still used by {used}; remove those first")]
                )
            table = table_of(ROOTS[r.Processor])
            conn.execute(table.delete().where(table.c.key == key))
        return Change(description=f"Delete processor {old.name or key}", record=r.Processor, old=old)

    # -- Art. 30(2) records -------------------------------------------------------------------

    def create_processing_on_behalf(self, controller: str, record: r.ProcessingOnBehalf) -> Change:
        with self.store.begin() as conn:
            self._check(record, self._processor_keys(conn), conn, r.ProcessingOnBehalf)
            controller_id = self._id(conn, r.Controller, controller)
            stored = LISTS[KEYED[r.ProcessingOnBehalf]]
            table = table_of(stored.table)
            count = len(
                conn.execute(
                    table.select().with_only_columns(table.c.id).where(table.c.controller_id == controller_id)
                ).all()
            )
            insert_records(
                conn,
                r.ProcessingOnBehalf,
                stored,
                [(record, controller_id, count)],
                self._processor_ids(conn),
            )
        return Change(
            description="Create processing on behalf",
            record=r.ProcessingOnBehalf,
            new=record,
            controller=controller,
        )

    def update_processing_on_behalf(self, key: str, record: r.ProcessingOnBehalf) -> Change:
        with self.store.begin() as conn:
            old: r.ProcessingOnBehalf = load_one(conn, r.ProcessingOnBehalf, key)
            self._check(record, self._processor_keys(conn), conn, r.ProcessingOnBehalf, allow=key)
            row_id = self._id(conn, r.ProcessingOnBehalf, key)
            update_record(
                conn,
                r.ProcessingOnBehalf,
                LISTS[KEYED[r.ProcessingOnBehalf]].table,
                row_id,
                record,
                self._processor_ids(conn),
            )
        return Change(
            description="Edit processing on behalf", record=r.ProcessingOnBehalf, old=old, new=record
        )

    def delete_processing_on_behalf(self, key: str) -> Change:
        with self.store.begin() as conn:
            old: r.ProcessingOnBehalf = load_one(conn, r.ProcessingOnBehalf, key)
            row_id = self._id(conn, r.ProcessingOnBehalf, key)
            controller, position, _ = self._placement(conn, row_id, r.ProcessingOnBehalf)
            table = table_of(LISTS[KEYED[r.ProcessingOnBehalf]].table)
            conn.execute(table.delete().where(table.c.id == row_id))
        return Change(
            description="Delete processing on behalf",
            record=r.ProcessingOnBehalf,
            old=old,
            old_controller=controller,
            position=position,
        )

    # -- parts of a register: declared transfers and processor links --------------------------

    def add_transfer(self, register: str, transfer: r.Transfer) -> Change:
        return self._edit_list(register, "transfers", lambda items: (*items, transfer), "Add transfer")

    def update_transfer(self, register: str, index: int, transfer: r.Transfer) -> Change:
        return self._edit_list(register, "transfers", _replaced(index, transfer), "Edit transfer")

    def remove_transfer(self, register: str, index: int) -> Change:
        return self._edit_list(register, "transfers", _removed(index), "Remove transfer")

    def link_processor(self, register: str, link: r.ProcessorLink) -> Change:
        return self._edit_list(register, "processors", lambda items: (*items, link), "Link processor")

    def update_processor_link(self, register: str, index: int, link: r.ProcessorLink) -> Change:
        return self._edit_list(register, "processors", _replaced(index, link), "Edit processor link")

    def unlink_processor(self, register: str, index: int) -> Change:
        return self._edit_list(register, "processors", _removed(index), "Unlink processor")

    def _edit_list(
        self, key: str, name: str, edit: Callable[[tuple[Any, ...]], tuple[Any, ...]], what: str
    ) -> Change:
        register = self.get(r.Register, key)
        items = getattr(register, name)
        try:
            edited: dict[str, Any] = {name: edit(items)}
            changed = dataclasses.replace(register, **edited)
        except IndexError:
            raise CommandError("register", key, [Problem((name,), "no such item")]) from None
        return dataclasses.replace(
            self.update_register(key, changed), description=f"{what}: {register.name or key}"
        )

    # -- undo ---------------------------------------------------------------------------------

    def revert(self, change: Change) -> Change:
        """Undo ``change``; the returned change redoes it when reverted in turn."""
        record, old, new = change.record, change.old, change.new
        if record is r.Register:
            if new is None:
                return self.create_register(change.old_controller or "", old, position=change.position)
            if old is None:
                return self.delete_register(new.key)
            if change.controller != change.old_controller and change.old_controller is not None:
                moved = self.move_register(new.key, change.old_controller)
                if change.position is not None:
                    self._place(new.key, change.position)
                return moved
            return self.update_register(new.key, old)
        if record is r.Controller:
            if new is None:
                return self.create_controller(old)
            if old is None:
                return self.delete_controller(new.key)
            return self.update_controller(new.key, old)
        if record is r.Processor:
            if new is None:
                return self.create_processor(old)
            if old is None:
                return self.delete_processor(new.key)
            return self.update_processor(new.key, old)
        if record is r.ProcessingOnBehalf:
            if new is None:
                return self.create_processing_on_behalf(change.old_controller or "", old)
            if old is None:
                return self.delete_processing_on_behalf(new.key)
            return self.update_processing_on_behalf(new.key, old)
        raise TypeError(record)

    # -- helpers ------------------------------------------------------------------------------

    def _check(
        self, record: Any, processors: set[str], conn: Any, kind: type, *, allow: str | None = None
    ) -> None:
        """Validate ``record`` and refuse a key another record of its kind already has."""
        problems = _problems(record, processors)
        stored = LISTS[KEYED[kind]]
        if record.key and record.key != allow and record.key in ids_by_key(conn, kind, [record.key]):
            problems.append(Problem(("key",), f"{_noun(kind)} '{record.key}' is already in the workspace"))
        del stored
        if problems:
            raise CommandError(_noun(kind), allow or record.key, problems)

    def _id(self, conn: Any, kind: type, key: str) -> int:
        found = ids_by_key(conn, kind, [key])
        if key not in found:
            raise UnknownRecordError(f"no {_noun(kind)} with key '{key}' in the workspace")
        return found[key]

    def _processor_ids(self, conn: Any) -> dict[str, int]:
        return key_ids(conn, ROOTS[r.Processor])

    def _processor_keys(self, conn: Any) -> set[str]:
        return set(self._processor_ids(conn))

    def _parents(self, conn: Any) -> dict[str, str | None]:
        table = table_of(ROOTS[r.Processor])
        rows = conn.execute(
            table.select().with_only_columns(table.c.id, table.c.key, table.c.parent_id)
        ).all()
        key_of = {row.id: row.key for row in rows}
        return {row.key: key_of.get(row.parent_id) for row in rows}

    def _set_parent(self, conn: Any, row_id: int, parent_id: int) -> None:
        table = table_of(ROOTS[r.Processor])
        conn.execute(table.update().where(table.c.id == row_id).values(parent_id=parent_id))
        check_no_processor_cycle(conn)

    def _placement(self, conn: Any, row_id: int, kind: type = r.Register) -> tuple[str, int, int]:
        """(controller key, position, controller id) of a register or Art. 30(2) record."""
        table = table_of(LISTS[KEYED[kind]].table)
        controllers = table_of(ROOTS[r.Controller])
        row = conn.execute(
            table.select()
            .with_only_columns(controllers.c.key, table.c.position, table.c.controller_id)
            .join(controllers, controllers.c.id == table.c.controller_id)
            .where(table.c.id == row_id)
        ).one()
        return row[0], row[1], row[2]

    def _owner_key(self, conn: Any, row_id: int) -> str:
        return self._placement(conn, row_id)[0]

    def _shift(self, conn: Any, controller_id: int, start: int, by: int) -> None:
        table = table_of(LISTS[KEYED[r.Register]].table)
        conn.execute(
            table.update()
            .where(table.c.controller_id == controller_id, table.c.position >= start)
            .values(position=table.c.position + by)
        )

    def _place(self, key: str, position: int) -> None:
        """Put register ``key`` at ``position`` among its controller's registers."""
        with self.store.begin() as conn:
            row_id = self._id(conn, r.Register, key)
            _, current, controller_id = self._placement(conn, row_id)
            self._shift(conn, controller_id, current + 1, -1)
            self._shift(conn, controller_id, position, +1)
            table = table_of(LISTS[KEYED[r.Register]].table)
            conn.execute(table.update().where(table.c.id == row_id).values(position=position))

    def _uses_of_processor(self, conn: Any, key: str) -> str:
        """Who refers to processor ``key``, in words; "" when nobody does."""
        snapshot = load_workspace(conn)
        for c in snapshot.controllers:
            for g in c.registers:
                if any(link.processor == key for link in g.processors) or any(
                    t.processor == key for t in g.transfers
                ):
                    return f"register '{g.key}'"
            for pob in c.processing_on_behalf:
                if key in pob.subprocessors or any(t.processor == key for t in pob.transfers):
                    return f"processing-on-behalf record '{pob.key}'"
        for p in snapshot.processors:
            if p.parent == key:
                return f"its sub-processor '{p.key}'"
        return ""


def _noun(kind: type) -> str:
    from ropa.model.catalogue import entity

    return entity(kind).noun


def _replaced(index: int, item: Any) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    def edit(items: tuple[Any, ...]) -> tuple[Any, ...]:
        if not 0 <= index < len(items):
            raise IndexError(index)
        return (*items[:index], item, *items[index + 1 :])

    return edit


def _removed(index: int) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    def edit(items: tuple[Any, ...]) -> tuple[Any, ...]:
        if not 0 <= index < len(items):
            raise IndexError(index)
        return (*items[:index], *items[index + 1 :])

    return edit


def write_atomically(path: Path, content: bytes) -> None:
    """Write beside ``path`` and rename over it, so a crash never leaves half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(content)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise RopaError(f"{path}: cannot write: {exc.strerror}") from exc
