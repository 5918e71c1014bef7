"""How the forms are laid out: which fields go in which section, declared once as tables.

The fields themselves (kind, codes, labels, help, article) come from the field catalogue; this
module only decides *where* each one goes, the way a DPO reads a record. A test checks that every
field of every edited entity is placed exactly once (or named in ``ELSEWHERE``), so a field added
to the records without a place here fails the tests instead of silently missing from the form.

Section titles are the editor's own chrome, translated by Qt (``QT_TRANSLATE_NOOP``); field labels
are not: they come from the catalogue in the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ropa.model import records as r


@dataclass(frozen=True, slots=True)
class Panel:
    """A derived, read-only part of a section (derived transfers, rights, the DPIA hint).

    ``at`` places it right after a nested field (``"dpia.criteria"``); empty: where it stands.
    """

    name: str
    at: str = ""


Item = str | Panel


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of a form: field names of the record (and panels), in order."""

    key: str
    title: object  # source text (a str), translated in the "sections" context
    items: tuple[Item, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(item for item in self.items if isinstance(item, str))


REGISTER_SECTIONS: tuple[Section, ...] = (
    Section(
        "identity",
        QT_TRANSLATE_NOOP("sections", "Identity and contacts"),
        (
            "name",
            "key",
            "reference",
            "department",
            "description",
            "contact_person",
            "responsible_person",
            "joint_controllers",
        ),
    ),
    Section(
        "purposes",
        QT_TRANSLATE_NOOP("sections", "Purposes and legal basis"),
        (
            "purposes",
            "legal_basis_notes",
            "national_legal_basis",
            "special_category_conditions",
            "criminal_data_basis",
            "provision_requirement",
        ),
    ),
    Section(
        "data",
        QT_TRANSLATE_NOOP("sections", "Data subjects and data"),
        ("data_subject_categories", "data_categories", "sources"),
    ),
    Section(
        "sharing",
        QT_TRANSLATE_NOOP("sections", "Recipients and disclosures"),
        ("recipients", "disclosures"),
    ),
    Section("processors", QT_TRANSLATE_NOOP("sections", "Processors"), ("processors", Panel("diagram"))),
    Section(
        "transfers",
        QT_TRANSLATE_NOOP("sections", "Transfers"),
        ("transfers", Panel("derived_transfers"), "transfers_statement"),
    ),
    Section(
        "retention",
        QT_TRANSLATE_NOOP("sections", "Retention and security"),
        ("retention", "systems", "security_measures"),
    ),
    Section(
        "dpia",
        QT_TRANSLATE_NOOP("sections", "Automated decisions and DPIA"),
        ("automated_decision_making", "dpia", Panel("dpia_hint", at="dpia.criteria")),
    ),
    Section(
        "rights",
        QT_TRANSLATE_NOOP("sections", "Data subject rights"),
        (Panel("rights"), "data_subject_rights"),
    ),
    Section(
        "review",
        QT_TRANSLATE_NOOP("sections", "Status and review"),
        ("status", "created", "last_reviewed", Panel("review_today"), "next_review"),
    ),
)

CONTROLLER_SECTIONS: tuple[Section, ...] = (
    Section(
        "organisation",
        QT_TRANSLATE_NOOP("sections", "Organisation"),
        (
            "name",
            "key",
            "business_id",
            "public_authority",
            "country",
            "address",
            "email",
            "phone",
            "website",
        ),
    ),
    Section(
        "contacts",
        QT_TRANSLATE_NOOP("sections", "Data protection officer and representative"),
        ("dpo", "representative"),
    ),
    Section(
        "authority",
        QT_TRANSLATE_NOOP("sections", "Supervisory authority"),
        ("supervisory_authority",),
    ),
)

PROCESSOR_SECTIONS: tuple[Section, ...] = (
    Section(
        "processor",
        QT_TRANSLATE_NOOP("sections", "Processor"),
        (
            "name",
            "key",
            "business_id",
            "parent",
            "country",
            "address",
            "email",
            "phone",
            "website",
            "services",
        ),
    ),
    Section(
        "contacts",
        QT_TRANSLATE_NOOP("sections", "Data protection officer and representative"),
        ("dpo", "representative"),
    ),
    Section(
        "where",
        QT_TRANSLATE_NOOP("sections", "Where it processes and on what ground"),
        (
            "processing_countries",
            "transfer_mechanism",
            "scc_module",
            "safeguards",
            "tia",
            "adequacy_scope",
            "country_mechanisms",
            Panel("derived_transfers"),
        ),
    ),
    Section("notes", QT_TRANSLATE_NOOP("sections", "Notes"), ("notes",)),
)

PROCESSING_ON_BEHALF_SECTIONS: tuple[Section, ...] = (
    Section(
        "record",
        QT_TRANSLATE_NOOP("sections", "Processing"),
        ("categories_of_processing", "key", "agreement", "agreement_date"),
    ),
    Section("client", QT_TRANSLATE_NOOP("sections", "Client"), ("client",)),
    Section("subprocessors", QT_TRANSLATE_NOOP("sections", "Sub-processors"), ("subprocessors",)),
    Section("transfers", QT_TRANSLATE_NOOP("sections", "Transfers"), ("transfers",)),
    Section("security", QT_TRANSLATE_NOOP("sections", "Security"), ("security_measures",)),
)

SECTIONS: dict[type, tuple[Section, ...]] = {
    r.Register: REGISTER_SECTIONS,
    r.Controller: CONTROLLER_SECTIONS,
    r.Processor: PROCESSOR_SECTIONS,
    r.ProcessingOnBehalf: PROCESSING_ON_BEHALF_SECTIONS,
}

#: Fields an editor does not show because another view edits them; its value() keeps them as loaded.
ELSEWHERE: dict[type, frozenset[str]] = {
    r.Controller: frozenset({"registers", "processing_on_behalf"}),
}

#: Text fields edited on one line; every other text field gets a box that grows with its text.
#: Names, addresses and numbers are short; descriptions, bases, measures and statements are not,
#: and a new field is safest multi-line (nothing it holds is hidden).
SHORT_TEXTS: frozenset[str] = frozenset(
    {
        "name",
        "email",
        "phone",
        "website",
        "business_id",
        "reference",
        "department",
        "address",
        "task",
        "agreement",
        "recipient",
        "contact",
    }
)

#: The columns a list of records shows, where the first three simple fields would not be the best.
SUMMARY_COLUMNS: dict[type, tuple[str, ...]] = {
    r.Purpose: ("description", "legal_basis", "kind"),
    r.DataCategory: ("name", "special", "retention"),
    r.Recipient: ("name", "kind", "country"),
    r.ProcessorLink: ("processor", "task", "agreement", "agreement_date"),
    r.Transfer: ("country", "mechanism", "scc_module", "recipient"),
    r.CountryMechanism: ("country", "mechanism", "scc_module"),
}
