"""Read-only views of one record, laid out from the field catalogue, and the slot that holds them.

Each view renders its record as a document: the fields in the groups a DPO reads a record in
(UI.md), labelled from :mod:`ropa.model.catalogue` in the window's language, codes shown by their
labels from :mod:`ropa.reference`, processor keys as links that jump to the processor.

Each view has the interface of an editor (``load(record)``, ``is_dirty()``, ``revert()``,
``value()``), so the editor forms of ``ropa.ui.editor`` take their place in the window's
:class:`~ropa.ui.record_slot.RecordSlot` without other changes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import FieldSpec, Kind
from ropa.model.transfers import Basis, TransferStatus
from ropa.reference import reference

if TYPE_CHECKING:
    from ropa.app.session import ProcessorUse
    from ropa.model.transfers import Flow, TransferRow

LINK_SCHEME = "ropa"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it yet (Qt's macro, typed)."""
    return text


def _t(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("details", ...)``, in the window's language."""
    return QCoreApplication.translate("details", text)


_NOT_RECORDED = QT_TRANSLATE_NOOP("details", "not recorded")
_YES, _NO = QT_TRANSLATE_NOOP("details", "Yes"), QT_TRANSLATE_NOOP("details", "No")
_DERIVED = QT_TRANSLATE_NOOP("details", "Derived from processors")
_DERIVED_HEADS = (
    QT_TRANSLATE_NOOP("details", "Country or organisation"),
    QT_TRANSLATE_NOOP("details", "Chain"),
    QT_TRANSLATE_NOOP("details", "Status today"),
    QT_TRANSLATE_NOOP("details", "Mechanism"),
)
_SUBPROCESSORS = QT_TRANSLATE_NOOP("details", "Sub-processors")
_USED_BY = QT_TRANSLATE_NOOP("details", "Used by")
_USE_HEADS = (
    QT_TRANSLATE_NOOP("details", "Register"),
    QT_TRANSLATE_NOOP("details", "Controller"),
    QT_TRANSLATE_NOOP("details", "Through"),
    QT_TRANSLATE_NOOP("details", "Task"),
    QT_TRANSLATE_NOOP("details", "Agreement"),
    QT_TRANSLATE_NOOP("details", "Agreement date"),
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def link(kind: str, key: str, text: str) -> str:
    """An anchor the window follows: ``ropa:processor/<key>``, ``ropa:register/<key>``."""
    url = QUrl()
    url.setScheme(LINK_SCHEME)
    url.setPath(f"{kind}/{key}")
    return f'<a href="{html.escape(url.toString())}">{html.escape(text)}</a>'


def parse_link(url: QUrl) -> tuple[str, str] | None:
    """(kind, key) of an anchor made by :func:`link`."""
    if url.scheme() != LINK_SCHEME:
        return None
    kind, _, key = url.path().partition("/")
    return (kind, key) if kind and key else None


def grid(heads: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A small table: escaped ``heads``, cells given as HTML."""
    head = "".join(
        f"<th align='left' style='padding:2px 10px 2px 0; color:#555'>{html.escape(h)}</th>" for h in heads
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td style='padding:2px 10px 2px 0; vertical-align:top'>{cell}</td>" for cell in row)
        + "</tr>"
        for row in rows
    )
    return f"<table cellspacing='0'><tr>{head}</tr>{body}</table>"


@dataclass(frozen=True)
class Group:
    title: str  # marked for translation in the "details" context
    fields: tuple[str, ...]


#: The register's fields as a DPO reads a record (UI.md), each field once.
REGISTER_GROUPS = (
    Group(
        QT_TRANSLATE_NOOP("details", "Identity"),
        (
            "name",
            "key",
            "reference",
            "department",
            "status",
            "description",
            "contact_person",
            "responsible_person",
            "joint_controllers",
        ),
    ),
    Group(
        QT_TRANSLATE_NOOP("details", "Purposes"),
        (
            "purposes",
            "legal_basis_notes",
            "national_legal_basis",
            "special_category_conditions",
            "criminal_data_basis",
            "provision_requirement",
        ),
    ),
    Group(QT_TRANSLATE_NOOP("details", "Data"), ("data_subject_categories", "data_categories", "sources")),
    Group(QT_TRANSLATE_NOOP("details", "Sharing"), ("recipients", "disclosures")),
    Group(QT_TRANSLATE_NOOP("details", "Processors"), ("processors",)),
    Group(QT_TRANSLATE_NOOP("details", "Transfers"), ("transfers", "transfers_statement")),
    Group(
        QT_TRANSLATE_NOOP("details", "Retention and security"), ("retention", "systems", "security_measures")
    ),
    Group(
        QT_TRANSLATE_NOOP("details", "Automated decisions and DPIA"), ("automated_decision_making", "dpia")
    ),
    Group(QT_TRANSLATE_NOOP("details", "Rights"), ("data_subject_rights",)),
    Group(QT_TRANSLATE_NOOP("details", "Review"), ("created", "last_reviewed", "next_review")),
)

CONTROLLER_GROUPS = (
    Group(
        QT_TRANSLATE_NOOP("details", "Controller"),
        ("name", "key", "business_id", "address", "country", "email", "phone", "website", "public_authority"),
    ),
    Group(
        QT_TRANSLATE_NOOP("details", "Data protection officer and representative"),
        ("dpo", "representative", "supervisory_authority"),
    ),
)

PROCESSOR_GROUPS = (
    Group(
        QT_TRANSLATE_NOOP("details", "Processor"),
        (
            "name",
            "key",
            "business_id",
            "country",
            "address",
            "email",
            "phone",
            "website",
            "services",
            "parent",
        ),
    ),
    Group(
        QT_TRANSLATE_NOOP("details", "Where it processes"),
        (
            "processing_countries",
            "transfer_mechanism",
            "scc_module",
            "safeguards",
            "tia",
            "country_mechanisms",
        ),
    ),
    Group(QT_TRANSLATE_NOOP("details", "Adequacy scope"), ("adequacy_scope",)),
    Group(QT_TRANSLATE_NOOP("details", "Contacts"), ("dpo", "representative", "notes")),
)

ON_BEHALF_GROUPS = (
    Group(QT_TRANSLATE_NOOP("details", "Client"), ("client", "key")),
    Group(
        QT_TRANSLATE_NOOP("details", "Processing"),
        ("categories_of_processing", "subprocessors", "agreement", "agreement_date", "security_measures"),
    ),
    Group(QT_TRANSLATE_NOOP("details", "Transfers"), ("transfers",)),
)


class Renderer:
    """Turns records into HTML in one language; ``processor_name`` names processor keys."""

    def __init__(self, language: str, processor_name: Callable[[str], str] | None = None) -> None:
        self.language = language
        self.processor_name = processor_name or (lambda key: key)

    def document(
        self, title: str, subtitle: str, record: Any, groups: Sequence[Group], extra: str = ""
    ) -> str:
        parts = [
            f"<h2 style='margin-bottom:0'>{html.escape(title)}</h2>",
            f"<p style='color:#666; margin-top:2px'>{html.escape(subtitle)}</p>" if subtitle else "",
        ]
        known = entity(type(record))
        for group in groups:
            rows = [self.row(known.field(name), getattr(record, name)) for name in group.fields]
            parts.append(f"<h3>{html.escape(_t(group.title))}</h3>")
            parts.append(self.table(rows))
            if group.fields == ("transfers", "transfers_statement") and extra:
                parts.append(extra)
        if extra and not any(g.fields == ("transfers", "transfers_statement") for g in groups):
            parts.append(extra)
        return "".join(parts)

    @staticmethod
    def table(rows: Sequence[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='color:#555; padding:2px 16px 2px 0; vertical-align:top' width='210'>"
            f"{label}</td><td style='padding:2px 0'>{value}</td></tr>"
            for label, value in rows
        )
        return f"<table cellspacing='0' width='100%'>{cells}</table>"

    def row(self, spec: FieldSpec, value: Any) -> tuple[str, str]:
        return html.escape(spec.label(self.language)), self.value(spec, value)

    def empty(self) -> str:
        return f"<span style='color:#999'>{html.escape(_t(_NOT_RECORDED))}</span>"

    def value(self, spec: FieldSpec, value: Any) -> str:  # noqa: C901 - one branch per kind
        kind = spec.kind
        if value in (None, "", ()):
            return self.empty()
        if kind in (Kind.TEXT, Kind.KEY):
            return html.escape(str(value)).replace("\n", "<br>")
        if kind is Kind.TEXTS:
            return "<br>".join(html.escape(item) for item in value)
        if kind is Kind.CODE:
            return html.escape(_capitalised(reference().code_list(spec.codes).label(value, self.language)))
        if kind is Kind.CODES:
            found = reference().code_list(spec.codes)
            return "<br>".join(html.escape(_capitalised(found.label(code, self.language))) for code in value)
        if kind is Kind.COUNTRY:
            return html.escape(self.country(value))
        if kind is Kind.COUNTRIES:
            return html.escape(", ".join(self.country(code) for code in value))
        if kind is Kind.DATE:
            return html.escape(value.isoformat() if isinstance(value, date) else str(value))
        if kind is Kind.FLAG:
            return html.escape(_t(_YES) if value else _t(_NO))
        if kind is Kind.SCC_MODULE:
            return html.escape(reference().scc_modules.label(str(value), self.language) or str(value))
        if kind is Kind.REF:
            return link("processor", value, self.processor_name(value))
        if kind is Kind.REFS:
            return ", ".join(link("processor", key, self.processor_name(key)) for key in value)
        if kind in (Kind.OBJECT, Kind.OPTIONAL):
            return self.embedded(value)
        if kind is Kind.LIST:
            return self.items(spec, value)
        return html.escape(str(value))

    def country(self, code: str) -> str:
        name = reference().country_name(code, self.language)
        return f"{name} ({code})" if name != code else code

    def embedded(self, record: Any) -> str:
        fields = [
            (spec.label(self.language), self.value(spec, getattr(record, spec.name)))
            for spec in entity(type(record)).fields
            if getattr(record, spec.name) not in (None, "", ())
        ]
        if not fields:
            return self.empty()
        return "<br>".join(f"{html.escape(label)}: {value}" for label, value in fields)

    def items(self, spec: FieldSpec, items: Sequence[Any]) -> str:
        assert spec.record is not None
        specs = [
            f
            for f in entity(spec.record).fields
            if any(getattr(i, f.name) not in (None, "", ()) for i in items)
        ]
        if not specs:
            return self.empty()
        heads = [f.label(self.language) for f in specs]
        return grid(heads, [[self.value(f, getattr(item, f.name)) for f in specs] for item in items])


class RecordView(QTextBrowser):
    """A read-only record: the interface of an editor (``load``, ``is_dirty``, ``revert``), no editing."""

    link_activated = Signal(str, str)  # (kind, key) of a followed link: "processor", "register"

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.record: Any = None
        self.processor_names: dict[str, str] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.document().setDocumentMargin(12)

    def renderer(self) -> Renderer:
        return Renderer(self.language, lambda key: self.processor_names.get(key, key))

    def load(self, record: Any) -> None:
        self.record = record
        self.setHtml(self.to_html(record))

    def to_html(self, record: Any) -> str:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        return False

    def revert(self) -> None:
        if self.record is not None:
            self.load(self.record)

    def value(self) -> Any:
        return self.record

    def _follow(self, url: QUrl) -> None:
        found = parse_link(url)
        if found is not None:
            self.link_activated.emit(*found)


class RegisterView(RecordView):
    """A register, read-only, with the transfers derived from its processors (and its declared ones)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.transfer_rows: Sequence[TransferRow] = ()

    def set_transfers(self, rows: Sequence[TransferRow]) -> None:
        """The register's transfer rows (declared and derived) for the Transfers section."""
        self.transfer_rows = tuple(rows)
        if self.record is not None:
            self.setHtml(self.to_html(self.record))

    def to_html(self, record: r.Register) -> str:
        render = self.renderer()
        derived = [
            row.flow
            for row in self.transfer_rows
            if row.flow.basis is not Basis.DECLARED and row.record == record.key
        ]
        extra = ""
        if derived:
            names = self.processor_names
            rows = [
                [
                    html.escape(render.country(flow.country)),
                    " → ".join(link("processor", k, names.get(k, k)) for k in flow.chain),
                    html.escape(status_text(flow, self.language)),
                    html.escape(mechanism_text(flow.mechanism, self.language)),
                ]
                for flow in derived
            ]
            heads = [_t(head) for head in _DERIVED_HEADS]
            extra = f"<p><b>{html.escape(_t(_DERIVED))}</b></p>" + grid(heads, rows)
        status = reference().register_statuses.label(record.status, self.language) if record.status else ""
        status = status[:1].upper() + status[1:]
        subtitle = " · ".join(part for part in (record.department, status) if part)
        return render.document(record.name or record.key, subtitle, record, REGISTER_GROUPS, extra)


class ControllerView(RecordView):
    """A controller's own details, read-only."""

    def to_html(self, record: r.Controller) -> str:
        return self.renderer().document(
            record.name or record.key, record.business_id, record, CONTROLLER_GROUPS
        )


class ProcessorView(RecordView):
    """A processor with where it processes and the registers (of which controllers) that use it."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.users: Sequence[ProcessorUse] = ()
        self.children_keys: Sequence[str] = ()

    def set_context(self, users: Sequence[ProcessorUse], children: Sequence[str]) -> None:
        self.users, self.children_keys = tuple(users), tuple(children)

    def to_html(self, record: r.Processor) -> str:
        render = self.renderer()
        parts = []
        if self.children_keys:
            subs = ", ".join(link("processor", k, self.processor_names.get(k, k)) for k in self.children_keys)
            parts.append(f"<h3>{html.escape(_t(_SUBPROCESSORS))}</h3><p>{subs}</p>")
        parts.append(f"<h3>{html.escape(_t(_USED_BY))}</h3>")
        if self.users:
            names = self.processor_names
            rows = [
                [
                    link("register", u.register, u.register_name or u.register),
                    html.escape(u.controller_name),
                    ""
                    if u.processor == record.key
                    else link("processor", u.processor, names.get(u.processor, u.processor)),
                    html.escape(u.task),
                    html.escape(u.agreement),
                    u.agreement_date.isoformat() if u.agreement_date else "",
                ]
                for u in self.users
            ]
            parts.append(grid([_t(head) for head in _USE_HEADS], rows))
        else:
            parts.append(f"<p>{render.empty()}</p>")
        country = render.country(record.country) if record.country else ""
        return render.document(record.name or record.key, country, record, PROCESSOR_GROUPS, "".join(parts))


class OnBehalfView(RecordView):
    """An Art. 30(2) record, read-only."""

    def to_html(self, record: r.ProcessingOnBehalf) -> str:
        return self.renderer().document(record.client.name or record.key, "", record, ON_BEHALF_GROUPS)


def status_text(flow: Flow, language: str) -> str:
    """A flow's Chapter V status in words, with the adequacy decision where one applies."""
    text = _capitalised(flow.status.label(language))
    decision = flow.decision
    if decision is not None and flow.status is not TransferStatus.NOT_A_TRANSFER:
        text = f"{text}: {decision.decision}"
    return text


def mechanism_text(code: str | None, language: str) -> str:
    if not code:
        return ""
    return _capitalised(reference().transfer_mechanisms.label(code, language))
