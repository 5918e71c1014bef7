"""The storage schema: SQLModel tables of a workspace, and which record field each table holds.

Columns follow the field catalogue (:mod:`ropa.model.records`) by one rule, so the mapping in
:mod:`ropa.store.mapping` needs no list of columns: a field ``name`` is the column ``name``; a
field of an embedded object is ``<object>_<field>`` (``dpo_email``, ``client_representative_name``);
a processor reference is ``<field>_id``. Every list of the record is a real table, ordered by
``position``, named in :data:`LISTS`. Text is NOT NULL with ``''`` for empty; codes, countries and
dates are NULL when empty. ``extensions`` keeps a document's ``extensions`` objects as JSON, keyed
by the path of the object inside the row (``""`` for the row's own object, ``"dpia"`` for its
DPIA, ``"client.dpo"``...). The keyed records (controllers, registers, processors, Art. 30(2)
records) carry ``row_version``, counted up by every change to the record: an update names the
version it read and is refused when the row has moved on (optimistic concurrency, so two people
editing one record never overwrite each other). Change this module only together with a new
Alembic revision in ``ropa/store/migrations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, DateTime, Table
from sqlmodel import Field, SQLModel

from ropa.model import records as r


def table_of(model: type[SQLModel]) -> Table:
    """The Core ``Table`` of a table model, for set-based queries and bulk inserts."""
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def _text() -> Any:
    return Field(default="", sa_column_kwargs={"server_default": ""})


def _json() -> Any:
    return Field(default=None, sa_column=Column(JSON(none_as_null=True), nullable=True))


def _row_version() -> Any:
    return Field(default=1, sa_column_kwargs={"server_default": "1"})


def _owner(table: str) -> Any:
    return Field(foreign_key=f"{table}.id", ondelete="CASCADE", index=True)


class WorkspaceMetaRow(SQLModel, table=True):
    """Workspace-wide values (the document's top-level ``extensions``)."""

    __tablename__ = "workspace_meta"
    name: str = Field(primary_key=True)
    value: Any = _json()


class ProcessorRow(SQLModel, table=True):
    __tablename__ = "processor"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str = _text()
    business_id: str = _text()
    country: str | None = None
    address: str = _text()
    email: str = _text()
    phone: str = _text()
    website: str = _text()
    dpo_name: str = _text()
    dpo_email: str = _text()
    dpo_phone: str = _text()
    services: str = _text()
    parent_id: int | None = Field(default=None, foreign_key="processor.id", ondelete="RESTRICT", index=True)
    transfer_mechanism: str | None = None
    scc_module: int | None = None
    safeguards: str = _text()
    tia: str = _text()
    adequacy_scope_confirmed: bool | None = None
    adequacy_scope_checked_on: date | None = None
    adequacy_scope_evidence: str = _text()
    representative_name: str = _text()
    representative_address: str = _text()
    representative_email: str = _text()
    representative_phone: str = _text()
    notes: str = _text()
    extensions: Any = _json()
    row_version: int = _row_version()


class CountryMechanismRow(SQLModel, table=True):
    """The mechanism for one of a processor's processing countries, where it differs from the default."""

    __tablename__ = "processor_country_mechanism"
    id: int | None = Field(default=None, primary_key=True)
    processor_id: int = _owner("processor")
    position: int
    country: str | None = None
    mechanism: str | None = None
    scc_module: int | None = None
    safeguards: str = _text()
    tia: str = _text()
    extensions: Any = _json()


class ProcessorCountryRow(SQLModel, table=True):
    """A country where a processor processes the data."""

    __tablename__ = "processor_country"
    id: int | None = Field(default=None, primary_key=True)
    processor_id: int = _owner("processor")
    position: int
    country: str


class ControllerRow(SQLModel, table=True):
    __tablename__ = "controller"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str = _text()
    business_id: str = _text()
    address: str = _text()
    country: str | None = None
    email: str = _text()
    phone: str = _text()
    website: str = _text()
    representative_name: str = _text()
    representative_address: str = _text()
    representative_email: str = _text()
    representative_phone: str = _text()
    dpo_name: str = _text()
    dpo_email: str = _text()
    dpo_phone: str = _text()
    supervisory_authority: str = _text()
    public_authority: bool | None = None
    extensions: Any = _json()
    row_version: int = _row_version()


class RegisterRow(SQLModel, table=True):
    __tablename__ = "register"
    id: int | None = Field(default=None, primary_key=True)
    controller_id: int = _owner("controller")
    position: int = 0
    key: str = Field(unique=True)
    reference: str = _text()
    name: str = _text()
    status: str | None = None
    department: str = _text()
    description: str = _text()
    contact_person_name: str = _text()
    contact_person_email: str = _text()
    contact_person_phone: str = _text()
    responsible_person_name: str = _text()
    responsible_person_email: str = _text()
    responsible_person_phone: str = _text()
    legal_basis_notes: str = _text()
    national_legal_basis: str = _text()
    criminal_data_basis: str = _text()
    provision_requirement: str = _text()
    sources: str = _text()
    disclosures: str = _text()
    transfers_statement: str = _text()
    retention: str = _text()
    security_measures_electronic: str = _text()
    security_measures_manual: str = _text()
    automated_decision_making_used: bool | None = None
    automated_decision_making_description: str = _text()
    dpia_status: str | None = None
    dpia_reference: str = _text()
    dpia_date: date | None = None
    data_subject_rights: str = _text()
    created: date | None = None
    last_reviewed: date | None = None
    next_review: date | None = Field(default=None, index=True)
    extensions: Any = _json()
    row_version: int = _row_version()


class JointControllerRow(SQLModel, table=True):
    __tablename__ = "register_joint_controller"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    name: str = _text()
    contact: str = _text()
    arrangement: str = _text()
    extensions: Any = _json()


class PurposeRow(SQLModel, table=True):
    __tablename__ = "register_purpose"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    description: str = _text()
    legal_basis: str | None = Field(default=None, index=True)
    kind: str | None = None
    legitimate_interest: str = _text()
    extensions: Any = _json()


class SpecialConditionRow(SQLModel, table=True):
    """An Art. 9(2) condition a register relies on."""

    __tablename__ = "register_special_condition"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    condition: str


class DataSubjectCategoryRow(SQLModel, table=True):
    __tablename__ = "register_data_subject_category"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    name: str = _text()


class DataCategoryRow(SQLModel, table=True):
    __tablename__ = "register_data_category"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    name: str = _text()
    special: str | None = Field(default=None, index=True)
    retention: str = _text()
    source: str = _text()
    extensions: Any = _json()


class RecipientRow(SQLModel, table=True):
    __tablename__ = "register_recipient"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    name: str = _text()
    kind: str | None = None
    country: str | None = None
    description: str = _text()
    extensions: Any = _json()


class RegisterProcessorRow(SQLModel, table=True):
    """A register's use of a processor, with its data processing agreement (Art. 28)."""

    __tablename__ = "register_processor"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    processor_id: int = Field(foreign_key="processor.id", ondelete="RESTRICT", index=True)
    task: str = _text()
    agreement: str = _text()
    agreement_date: date | None = None
    extensions: Any = _json()


class SystemRow(SQLModel, table=True):
    __tablename__ = "register_system"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    name: str = _text()


class DpiaCriterionRow(SQLModel, table=True):
    __tablename__ = "register_dpia_criterion"
    id: int | None = Field(default=None, primary_key=True)
    register_id: int = _owner("register")
    position: int
    criterion: str


class ProcessingOnBehalfRow(SQLModel, table=True):
    """An Art. 30(2) record of processing done for a client controller."""

    __tablename__ = "processing_on_behalf"
    id: int | None = Field(default=None, primary_key=True)
    controller_id: int = _owner("controller")
    position: int = 0
    key: str = Field(unique=True)
    client_name: str = _text()
    client_business_id: str = _text()
    client_address: str = _text()
    client_email: str = _text()
    client_phone: str = _text()
    client_representative_name: str = _text()
    client_representative_address: str = _text()
    client_representative_email: str = _text()
    client_representative_phone: str = _text()
    client_dpo_name: str = _text()
    client_dpo_email: str = _text()
    client_dpo_phone: str = _text()
    categories_of_processing: str = _text()
    security_measures: str = _text()
    agreement: str = _text()
    agreement_date: date | None = None
    extensions: Any = _json()
    row_version: int = _row_version()


class SubprocessorRow(SQLModel, table=True):
    """A processor engaged for an Art. 30(2) processing."""

    __tablename__ = "processing_on_behalf_subprocessor"
    id: int | None = Field(default=None, primary_key=True)
    processing_on_behalf_id: int = _owner("processing_on_behalf")
    position: int
    processor_id: int = Field(foreign_key="processor.id", ondelete="RESTRICT", index=True)


class TransferRow(SQLModel, table=True):
    """A declared transfer of a register or of an Art. 30(2) record (exactly one of the two)."""

    __tablename__ = "transfer"
    __table_args__ = (
        CheckConstraint("(register_id IS NULL) <> (processing_on_behalf_id IS NULL)", name="one_owner"),
    )
    id: int | None = Field(default=None, primary_key=True)
    register_id: int | None = Field(default=None, foreign_key="register.id", ondelete="CASCADE", index=True)
    processing_on_behalf_id: int | None = Field(
        default=None, foreign_key="processing_on_behalf.id", ondelete="CASCADE", index=True
    )
    position: int
    recipient: str = _text()
    processor_id: int | None = Field(
        default=None, foreign_key="processor.id", ondelete="RESTRICT", index=True
    )
    country: str | None = Field(default=None, index=True)
    mechanism: str | None = None
    scc_module: int | None = None
    safeguards: str = _text()
    tia: str = _text()
    adequacy_scope_confirmed: bool | None = None
    adequacy_scope_checked_on: date | None = None
    adequacy_scope_evidence: str = _text()
    notes: str = _text()
    extensions: Any = _json()


class HistoryChangeRow(SQLModel, table=True):
    """One change of the change history (append-only): when, who, which record, what was done.

    ``before`` and ``after`` hold the record as interchange JSON for changes made one by one
    (what a restore rebuilds from); imports leave them empty (one row per record, kept quick).
    """

    __tablename__ = "history_change"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(DateTime(), nullable=False, index=True))  # UTC, naive
    changed_by: str = _text()  # the OS user, or the database role
    action: str = _text()
    description: str = _text()
    entity: str  # "register", "controller", "processor", "processing_on_behalf"
    key: str = Field(index=True)
    old_key: str | None = None
    controller: str | None = Field(default=None, index=True)
    before: Any = _json()
    after: Any = _json()


class HistoryFieldRow(SQLModel, table=True):
    """One field a change changed: its path inside the record, old and new value (JSON)."""

    __tablename__ = "history_field"
    id: int | None = Field(default=None, primary_key=True)
    change_id: int = Field(foreign_key="history_change.id", index=True)
    position: int
    path: str
    old: Any = _json()
    new: Any = _json()


@dataclass(frozen=True, slots=True)
class Stored:
    """Where one list field of a record is kept: its table, the owner column, the value column.

    ``value`` names the column of a list of plain values (codes, countries, texts, processor
    keys); a list of records spreads each record over the table's columns.
    """

    table: type[SQLModel]
    owner: str
    value: str = ""


#: Records kept in a table of their own, with no owner: the roots of a workspace.
ROOTS: dict[type, type[SQLModel]] = {r.Processor: ProcessorRow, r.Controller: ControllerRow}

#: Every list field of the record, by (record type, field path inside it), and its table.
LISTS: dict[tuple[type, str], Stored] = {
    (r.Workspace, "processors"): Stored(ProcessorRow, ""),
    (r.Workspace, "controllers"): Stored(ControllerRow, ""),
    (r.Processor, "processing_countries"): Stored(ProcessorCountryRow, "processor_id", "country"),
    (r.Processor, "country_mechanisms"): Stored(CountryMechanismRow, "processor_id"),
    (r.Controller, "registers"): Stored(RegisterRow, "controller_id"),
    (r.Controller, "processing_on_behalf"): Stored(ProcessingOnBehalfRow, "controller_id"),
    (r.Register, "joint_controllers"): Stored(JointControllerRow, "register_id"),
    (r.Register, "purposes"): Stored(PurposeRow, "register_id"),
    (r.Register, "special_category_conditions"): Stored(SpecialConditionRow, "register_id", "condition"),
    (r.Register, "data_subject_categories"): Stored(DataSubjectCategoryRow, "register_id", "name"),
    (r.Register, "data_categories"): Stored(DataCategoryRow, "register_id"),
    (r.Register, "recipients"): Stored(RecipientRow, "register_id"),
    (r.Register, "processors"): Stored(RegisterProcessorRow, "register_id"),
    (r.Register, "transfers"): Stored(TransferRow, "register_id"),
    (r.Register, "systems"): Stored(SystemRow, "register_id", "name"),
    (r.Register, "dpia.criteria"): Stored(DpiaCriterionRow, "register_id", "criterion"),
    (r.ProcessingOnBehalf, "subprocessors"): Stored(
        SubprocessorRow, "processing_on_behalf_id", "processor_id"
    ),
    (r.ProcessingOnBehalf, "transfers"): Stored(TransferRow, "processing_on_behalf_id"),
}
