"""The field catalogue: every entity of the record and its fields, read from the record classes.

This is the map every reader, writer, form, column and check walks, so a field declared once in
:mod:`ropa.model.records` appears everywhere. ``entity(Register).fields`` lists the register's
fields in declaration order, each a :class:`~ropa.model.fields.FieldSpec` with its name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ropa.model import records as r
from ropa.model.fields import SPEC, FieldSpec, Kind, Words

EXTENSIONS = "extensions"


@dataclass(frozen=True, slots=True)
class Entity:
    """One kind of record: its class, its name in messages, its label and its fields."""

    record: type
    noun: str  # how messages name one of them: "register", "processing-on-behalf record"
    label: Words
    fields: tuple[FieldSpec, ...]

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.noun} has no field {name!r}")

    @property
    def names(self) -> tuple[str, ...]:
        """The field names in order, ``extensions`` not included."""
        return tuple(spec.name for spec in self.fields)

    @property
    def keyed(self) -> bool:
        return any(spec.kind is Kind.KEY for spec in self.fields)


_NOUNS: dict[type, tuple[str, Words]] = {
    r.Person: ("person", Words("Person", "Henkilö")),
    r.Representative: ("representative", Words("Representative", "Edustaja")),
    r.JointController: ("joint controller", Words("Joint controller", "Yhteisrekisterinpitäjä")),
    r.Purpose: ("purpose", Words("Purpose", "Tarkoitus")),
    r.DataCategory: ("data category", Words("Data category", "Tietoryhmä")),
    r.Recipient: ("recipient", Words("Recipient", "Vastaanottaja")),
    r.ProcessorLink: ("processor link", Words("Processor used", "Käytetty käsittelijä")),
    r.Transfer: ("transfer", Words("Transfer", "Siirto")),
    r.AdequacyScope: ("adequacy scope", Words("Adequacy scope", "Riittävyyspäätöksen soveltamisala")),
    r.CountryMechanism: ("country mechanism", Words("Mechanism per country", "Maakohtainen siirtoperuste")),
    r.SecurityMeasures: ("security measures", Words("Security measures", "Suojaustoimet")),
    r.AutomatedDecisionMaking: (
        "automated decision-making",
        Words("Automated decision-making", "Automaattinen päätöksenteko"),
    ),
    r.Dpia: ("impact assessment", Words("Impact assessment", "Vaikutustenarviointi")),
    r.Register: ("register", Words("Register", "Rekisteri")),
    r.Client: ("client", Words("Client", "Asiakas")),
    r.ProcessingOnBehalf: (
        "processing-on-behalf record",
        Words("Processing on behalf", "Käsittely toimeksiannosta"),
    ),
    r.Controller: ("controller", Words("Controller", "Rekisterinpitäjä")),
    r.Processor: ("processor", Words("Processor", "Käsittelijä")),
    r.Workspace: ("workspace", Words("Workspace", "Työtila")),
}


#: The records with a key of their own, by the name findings (``Finding.subject``) and the change
#: history (``entity``) give them.
RECORD_KINDS: dict[str, type] = {
    "register": r.Register,
    "processing_on_behalf": r.ProcessingOnBehalf,
    "controller": r.Controller,
    "processor": r.Processor,
}


_ENTITIES: dict[type, Entity] = {}


def entity(record: type) -> Entity:
    """The catalogue entry of a record class (built once per class)."""
    found = _ENTITIES.get(record)
    if found is None:
        found = _ENTITIES[record] = _entity(record)
    return found


def _entity(record: type) -> Entity:
    noun, label = _NOUNS[record]
    specs = []
    for f in dataclasses.fields(record):
        if f.name == EXTENSIONS:
            continue
        spec = f.metadata.get(SPEC)
        if spec is None:
            raise TypeError(f"{record.__name__}.{f.name} is not declared with ropa.model.fields")
        specs.append(dataclasses.replace(spec, name=f.name))
    return Entity(record=record, noun=noun, label=label, fields=tuple(specs))


def entities(root: type = r.Workspace) -> Iterator[Entity]:
    """Every entity reachable from ``root``, each once, parents before their parts."""
    seen: set[type] = set()
    stack = [root]
    while stack:
        record = stack.pop(0)
        if record in seen:
            continue
        seen.add(record)
        found = entity(record)
        yield found
        stack.extend(spec.record for spec in found.fields if spec.record is not None)


def is_empty(record: Any) -> bool:
    """Whether ``record`` holds nothing but defaults (an absent representative, say)."""
    return bool(record == type(record)())


def label(record: type, name: str, lang: str = "en") -> str:
    """The label of a field in ``lang``, for exports that need no Qt translator."""
    return entity(record).field(name).label(lang)


#: How messages and forms name the code lists (the codes and their labels are in ``reference``).
CODE_LIST_NOUNS: dict[str, Words] = {
    "legal_bases": Words("a legal basis code", "oikeusperusteen koodi"),
    "art9_conditions": Words("an Art. 9(2) condition code", "Art. 9(2) poikkeuksen koodi"),
    "special_categories": Words("a special category code", "erityisen ryhmän koodi"),
    "transfer_mechanisms": Words("a transfer mechanism code", "siirtoperusteen koodi"),
    "dpia_criteria": Words("a WP248 DPIA criterion code", "WP248-kriteerin koodi"),
    "register_statuses": Words("a register status", "rekisterin tila"),
    "recipient_kinds": Words("a recipient kind", "vastaanottajan tyyppi"),
    "dpia_statuses": Words("a DPIA status", "vaikutustenarvioinnin tila"),
    "purpose_kinds": Words("a purpose kind", "tarkoituksen laji"),
}
