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

Opening a session and listing registers and controllers needs only the standard library: the
records, validation, interchange and SQLAlchemy modules are imported by the first command that
uses them (:mod:`ropa.app._lazy`), so the window paints its first list without waiting for them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib
import os
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar

from ropa.app._lazy import LazyModule
from ropa.app.location import backups_to_keep, file_backup_folder, server_backup_folder
from ropa.errors import ConflictError, PermissionDeniedError, RopaError
from ropa.gc_pause import collector_paused
from ropa.private_write import write_file
from ropa.store import BackupPlace, SnapshotBackups, Store, is_server_address, listing, open_store
from ropa.store.listing import ControllerSummary, RegisterFacts, RegisterSummary

if TYPE_CHECKING:
    from ropa.app import history
    from ropa.io import interchange, json_input
    from ropa.io.excel.preview import ImportPreview
    from ropa.model import catalogue, checks, validate
    from ropa.model import processors as model_processors
    from ropa.model import records as r
    from ropa.model import transfers as model_transfers
    from ropa.model.checks import Finding
    from ropa.model.checks.summary import Dashboard
    from ropa.model.transfers import TransferRow
    from ropa.model.validate import Problem
    from ropa.store import places, reader, schema, versions, writer
    from ropa.store.history import Entry as HistoryEntry
    from ropa.store.reader import UnknownRecordError
    from ropa.store.writer import KeyConflictError, SaveSummary
else:
    interchange = LazyModule("ropa.io.interchange")
    json_input = LazyModule("ropa.io.json_input")
    catalogue = LazyModule("ropa.model.catalogue")
    history = LazyModule("ropa.app.history")
    checks = LazyModule("ropa.model.checks")
    validate = LazyModule("ropa.model.validate")
    model_processors = LazyModule("ropa.model.processors")
    r = LazyModule("ropa.model.records")
    model_transfers = LazyModule("ropa.model.transfers")
    places = LazyModule("ropa.store.places")
    reader = LazyModule("ropa.store.reader")
    schema = LazyModule("ropa.store.schema")
    versions = LazyModule("ropa.store.versions")
    writer = LazyModule("ropa.store.writer")

R = TypeVar("R")

__all__ = [
    "Cancelled",
    "Change",
    "CommandError",
    "ConflictError",
    "ControllerSummary",
    "KeyConflictError",
    "PasswordPrompt",
    "PermissionDeniedError",
    "ProcessorOverview",
    "ProcessorUse",
    "Progress",
    "RegisterFacts",
    "RegisterSummary",
    "SaveSummary",
    "Session",
    "UnknownRecordError",
    "Versioned",
]

#: Names this module offers whose classes live in modules imported on first use (PEP 562).
_LATE = {
    "KeyConflictError": "ropa.store.writer",
    "SaveSummary": "ropa.store.writer",
    "UnknownRecordError": "ropa.store.reader",
}


def __getattr__(name: str) -> Any:
    if name in _LATE:
        return getattr(importlib.import_module(_LATE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: Asked for the server's password when neither PGPASSWORD nor the pgpass file has it: given the
#: workspace's location (no password in it), it returns the password, or None to give up. The
#: password is kept in memory for this session only; Ropa never writes it anywhere.
PasswordPrompt = Callable[[str], str | None]


class CommandError(RopaError):
    """A change refused before anything was written; ``problems`` say where, inside ``record``.

    ``kind`` is the record class the problems' paths start from (the window names the fields).
    """

    def __init__(self, noun: str, key: str, problems: Sequence[Problem], kind: type | None = None) -> None:
        self.problems = list(problems)
        self.kind = kind
        head = f"{noun} {validate.shown(key)}: {self.problems[0]}" if key else f"{noun}: {self.problems[0]}"
        super().__init__(validate.and_more(head, len(self.problems)))


class Cancelled(RopaError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


class Progress(Protocol):
    """What a long operation reports to, and asks whether to go on (a worker's progress dialog)."""

    def step(self, text: str, done: int, total: int) -> None:
        """``done`` of ``total`` steps are behind; ``text`` says what happens now."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


@dataclass(frozen=True, kw_only=True)
class Change:
    """What one command did. ``old`` is None for a creation, ``new`` None for a deletion."""

    description: str
    record: type
    action: str = ""  # what was done, for the window's wording: "create", "update", "move", "link"...
    old: Any = None
    new: Any = None
    controller: str | None = None  # the owning controller after the change (registers, Art. 30(2))
    old_controller: str | None = None  # and before it (moves, deletions)
    position: int | None = None  # where a deleted register or record was, to put it back
    version: int | None = None  # the record's version after the change (None once deleted)

    @property
    def key(self) -> str:
        return str((self.new or self.old).key)


@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessorUse:
    """A register's direct use of a processor (its Art. 28 link)."""

    processor: str
    register: str
    register_name: str
    controller: str
    controller_name: str
    task: str
    agreement: str
    agreement_date: date | None


@dataclass(frozen=True, kw_only=True)
class ProcessorOverview:
    """The processor catalogue (or one controller's part of it) with the registers that use each one."""

    processors: tuple[r.Processor, ...]
    uses: Mapping[str, tuple[ProcessorUse, ...]]  # direct uses by processor key

    def processor(self, key: str) -> r.Processor | None:
        return next((p for p in self.processors if p.key == key), None)

    def users(self, key: str) -> tuple[ProcessorUse, ...]:
        """Who uses ``key``: directly, or through a processor it is a sub-processor of."""
        parents = {p.key: p.parent for p in self.processors}
        found: list[ProcessorUse] = []
        node: str | None = key
        seen: set[str] = set()
        while node is not None and node not in seen:
            seen.add(node)
            found.extend(self.uses.get(node, ()))
            node = parents.get(node)
        return tuple(dict.fromkeys(found))


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
        self._processors: tuple[r.Processor, ...] | None = None  # the catalogue, until it changes
        self._label: history.Label | None = None  # what a composite command calls its change

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
        backups, file_backups, keep = None, None, backups_to_keep()
        if is_server_address(location):
            backups = SnapshotBackups(
                folder=server_backup_folder(os.fspath(location)), dump=interchange.dumps, keep=keep
            )
        else:
            path = Path(location)
            file_backups = BackupPlace(folder=file_backup_folder(path), keep=keep)
        store = open_store(
            location,
            create=create,
            password_prompt=password_prompt,
            backups=backups,
            file_backups=file_backups,
        )
        return cls(store)

    def reopen(self) -> Session:
        """Another session on the same workspace, with its own connections (a worker thread's):
        a server's password, when one was asked, is reused from memory, never asked again."""
        return Session(self.store.reopen())

    @property
    def location(self) -> str:
        return self.store.location

    @property
    def path(self) -> Path | None:
        return self.store.path

    def set_write_wait(self, seconds: float) -> None:
        """Wait at most ``seconds`` for another writer before a change is refused (the refusal says
        who holds the workspace). The window's own session waits briefly, on its UI thread; the
        CLI and the window's workers keep the backend's default (5 s on a file, 60 s on a server)."""
        self.store.write_wait = seconds

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

    def register_summaries(
        self,
        keys: Iterable[str] | None = None,
        *,
        controller: str | None = None,
        order: str = "controller",
        descending: bool = False,
        limit: int | None = None,
        controllers: Iterable[str] | None = None,
    ) -> list[RegisterSummary]:
        """One line per register (or per register in ``keys``, or of one controller), in controller
        order: light and quick (no SQLAlchemy). ``order``, ``descending`` and ``limit`` give just
        the first rows of another order (:data:`ropa.store.listing.ORDERS`); ``controllers`` keeps
        to those controllers' registers."""
        return listing.register_summaries(
            self.store,
            keys,
            controller=controller,
            order=order,
            descending=descending,
            limit=limit,
            controllers=controllers,
        )

    def controller_summaries(self) -> list[ControllerSummary]:
        """Every controller by name with its counts: light and quick."""
        return listing.controller_summaries(self.store)

    def snapshot(self, controller: str | None = None) -> r.Workspace:
        """The whole workspace, or one controller with the processors it uses, as records."""
        with self.store.reading() as query, collector_paused():
            return reader.read_workspace(query, controller)

    def transfer_rows(
        self, controller: str | None = None, on: date | None = None, *, register: str | None = None
    ) -> list[TransferRow]:
        """Every declared and derived flow of the workspace's (or one controller's) records on ``on``
        (today by default): what ``ropa transfers``, the Transfers view and the exports show.

        With ``register``, only that register's rows, from the register and the processor
        catalogue this session keeps (what the window shows beside a chosen register).
        """
        on = on or date.today()
        if register is None:
            return model_transfers.transfer_rows(self.snapshot(controller), on)
        with self.store.connect() as conn:
            found: r.Register = reader.load_one(conn, r.Register, register)
        owner = self.register_summaries([register])
        engaged = [link.processor for link in found.processors]
        known = model_transfers.ProcessorCatalogue(self.processors())
        flows = known.declared(found.transfers, engaged, on) + known.derived_transfers(engaged, on)
        return [
            model_transfers.TransferRow(
                controller=owner[0].controller_key if owner else "",
                kind=model_transfers.RecordKind.REGISTER,
                record=found.key,
                name=found.name,
                flow=flow,
            )
            for flow in flows
        ]

    def check(self, controller: str | None = None, on: date | None = None) -> list[Finding]:
        """Every finding of the compliance rules over the workspace (or one controller) on ``on``."""
        return checks.run_checks(self.snapshot(controller), on or date.today())

    def dashboard(self, controller: str | None = None, on: date | None = None) -> Dashboard:
        """What the window's dashboard shows of the workspace (or one controller) on ``on``."""
        from ropa.model.checks.summary import dashboard

        return dashboard(self.snapshot(controller), on or date.today(), controller=controller)

    def get(self, record: type[R], key: str) -> R:
        """One register, processor, controller or Art. 30(2) record by key."""
        with self.store.connect() as conn:
            found: R = reader.load_one(conn, record, key)
            return found

    def processors(self) -> tuple[r.Processor, ...]:
        """The whole processor catalogue (what an editor's processor picker offers).

        Kept between calls until this session changes a processor or imports: derived transfers
        of one edited register need it, and reading it again each time would cost more than the
        edit. :meth:`forget` drops it when another program may have changed the workspace.
        """
        if self._processors is None:
            with self.store.connect() as conn:
                self._processors = reader.load_processors(conn)
        return self._processors

    def forget(self) -> None:
        """Drop what this session keeps between calls (the workspace changed elsewhere)."""
        self._processors = None

    def register_facts(self, on: date, keys: Sequence[str] | None = None) -> dict[str, RegisterFacts]:
        """Legal bases, special categories and derived transfers of every register (or of ``keys``).

        Derived transfers are those on ``on``: each register's processors and their sub-processor
        chains are walked (:class:`ropa.model.transfers.ProcessorCatalogue`). Registers with no
        facts at all are left out.
        """
        codes = listing.register_codes(self.store, keys)
        links = _roots(listing.register_links(self.store, keys))
        known = model_transfers.ProcessorCatalogue(self.processors())
        facts: dict[str, RegisterFacts] = {}
        for key in {*codes, *links}:
            roots = links.get(key, [])
            derived = known.derived_transfers(roots, on)
            chains = model_processors.walk_chains(
                (root for root in roots if root in known.processors), known.children
            )
            bases, specials = codes.get(key, ((), ()))
            facts[key] = RegisterFacts(
                legal_bases=frozenset(bases),
                special_categories=frozenset(specials),
                derived_transfers=len(derived),
                derived_countries=tuple(dict.fromkeys(found.country for found in derived)),
                processors=frozenset(chain[-1] for chain in chains),
            )
        return facts

    def processor_overview(self, controller: str | None = None) -> ProcessorOverview:
        """The processor catalogue with the registers using each processor.

        With ``controller``: only the processors its registers use, with their sub-processor
        chains and their parents (as a one-controller export carries them), and only its uses.
        """
        summaries = {s.key: s for s in self.register_summaries(controller=controller)}
        processors = self.processors()
        uses: dict[str, list[ProcessorUse]] = {}
        for link in listing.register_links(self.store, controller=controller):
            summary = summaries[link.register]
            uses.setdefault(link.processor, []).append(
                ProcessorUse(
                    processor=link.processor,
                    register=link.register,
                    register_name=summary.name,
                    controller=summary.controller_key,
                    controller_name=summary.controller_name,
                    task=link.task,
                    agreement=link.agreement,
                    agreement_date=link.agreement_date,
                )
            )
        if controller is not None:
            children = model_processors.children_index({p.key: p.parent for p in processors})
            needed = {chain[-1] for chain in model_processors.walk_chains(sorted(uses), children)}
            by_key = {p.key: p for p in processors}
            for key in list(needed):
                parent = by_key[key].parent
                while parent and parent not in needed:
                    needed.add(parent)
                    parent = by_key[parent].parent
            processors = tuple(p for p in processors if p.key in needed)
        return ProcessorOverview(processors=processors, uses={k: tuple(v) for k, v in uses.items()})

    def processing_on_behalf(self, controller: str | None = None) -> list[tuple[str, r.ProcessingOnBehalf]]:
        """(controller key, record) of every Art. 30(2) record, or of one controller's, in order."""
        with self.store.connect() as conn:
            found = reader.load_controller_items(conn, "processing_on_behalf", controller)
        order = [c.key for c in self.controller_summaries()]
        return [(key, record) for key in order for record in found.get(key, ())]

    def get_versioned(self, record: type[R], key: str) -> Versioned[R]:
        """A record and its version, read together: what an editor opens and later saves with."""
        with self.store.connect() as conn:
            found: R = reader.load_one(conn, record, key)
            version = versions.current(conn, record, key)
        assert version is not None  # load_one found it in the same snapshot
        return Versioned(found, version)

    def version(self, record: type, key: str) -> int:
        """The stored version of a controller, register, processor or Art. 30(2) record."""
        with self.store.connect() as conn:
            found = versions.current(conn, record, key)
        if found is None:
            raise reader.UnknownRecordError(
                f"no {_noun(record)} with key {validate.shown(key)} in the workspace"
            )
        return found

    def copy_to(self, target: Path) -> None:
        """Save As: a consistent, owner-only copy of the whole workspace."""
        self.store.copy_to(target)

    def is_empty(self) -> bool:
        """True when the workspace holds no controller and no processor (one cheap query)."""
        rows = self.store.read(
            "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM controller LIMIT 1) c)"
            " + (SELECT COUNT(*) FROM (SELECT 1 FROM processor LIMIT 1) p)"
        )
        return not rows[0][0]

    def backup(self, reason: str = "manual") -> str:
        """Keep a consistent copy of the workspace in its backup folder now; return where it went."""
        return self.store.backup(reason)

    def backup_if_not_empty(self, reason: str) -> str | None:
        """A backup before a risky operation; an empty workspace has nothing to lose."""
        return None if self.is_empty() else self.store.backup(reason)

    # -- import and export --------------------------------------------------------------------

    def import_records(
        self,
        records: r.Workspace,
        *,
        replace: bool = False,
        progress: Progress | None = None,
        backup_reason: str | None = None,
        with_history: bool = False,
    ) -> SaveSummary:
        """Store a validated document in one transaction, after a backup of a workspace that is not
        empty (``before-import``, ``before-replace``, or ``backup_reason``).

        With ``progress``, a cancel stops the running statement (SQLite) or the commit and rolls
        everything back. ``with_history`` appends the change history the document carries (as
        ``ropa export --with-history`` wrote it) before the import's own entries, instead of
        keeping it as an extension.
        """
        carried: list[HistoryEntry] = []
        if with_history and records.extensions and history.EXTENSION in records.extensions:
            carried = history.from_extension(records.extensions[history.EXTENSION])
            rest = {k: v for k, v in records.extensions.items() if k != history.EXTENSION}
            records = dataclasses.replace(records, extensions=rest or None)
        cancelled = progress.cancelled if progress is not None else None
        self._processors = None
        self.backup_if_not_empty(backup_reason or ("before-replace" if replace else "before-import"))
        try:
            with self.store.begin(interrupt=cancelled) as conn, collector_paused():
                history.append_carried(conn, carried)
                logged = self._import_log(conn, records, replace)
                summary: SaveSummary = writer.save_workspace(conn, records, replace=replace)
                logged()
                if cancelled is not None and cancelled():
                    raise Cancelled()  # the last moment to say no: nothing is committed yet
        except RopaError:  # the interrupted statement, or anything else once Cancel was pressed
            if cancelled is not None and cancelled():
                raise Cancelled() from None
            raise
        return summary

    def _import_log(self, conn: Any, records: r.Workspace, replace: bool) -> Callable[[], None]:
        """What the history logs of an import, read before it is saved; call the result after."""
        user = self.user()
        if not replace:  # nothing is replaced: the new rows are those above today's highest ids
            mark = history.import_mark(conn)
            keys = [p.key for p in records.processors]
            return lambda: history.log_new_rows(conn, mark, keys, user=user)
        existing: dict[str, set[str]] = {}
        wanted = {
            r.Processor: [p.key for p in records.processors],
            r.Controller: [c.key for c in records.controllers],
            r.Register: [g.key for c in records.controllers for g in c.registers],
            r.ProcessingOnBehalf: [p.key for c in records.controllers for p in c.processing_on_behalf],
        }
        for kind, keys in wanted.items():
            existing[history.ENTITIES[kind]] = set(reader.ids_by_key(conn, kind, keys))
        kept = {*wanted[r.Register], *wanted[r.ProcessingOnBehalf]}
        dropped = [
            found
            for found in history.dropped_by_replace(conn, sorted(existing["controller"]))
            if found[1] not in kept
        ]
        return lambda: history.log_import(conn, records, user=user, existing=existing, dropped=dropped)

    def add_registers(self, records: r.Workspace) -> SaveSummary:
        """Store a validated document whose controllers may already be in the workspace: those get
        the document's registers appended (their own details are left as they are), the others
        are created whole. One transaction; a register key already in use refuses everything.
        (Drafts read from privacy notices come this way; processors are not part of it.)"""
        registers = 0
        controllers_added = 0
        self.backup_if_not_empty("before-import")
        with self.store.begin() as conn, collector_paused():
            ids = self._processor_ids(conn)
            existing = reader.ids_by_key(conn, r.Controller, [c.key for c in records.controllers])
            for controller in records.controllers:
                for register in controller.registers:
                    self._check(register, ids, conn, r.Register)
                if controller.key in existing:
                    owner = existing[controller.key]
                    at = places.count(conn, r.Register, owner)
                    items = [(reg, owner, at + i) for i, reg in enumerate(controller.registers)]
                    writer.insert_records(
                        conn, r.Register, schema.LISTS[reader.KEYED[r.Register]], items, ids
                    )
                else:
                    self._check(dataclasses.replace(controller, registers=()), ids, conn, r.Controller)
                    writer.insert_records(
                        conn,
                        r.Controller,
                        schema.LISTS[reader.KEYED[r.Controller]],
                        [(controller, None, 0)],
                        ids,
                    )
                    controllers_added += 1
                registers += len(controller.registers)
            history.log_import(
                conn,
                dataclasses.replace(
                    records,
                    processors=(),
                    controllers=tuple(
                        c if c.key not in existing else dataclasses.replace(c, processing_on_behalf=())
                        for c in records.controllers
                    ),
                ),
                user=self.user(),
                existing={},
                description="Add registers",
                kept=existing,
            )
        return writer.SaveSummary(controllers_added=controllers_added, registers=registers)

    def import_file(
        self,
        path: str | Path,
        *,
        replace: bool = False,
        progress: Progress | None = None,
        with_history: bool = False,
    ) -> SaveSummary:
        """Import an interchange file: all of it or nothing."""
        path = Path(path)
        step = _Steps(progress, 4)
        step("Reading the file")
        step("Parsing JSON")
        document = json_input.load_file(path, error=interchange.InterchangeError)
        step("Checking the records")
        records = interchange.read_document(document, str(path))
        step("Saving")
        return self.import_records(records, replace=replace, progress=progress, with_history=with_history)

    def import_demo(self, registers: int, seed: int = 0, *, progress: Progress | None = None) -> SaveSummary:
        """Fill the workspace with a synthetic demo record (:mod:`ropa.demo`), all or nothing."""
        from ropa.demo import build_demo

        step = _Steps(progress, 3)
        step("Building the demo record")
        document = build_demo(registers, seed)
        step("Checking the records")
        records = interchange.read_document(document, "demo")
        step("Saving")
        return self.import_records(records, progress=progress)

    def preview_import(self, records: r.Workspace, *, replace: bool = False) -> ImportPreview:
        """What ``import_records(records, replace=replace)`` would add, change and remove (or refuse)."""
        from ropa.io.excel.preview import preview

        return preview(self.snapshot(), records, replace=replace)

    def export_json(
        self,
        path: str | Path,
        *,
        controller: str | None = None,
        progress: Progress | None = None,
        private: bool = True,
        with_history: bool = False,
    ) -> r.Workspace:
        """Write the workspace (or one controller's part) to ``path``, whole or not at all, owner-only
        unless ``private`` is false.

        ``with_history`` carries the change history (of that controller and the processors the
        file holds) in the document's top-level ``extensions`` (:data:`ropa.app.history.EXTENSION`).
        """
        step = _Steps(progress, 3)
        step("Reading the workspace")
        snapshot = self.snapshot(controller)
        if with_history:
            snapshot = self._with_history(snapshot, controller)
        step("Writing JSON")
        content = interchange.dumps(snapshot)
        step("Saving the file")
        write_file(Path(path), content, private=private)
        return snapshot

    def _with_history(self, snapshot: r.Workspace, controller: str | None) -> r.Workspace:
        entries = self.history(states=True)
        if controller is not None:
            processors = {p.key for p in snapshot.processors}
            entries = [
                e
                for e in entries
                if e.controller == controller
                or (e.entity == "controller" and e.key == controller)
                or (e.entity == "processor" and e.key in processors)
            ]
        carried = {**(snapshot.extensions or {}), history.EXTENSION: history.to_extension(entries)}
        return dataclasses.replace(snapshot, extensions=carried)

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
            writer.insert_records(
                conn, r.Register, schema.LISTS[reader.KEYED[r.Register]], [(register, controller_id, at)], ids
            )
            return self._logged(
                conn,
                Change(
                    description=f"Create register {register.name or register.key}",
                    action="create",
                    record=r.Register,
                    new=register,
                    controller=controller,
                    version=FIRST_VERSION,
                ),
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
            return self._logged(
                conn,
                Change(
                    description=f"Edit register {register.name or register.key}",
                    action="update",
                    record=r.Register,
                    old=old,
                    new=register,
                    controller=controller,
                    old_controller=controller,
                    version=version,
                ),
            )

    @_remembered
    def delete_register(self, key: str, *, expected_version: int | None = None) -> Change:
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.Register, key, expected_version)
            old: r.Register = reader.load_one(conn, r.Register, key)
            controller, position, controller_id = places.placement(conn, r.Register, row_id)
            places.remove(conn, r.Register, row_id)
            places.shift(conn, r.Register, controller_id, position + 1, -1)
            return self._logged(
                conn,
                Change(
                    description=f"Delete register {old.name or old.key}",
                    action="delete",
                    record=r.Register,
                    old=old,
                    old_controller=controller,
                    position=position,
                ),
            )

    def duplicate_register(self, key: str, new_key: str | None = None) -> Change:
        """A copy of register ``key`` right after it, under a new key ("<key>-copy", "-copy-2"...)."""
        original = self.get(r.Register, key)
        with self.store.connect() as conn:
            taken = writer.key_ids(conn, schema.LISTS[reader.KEYED[r.Register]].table)
            controller, position, _ = places.placement(conn, r.Register, self._id(conn, r.Register, key))
        candidate, n = new_key or f"{key}-copy", 2
        while new_key is None and candidate in taken:
            candidate, n = f"{key}-copy-{n}", n + 1
        copy = dataclasses.replace(original, key=candidate)
        description = f"Duplicate register {original.name or key}"
        with self._labelled(description, "duplicate"):
            change = self.create_register(controller, copy, position=position + 1)
        return dataclasses.replace(change, description=description, action="duplicate")

    def retire_register(self, key: str, *, expected_version: int | None = None) -> Change:
        """Mark a register retired (its processing has ended); the record is kept."""
        register = self.get(r.Register, key)
        changed = dataclasses.replace(register, status="retired")
        description = f"Retire register {register.name or key}"
        with self._labelled(description, "retire"):
            change = self.update_register(key, changed, expected_version=expected_version)
        return dataclasses.replace(change, description=description, action="retire")

    @_remembered
    def move_register(self, key: str, controller: str, *, expected_version: int | None = None) -> Change:
        """Move register ``key`` to the end of another controller's registers."""
        with self.store.begin() as conn:
            row_id, version = versions.claim(conn, r.Register, key, expected_version)
            register: r.Register = reader.load_one(conn, r.Register, key)
            before, position, old_controller_id = places.placement(conn, r.Register, row_id)
            target_id = self._id(conn, r.Controller, controller)
            places.put(conn, r.Register, row_id, target_id, places.count(conn, r.Register, target_id))
            places.shift(conn, r.Register, old_controller_id, position + 1, -1)
            return self._logged(
                conn,
                Change(
                    description=f"Move register {register.name or key}",
                    action="move",
                    record=r.Register,
                    old=register,
                    new=register,
                    controller=controller,
                    old_controller=before,
                    position=position,
                    version=version,
                ),
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
            writer.insert_records(
                conn, r.Controller, schema.LISTS[reader.KEYED[r.Controller]], [(controller, None, 0)], ids
            )
            return self._logged(
                conn,
                Change(
                    description=f"Create controller {controller.name or controller.key}",
                    action="create",
                    record=r.Controller,
                    new=controller,
                    version=FIRST_VERSION,
                ),
            )

    @_remembered
    def update_controller(
        self, key: str, controller: r.Controller, *, expected_version: int | None = None
    ) -> Change:
        """Change a controller's own details (contacts, DPO, representative...); its registers stay."""
        with self.store.begin() as conn:
            row_id, version = versions.claim(conn, r.Controller, key, expected_version)
            old: r.Controller = reader.load_one(conn, r.Controller, key)
            details = dataclasses.replace(controller, registers=(), processing_on_behalf=())
            self._check(details, self._processor_ids(conn), conn, r.Controller, allow=key)
            writer.update_record(
                conn, r.Controller, schema.ROOTS[r.Controller], row_id, details, {}, lists=False
            )
            new = dataclasses.replace(
                controller, registers=old.registers, processing_on_behalf=old.processing_on_behalf
            )
            return self._logged(
                conn,
                Change(
                    description=f"Edit controller {controller.name or controller.key}",
                    action="update",
                    record=r.Controller,
                    old=old,
                    new=new,
                    version=version,
                ),
            )

    def rename_controller(self, key: str, name: str, *, expected_version: int | None = None) -> Change:
        """Give a controller a new name; nothing else changes."""
        old = self.get(r.Controller, key)
        if not name.strip():
            problem = validate.Problem(("name",), "a name is needed")
            raise CommandError("controller", key, [problem], r.Controller)
        changed = dataclasses.replace(old, name=name.strip())
        description = f"Rename controller {old.name or key}"
        with self._labelled(description, "rename"):
            change = self.update_controller(key, changed, expected_version=expected_version)
        return dataclasses.replace(change, description=description, action="rename")

    @_remembered
    def delete_controller(self, key: str, *, expected_version: int | None = None) -> Change:
        """Delete a controller with its registers and Art. 30(2) records."""
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.Controller, key, expected_version)
            old: r.Controller = reader.load_one(conn, r.Controller, key)
            places.remove(conn, r.Controller, row_id)
            return self._logged(
                conn,
                Change(
                    description=f"Delete controller {old.name or key}",
                    action="delete",
                    record=r.Controller,
                    old=old,
                ),
            )

    # -- processors ---------------------------------------------------------------------------

    @_remembered
    def create_processor(self, processor: r.Processor) -> Change:
        self._processors = None
        with self.store.begin() as conn:
            ids = self._processor_ids(conn)
            self._check(processor, {*ids, processor.key}, conn, r.Processor)
            (new_id,) = writer.insert_records(
                conn,
                r.Processor,
                schema.LISTS[reader.KEYED[r.Processor]],
                [(dataclasses.replace(processor, parent=None), None, 0)],
                ids,
            )
            if processor.parent:
                places.set_parent(conn, new_id, ids[processor.parent])
            return self._logged(
                conn,
                Change(
                    description=f"Create processor {processor.name or processor.key}",
                    action="create",
                    record=r.Processor,
                    new=processor,
                    version=FIRST_VERSION,
                ),
            )

    def add_subprocessor(self, parent: str, processor: r.Processor) -> Change:
        """A new processor engaged by ``parent`` (a sub-processor, at any depth)."""
        description = f"Add sub-processor {processor.name or processor.key}"
        with self._labelled(description, "add-subprocessor"):
            change = self.create_processor(dataclasses.replace(processor, parent=parent))
        return dataclasses.replace(change, description=description, action="add-subprocessor")

    @_remembered
    def update_processor(
        self, key: str, processor: r.Processor, *, expected_version: int | None = None
    ) -> Change:
        """Change a processor (its parent included: a chain that would loop is refused)."""
        self._processors = None
        with self.store.begin() as conn:
            _, version = versions.claim(conn, r.Processor, key, expected_version)
            old: r.Processor = reader.load_one(conn, r.Processor, key)
            ids = self._processor_ids(conn)
            self._check(processor, (set(ids) - {key}) | {processor.key}, conn, r.Processor, allow=key)
            ids[processor.key] = ids[key]
            parents = {k: v for k, v in places.parents(conn).items() if k != key}
            parents[processor.key] = processor.parent
            cycle = model_processors.find_cycle(parents)
            if cycle:
                problem = validate.Problem(("parent",), "processor chain loops: " + " -> ".join(cycle))
                raise CommandError("processor", key, [problem], r.Processor)
            writer.update_record(conn, r.Processor, schema.ROOTS[r.Processor], ids[key], processor, ids)
            writer.check_no_processor_cycle(conn)
            return self._logged(
                conn,
                Change(
                    description=f"Edit processor {processor.name or processor.key}",
                    action="update",
                    record=r.Processor,
                    old=old,
                    new=processor,
                    version=version,
                ),
            )

    @_remembered
    def delete_processor(self, key: str, *, expected_version: int | None = None) -> Change:
        """Delete a processor no register, record, transfer or sub-processor refers to."""
        self._processors = None
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.Processor, key, expected_version)
            old: r.Processor = reader.load_one(conn, r.Processor, key)
            used = places.processor_user(conn, row_id)
            if used:
                problem = validate.Problem((), f"still used by {used}; remove those first")
                raise CommandError("processor", key, [problem], r.Processor)
            places.remove(conn, r.Processor, row_id)
            return self._logged(
                conn,
                Change(
                    description=f"Delete processor {old.name or key}",
                    action="delete",
                    record=r.Processor,
                    old=old,
                ),
            )

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
            writer.insert_records(
                conn,
                r.ProcessingOnBehalf,
                schema.LISTS[reader.KEYED[r.ProcessingOnBehalf]],
                [(record, controller_id, at)],
                ids,
            )
            return self._logged(
                conn,
                Change(
                    description="Create processing on behalf",
                    action="create",
                    record=r.ProcessingOnBehalf,
                    new=record,
                    controller=controller,
                    version=FIRST_VERSION,
                ),
            )

    @_remembered
    def update_processing_on_behalf(
        self, key: str, record: r.ProcessingOnBehalf, *, expected_version: int | None = None
    ) -> Change:
        with self.store.begin() as conn:
            old, _, version = self._update_keyed(conn, r.ProcessingOnBehalf, key, record, expected_version)
            return self._logged(
                conn,
                Change(
                    description="Edit processing on behalf",
                    action="update",
                    record=r.ProcessingOnBehalf,
                    old=old,
                    new=record,
                    version=version,
                ),
            )

    @_remembered
    def delete_processing_on_behalf(self, key: str, *, expected_version: int | None = None) -> Change:
        with self.store.begin() as conn:
            row_id, _ = versions.claim(conn, r.ProcessingOnBehalf, key, expected_version)
            old: r.ProcessingOnBehalf = reader.load_one(conn, r.ProcessingOnBehalf, key)
            controller, position, controller_id = places.placement(conn, r.ProcessingOnBehalf, row_id)
            places.remove(conn, r.ProcessingOnBehalf, row_id)
            places.shift(conn, r.ProcessingOnBehalf, controller_id, position + 1, -1)
            return self._logged(
                conn,
                Change(
                    description="Delete processing on behalf",
                    action="delete",
                    record=r.ProcessingOnBehalf,
                    old=old,
                    old_controller=controller,
                    position=position,
                ),
            )

    # -- parts of a register: declared transfers and processor links --------------------------

    # Each reads the register and writes it back changed, naming the version it read: a change
    # someone else made in between is never overwritten (ConflictError). ``expected_version`` is
    # the version the caller's view of the register had, checked too.

    def add_transfer(
        self, register: str, transfer: r.Transfer, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register,
            "transfers",
            lambda items: (*items, transfer),
            "Add transfer",
            expected_version,
            "add-transfer",
        )

    def update_transfer(
        self, register: str, index: int, transfer: r.Transfer, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register,
            "transfers",
            _replaced(index, transfer),
            "Edit transfer",
            expected_version,
            "edit-transfer",
        )

    def remove_transfer(self, register: str, index: int, *, expected_version: int | None = None) -> Change:
        return self._edit_list(
            register, "transfers", _removed(index), "Remove transfer", expected_version, "remove-transfer"
        )

    def link_processor(
        self, register: str, link: r.ProcessorLink, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register, "processors", lambda items: (*items, link), "Link processor", expected_version, "link"
        )

    def update_processor_link(
        self, register: str, index: int, link: r.ProcessorLink, *, expected_version: int | None = None
    ) -> Change:
        return self._edit_list(
            register,
            "processors",
            _replaced(index, link),
            "Edit processor link",
            expected_version,
            "edit-link",
        )

    def unlink_processor(self, register: str, index: int, *, expected_version: int | None = None) -> Change:
        return self._edit_list(
            register, "processors", _removed(index), "Unlink processor", expected_version, "unlink"
        )

    def _edit_list(
        self,
        key: str,
        name: str,
        edit: Callable[[tuple[Any, ...]], tuple[Any, ...]],
        what: str,
        expected_version: int | None,
        action: str,
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
            problem = validate.Problem((name,), "no such item")
            raise CommandError("register", key, [problem], r.Register) from None
        description = f"{what}: {register.name or key}"
        with self._labelled(description, action):
            change = self.update_register(key, changed, expected_version=loaded.version)
        return dataclasses.replace(change, description=description, action=action)

    # -- change history -----------------------------------------------------------------------

    def history(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        controller: str | None = None,
        states: bool = False,
    ) -> list[HistoryEntry]:
        """The changes logged with ``since <= at < until`` (UTC; either may be open), oldest first.

        ``controller`` keeps those of that controller, its registers and Art. 30(2) records;
        ``states`` also reads each record before and after the change.
        """
        with self.store.connect() as conn:
            return history.changes(conn, since=since, until=until, controller=controller, states=states)

    def record_history(self, record: type, key: str) -> list[HistoryEntry]:
        """Every logged change of one register, controller, processor or Art. 30(2) record."""
        with self.store.connect() as conn:
            return history.record_history(conn, record, key)

    def restore(self, record: type, key: str, entry: int, *, expected_version: int | None = None) -> Change:
        """Put record ``key`` back as history entry ``entry`` left it: an ordinary, logged update."""
        entries = self.record_history(record, key)
        chosen = next((e for e in entries if e.id == entry), None)
        current: Any
        try:
            current = self.get(record, key)
        except reader.UnknownRecordError:
            current = None
        value = None if chosen is None or current is None else history.state_at(entries, entry, current)
        if chosen is None or value is None:
            problem = validate.Problem((), "that version cannot be restored from the history")
            raise CommandError(_noun(record), key, [problem], record)
        restored = history.rebuild(record, value, current)
        name = getattr(current, "name", "") or key
        description = f"Restore {_noun(record)} {name} to its version of {chosen.at:%Y-%m-%d %H:%M} UTC"
        updates: dict[type, Callable[..., Change]] = {
            r.Register: self.update_register,
            r.Controller: self.update_controller,
            r.Processor: self.update_processor,
            r.ProcessingOnBehalf: self.update_processing_on_behalf,
        }
        update = updates[record]
        with self._labelled(description, "restore"):
            change = update(key, restored, expected_version=expected_version)
        return dataclasses.replace(change, description=description, action="restore")

    # -- undo ---------------------------------------------------------------------------------

    def revert(self, change: Change, *, action: str = "undo") -> Change:
        """Undo ``change``; the returned change redoes it when reverted in turn.

        Refused with :class:`ConflictError` when someone else changed (or deleted) the record
        since this session last wrote it: undo never overwrites another person's work. The
        history logs it as ``action`` ("undo", or "redo" when the window redoes).
        """
        with self._labelled(f"{action.capitalize()}: {change.description}", action):
            return self._revert(change)

    def _revert(self, change: Change) -> Change:
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
        problems = validate.validate_record(record, processors=processors)
        if record.key and record.key != allow and record.key in reader.ids_by_key(conn, kind, [record.key]):
            problems.append(
                validate.Problem(
                    ("key",), f"{_noun(kind)} {validate.shown(record.key)} is already in the workspace"
                )
            )
        if problems:
            raise CommandError(_noun(kind), allow or record.key, problems, kind)

    def _id(self, conn: Any, kind: type, key: str) -> int:
        found = reader.ids_by_key(conn, kind, [key])
        if key not in found:
            raise reader.UnknownRecordError(
                f"no {_noun(kind)} with key {validate.shown(key)} in the workspace"
            )
        return found[key]

    def _processor_ids(self, conn: Any) -> dict[str, int]:
        """Key -> id of every processor: the keys references may name, the ids rows store."""
        return writer.key_ids(conn, schema.ROOTS[r.Processor])

    def _update_keyed(
        self, conn: Any, kind: type, key: str, record: Any, expected_version: int | None
    ) -> tuple[Any, int, int]:
        """Validate and write ``record`` over the register or Art. 30(2) record ``key``.

        Returns the old record, the row id and the new version.
        """
        row_id, version = versions.claim(conn, kind, key, expected_version)
        old = reader.load_one(conn, kind, key)
        ids = self._processor_ids(conn)
        self._check(record, ids, conn, kind, allow=key)
        writer.update_record(conn, kind, schema.LISTS[reader.KEYED[kind]].table, row_id, record, ids)
        return old, row_id, version

    def _logged(self, conn: Any, change: Change) -> Change:
        """Append ``change`` to the change history, in the transaction that made it."""
        if change.record in (r.Register, r.ProcessingOnBehalf) and not (
            change.controller or change.old_controller
        ):
            row_id = self._id(conn, change.record, change.key)
            owner = places.placement(conn, change.record, row_id)[0]
            change = dataclasses.replace(change, controller=owner, old_controller=owner)
        history.log_change(conn, change, user=self.user(), label=self._label)
        return change

    @contextlib.contextmanager
    def _labelled(self, description: str, action: str) -> Iterator[None]:
        """Log the change made inside as ``description`` / ``action`` (the outermost label wins)."""
        if self._label is not None:
            yield
            return
        self._label = history.Label(description, action)
        try:
            yield
        finally:
            self._label = None

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
    noun: str = catalogue.entity(kind).noun
    return noun


class _Steps:
    """Counts the steps of a long operation for its :class:`Progress`, and stops it on Cancel."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress, self._total, self._done = progress, total, 0

    def __call__(self, text: str) -> None:
        if self._progress is None:
            return
        if self._progress.cancelled():
            raise Cancelled()
        self._progress.step(text, self._done, self._total)
        self._done += 1


def _roots(links: Iterable[listing.LinkSummary]) -> dict[str, list[str]]:
    """Register key -> the processors it engages, each once, in the register's order."""
    roots: dict[str, list[str]] = {}
    for link in links:
        engaged = roots.setdefault(link.register, [])
        if link.processor not in engaged:
            engaged.append(link.processor)
    return roots


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
