"""From drafts to one interchange document, and into the workspace in one transaction.

:func:`plan_import` decides where each draft goes (the controller matched, the one chosen with
``--controller``, or a new controller shared by the drafts of one organisation) and gives every
register a new key. :func:`ImportPlan.document` is the interchange document of the result (what
``--dry-run`` prints); :func:`import_plan` validates it with the one reader and stores it through
:meth:`ropa.app.Session.add_registers`: all drafts or none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ropa.errors import RopaError
from ropa.io.interchange import read_document, write_document
from ropa.io.notice_import.draft import EXTENSION, NoticeDraft
from ropa.io.notice_import.match import ControllerMatch, match_controller, normalise_name, slug
from ropa.model import records as r

if TYPE_CHECKING:
    from ropa.app import Session
    from ropa.store.writer import SaveSummary


@dataclass(frozen=True)
class Placement:
    """One draft, where it goes and under which key."""

    draft: NoticeDraft
    match: ControllerMatch
    register_key: str

    def register(self) -> r.Register:
        register = dataclasses.replace(self.draft.register, key=self.register_key)
        if not self.match.is_new:  # the notice's own contact block is kept beside the draft
            extensions = dict(register.extensions or {})
            notes = dict(extensions.get(EXTENSION, {}))
            notes["controller_as_read"] = _controller_json(self.draft.controller)
            extensions[EXTENSION] = notes
            register = dataclasses.replace(register, extensions=extensions)
        return register


@dataclass(frozen=True)
class ImportPlan:
    placements: tuple[Placement, ...]
    existing: tuple[r.Controller, ...]  # the workspace's controllers the drafts go to (details only)

    def workspace(self) -> r.Workspace:
        """The drafts as records: new controllers whole, existing ones with only the new registers."""
        controllers: dict[str, r.Controller] = {}
        registers: dict[str, list[r.Register]] = {}
        for placement in self.placements:
            key = placement.match.key
            if key not in controllers:
                found = next((c for c in self.existing if c.key == key), None)
                base = found or dataclasses.replace(placement.draft.controller, key=key)
                controllers[key] = base
            registers.setdefault(key, []).append(placement.register())
        return r.Workspace(
            controllers=tuple(
                dataclasses.replace(c, registers=tuple(registers[k]), processing_on_behalf=())
                for k, c in controllers.items()
            )
        )

    def document(self) -> dict[str, Any]:
        """The interchange document of the drafts, validated by the one reader."""
        document = write_document(self.workspace())
        read_document(document, "notice drafts")
        return document


def plan_import(
    drafts: Sequence[NoticeDraft], workspace: r.Workspace, *, controller: str | None = None
) -> ImportPlan:
    """Place each draft: under ``controller`` when given, else the controller its notice names
    (business ID, name, email), else a new controller shared by the notices of one organisation."""
    existing = {c.key: c for c in workspace.controllers}
    if controller is not None and controller not in existing:
        raise RopaError(f"--controller: no controller with key '{controller}' in the workspace")
    taken_registers = {reg.key for c in workspace.controllers for reg in c.registers}
    taken_controllers = set(existing)
    new_by_identity: dict[str, ControllerMatch] = {}
    placements: list[Placement] = []
    for draft in drafts:
        if controller is not None:
            match = ControllerMatch("chosen", controller, existing[controller].name)
        else:
            found = match_controller(draft.controller, list(existing.values()))
            if found is None:
                identity = (
                    draft.controller.business_id or normalise_name(draft.controller.name) or draft.source
                )
                found = new_by_identity.get(identity)
                if found is None:
                    key = slug(draft.controller.name or "controller", taken_controllers)
                    taken_controllers.add(key)
                    found = new_by_identity[identity] = ControllerMatch("new", key, draft.controller.name)
            match = found
        key = slug(f"{match.key}-{draft.register.name or 'register'}", taken_registers)
        taken_registers.add(key)
        placements.append(Placement(draft, match, key))
    used = {p.match.key for p in placements if not p.match.is_new}
    return ImportPlan(tuple(placements), tuple(c for k, c in existing.items() if k in used))


def import_plan(session: Session, plan: ImportPlan) -> SaveSummary:
    """Store every draft in one transaction (nothing is stored when any one fails)."""
    records = read_document(plan.document(), "notice drafts")
    return session.add_registers(records)


def _controller_json(controller: r.Controller) -> dict[str, Any]:
    document = write_document(r.Workspace(controllers=(controller,)))
    found: dict[str, Any] = document["controllers"][0]
    return {
        k: v
        for k, v in found.items()
        if k not in ("key", "registers", "processing_on_behalf") and v not in ("", None, [], {})
    }
