"""What the dashboard shows, computed from the records and the findings: no Qt, no SQL.

:func:`dashboard` takes a workspace (all of it or one controller's part, as
``Session.snapshot`` gives it) and the date, runs the checks (or takes their findings) and
returns a :class:`Dashboard`: completeness per register, per controller and overall, the
findings counted by severity, reviews overdue and coming up, where data is transferred (by
country and mechanism) and the legal bases the registers rest on.

**Completeness** of a register is the share of its Art. 30 items (:func:`register_items`: the
required fields and the parts that hold required fields) that no missing-content finding points
into. A purpose without its legal basis makes the item *purposes* incomplete; an empty list of
transfers is complete (nothing in it is left unfilled). A retired register is not scored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ropa.model import records as r
from ropa.model.catalogue import RECORD_KINDS
from ropa.model.checks.completeness import is_missing_content, register_items
from ropa.model.checks.engine import Finding, FlowsSeen, Severity, run_checks
from ropa.model.field_path import field_words
from ropa.model.transfers import Flow, TransferStatus, transfer_rows

#: How far ahead a review counts as coming up.
UPCOMING_DAYS = 60

#: The mechanism key of a transfer that needs one and has none.
NO_MECHANISM = ""
ADEQUACY = "adequacy"


@dataclass(frozen=True, slots=True)
class RegisterScore:
    controller: str
    key: str
    name: str
    complete: int  # items complete
    items: int  # items judged

    @property
    def share(self) -> float:
        return self.complete / self.items if self.items else 1.0


@dataclass(frozen=True, slots=True)
class ControllerScore:
    key: str
    name: str
    registers: int
    share: float  # mean completeness of its scored registers (1.0 with none)


@dataclass(frozen=True, slots=True)
class Review:
    controller: str
    key: str
    name: str
    due: date


@dataclass(frozen=True, slots=True)
class Destination:
    """Records transferring data to one country (or international organisation), by mechanism.

    ``mechanisms`` maps a mechanism code to the number of records using it for this destination:
    the recorded one, ``adequacy`` for a flow an adequacy decision covers without one recorded,
    :data:`NO_MECHANISM` where one is needed and none is recorded."""

    country: str
    mechanisms: tuple[tuple[str, int], ...]
    records: int  # distinct records transferring there


@dataclass(frozen=True, slots=True)
class Dashboard:
    on: date
    controller: str | None  # None: all controllers
    registers: int  # scored (not retired)
    scores: tuple[RegisterScore, ...]  # least complete first
    controllers: tuple[ControllerScore, ...]  # least complete first
    overall: float  # mean completeness of the scored registers
    severities: tuple[tuple[Severity, int], ...]  # error, warning, info
    findings: tuple[Finding, ...]
    overdue: tuple[Review, ...]  # longest overdue first
    upcoming: tuple[Review, ...]  # soonest first, within UPCOMING_DAYS
    destinations: tuple[Destination, ...]  # most records first
    legal_bases: tuple[tuple[str, int], ...]  # basis code ("" none recorded) -> registers, most first

    def count(self, severity: Severity) -> int:
        return dict(self.severities).get(severity, 0)

    @property
    def complete_registers(self) -> int:
        return sum(1 for s in self.scores if s.complete == s.items)


def dashboard(
    workspace: r.Workspace,
    on: date,
    *,
    controller: str | None = None,
    findings: Sequence[Finding] | None = None,
) -> Dashboard:
    """The dashboard of ``workspace`` on ``on``; ``controller`` says whose it is (None: all).

    ``findings`` are ``run_checks(workspace, on)`` when not given. With a controller, the
    processor catalogue's own findings (not about the controller's records) are left out."""
    seen: FlowsSeen | None = None
    if findings is None:
        seen = {}
        found = run_checks(workspace, on, flows_seen=seen)
    else:
        found = list(findings)
    if controller is not None:
        found = [f for f in found if f.controller == controller]
    scores = _scores(workspace, found)
    overall = sum(s.share for s in scores) / len(scores) if scores else 1.0
    counts = Counter(f.severity for f in found)
    overdue, upcoming = _reviews(workspace, on)
    return Dashboard(
        on=on,
        controller=controller,
        registers=len(scores),
        scores=tuple(sorted(scores, key=lambda s: (s.share, s.controller, s.name, s.key))),
        controllers=_controller_scores(workspace, scores),
        overall=overall,
        severities=tuple((s, counts.get(s, 0)) for s in Severity),
        findings=tuple(found),
        overdue=overdue,
        upcoming=upcoming,
        destinations=_destinations(_flows(workspace, on, seen)),
        legal_bases=_legal_bases(_live(workspace)),
    )


def _live(workspace: r.Workspace) -> Iterable[tuple[r.Controller, r.Register]]:
    for controller in workspace.controllers:
        for register in controller.registers:
            if register.status != "retired":
                yield controller, register


def _scores(workspace: r.Workspace, findings: Sequence[Finding]) -> list[RegisterScore]:
    items = register_items()
    gaps: dict[tuple[str | None, str], set[str]] = {}
    for finding in findings:
        if finding.subject == "register" and is_missing_content(finding.rule):
            head = finding.path.split(".", 1)[0].split("[", 1)[0]
            gaps.setdefault((finding.controller, finding.record), set()).add(head)
    scores = []
    for controller, register in _live(workspace):
        missing = gaps.get((controller.key, register.key), set())
        judged = len(items) + len(missing.difference(items))
        scores.append(
            RegisterScore(controller.key, register.key, register.name, judged - len(missing), judged)
        )
    return scores


def _controller_scores(
    workspace: r.Workspace, scores: Sequence[RegisterScore]
) -> tuple[ControllerScore, ...]:
    shares: dict[str, list[float]] = {}
    for score in scores:
        shares.setdefault(score.controller, []).append(score.share)
    out = [
        ControllerScore(
            c.key,
            c.name,
            len(shares.get(c.key, ())),
            sum(shares[c.key]) / len(shares[c.key]) if shares.get(c.key) else 1.0,
        )
        for c in workspace.controllers
    ]
    return tuple(sorted(out, key=lambda c: (c.share, c.name, c.key)))


def _reviews(workspace: r.Workspace, on: date) -> tuple[tuple[Review, ...], tuple[Review, ...]]:
    horizon = on + timedelta(days=UPCOMING_DAYS)
    overdue, upcoming = [], []
    for controller, register in _live(workspace):
        due = register.next_review
        if due is None:
            continue
        review = Review(controller.key, register.key, register.name, due)
        if due < on:
            overdue.append(review)
        elif due <= horizon:
            upcoming.append(review)
    order = lambda v: (v.due, v.controller, v.name)  # noqa: E731
    return tuple(sorted(overdue, key=order)), tuple(sorted(upcoming, key=order))


def _flows(
    workspace: r.Workspace, on: date, seen: FlowsSeen | None
) -> Iterator[tuple[tuple[str, str], Flow]]:
    """Each flow with its record (kind, key): those the checks saw, else worked out afresh."""
    if seen is not None:
        for who, flows in seen.items():
            for flow in flows:
                yield who, flow
        return
    for row in transfer_rows(workspace, on):
        yield (row.kind.value, row.record), row.flow


def _destinations(flows: Iterable[tuple[tuple[str, str], Flow]]) -> tuple[Destination, ...]:
    """Records with a flow to each destination outside the EEA, by the mechanism the flow has."""
    by_mechanism: dict[str, dict[str, set[tuple[str, str]]]] = {}
    records: dict[str, set[tuple[str, str]]] = {}
    for who, flow in flows:
        if not flow.is_transfer:
            continue
        records.setdefault(flow.country, set()).add(who)
        mechanism = flow.mechanism or (ADEQUACY if flow.status is TransferStatus.ADEQUACY else NO_MECHANISM)
        by_mechanism.setdefault(flow.country, {}).setdefault(mechanism, set()).add(who)
    out = []
    for country, reached in records.items():
        mechanisms = by_mechanism.get(country, {})
        counted = sorted(((m, len(w)) for m, w in mechanisms.items()), key=lambda mc: (-mc[1], mc[0]))
        out.append(Destination(country, tuple(counted), len(reached)))
    return tuple(sorted(out, key=lambda d: (-d.records, d.country)))


def _legal_bases(live: Iterable[tuple[r.Controller, r.Register]]) -> tuple[tuple[str, int], ...]:
    counts: Counter[str] = Counter()
    for _, register in live:
        bases = {p.legal_basis or "" for p in register.purposes} or {""}
        counts.update(bases)
    return tuple(sorted(counts.items(), key=lambda bc: (-bc[1], bc[0])))


def field_text(finding: Finding, lang: str = "en") -> str:
    """The field a finding is about as people read it: ``Purposes 1 › Legal basis``; "" for a
    finding about the whole record (or the whole workspace)."""
    return field_words(RECORD_KINDS.get(finding.subject), finding.path, lang)
