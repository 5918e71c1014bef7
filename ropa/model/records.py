"""The Art. 30 record as plain immutable values: what importers produce and exporters read.

These mirror the interchange format (``shared/INTERCHANGE.md``) one to one, so that a document,
the database and every exporter agree on one shape. Keys (``key``, ``processor``, ``parent``,
``subprocessors``) are the stable identifiers documents use; database ids never leave the store.
Text that is empty is ``""``; codes, countries and dates that are empty are ``None``.
``extensions`` holds whatever a document carried under an ``extensions`` object, kept as is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Extensions = dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Person:
    """A named contact: DPO, register contact person, responsible person."""

    name: str = ""
    email: str = ""
    phone: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Representative:
    """The Art. 27 representative of a controller established outside the EU."""

    name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    extensions: Extensions = None

    def is_empty(self) -> bool:
        return not (self.name or self.address or self.email or self.phone or self.extensions)


@dataclass(frozen=True, slots=True)
class JointController:
    name: str = ""
    contact: str = ""
    arrangement: str = ""  # the Art. 26 arrangement
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Purpose:
    description: str = ""
    legal_basis: str | None = None  # LegalBasis code
    legitimate_interest: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class DataCategory:
    name: str = ""
    special: str | None = None  # SpecialCategory code
    retention: str = ""
    source: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str = ""
    kind: str | None = None  # RecipientKind code
    country: str | None = None
    description: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class ProcessorLink:
    """A register's use of a processor, with the Art. 28 data processing agreement."""

    processor: str = ""  # processor key
    task: str = ""
    agreement: str = ""
    agreement_date: date | None = None
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Transfer:
    """A declared transfer to a third country or international organisation (Art. 30(1)(e))."""

    recipient: str = ""
    processor: str | None = None  # processor key when the transfer happens through one
    country: str | None = None
    mechanism: str | None = None  # TransferMechanism code
    scc_module: int | None = None
    safeguards: str = ""
    tia: str = ""
    notes: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class SecurityMeasures:
    electronic: str = ""
    manual: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class AutomatedDecisionMaking:
    used: bool | None = None  # None: not yet answered
    description: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Dpia:
    criteria: tuple[str, ...] = ()  # DpiaCriterion codes
    status: str | None = None  # DpiaStatus code
    reference: str = ""
    date: date | None = None
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Register:
    """One processing activity (Finnish *rekisteri*) of a controller."""

    key: str
    reference: str = ""
    name: str = ""
    status: str | None = None  # RegisterStatus code
    department: str = ""
    description: str = ""
    contact_person: Person = field(default_factory=Person)
    responsible_person: Person = field(default_factory=Person)
    joint_controllers: tuple[JointController, ...] = ()
    purposes: tuple[Purpose, ...] = ()
    legal_basis_notes: str = ""
    special_category_conditions: tuple[str, ...] = ()  # Art9Condition codes
    national_legal_basis: str = ""
    data_subject_categories: tuple[str, ...] = ()
    data_categories: tuple[DataCategory, ...] = ()
    sources: str = ""
    recipients: tuple[Recipient, ...] = ()
    disclosures: str = ""
    processors: tuple[ProcessorLink, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    transfers_statement: str = ""
    retention: str = ""
    systems: tuple[str, ...] = ()
    security_measures: SecurityMeasures = field(default_factory=SecurityMeasures)
    automated_decision_making: AutomatedDecisionMaking = field(default_factory=AutomatedDecisionMaking)
    dpia: Dpia = field(default_factory=Dpia)
    data_subject_rights: str = ""
    created: date | None = None
    last_reviewed: date | None = None
    next_review: date | None = None
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Client:
    """The controller an organisation processes for (Art. 30(2)(a))."""

    name: str = ""
    business_id: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    representative: Representative | None = None
    dpo: Person = field(default_factory=Person)
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class ProcessingOnBehalf:
    """An Art. 30(2) record: processing the controller does as a processor for a client."""

    key: str
    client: Client = field(default_factory=Client)
    categories_of_processing: str = ""
    subprocessors: tuple[str, ...] = ()  # processor keys
    transfers: tuple[Transfer, ...] = ()
    security_measures: str = ""
    agreement: str = ""
    agreement_date: date | None = None
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Controller:
    key: str
    name: str = ""
    business_id: str = ""
    address: str = ""
    country: str | None = None
    email: str = ""
    phone: str = ""
    website: str = ""
    representative: Representative | None = None
    dpo: Person = field(default_factory=Person)
    supervisory_authority: str = ""
    registers: tuple[Register, ...] = ()
    processing_on_behalf: tuple[ProcessingOnBehalf, ...] = ()
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Processor:
    """A processor in the one catalogue shared by all controllers; ``parent`` makes it a sub-processor."""

    key: str
    name: str = ""
    business_id: str = ""
    country: str | None = None
    address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    dpo: Person = field(default_factory=Person)
    services: str = ""
    processing_countries: tuple[str, ...] = ()
    parent: str | None = None  # processor key
    transfer_mechanism: str | None = None
    scc_module: int | None = None
    safeguards: str = ""
    notes: str = ""
    extensions: Extensions = None


@dataclass(frozen=True, slots=True)
class Workspace:
    """A whole workspace, or one controller's part of it with the processors it uses."""

    processors: tuple[Processor, ...] = ()
    controllers: tuple[Controller, ...] = ()
    extensions: Extensions = None
