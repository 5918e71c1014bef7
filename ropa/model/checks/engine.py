"""The rule engine: rules are plain functions over the records, registered with their metadata.

A rule declares a stable id, a severity, the article it rests on and its message in English and
Finnish; its function yields :class:`Hit` values (a field path inside the record and the words
the message needs). :func:`run_checks` turns hits into :class:`Finding` values that name the
record and the field, so the CLI can print them and the editor can open the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from ropa.gc_pause import collector_paused
from ropa.model import records as r
from ropa.model.fields import Words
from ropa.model.transfers import Flow, ProcessorCatalogue


class Severity(StrEnum):
    ERROR = "error"  # the record is wrong or lacks what Art. 30 requires
    WARNING = "warning"  # likely wrong or risky: a DPO should look
    INFO = "info"  # worth knowing

    def label(self, lang: str = "en") -> str:
        return _SEVERITY_LABELS[self](lang)


_SEVERITY_LABELS = {
    Severity.ERROR: Words("error", "virhe"),
    Severity.WARNING: Words("warning", "varoitus"),
    Severity.INFO: Words("info", "huomio"),
}


class Scope(IntEnum):
    """What a rule looks at; the order is the order findings are listed in."""

    WORKSPACE = 0
    CONTROLLER = 1
    REGISTER = 2
    PROCESSING_ON_BEHALF = 3
    PROCESSOR = 4


#: How findings name the kind of record they are about (the Transfers view's ``RecordKind`` values).
SUBJECTS = {
    Scope.WORKSPACE: "workspace",
    Scope.CONTROLLER: "controller",
    Scope.REGISTER: "register",
    Scope.PROCESSING_ON_BEHALF: "processing_on_behalf",
    Scope.PROCESSOR: "processor",
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One place a rule fires: the path of the field inside the record and the message's words.

    ``rule`` overrides the firing rule for rule families (the catalogue's required fields)."""

    path: str = ""
    args: Mapping[str, Any] = field(default_factory=dict)
    rule: Rule | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    severity: Severity
    article: str
    en: str
    fi: str
    scope: Scope

    def message(self, lang: str, args: Mapping[str, Any]) -> str:
        return self.template(lang).format_map(args)

    def template(self, lang: str) -> str:
        """The message before its words are filled in (as :class:`Words` picks the language)."""
        return self.fi if lang[:2].lower() == "fi" and self.fi else self.en


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """A rule firing on one record; ``path`` is the field inside it (``purposes[0].legal_basis``).

    The message is worded when asked for, in the language asked for."""

    rule: Rule
    subject: str  # "register", "processing_on_behalf", "controller", "processor" or "workspace"
    controller: str | None
    record: str  # the record's key (the controller's for a controller finding)
    name: str
    path: str
    args: Mapping[str, Any]

    @property
    def severity(self) -> Severity:
        return self.rule.severity

    @property
    def article(self) -> str:
        return self.rule.article

    def message(self, lang: str = "en") -> str:
        return self.rule.message(lang, self.args)


def _without_declared_twice(flows: list[Flow]) -> list[Flow]:
    """Drop a derived flow the record also declares (same processor, same destination): the
    declaration, with its own mechanism and assessment, is what the rules should judge."""
    declared = {(f.processor, f.country) for f in flows if f.position is not None and f.processor}
    return [f for f in flows if f.position is not None or (f.processor, f.country) not in declared]


@dataclass(frozen=True, slots=True)
class RegisterCheck:
    """What the register rules see: the register, its controller and its flows on the date.

    ``leaving`` holds the flows Chapter V applies to, each with the path the editor shows it at.
    """

    controller: r.Controller
    register: r.Register
    flows: list[Flow]
    on: date
    catalogue: ProcessorCatalogue
    leaving: list[tuple[str, Flow]] = field(default_factory=list)
    links: dict[str | None, int] = field(default_factory=dict)  # processor key -> its first link

    def __post_init__(self) -> None:
        for i, link in enumerate(self.register.processors):
            self.links.setdefault(link.processor, i)
        self.leaving.extend(
            (self.flow_path(f), f) for f in _without_declared_twice(self.flows) if f.is_transfer
        )

    def link_index(self, processor: str | None) -> int | None:
        return self.links.get(processor)

    def flow_path(self, flow: Flow) -> str:
        """Where the editor shows a flow: the declared transfer, or the link that leads to it."""
        if flow.position is not None:
            return f"transfers[{flow.position}]"
        index = self.link_index(flow.chain[0] if flow.chain else None)
        return f"processors[{index}]" if index is not None else "processors"


@dataclass(frozen=True, slots=True)
class OnBehalfCheck:
    controller: r.Controller
    record: r.ProcessingOnBehalf
    flows: list[Flow]
    on: date
    leaving: list[tuple[str, Flow]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for flow in _without_declared_twice(self.flows):
            if flow.is_transfer:
                at = f"transfers[{flow.position}]" if flow.position is not None else "subprocessors"
                self.leaving.append((at, flow))


@dataclass(frozen=True, slots=True)
class ControllerCheck:
    controller: r.Controller
    on: date


@dataclass(frozen=True, slots=True)
class ProcessorCheck:
    processor: r.Processor
    catalogue: ProcessorCatalogue
    on: date


@dataclass(frozen=True, slots=True)
class WorkspaceCheck:
    workspace: r.Workspace
    on: date


Check = Callable[[Any], Iterable[Hit]]

#: Every rule a finding can carry, in declaration order.
RULES: list[Rule] = []
#: What runs, in declaration order: a rule's function, or a family's function (rule None: each of
#: its hits names the member that fired).
_CHECKS: list[tuple[Scope, Rule | None, Check]] = []


def rule(
    id_: str, severity: Severity, article: str, en: str, fi: str, scope: Scope = Scope.REGISTER
) -> Callable[[Check], Check]:
    """Register the decorated function as a rule with this metadata."""

    def register(check: Check) -> Check:
        if any(existing.id == id_ for existing in RULES):
            raise ValueError(f"rule id {id_!r} is declared twice")
        declared = Rule(id_, severity, article, en, fi, scope)
        RULES.append(declared)
        _CHECKS.append((scope, declared, check))
        return check

    return register


def family(rules: Iterable[Rule], scope: Scope, check: Check) -> None:
    """Register a family of rules whose one function names the member in each hit."""
    RULES.extend(rules)
    _CHECKS.append((scope, None, check))


def documented_rules() -> list[Rule]:
    """Every rule a finding can carry, for the README and ``ropa check --rules``."""
    return list(RULES)


def _finding(
    hit: Hit, default: Rule | None, subject: Scope, controller: str | None, record: str, name: str
) -> Finding:
    fired = hit.rule or default
    assert fired is not None, "a family's hits must name their rule"
    return Finding(
        rule=fired,
        subject=SUBJECTS[subject],
        controller=controller,
        record=record,
        name=name,
        path=hit.path,
        args=hit.args,
    )


Checks = list[tuple[Rule | None, Check]]


def _checks(scope: Scope) -> Checks:
    return [(declared, check) for of, declared, check in _CHECKS if of is scope]


def _run_on(
    subject: Any,
    checks: Checks,
    scope: Scope,
    controller: str | None,
    record: str,
    name: str,
    found: list[Finding],
) -> None:
    for fired, check in checks:
        for hit in check(subject):
            found.append(_finding(hit, fired, scope, controller, record, name))


def check_register(
    controller: r.Controller,
    register: r.Register,
    catalogue: ProcessorCatalogue,
    on: date,
    checks: Checks | None = None,
    flows_seen: FlowsSeen | None = None,
) -> list[Finding]:
    """The findings of one register: what the editor shows as the DPO types."""
    engaged = [link.processor for link in register.processors]
    flows = catalogue.declared(register.transfers, engaged, on) + catalogue.derived_transfers(engaged, on)
    if flows_seen is not None:
        flows_seen[(SUBJECTS[Scope.REGISTER], register.key)] = flows
    subject = RegisterCheck(controller, register, flows, on, catalogue)
    found: list[Finding] = []
    checks = _checks(Scope.REGISTER) if checks is None else checks
    _run_on(subject, checks, Scope.REGISTER, controller.key, register.key, register.name, found)
    return found


#: Each record's flows as the checks judged them, by (subject, record key): what ``run_checks``
#: fills when asked, so that the dashboard need not work them out a second time.
FlowsSeen = dict[tuple[str, str], list[Flow]]


def run_checks(workspace: r.Workspace, on: date, *, flows_seen: FlowsSeen | None = None) -> list[Finding]:
    """Every finding of every rule over ``workspace`` on ``on``, grouped by controller and record;
    ``flows_seen`` (a dict) receives every register's and Art. 30(2) record's flows."""
    with collector_paused():  # tens of thousands of findings and flows, no cycles among them
        return _run(workspace, on, flows_seen)


def _run(workspace: r.Workspace, on: date, flows_seen: FlowsSeen | None = None) -> list[Finding]:
    catalogue = ProcessorCatalogue(workspace.processors)
    found: list[Finding] = []
    _run_on(WorkspaceCheck(workspace, on), _checks(Scope.WORKSPACE), Scope.WORKSPACE, None, "", "", found)
    controller_checks = _checks(Scope.CONTROLLER)
    register_checks = _checks(Scope.REGISTER)
    pob_checks = _checks(Scope.PROCESSING_ON_BEHALF)
    for controller in workspace.controllers:
        key = controller.key
        _run_on(
            ControllerCheck(controller, on),
            controller_checks,
            Scope.CONTROLLER,
            key,
            key,
            controller.name,
            found,
        )
        for register in controller.registers:
            found.extend(check_register(controller, register, catalogue, on, register_checks, flows_seen))
        for pob in controller.processing_on_behalf:
            subs = pob.subprocessors
            flows = catalogue.declared(pob.transfers, subs, on, on_behalf=True)
            flows += catalogue.derived_transfers(subs, on, on_behalf=True)
            if flows_seen is not None:
                flows_seen[(SUBJECTS[Scope.PROCESSING_ON_BEHALF], pob.key)] = flows
            on_behalf = OnBehalfCheck(controller, pob, flows, on)
            _run_on(on_behalf, pob_checks, Scope.PROCESSING_ON_BEHALF, key, pob.key, pob.client.name, found)
    processor_checks = _checks(Scope.PROCESSOR)
    for processor in workspace.processors:
        subject = ProcessorCheck(processor, catalogue, on)
        _run_on(subject, processor_checks, Scope.PROCESSOR, None, processor.key, processor.name, found)
    return found
