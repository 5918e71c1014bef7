"""Chapter V: every flow that leaves the EEA needs a ground that holds on the date it is judged."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import lru_cache
from typing import Any

from ropa.model.checks.engine import Hit, OnBehalfCheck, RegisterCheck, Scope, Severity, rule
from ropa.model.transfers import Basis, Flow, TransferStatus
from ropa.reference import Mechanism, reference

#: A confirmation of a limited adequacy scope (the DPF List, say) older than this is stale.
SCOPE_CHECK_VALID = timedelta(days=365)

#: How published statements say "nothing leaves the EU/EEA" in Finnish, Swedish and English...
_NO_TRANSFERS = re.compile(
    r"\b(ei\s+(siirretä|luovuteta|siirry|siirtoja|luovutuksia)|eikä\s+siirtoja|ei\s+tehdä\s+siirtoja|"
    r"siirtoja\s+ei|överförs\s+inte|lämnas\s+inte\s+ut|"
    r"no\s+(data\s+)?(is\s+|are\s+)?transfer|not\s+(be\s+)?transferred|no\s+transfers?)\b",
    re.IGNORECASE,
)
#: ...and how they make an exception ("no transfers unless technically necessary").
_EXCEPT = re.compile(
    r"\b(ellei|paitsi|lukuun\s+ottamatta|vain|unless|except|only|utom|såvida)\b", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def denies_transfers(statement: str) -> bool:
    """Whether a transfers statement says, without exception, that nothing leaves the EU/EEA
    (statements repeat across registers: cached)."""
    return _NO_TRANSFERS.search(statement) is not None and _EXCEPT.search(statement) is None


def _mechanism(flow: Flow) -> Mechanism | None:
    return reference().mechanism(flow.mechanism) if flow.mechanism else None


def _words(flow: Flow) -> dict[str, object]:
    chain = " → ".join(flow.chain)
    return {
        "country": flow.country,
        "via": f" ({chain})" if chain else "",
        "mechanism": flow.mechanism or "",
        "module": flow.scc_module,
        "needed": flow.module_needed,
    }


FlowCheck = Callable[[Any], Iterator[Hit]]


def _both(
    rule_id: str, severity: Severity, article: str, en: str, fi: str
) -> Callable[[FlowCheck], FlowCheck]:
    """Declare one transfer rule for registers and, with ``-30-2`` appended, for Art. 30(2) records."""

    def declare(check: FlowCheck) -> FlowCheck:
        rule(rule_id, severity, article, en, fi)(check)
        rule(f"{rule_id}-30-2", severity, article, en, fi, Scope.PROCESSING_ON_BEHALF)(check)
        return check

    return declare


@_both(
    "transfer-without-mechanism",
    Severity.ERROR,
    "44",
    "Transfer to {country}{via} has no transfer mechanism",
    "Siirrolla kohteeseen {country}{via} ei ole siirtoperustetta",
)
def transfer_without_mechanism(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        if flow.status is TransferStatus.THIRD_COUNTRY and not flow.mechanism:
            yield Hit(path, _words(flow))


@_both(
    "adequacy-without-decision",
    Severity.ERROR,
    "45",
    "Transfer to {country}{via} relies on adequacy, but no adequacy decision covers it on that date",
    "Siirto kohteeseen {country}{via} nojaa riittävyyspäätökseen, jota ei ole kyseisenä päivänä",
)
def adequacy_without_decision(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        if flow.mechanism == "adequacy" and flow.decision is None:
            yield Hit(path, _words(flow))


@_both(
    "adequacy-scope-not-confirmed",
    Severity.WARNING,
    "45",
    "Transfer to {country}{via}: the adequacy decision is limited in scope and the recipient's scope is not "
    "confirmed (e.g. not checked on the Data Privacy Framework List)",
    "Siirto kohteeseen {country}{via}: riittävyyspäätös on rajattu, eikä vastaanottajan kuulumista sen "
    "soveltamisalaan ole vahvistettu",
)
def adequacy_scope_not_confirmed(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        if flow.status is TransferStatus.ADEQUACY_NOT_CONFIRMED and flow.mechanism in (None, "adequacy"):
            yield Hit(path, _words(flow))


@_both(
    "adequacy-scope-stale",
    Severity.WARNING,
    "45",
    "Transfer to {country}{via}: the scope of the limited adequacy decision was last confirmed {checked}; "
    "check it again",
    "Siirto kohteeseen {country}{via}: rajatun riittävyyspäätöksen soveltamisala vahvistettiin viimeksi "
    "{checked}; tarkista uudelleen",
)
def adequacy_scope_stale(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        scope = flow.adequacy_scope
        confirmed = flow.status is TransferStatus.ADEQUACY and flow.standing.scope_limited and scope.confirmed
        stale = scope.checked_on is None or check.on - scope.checked_on > SCOPE_CHECK_VALID
        if confirmed and stale:
            checked = scope.checked_on.isoformat() if scope.checked_on else "never"
            yield Hit(path, {**_words(flow), "checked": checked})


@_both(
    "transfer-without-tia",
    Severity.WARNING,
    "46",
    "Transfer to {country}{via} under {mechanism} has no transfer impact assessment (C-311/18, EDPB "
    "Recommendations 01/2020)",
    "Siirrolle kohteeseen {country}{via} ({mechanism}) ei ole tehty siirtovaikutusten arviointia",
)
def transfer_without_tia(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        mechanism = _mechanism(flow)
        needs = mechanism is not None and mechanism.requires_tia
        if needs and not flow.status.covered_by_adequacy and not flow.tia.strip():
            yield Hit(path, _words(flow))


@_both(
    "scc-module-mismatch",
    Severity.WARNING,
    "46(2)(c)",
    "Transfer to {country}{via}: SCC module {module} recorded, but this leg needs module {needed}",
    "Siirto kohteeseen {country}{via}: kirjattu vakiolausekemoduuli {module}, mutta tämä siirto edellyttää "
    "moduulia {needed}",
)
def scc_module_mismatch(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        if not flow.module_fits:
            yield Hit(path, _words(flow))


@_both(
    "compelling-interests-without-safeguards",
    Severity.ERROR,
    "49(1) second subparagraph",
    "Transfer to {country}{via} on compelling legitimate interests: the safeguards must be documented in "
    "the record (Art. 30(1)(e))",
    "Siirto kohteeseen {country}{via} pakottavan oikeutetun edun perusteella: suojatoimet on kirjattava "
    "selosteeseen",
)
def compelling_without_safeguards(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        mechanism = _mechanism(flow)
        documented = mechanism is not None and mechanism.requires_documented_safeguards
        if documented and not flow.safeguards.strip():
            yield Hit(path, _words(flow))


@_both(
    "derogation-for-regular-transfer",
    Severity.WARNING,
    "49",
    "Transfer to {country}{via} goes through a processor, which makes it regular and repeated; an Art. 49 "
    "derogation is meant for occasional transfers (EDPB Guidelines 2/2018)",
    "Siirto kohteeseen {country}{via} tapahtuu käsittelijän kautta eli säännöllisesti; 49 artiklan "
    "poikkeus on tarkoitettu satunnaisiin siirtoihin",
)
def derogation_for_regular_transfer(check: RegisterCheck | OnBehalfCheck) -> Iterator[Hit]:
    for path, flow in check.leaving:
        mechanism = _mechanism(flow)
        if flow.chain and mechanism is not None and mechanism.derogation:
            yield Hit(path, _words(flow))


@rule(
    "statement-denies-derived-transfers",
    Severity.WARNING,
    "13(1)(f)",
    "The transfers statement says data is not transferred outside the EU/EEA, but the processors imply "
    "transfers to {countries}",
    "Siirtoja koskeva lausuma kieltää siirrot EU:n/ETA:n ulkopuolelle, mutta käsittelijöiden kautta tietoja "
    "siirtyy kohteisiin {countries}",
)
def statement_denies_derived_transfers(check: RegisterCheck) -> Iterator[Hit]:
    statement = check.register.transfers_statement
    if not statement or not denies_transfers(statement):
        return
    derived = sorted({f.country for f in check.flows if f.is_transfer and f.basis is not Basis.DECLARED})
    if derived:
        yield Hit("transfers_statement", {"countries": ", ".join(derived)})


@rule(
    "transfer-statement-unspecific",
    Severity.WARNING,
    "30(1)(e)",
    "The transfers statement allows transfers, but nothing in the record names a destination or a "
    "mechanism: no declared transfer, no processor outside the EEA",
    "Siirtoja koskeva lausuma sallii siirrot, mutta selosteessa ei nimetä kohdemaata eikä siirtoperustetta: "
    "ei kirjattuja siirtoja eikä ETA:n ulkopuolisia käsittelijöitä",
)
def transfer_statement_unspecific(check: RegisterCheck) -> Iterator[Hit]:
    statement = check.register.transfers_statement.strip()
    if statement and not denies_transfers(statement) and not check.register.transfers and not check.leaving:
        yield Hit("transfers_statement")


#: Art. 49(3): these derogations are not for public authorities exercising their public powers.
_NOT_FOR_PUBLIC_POWERS = frozenset(
    {"derogation-49-1-a", "derogation-49-1-b", "derogation-49-1-c", "compelling_legitimate_interests"}
)


@rule(
    "public-authority-derogation",
    Severity.WARNING,
    "49(3)",
    "Transfer to {country}{via} relies on {mechanism}, which a public authority cannot use in the "
    "exercise of its public powers",
    "Siirto kohteeseen {country}{via} perustuu poikkeukseen {mechanism}, jota viranomainen ei voi käyttää "
    "julkista valtaa käyttäessään",
)
def public_authority_derogation(check: RegisterCheck) -> Iterator[Hit]:
    if not check.controller.public_authority:
        return
    for path, flow in check.leaving:
        if flow.mechanism in _NOT_FOR_PUBLIC_POWERS:
            yield Hit(path, _words(flow))
