"""What an import would do to a workspace, shown before anything is stored.

It follows the storage rules of ``Session.import_records``: without replacing, any key the
workspace already has makes the import refuse (a *conflict*); when replacing, processors with a
known key are updated in place (never removed: other controllers may use them) and each
controller in the document is replaced whole, so its registers and Art. 30(2) records that the
document no longer has are removed. Records are compared as values, so unchanged ones are not
reported as changed. A register (or Art. 30(2) record) the document files under another
controller than the workspace does, when the workspace's controller is not in the document, is
taken from there: it is listed as changed and as *moved*, as the import itself reports it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ropa.model import records as r
from ropa.model.catalogue import entity

SHOWN = 12  # items listed per kind of change in the text form


@dataclass(frozen=True, slots=True)
class Item:
    """One processor, controller, register or Art. 30(2) record the import touches."""

    noun: str
    key: str
    name: str
    controller: str = ""
    moved_from: str = ""  # the controller a replacing import takes it from

    def __str__(self) -> str:
        if self.moved_from:
            where = f" (from controller '{self.moved_from}' to '{self.controller}')"
        else:
            where = f" ({self.controller})" if self.controller else ""
        return f"{self.noun} '{self.key}' {self.name}{where}".rstrip()


@dataclass(frozen=True)
class ImportPreview:
    added: tuple[Item, ...] = field(default=())
    changed: tuple[Item, ...] = field(default=())
    removed: tuple[Item, ...] = field(default=())
    conflicts: tuple[Item, ...] = field(default=())  # without replacing, these refuse the import
    unchanged: int = 0
    moved: tuple[Item, ...] = field(default=())  # changed ones taken from a controller not in the file

    @property
    def refused(self) -> bool:
        return bool(self.conflicts)

    def __str__(self) -> str:
        lines = [
            f"would add {_count(self.added)}; change {_count(self.changed)}; remove {_count(self.removed)}; "
            f"leave {self.unchanged} unchanged"
        ]
        if self.conflicts:
            lines[0] = (
                f"would be refused: {len(self.conflicts)} keys are already in the workspace (use --replace)"
            )
        for title, items in (
            ("conflict", self.conflicts),
            ("add", self.added),
            ("change", self.changed),
            ("remove", self.removed),
            ("move", self.moved),
        ):
            lines.extend(f"  {title}: {item}" for item in items[:SHOWN])
            if len(items) > SHOWN:
                lines.append(f"  {title}: … and {len(items) - SHOWN} more")
        return "\n".join(lines)


def _count(items: tuple[Item, ...]) -> str:
    if not items:
        return "nothing"
    nouns: dict[str, int] = {}
    for item in items:
        nouns[item.noun] = nouns.get(item.noun, 0) + 1
    return ", ".join(f"{n} {noun}{'s' if n != 1 else ''}" for noun, n in nouns.items())


def _item(record: Any, controller: str = "") -> Item:
    name = getattr(record, "name", "") or (
        record.client.name if isinstance(record, r.ProcessingOnBehalf) else ""
    )
    return Item(entity(type(record)).noun, record.key, name, controller)


def _details(controller: r.Controller) -> r.Controller:
    return dataclasses.replace(controller, registers=(), processing_on_behalf=())


def preview(current: r.Workspace, incoming: r.Workspace, *, replace: bool = True) -> ImportPreview:
    """Compare ``incoming`` (validated records) with the workspace ``current`` as it is now."""
    added: list[Item] = []
    changed: list[Item] = []
    removed: list[Item] = []
    conflicts: list[Item] = []
    moves: list[Item] = []
    unchanged = 0

    def compare(old: Any, new: Any, controller: str = "", *, same: bool | None = None) -> None:
        nonlocal unchanged
        if old is None:
            added.append(_item(new, controller))
        elif not replace:
            conflicts.append(_item(new, controller))
        elif (old == new) if same is None else same:
            unchanged += 1
        else:
            changed.append(_item(new, controller))

    processors = {p.key: p for p in current.processors}
    for processor in incoming.processors:
        compare(processors.get(processor.key), processor)
    controllers = {c.key: c for c in current.controllers}
    registers = {g.key: (c.key, g) for c in current.controllers for g in c.registers}
    on_behalf = {p.key: (c.key, p) for c in current.controllers for p in c.processing_on_behalf}
    named = {c.key for c in incoming.controllers}
    for controller in incoming.controllers:
        old = controllers.get(controller.key)
        compare(old, controller, same=old is not None and _details(old) == _details(controller))
        for kind, mine, theirs in (
            ("registers", controller.registers, registers),
            ("processing_on_behalf", controller.processing_on_behalf, on_behalf),
        ):
            keys = {record.key for record in mine}
            for record in mine:
                owner, before = theirs.get(record.key, (None, None))
                moved = owner is not None and owner != controller.key
                compare(before, record, controller.key, same=before == record and not moved)
                if owner is not None and moved and replace and owner not in named:
                    moves.append(dataclasses.replace(_item(record, controller.key), moved_from=owner))
            if old is not None and replace:
                removed.extend(
                    _item(record, controller.key) for record in getattr(old, kind) if record.key not in keys
                )
    return ImportPreview(
        tuple(added),
        tuple(changed),
        tuple(removed),
        tuple(conflicts),
        unchanged,
        tuple(sorted(moves, key=str)),
    )
