"""Write records into a workspace: the one transactional loader every importer ends in.

Rows are inserted with set-based ``executemany`` and ids assigned here, so that 10,000 registers
load in seconds. A document's keys must be new to the workspace unless ``replace`` is given:
then processors with the same key are updated in place (other controllers may use them) and
controllers, registers and processing-on-behalf records with the same key are replaced whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, delete, func, insert, select, text, update

from ropa.errors import RopaError
from ropa.model import records as r
from ropa.model import tables as t

ROOT_EXTENSIONS = "extensions"
T = TypeVar("T")


class KeyConflictError(RopaError):
    """The document's keys are already in the workspace and replacing was not asked for."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        more = len(self.problems) - 1
        super().__init__(self.problems[0] + (f" (and {more} more)" if more else ""))


class ProcessorCycleError(RopaError):
    """Saving would make a processor its own (indirect) sub-processor."""


@dataclass(frozen=True)
class SaveSummary:
    processors_added: int = 0
    processors_replaced: int = 0
    controllers_added: int = 0
    controllers_replaced: int = 0
    registers: int = 0
    processing_on_behalf: int = 0

    def __str__(self) -> str:
        return (
            f"{self.controllers_added + self.controllers_replaced} controllers "
            f"({self.controllers_replaced} replaced), {self.registers} registers, "
            f"{self.processing_on_behalf} processing-on-behalf records, "
            f"{self.processors_added + self.processors_replaced} processors "
            f"({self.processors_replaced} replaced)"
        )


def _extensions(**parts: r.Extensions) -> dict[str, Any] | None:
    """Pack the ``extensions`` of a row's object and its embedded objects, keyed by their path."""
    packed = {path: value for path, value in parts.items() if value is not None}
    return packed or None


def _existing(conn: Connection, model: type) -> dict[str, int]:
    table = t.table_of(model)
    return {key: id_ for key, id_ in conn.execute(select(table.c.key, table.c.id))}


def _next_id(conn: Connection, model: type) -> int:
    return (conn.execute(select(func.max(t.table_of(model).c.id))).scalar() or 0) + 1


class _Ids:
    """Hands out fresh ids per table, starting after the largest id in the workspace."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.next: dict[type, int] = {}

    def __call__(self, model: type) -> int:
        if model not in self.next:
            self.next[model] = _next_id(self.conn, model)
        value = self.next[model]
        self.next[model] = value + 1
        return value


def find_conflicts(conn: Connection, ws: r.Workspace, processor_ids: dict[str, int]) -> list[str]:
    """Describe each key of ``ws`` the workspace already holds, with its path in the document.

    ``processor_ids`` are the workspace's processor keys, which the caller has read already.
    """
    have = {
        "processor": processor_ids,
        "controller": _existing(conn, t.ControllerRow),
        "register": _existing(conn, t.RegisterRow),
        "processing-on-behalf": _existing(conn, t.ProcessingOnBehalfRow),
    }
    found: list[str] = []

    def check(kind: str, key: str, path: str) -> None:
        if key in have[kind]:
            found.append(f"{path}.key: {kind} '{key}' is already in the workspace")

    for i, p in enumerate(ws.processors):
        check("processor", p.key, f"processors[{i}]")
    for ci, c in enumerate(ws.controllers):
        check("controller", c.key, f"controllers[{ci}]")
        for ri, g in enumerate(c.registers):
            check("register", g.key, f"controllers[{ci}].registers[{ri}]")
        for pi, pob in enumerate(c.processing_on_behalf):
            check("processing-on-behalf", pob.key, f"controllers[{ci}].processing_on_behalf[{pi}]")
    return found


def save_workspace(conn: Connection, ws: r.Workspace, *, replace: bool = False) -> SaveSummary:
    """Store ``ws`` (validated records) on ``conn``, inside the caller's transaction."""
    processor_ids = _existing(conn, t.ProcessorRow)
    if not replace:
        conflicts = find_conflicts(conn, ws, processor_ids)
        if conflicts:
            raise KeyConflictError(conflicts)
    _save_root_extensions(conn, ws.extensions, replace)
    ids = _Ids(conn)
    replaced_processors = _save_processors(conn, ws.processors, ids, processor_ids)
    replaced_controllers = _drop_replaced(conn, ws.controllers)
    rows = _Rows()
    for position, controller in enumerate(ws.controllers):
        rows.controller(controller, position, ids, processor_ids)
    rows.insert(conn)
    check_no_processor_cycle(conn)
    return SaveSummary(
        processors_added=len(ws.processors) - replaced_processors,
        processors_replaced=replaced_processors,
        controllers_added=len(ws.controllers) - replaced_controllers,
        controllers_replaced=replaced_controllers,
        registers=sum(len(c.registers) for c in ws.controllers),
        processing_on_behalf=sum(len(c.processing_on_behalf) for c in ws.controllers),
    )


def _save_root_extensions(conn: Connection, extensions: r.Extensions, replace: bool) -> None:
    if extensions is None:
        return
    table = t.table_of(t.WorkspaceMetaRow)
    current = conn.execute(select(table.c.value).where(table.c.name == ROOT_EXTENSIONS)).scalar()
    if current == extensions:
        return
    if current is not None and not replace:
        raise KeyConflictError(["extensions: the workspace already holds other top-level extensions"])
    conn.execute(delete(table).where(table.c.name == ROOT_EXTENSIONS))
    conn.execute(insert(table).values(name=ROOT_EXTENSIONS, value=extensions))


def _processor_values(p: r.Processor) -> dict[str, Any]:
    return {
        "key": p.key,
        "name": p.name,
        "business_id": p.business_id,
        "country": p.country,
        "address": p.address,
        "email": p.email,
        "phone": p.phone,
        "website": p.website,
        "dpo_name": p.dpo.name,
        "dpo_email": p.dpo.email,
        "dpo_phone": p.dpo.phone,
        "services": p.services,
        "transfer_mechanism": p.transfer_mechanism,
        "scc_module": p.scc_module,
        "safeguards": p.safeguards,
        "notes": p.notes,
        "extensions": _extensions(**{"": p.extensions, "dpo": p.dpo.extensions}),
    }


def _save_processors(
    conn: Connection, processors: Sequence[r.Processor], ids: _Ids, key_to_id: dict[str, int]
) -> int:
    """Insert new processors and update those whose key exists; return the update count.

    ``key_to_id`` holds the workspace's processors and gains an id for each new one.
    """
    table, countries = t.table_of(t.ProcessorRow), t.table_of(t.ProcessorCountryRow)
    replaced = [p for p in processors if p.key in key_to_id]
    new = [p for p in processors if p.key not in key_to_id]
    for p in new:
        key_to_id[p.key] = ids(t.ProcessorRow)
    if replaced:
        replaced_ids = [key_to_id[p.key] for p in replaced]
        for chunk in _chunks(replaced_ids):
            conn.execute(delete(countries).where(countries.c.processor_id.in_(chunk)))
        for p in replaced:
            conn.execute(
                update(table)
                .where(table.c.id == key_to_id[p.key])
                .values(**_processor_values(p), parent_id=None)
            )
    if new:
        conn.execute(
            insert(table),
            [{"id": key_to_id[p.key], **_processor_values(p), "parent_id": None} for p in new],
        )
    with_parent = [p for p in processors if p.parent]
    if with_parent:
        conn.execute(
            update(table).where(table.c.id == bindparam("pid")).values(parent_id=bindparam("parent")),
            [{"pid": key_to_id[p.key], "parent": key_to_id[p.parent]} for p in with_parent if p.parent],
        )
    country_rows = [
        {"processor_id": key_to_id[p.key], "position": i, "country": country}
        for p in processors
        for i, country in enumerate(p.processing_countries)
    ]
    if country_rows:
        conn.execute(insert(countries), country_rows)
    return len(replaced)


def _chunks(values: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _drop_replaced(conn: Connection, controllers: Sequence[r.Controller]) -> int:
    """Delete the controllers, registers and Art. 30(2) records the document replaces."""
    tables = (
        (t.ControllerRow, [c.key for c in controllers]),
        (t.RegisterRow, [g.key for c in controllers for g in c.registers]),
        (t.ProcessingOnBehalfRow, [p.key for c in controllers for p in c.processing_on_behalf]),
    )
    replaced_controllers = 0
    for model, keys in tables:
        table = t.table_of(model)
        for chunk in _chunks(keys):
            result = conn.execute(delete(table).where(table.c.key.in_(chunk)))
            if model is t.ControllerRow:
                replaced_controllers += result.rowcount
    return replaced_controllers


class _Rows:
    """Collects the rows of many controllers per table, then inserts each table at once."""

    def __init__(self) -> None:
        self.by_model: dict[type, list[dict[str, Any]]] = {}

    def add(self, model: type, row: dict[str, Any]) -> None:
        self.by_model.setdefault(model, []).append(row)

    def insert(self, conn: Connection) -> None:
        order = (t.ControllerRow, t.RegisterRow, t.ProcessingOnBehalfRow, *t.REGISTER_CHILD_TABLES)
        for model in (*order, t.SubprocessorRow, t.TransferRow):
            rows = self.by_model.get(model)
            if rows:
                conn.execute(insert(t.table_of(model)), rows)

    def controller(self, c: r.Controller, position: int, ids: _Ids, processors: dict[str, int]) -> None:
        cid = ids(t.ControllerRow)
        rep = c.representative or r.Representative()
        self.add(
            t.ControllerRow,
            {
                "id": cid,
                "key": c.key,
                "name": c.name,
                "business_id": c.business_id,
                "address": c.address,
                "country": c.country,
                "email": c.email,
                "phone": c.phone,
                "website": c.website,
                "representative_name": rep.name,
                "representative_address": rep.address,
                "representative_email": rep.email,
                "representative_phone": rep.phone,
                "dpo_name": c.dpo.name,
                "dpo_email": c.dpo.email,
                "dpo_phone": c.dpo.phone,
                "supervisory_authority": c.supervisory_authority,
                "extensions": _extensions(
                    **{"": c.extensions, "representative": rep.extensions, "dpo": c.dpo.extensions}
                ),
            },
        )
        for i, g in enumerate(c.registers):
            self.register(g, cid, i, ids, processors)
        for i, pob in enumerate(c.processing_on_behalf):
            self.processing_on_behalf(pob, cid, i, ids, processors)

    def register(self, g: r.Register, cid: int, position: int, ids: _Ids, processors: dict[str, int]) -> None:
        rid = ids(t.RegisterRow)
        sec, adm, dpia = g.security_measures, g.automated_decision_making, g.dpia
        self.add(
            t.RegisterRow,
            {
                "id": rid,
                "controller_id": cid,
                "position": position,
                "key": g.key,
                "reference": g.reference,
                "name": g.name,
                "status": g.status,
                "department": g.department,
                "description": g.description,
                "contact_name": g.contact_person.name,
                "contact_email": g.contact_person.email,
                "contact_phone": g.contact_person.phone,
                "responsible_name": g.responsible_person.name,
                "responsible_email": g.responsible_person.email,
                "responsible_phone": g.responsible_person.phone,
                "legal_basis_notes": g.legal_basis_notes,
                "national_legal_basis": g.national_legal_basis,
                "sources": g.sources,
                "disclosures": g.disclosures,
                "transfers_statement": g.transfers_statement,
                "retention": g.retention,
                "security_electronic": sec.electronic,
                "security_manual": sec.manual,
                "adm_used": adm.used,
                "adm_description": adm.description,
                "dpia_status": dpia.status,
                "dpia_reference": dpia.reference,
                "dpia_date": dpia.date,
                "data_subject_rights": g.data_subject_rights,
                "created": g.created,
                "last_reviewed": g.last_reviewed,
                "next_review": g.next_review,
                "extensions": _extensions(
                    **{
                        "": g.extensions,
                        "contact_person": g.contact_person.extensions,
                        "responsible_person": g.responsible_person.extensions,
                        "security_measures": sec.extensions,
                        "automated_decision_making": adm.extensions,
                        "dpia": dpia.extensions,
                    }
                ),
            },
        )
        owner = {"register_id": rid}
        for i, j in enumerate(g.joint_controllers):
            self.add(
                t.JointControllerRow,
                {**owner, "position": i, "name": j.name, "contact": j.contact,
                 "arrangement": j.arrangement, "extensions": j.extensions},
            )  # fmt: skip
        for i, p in enumerate(g.purposes):
            self.add(
                t.PurposeRow,
                {**owner, "position": i, "description": p.description, "legal_basis": p.legal_basis,
                 "legitimate_interest": p.legitimate_interest, "extensions": p.extensions},
            )  # fmt: skip
        for i, condition in enumerate(g.special_category_conditions):
            self.add(t.SpecialConditionRow, {**owner, "position": i, "condition": condition})
        for i, name in enumerate(g.data_subject_categories):
            self.add(t.DataSubjectCategoryRow, {**owner, "position": i, "name": name})
        for i, d in enumerate(g.data_categories):
            self.add(
                t.DataCategoryRow,
                {**owner, "position": i, "name": d.name, "special": d.special, "retention": d.retention,
                 "source": d.source, "extensions": d.extensions},
            )  # fmt: skip
        for i, x in enumerate(g.recipients):
            self.add(
                t.RecipientRow,
                {**owner, "position": i, "name": x.name, "kind": x.kind, "country": x.country,
                 "description": x.description, "extensions": x.extensions},
            )  # fmt: skip
        for i, link in enumerate(g.processors):
            self.add(
                t.RegisterProcessorRow,
                {**owner, "position": i, "processor_id": processors[link.processor], "task": link.task,
                 "agreement": link.agreement, "agreement_date": link.agreement_date,
                 "extensions": link.extensions},
            )  # fmt: skip
        for i, name in enumerate(g.systems):
            self.add(t.SystemRow, {**owner, "position": i, "name": name})
        for i, criterion in enumerate(dpia.criteria):
            self.add(t.DpiaCriterionRow, {**owner, "position": i, "criterion": criterion})
        self.transfers(g.transfers, {"register_id": rid, "processing_on_behalf_id": None}, processors)

    def processing_on_behalf(
        self, pob: r.ProcessingOnBehalf, cid: int, position: int, ids: _Ids, processors: dict[str, int]
    ) -> None:
        pid = ids(t.ProcessingOnBehalfRow)
        client = pob.client
        rep = client.representative or r.Representative()
        self.add(
            t.ProcessingOnBehalfRow,
            {
                "id": pid,
                "controller_id": cid,
                "position": position,
                "key": pob.key,
                "client_name": client.name,
                "client_business_id": client.business_id,
                "client_address": client.address,
                "client_email": client.email,
                "client_phone": client.phone,
                "client_representative_name": rep.name,
                "client_representative_address": rep.address,
                "client_representative_email": rep.email,
                "client_representative_phone": rep.phone,
                "client_dpo_name": client.dpo.name,
                "client_dpo_email": client.dpo.email,
                "client_dpo_phone": client.dpo.phone,
                "categories_of_processing": pob.categories_of_processing,
                "security_measures": pob.security_measures,
                "agreement": pob.agreement,
                "agreement_date": pob.agreement_date,
                "extensions": _extensions(
                    **{
                        "": pob.extensions,
                        "client": client.extensions,
                        "client.representative": rep.extensions,
                        "client.dpo": client.dpo.extensions,
                    }
                ),
            },
        )
        for i, key in enumerate(pob.subprocessors):
            self.add(
                t.SubprocessorRow,
                {"processing_on_behalf_id": pid, "position": i, "processor_id": processors[key]},
            )
        self.transfers(pob.transfers, {"register_id": None, "processing_on_behalf_id": pid}, processors)

    def transfers(
        self, transfers: Sequence[r.Transfer], owner: dict[str, int | None], processors: dict[str, int]
    ) -> None:
        for i, x in enumerate(transfers):
            self.add(
                t.TransferRow,
                {
                    **owner,
                    "position": i,
                    "recipient": x.recipient,
                    "processor_id": processors[x.processor] if x.processor else None,
                    "country": x.country,
                    "mechanism": x.mechanism,
                    "scc_module": x.scc_module,
                    "safeguards": x.safeguards,
                    "tia": x.tia,
                    "notes": x.notes,
                    "extensions": x.extensions,
                },
            )


_CYCLE_SQL = """
WITH RECURSIVE walk(start, node, depth) AS (
    SELECT id, parent_id, 1 FROM processor WHERE parent_id IS NOT NULL
    UNION ALL
    SELECT walk.start, p.parent_id, walk.depth + 1
    FROM walk JOIN processor AS p ON p.id = walk.node
    WHERE p.parent_id IS NOT NULL AND walk.node <> walk.start AND walk.depth <= :limit
)
SELECT processor.key FROM walk JOIN processor ON processor.id = walk.start
WHERE walk.node = walk.start LIMIT 1
"""


def check_no_processor_cycle(conn: Connection) -> None:
    """Refuse (raise, so the transaction rolls back) when any processor chain in the workspace loops."""
    limit = conn.execute(select(func.count()).select_from(t.table_of(t.ProcessorRow))).scalar() or 0
    looping = conn.execute(text(_CYCLE_SQL), {"limit": limit}).scalar()
    if looping is not None:
        raise ProcessorCycleError(f"processor '{looping}' would be its own sub-processor (the chain loops)")
