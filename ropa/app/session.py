"""The one door through which the window, the CLI and the importers read and change a workspace.

A :class:`Session` wraps an open store. Every change is a command method: it validates first
(the domain's :func:`ropa.model.validate.validate_record`, plus the keys and references only the
workspace knows), runs as one transaction, refuses with a located :class:`CommandError`, and
returns a :class:`Change` holding the old and the new record, which :meth:`Session.revert`
undoes: the window's undo stack wraps exactly that (as Anki's ``aqt`` wraps collection ops).

Several people may share one workspace (a PostgreSQL server, or one file). The keyed records
carry a version: an editor reads a record with :meth:`Session.get_versioned` and hands that
version back to the update command (``expected_version=``); when someone else changed the record
meanwhile the command raises :class:`ConflictError` and writes nothing. :meth:`Session.revert`
checks the same way that nobody else changed the record since this session last wrote it.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar

from ropa.app.location import server_backup_folder
from ropa.errors import ConflictError, PermissionDeniedError, RopaError
from ropa.gc_pause import collector_paused
from ropa.io.interchange import dumps, read_file
from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.checks import Finding, run_checks
from ropa.model.processors import find_cycle
from ropa.model.transfers import TransferRow, transfer_rows
from ropa.model.validate import Problem, and_more, validate_record
from ropa.store import SnapshotBackups, Store, is_server_address, open_store, places, versions
from ropa.store.listing import RegisterSummary, register_summaries
from ropa.store.reader import KEYED, UnknownRecordError, ids_by_key, load_one, load_workspace
from ropa.store.schema import LISTS, ROOTS
from ropa.store.writer import (
    KeyConflictError,
    SaveSummary,
    check_no_processor_cycle,
    insert_records,
    key_ids,
    save_workspace,
    update_record,
)

if TYPE_CHECKING:
    from ropa.io.excel.preview import ImportPreview

R = TypeVar("R")

__all__ = [
    "Change",
    "CommandError",
    "ConflictError",
    "KeyConflictError",
    "PasswordPrompt",
    "PermissionDeniedError",
    "RegisterSummary",
    "SaveSummary",
    "Session",
    "UnknownRecordError",
    "Versioned",
]

#: Asked for the server's password when neither PGPASSWORD nor the pgpass file has it: given the
#: workspace's location (no password in it), it returns the password, or None to give up. The
#: password is kept in memory for this session only; Ropa never writes it anywhere.
PasswordPrompt = Callable[[str], str | None]


class CommandError(RopaError):
    """A change refused before anything was written; ``problems`` say where, inside ``record``."""

    def __init__(self, noun: str, key: str, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        head = f"{noun} '{key}': {self.problems[0]}" if key else f"{noun}: {self.problems[0]}"
        super().__init__(and_more(head, len(self.problems)))


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
    version: int | None = None  # the record's version after the change (None once deleted)

    @property
    def key(self) -> str:
        return str((self.new or self.old).key)


P = ParamSpec("P")
S = TypeVar("S", bound="Session")


def _remembered(command: Callable[Concatenate[S, P], Change]) -> Callable[Concatenate[S, P], Change]:
    """A command that notes the version it left its record at: what :meth:`Session.revert` expects."""

    @functools.wraps(command)
    def run(session: S, /, *args: P.args, **kwargs: P.kwargs) -> Change:
        return session._done(command(session, *args, **kwargs))

    return run


@dataclass(frozen=True, slots=True)
class Versioned(Generic[R]):
    """A record as read, with the version an update of it names (``expected_version=``)."""

    record: R
    version: int


class Session:
    """An open workspace and the commands that change it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._written: dict[tuple[type, str], int] = {}  # versions this session wrote, for revert

    @classmethod
    def open(
        cls,
        location: str | os.PathLike[str],
        *,
        create: bool = True,
        password_prompt: PasswordPrompt | None = None,
    ) -> Session:
        """Open a workspace file, or a team workspace at a ``postgresql://`` address.

        For an address the password comes from PGPASSWORD or the pgpass file (libpq finds them),
        else from ``password_prompt`` (the window's dialog, the terminal), else the open fails with
        one line saying so. A server workspace's backups are interchange JSON snapshots in the
        local backup folder (:func:`ropa.app.location.server_backup_folder`).
        """
        backups = None
        if is_server_address(location):
            backups = SnapshotBackups(folder=server_backup_folder(os.fspath(location)), dump=dumps)
        return cls(open_store(location, create=create, password_prompt=password_prompt, backups=backups))

    @property
    def location(self) -> str:
        return self.store.location

    @property
    def path(self) -> Path | None:
        return self.store.path

    @property
    def is_server(self) -> bool:
        """True for a team workspace on a database server (no file: no Open Recent, no folder)."""
        return self.store.kind != "sqlite"

    def user(self) -> str:
        """Who the changes are made as: the OS user for a file, the database role on a server."""
        return self.store.user()

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
        with self.store.connect() as conn, collector_paused():
            return load_workspace(conn, controller)

    def transfer_rows(self, controller: str | None = None, on: date | None = None) -> list[TransferRow]:
        """Every declared and derived flow of the workspace's (or one controller's) records on ``on``
        (today by default): what ``ropa transfers``, the Transfers view and the exports show."""
        return transfer_rows(self.snapshot(controller), on or date.today())

    def check(self, controller: str | None = None, on: date | None = None) -> list[Finding]:
        """Every finding of the compliance rules over the workspace (or one controller) on ``on``."""
        return run_checks(self.snapshot(controller), on or date.today())

    def get(self, record: type[R], key: str) -> R:
        """One register, processor, controller or Art. 30(2) record by key."""
        with self.store.connect() as conn:
            found: R = load_one(conn, record, key)
            return found

    def get_versioned(self, record: type[R], key: str) -> Versioned[R]:
        """A record and its version, read together: what an editor opens and later saves with."""
        with self.store.connect() as conn:
            found: R = load_one(conn, record, key)
            version = versions.current(conn, record, key)
        assert version is not None  # load_one found it in the same snapshot
        return Versioned(found, version)

    def version(self, record: type, key: str) -> int:
        """The stored version of a controller, register, processor or Art. 30(2) record."""
        with self.store.connect() as conn:
            found = versions.current(conn, record, key)
        if found is None:
            raise UnknownRecordError(f"no {_noun(record)} with key '{key}' in the workspace")
        return found

    def copy_to(self, target: Path) -> None:
        """Save As: a consistent, owner-only copy of the whole workspace."""
        self.store.copy_to(target)

    # -- import and export --------------------------------------------------------------------

    def import_records(self, records: r.Workspace, *, replace: bool = False) -> SaveSummary:
        """Store a validated document in one transaction; back the workspace up first when replacing."""
        if replace:
            self.store.backup("before-import")
        with self.store.begin() as conn, collector_paused():
            return save_workspace(conn, records, replace=replace)

    def add_registers(self, records: r.Workspace) -> SaveSummary:
        """Store a validated document whose controllers may already be in the workspace: those get
        the document's registers appended (their own details are left as they are), the others
        are created whole. One transaction; a register key already in use refuses everything.
        (Drafts read from privacy notices come this way; processors are not part of it.)"""
        registers = 0
        controllers_added = 0
        with self.store.begin() as conn, collector_paused():
            ids = self._processor_ids(conn)
            existing = ids_by_key(conn, r.Controller, [c.key for c in records.controllers])
            for controller in records.controllers:
                for register in controller.registers:
                    self._check(register, ids, conn, r.Register)
                if controller.key in existing:
                    owner = existing[controller.key]
                    at = places.count(conn, r.Register, owner)
                    items = [(reg, owner, at + i) for i, reg in enumerate(controller.registers)]
                    insert_records(conn, r.Register, LISTS[KEYED[r.Register]], items, ids)
                else:
                    self._check(dataclasses.replace(controller, registers=()), ids, conn, r.Controller)
                    insert_records(
                        conn, r.Controller, LISTS[KEYED[r.Controller]], [(controller, None, 0)], ids
                    )
                    controllers_added += 1
                registers += len(controller.registers)
        return SaveSummary(controllers_added=controllers_added, registers=registers)

    def import_file(self, path: str | Path, *, replace: bool = False) -> SaveSummary:
        """Import an interchange file: all of it or nothing."""
        return self.import_records(read_file(path), replace=replace)

    def preview_import(self, records: r.Workspace, *, replace: bool = False) -> ImportPreview:
        """What ``import_records(records, replace=replace)`` would add, change and remove (or refuse)."""
        from ropa.io.excel.preview import preview

        return preview(self.snapshot(), records, replace=replace)

    def export_json(self, path: str | Path, *, controller: str | None = None) -> r.Workspace:
        """Write the workspace (or one controller's part) to ``path``, whole or not at all."""
        snapshot = self.snapshot(controller)
        write_atomically(Path(path), dumps(snapshot))
        return snapshot

    # -- registers ----------------------------------------------------------------------------

    @_remembered
    def create_register(
        self, controller: str, register: r.Register, *, position: int | None = None
    ) -> Change:
        with self.store.begin() as conn:
            ids = self._processor_ids(conn)
            self._check(register, ids, conn, r.Register)
            controller_id = self._id(conn, r.Controller, controller)
            at = places.count(conn, r.Register, controller_id) if position is None else position
            places.shift(conn, r.Register, controller_id, at, +1)
            insert_records(conn, r.Register, LISTS[KEYED[r.Register]], [(register, controller_id, at)], ids)
        return Change(
            description=f"Create register {register.name or register.key}",
            record=r.Register,
            new=register,
            controller=controller,
            version=FIRST_VERSION,
        )

    @_remembered
    def update_register(
        self, key: str, register: r.Register, *, expected_version: int | None = None
    ) -> Change:
        """Replace what register ``key`` says (its key may change); the rest of its controller stays.

        With ``expected_version`` (from :meth:`get_versioned`), refused with :class:`ConflictError`
        when someone else changed or deleted the register since it was read.
        """
        with self.store.begin() as conn:
            old, row_id, version = self._update_keyed(conn, r.Register, key, register, expected_version)
            controller = places.placement(conn, r.Register, row_id)[0]
        return Change(
            description=f"Edit register {register.name or register.key}",
            record=r.Register,
            old=old,
            new=register,
            controller=controller,
            old_controller=controller,
            version=version,
        )

    @_remembered
    def delete_register(self, key: str, *, expected_version: int | None = None) -> Change:
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.Register, key, expected_version)
            old: r.Register = load_one(conn, r.Register, key)
            controller, position, controller_id = places.placement(conn, r.Register, row_id)
            places.remove(conn, r.Register, row_id)
            places.shift(conn, r.Register, controller_id, position + 1, -1)
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
            controller, position, _ = places.placement(conn, r.Register, self._id(conn, r.Register, key))
        candidate, n = new_key or f"{key}-copy", 2
        while new_key is None and candidate in taken:
            candidate, n = f"{key}-copy-{n}", n + 1
        copy = dataclasses.replace(original, key=candidate)
        change = self.create_register(controller, copy, position=position + 1)
        return dataclasses.replace(change, description=f"Duplicate register {original.name or key}")

    @_remembered
    def move_register(self, key: str, controller: str, *, expected_version: int | None = None) -> Change:
        """Move register ``key`` to the end of another controller's registers."""
        with self.store.begin() as conn:
            row_id, version = versions.claim(conn, r.Register, key, expected_version)
            register: r.Register = load_one(conn, r.Register, key)
            before, position, old_controller_id = places.placement(conn, r.Register, row_id)
            target_id = self._id(conn, r.Controller, controller)
            places.put(conn, r.Register, row_id, target_id, places.count(conn, r.Register, target_id))
            places.shift(conn, r.Register, old_controller_id, position + 1, -1)
        return Change(
            description=f"Move register {register.name or key}",
            record=r.Register,
            old=register,
            new=register,
            controller=controller,
            old_controller=before,
            position=position,
            version=version,
        )

    # -- controllers --------------------------------------------------------------------------

    @_remembered
    def create_controller(self, controller: r.Controller) -> Change:
        """A new controller, with whatever registers and Art. 30(2) records it already carries."""
        with self.store.begin() as conn:
            ids = self._processor_ids(conn)
            self._check(controller, ids, conn, r.Controller)
            for register in controller.registers:
                self._check(register, ids, conn, r.Register)
            for pob in controller.processing_on_behalf:
                self._check(pob, ids, conn, r.ProcessingOnBehalf)
            insert_records(conn, r.Controller, LISTS[KEYED[r.Controller]], [(controller, None, 0)], ids)
        return Change(
            description=f"Create controller {controller.name or controller.key}",
            record=r.Controller,
            new=controller,
            version=FIRST_VERSION,
        )

    @_remembered
    def update_controller(
        self, key: str, controller: r.Controller, *, expected_version: int | None = None
    ) -> Change:
        """Change a controller's own details (contacts, DPO, representative...); its registers stay."""
        with self.store.begin() as conn:
            row_id, version = versions.claim(conn, r.Controller, key, expected_version)
            old: r.Controller = load_one(conn, r.Controller, key)
            details = dataclasses.replace(controller, registers=(), processing_on_behalf=())
            self._check(details, self._processor_ids(conn), conn, r.Controller, allow=key)
            update_record(conn, r.Controller, ROOTS[r.Controller], row_id, details, {}, lists=False)
        new = dataclasses.replace(
            controller, registers=old.registers, processing_on_behalf=old.processing_on_behalf
        )
        return Change(
            description=f"Edit controller {controller.name or controller.key}",
            record=r.Controller,
            old=old,
            new=new,
            version=version,
        )

    @_remembered
    def delete_controller(self, key: str, *, expected_version: int | None = None) -> Change:
        """Delete a controller with its registers and Art. 30(2) records."""
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.Controller, key, expected_version)
            old: r.Controller = load_one(conn, r.Controller, key)
            places.remove(conn, r.Controller, row_id)
        return Change(description=f"Delete controller {old.name or key}", record=r.Controller, old=old)

    # -- processors ---------------------------------------------------------------------------

    @_remembered
    def create_processor(self, processor: r.Processor) -> Change:
        with self.store.begin() as conn:
            ids = self._processor_ids(conn)
            self._check(processor, {*ids, processor.key}, conn, r.Processor)
            (new_id,) = insert_records(
                conn,
                r.Processor,
                LISTS[KEYED[r.Processor]],
                [(dataclasses.replace(processor, parent=None), None, 0)],
                ids,
            )
            if processor.parent:
                places.set_parent(conn, new_id, ids[processor.parent])
        return Change(
            description=f"Create processor {processor.name or processor.key}",
            record=r.Processor,
            new=processor,
            version=FIRST_VERSION,
        )

    @_remembered
    def update_processor(
        self, key: str, processor: r.Processor, *, expected_version: int | None = None
    ) -> Change:
        """Change a processor (its parent included: a chain that would loop is refused)."""
        with self.store.begin() as conn:
            _, version = versions.claim(conn, r.Processor, key, expected_version)
            old: r.Processor = load_one(conn, r.Processor, key)
            ids = self._processor_ids(conn)
            self._check(processor, (set(ids) - {key}) | {processor.key}, conn, r.Processor, allow=key)
            ids[processor.key] = ids[key]
            parents = {k: v for k, v in places.parents(conn).items() if k != key}
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
            version=version,
        )

    @_remembered
    def delete_processor(self, key: str, *, expected_version: int | None = None) -> Change:
        """Delete a processor no register, record, transfer or sub-processor refers to."""
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.Processor, key, expected_version)
            old: r.Processor = load_one(conn, r.Processor, key)
            used = places.processor_user(conn, row_id)
            if used:
                raise CommandError(
                    "processor", key, [Problem((), f"still used by {used}; remove those first")]
                )
            places.remove(conn, r.Processor, row_id)
        return Change(description=f"Delete processor {old.name or key}", record=r.Processor, old=old)

    # -- Art. 30(2) records -------------------------------------------------------------------

    @_remembered
    def create_processing_on_behalf(
        self, controller: str, record: r.ProcessingOnBehalf, *, position: int | None = None
    ) -> Change:
        with self.store.begin() as conn:
            ids = self._processor_ids(conn)
            self._check(record, ids, conn, r.ProcessingOnBehalf)
            controller_id = self._id(conn, r.Controller, controller)
            at = places.count(conn, r.ProcessingOnBehalf, controller_id) if position is None else position
            places.shift(conn, r.ProcessingOnBehalf, controller_id, at, +1)
            insert_records(
                conn,
                r.ProcessingOnBehalf,
                LISTS[KEYED[r.ProcessingOnBehalf]],
                [(record, controller_id, at)],
                ids,
            )
        return Change(
            description="Create processing on behalf",
            record=r.ProcessingOnBehalf,
            new=record,
            controller=controller,
            version=FIRST_VERSION,
        )

    @_remembered
    def update_processing_on_behalf(
        self, key: str, record: r.ProcessingOnBehalf, *, expected_version: int | None = None
    ) -> Change:
        with self.store.begin() as conn:
            old, _, version = self._update_keyed(conn, r.ProcessingOnBehalf, key, record, expected_version)
        return Change(
            description="Edit processing on behalf",
            record=r.ProcessingOnBehalf,
            old=old,
            new=record,
            version=version,
        )

    @_remembered
    def delete_processing_on_behalf(self, key: str, *, expected_version: int | None = None) -> Change:
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.ProcessingOnBehalf, key, expected_version)
            old: r.ProcessingOnBehalf = load_one(conn, r.ProcessingOnBehalf, key)
            controller, position, controller_id = places.placement(conn, r.ProcessingOnBehalf, row_id)
            places.remove(conn, r.ProcessingOnBehalf, row_id)
            places.shift(conn, r.ProcessingOnBehalf, controller_id, position + 1, -1)
        return Change(
            description="Delete processing on behalf",
            record=r.ProcessingOnBehalf,
            old=old,
            old_controller=controller,
            position=position,
        )

    # -- parts of a register: declared transfers and processor links --------------------------

    # Each reads the register and writes it back changed, naming the version it read: a change
    # someone else made in between is never overwritten (ConflictError). ``expected_version`` is
    # the version the caller's view of the register had, checked too.

    def add_transfer(
        self, register: str, transfer: r.Transfer, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register, "transfers", lambda items: (*items, transfer), "Add transfer", expected_version
        )

    def update_transfer(
        self, register: str, index: int, transfer: r.Transfer, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register, "transfers", _replaced(index, transfer), "Edit transfer", expected_version
        )

    def remove_transfer(self, register: str, index: int, *, expected_version: int | None = None) -> Change:
        return self._edit_list(register, "transfers", _removed(index), "Remove transfer", expected_version)

    def link_processor(
        self, register: str, link: r.ProcessorLink, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register, "processors", lambda items: (*items, link), "Link processor", expected_version
        )

    def update_processor_link(
        self, register: str, index: int, link: r.ProcessorLink, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register, "processors", _replaced(index, link), "Edit processor link", expected_version
        )

    def unlink_processor(self, register: str, index: int, *, expected_version: int | None = None) -> Change:
        return self._edit_list(register, "processors", _removed(index), "Unlink processor", expected_version)

    def _edit_list(
        self,
        key: str,
        name: str,
        edit: Callable[[tuple[Any, ...]], tuple[Any, ...]],
        what: str,
        expected_version: int | None,
    ) -> Change:
        loaded = self.get_versioned(r.Register, key)
        register = loaded.record
        if expected_version is not None and loaded.version != expected_version:
            raise ConflictError("register", key, expected_version, loaded.version)
        items = getattr(register, name)
        try:
            edited: dict[str, Any] = {name: edit(items)}
            changed = dataclasses.replace(register, **edited)
        except IndexError:
            raise CommandError("register", key, [Problem((name,), "no such item")]) from None
        change = self.update_register(key, changed, expected_version=loaded.version)
        return dataclasses.replace(change, description=f"{what}: {register.name or key}")

    # -- undo ---------------------------------------------------------------------------------

    def revert(self, change: Change) -> Change:
        """Undo ``change``; the returned change redoes it when reverted in turn.

        Refused with :class:`ConflictError` when someone else changed (or deleted) the record
        since this session last wrote it: undo never overwrites another person's work.
        """
        record, old, new = change.record, change.old, change.new
        seen = None if new is None else self._written.get((record, new.key), change.version)
        if record is r.Register:
            if new is None:
                return self.create_register(change.old_controller or "", old, position=change.position)
            if old is None:
                return self.delete_register(new.key, expected_version=seen)
            if change.controller != change.old_controller and change.old_controller is not None:
                moved = self.move_register(new.key, change.old_controller, expected_version=seen)
                if change.position is not None:
                    self._place(new.key, change.position)
                return moved
            return self.update_register(new.key, old, expected_version=seen)
        if record is r.Controller:
            if new is None:
                return self.create_controller(old)
            if old is None:
                return self.delete_controller(new.key, expected_version=seen)
            return self.update_controller(new.key, old, expected_version=seen)
        if record is r.Processor:
            if new is None:
                return self.create_processor(old)
            if old is None:
                return self.delete_processor(new.key, expected_version=seen)
            return self.update_processor(new.key, old, expected_version=seen)
        if record is r.ProcessingOnBehalf:
            if new is None:
                return self.create_processing_on_behalf(
                    change.old_controller or "", old, position=change.position
                )
            if old is None:
                return self.delete_processing_on_behalf(new.key, expected_version=seen)
            return self.update_processing_on_behalf(new.key, old, expected_version=seen)
        raise TypeError(record)

    # -- helpers ------------------------------------------------------------------------------

    def _check(
        self, record: Any, processors: Container[str], conn: Any, kind: type, *, allow: str | None = None
    ) -> None:
        """Validate ``record`` and refuse a key another record of its kind already has."""
        problems = validate_record(record, processors=processors)
        if record.key and record.key != allow and record.key in ids_by_key(conn, kind, [record.key]):
            problems.append(Problem(("key",), f"{_noun(kind)} '{record.key}' is already in the workspace"))
        if problems:
            raise CommandError(_noun(kind), allow or record.key, problems)

    def _id(self, conn: Any, kind: type, key: str) -> int:
        found = ids_by_key(conn, kind, [key])
        if key not in found:
            raise UnknownRecordError(f"no {_noun(kind)} with key '{key}' in the workspace")
        return found[key]

    def _processor_ids(self, conn: Any) -> dict[str, int]:
        """Key -> id of every processor: the keys references may name, the ids rows store."""
        return key_ids(conn, ROOTS[r.Processor])

    def _update_keyed(
        self, conn: Any, kind: type, key: str, record: Any, expected_version: int | None
    ) -> tuple[Any, int, int]:
        """Validate and write ``record`` over the register or Art. 30(2) record ``key``.

        Returns the old record, the row id and the new version.
        """
        row_id, version = versions.claim(conn, kind, key, expected_version)
        old = load_one(conn, kind, key)
        ids = self._processor_ids(conn)
        self._check(record, ids, conn, kind, allow=key)
        update_record(conn, kind, LISTS[KEYED[kind]].table, row_id, record, ids)
        return old, row_id, version

    def _done(self, change: Change) -> Change:
        """Remember the version this session left the record at (what :meth:`revert` expects)."""
        if change.old is not None:
            self._written.pop((change.record, change.old.key), None)
        if change.new is not None and change.version is not None:
            self._written[(change.record, change.new.key)] = change.version
        return change

    def _place(self, key: str, position: int) -> None:
        """Put register ``key`` at ``position`` among its controller's registers."""
        with self.store.begin() as conn:
            row_id = self._id(conn, r.Register, key)
            _, current, controller_id = places.placement(conn, r.Register, row_id)
            places.shift(conn, r.Register, controller_id, current + 1, -1)
            places.shift(conn, r.Register, controller_id, position, +1)
            places.put(conn, r.Register, row_id, controller_id, position)


FIRST_VERSION = 1  # a new record's row_version (the column's default)


def _noun(kind: type) -> str:
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
