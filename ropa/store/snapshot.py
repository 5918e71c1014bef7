"""Read a workspace, or one controller's part of it, into records with set-based queries.

One query per table (not per register), grouped in Python: 10,000 registers load in seconds.
A controller's snapshot carries every processor it references, their sub-processor chains
(which decide its derived transfers) and their parents (so every ``parent`` key resolves).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Select, select

from ropa.errors import RopaError
from ropa.model import records as r
from ropa.model import tables as t
from ropa.model.processors import children_index, walk_chains
from ropa.store.save import ROOT_EXTENSIONS


class UnknownControllerError(RopaError):
    pass


def _ext(packed: dict[str, Any] | None, path: str = "") -> r.Extensions:
    return packed.get(path) if packed else None


def _grouped(conn: Connection, model: type, owner: str, owners: Select[Any] | None) -> dict[int, list[Any]]:
    """Rows of ``model`` grouped by their owner id, each group in position order."""
    table = t.table_of(model)
    query = select(table).order_by(table.c[owner], table.c.position)
    if owners is not None:
        query = query.where(table.c[owner].in_(owners))
    groups: dict[int, list[Any]] = defaultdict(list)
    at = list(table.c.keys()).index(owner)
    for row in conn.execute(query):
        groups[row[at]].append(row)
    return groups


def load_workspace(conn: Connection, controller: str | None = None) -> r.Workspace:
    """Return the whole workspace, or with ``controller`` (a key) that controller's part of it."""
    ctable, gtable, ptable = (
        t.table_of(t.ControllerRow),
        t.table_of(t.RegisterRow),
        t.table_of(t.ProcessingOnBehalfRow),
    )
    cquery = select(ctable).order_by(ctable.c.id)
    if controller is not None:
        cquery = cquery.where(ctable.c.key == controller)
    controllers = list(conn.execute(cquery))
    if controller is not None and not controllers:
        raise UnknownControllerError(f"no controller with key '{controller}' in the workspace")
    controller_ids: Select[Any] | None = None
    register_ids: Select[Any] | None = None
    pob_ids: Select[Any] | None = None
    if controller:
        controller_ids = select(ctable.c.id).where(ctable.c.key == controller)
        register_ids = select(gtable.c.id).where(gtable.c.controller_id.in_(controller_ids))
        pob_ids = select(ptable.c.id).where(ptable.c.controller_id.in_(controller_ids))

    processor_rows = list(
        conn.execute(select(t.table_of(t.ProcessorRow)).order_by(t.table_of(t.ProcessorRow).c.id))
    )
    key_of = {row.id: row.key for row in processor_rows}
    countries = _grouped(conn, t.ProcessorCountryRow, "processor_id", None)
    processors = [_processor(row, key_of, countries) for row in processor_rows]

    registers = _grouped(conn, t.RegisterRow, "controller_id", controller_ids)
    children: dict[type, dict[int, list[Any]]] = {
        model: _grouped(conn, model, "register_id", register_ids) for model in t.REGISTER_CHILD_TABLES
    }
    transfers = _grouped(conn, t.TransferRow, "register_id", register_ids)
    pobs = _grouped(conn, t.ProcessingOnBehalfRow, "controller_id", controller_ids)
    subprocessors = _grouped(conn, t.SubprocessorRow, "processing_on_behalf_id", pob_ids)
    pob_transfers = _grouped(conn, t.TransferRow, "processing_on_behalf_id", pob_ids)

    def transfer_list(rows: Iterable[Any]) -> tuple[r.Transfer, ...]:
        return tuple(_transfer(row, key_of) for row in rows)

    result = []
    for c in controllers:
        result.append(
            r.Controller(
                key=c.key,
                name=c.name,
                business_id=c.business_id,
                address=c.address,
                country=c.country,
                email=c.email,
                phone=c.phone,
                website=c.website,
                representative=_representative(
                    c.representative_name,
                    c.representative_address,
                    c.representative_email,
                    c.representative_phone,
                    _ext(c.extensions, "representative"),
                ),  # fmt: skip
                dpo=r.Person(c.dpo_name, c.dpo_email, c.dpo_phone, _ext(c.extensions, "dpo")),
                supervisory_authority=c.supervisory_authority,
                registers=tuple(
                    _register(g, children, transfer_list(transfers.get(g.id, ())), key_of)
                    for g in registers.get(c.id, ())
                ),
                processing_on_behalf=tuple(
                    _processing_on_behalf(
                        p,
                        [key_of[s.processor_id] for s in subprocessors.get(p.id, ())],
                        transfer_list(pob_transfers.get(p.id, ())),
                    )  # fmt: skip
                    for p in pobs.get(c.id, ())
                ),
                extensions=_ext(c.extensions),
            )
        )
    if controller is None:
        extensions = conn.execute(
            select(t.table_of(t.WorkspaceMetaRow).c.value).where(
                t.table_of(t.WorkspaceMetaRow).c.name == ROOT_EXTENSIONS
            )
        ).scalar()
        return r.Workspace(tuple(processors), tuple(result), extensions)
    return r.Workspace(_used_processors(processors, result), tuple(result))


def _used_processors(
    processors: Sequence[r.Processor], controllers: Sequence[r.Controller]
) -> tuple[r.Processor, ...]:
    """The processors the controllers reference, with their sub-processor chains and parents."""
    by_key = {p.key: p for p in processors}
    used: set[str] = set()
    for c in controllers:
        for g in c.registers:
            used.update(link.processor for link in g.processors)
            used.update(x.processor for x in g.transfers if x.processor)
        for pob in c.processing_on_behalf:
            used.update(pob.subprocessors)
            used.update(x.processor for x in pob.transfers if x.processor)
    children = children_index({p.key: p.parent for p in processors})
    needed = {chain[-1] for chain in walk_chains(sorted(used), children)}
    for key in list(needed):
        parent = by_key[key].parent
        while parent and parent not in needed:
            needed.add(parent)
            parent = by_key[parent].parent
    return tuple(p for p in processors if p.key in needed)


def _representative(
    name: str, address: str, email: str, phone: str, ext: r.Extensions
) -> r.Representative | None:
    rep = r.Representative(name, address, email, phone, ext)
    return None if rep.is_empty() else rep


def _processor(row: Any, key_of: dict[int, str], countries: dict[int, list[Any]]) -> r.Processor:
    return r.Processor(
        key=row.key,
        name=row.name,
        business_id=row.business_id,
        country=row.country,
        address=row.address,
        email=row.email,
        phone=row.phone,
        website=row.website,
        dpo=r.Person(row.dpo_name, row.dpo_email, row.dpo_phone, _ext(row.extensions, "dpo")),
        services=row.services,
        processing_countries=tuple(c.country for c in countries.get(row.id, ())),
        parent=key_of[row.parent_id] if row.parent_id is not None else None,
        transfer_mechanism=row.transfer_mechanism,
        scc_module=row.scc_module,
        safeguards=row.safeguards,
        notes=row.notes,
        extensions=_ext(row.extensions),
    )


def _transfer(row: Any, key_of: dict[int, str]) -> r.Transfer:
    return r.Transfer(
        recipient=row.recipient,
        processor=key_of[row.processor_id] if row.processor_id is not None else None,
        country=row.country,
        mechanism=row.mechanism,
        scc_module=row.scc_module,
        safeguards=row.safeguards,
        tia=row.tia,
        notes=row.notes,
        extensions=row.extensions,
    )


def _register(
    g: Any,
    children: dict[type, dict[int, list[Any]]],
    transfers: tuple[r.Transfer, ...],
    key_of: dict[int, str],
) -> r.Register:
    def rows(model: type) -> list[Any]:
        return children[model].get(g.id, [])

    ext = g.extensions
    return r.Register(
        key=g.key,
        reference=g.reference,
        name=g.name,
        status=g.status,
        department=g.department,
        description=g.description,
        contact_person=r.Person(
            g.contact_name, g.contact_email, g.contact_phone, _ext(ext, "contact_person")
        ),
        responsible_person=r.Person(
            g.responsible_name, g.responsible_email, g.responsible_phone, _ext(ext, "responsible_person")
        ),
        joint_controllers=tuple(
            r.JointController(j.name, j.contact, j.arrangement, j.extensions)
            for j in rows(t.JointControllerRow)
        ),
        purposes=tuple(
            r.Purpose(p.description, p.legal_basis, p.legitimate_interest, p.extensions)
            for p in rows(t.PurposeRow)
        ),
        legal_basis_notes=g.legal_basis_notes,
        special_category_conditions=tuple(s.condition for s in rows(t.SpecialConditionRow)),
        national_legal_basis=g.national_legal_basis,
        data_subject_categories=tuple(s.name for s in rows(t.DataSubjectCategoryRow)),
        data_categories=tuple(
            r.DataCategory(d.name, d.special, d.retention, d.source, d.extensions)
            for d in rows(t.DataCategoryRow)
        ),
        sources=g.sources,
        recipients=tuple(
            r.Recipient(x.name, x.kind, x.country, x.description, x.extensions) for x in rows(t.RecipientRow)
        ),
        disclosures=g.disclosures,
        processors=tuple(
            r.ProcessorLink(key_of[x.processor_id], x.task, x.agreement, x.agreement_date, x.extensions)
            for x in rows(t.RegisterProcessorRow)
        ),
        transfers=transfers,
        transfers_statement=g.transfers_statement,
        retention=g.retention,
        systems=tuple(s.name for s in rows(t.SystemRow)),
        security_measures=r.SecurityMeasures(
            g.security_electronic, g.security_manual, _ext(ext, "security_measures")
        ),
        automated_decision_making=r.AutomatedDecisionMaking(
            g.adm_used, g.adm_description, _ext(ext, "automated_decision_making")
        ),
        dpia=r.Dpia(
            tuple(c.criterion for c in rows(t.DpiaCriterionRow)),
            g.dpia_status,
            g.dpia_reference,
            g.dpia_date,
            _ext(ext, "dpia"),
        ),
        data_subject_rights=g.data_subject_rights,
        created=g.created,
        last_reviewed=g.last_reviewed,
        next_review=g.next_review,
        extensions=_ext(ext),
    )


def _processing_on_behalf(
    p: Any, subprocessors: list[str], transfers: tuple[r.Transfer, ...]
) -> r.ProcessingOnBehalf:
    ext = p.extensions
    return r.ProcessingOnBehalf(
        key=p.key,
        client=r.Client(
            name=p.client_name,
            business_id=p.client_business_id,
            address=p.client_address,
            email=p.client_email,
            phone=p.client_phone,
            representative=_representative(
                p.client_representative_name,
                p.client_representative_address,
                p.client_representative_email,
                p.client_representative_phone,
                _ext(ext, "client.representative"),
            ),  # fmt: skip
            dpo=r.Person(p.client_dpo_name, p.client_dpo_email, p.client_dpo_phone, _ext(ext, "client.dpo")),
            extensions=_ext(ext, "client"),
        ),
        categories_of_processing=p.categories_of_processing,
        subprocessors=tuple(subprocessors),
        transfers=transfers,
        security_measures=p.security_measures,
        agreement=p.agreement,
        agreement_date=p.agreement_date,
        extensions=_ext(ext),
    )
