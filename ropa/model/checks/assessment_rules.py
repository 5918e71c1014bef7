"""Impact assessments (Art. 35, WP248 and the Finnish supervisory authority's list) and reviews."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from functools import lru_cache

from ropa.model.checks.engine import Hit, RegisterCheck, Scope, Severity, WorkspaceCheck, rule
from ropa.reference import reference

#: Reference data older than this may miss an adequacy decision adopted, renewed or struck down since.
REFERENCE_VALID = timedelta(days=365)

_LOCATION = re.compile(r"sijainti|paikannus|location|gps|positionering", re.IGNORECASE)
_WHISTLEBLOWING = re.compile(r"whistleblow|ilmoituskanava|väärinkäytös|visselblås", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _mentions_location(text: str) -> bool:
    """Whether a data category's name speaks of location (names repeat across registers: cached)."""
    return _LOCATION.search(text) is not None


@lru_cache(maxsize=4096)
def _mentions_whistleblowing(text: str) -> bool:
    return _WHISTLEBLOWING.search(text) is not None


def _assessed(check: RegisterCheck) -> bool:
    return check.register.dpia.status == "done"


@rule(
    "dpia-criteria-without-dpia",
    Severity.WARNING,
    "35(1)",
    "{count} WP248 criteria are met: a DPIA is usually needed, and none is done",
    "{count} WP248-kriteeriä täyttyy: vaikutustenarviointi on yleensä tehtävä, eikä sitä ole tehty",
)
def dpia_criteria_without_dpia(check: RegisterCheck) -> Iterator[Hit]:
    count = len(set(check.register.dpia.criteria))
    if count >= reference().dpia_threshold and not _assessed(check):
        yield Hit("dpia.status", {"count": count})


@rule(
    "dpia-finnish-list",
    Severity.WARNING,
    "35(4)",
    "The Finnish supervisory authority's list requires a DPIA here ({why}), and none is done",
    "Tietosuojavaltuutetun luettelon mukaan vaikutustenarviointi on tehtävä ({why_fi}), eikä sitä ole tehty",
)
def dpia_finnish_list(check: RegisterCheck) -> Iterator[Hit]:
    if _assessed(check):
        return
    register = check.register
    criteria = len(set(register.dpia.criteria))
    specials = {c.special for c in register.data_categories}
    if criteria >= 1 and specials & {"biometric", "genetic"}:
        why = {"why": "biometric or genetic data with a WP248 criterion",
               "why_fi": "biometrisiä tai geneettisiä tietoja ja WP248-kriteeri"}  # fmt: skip
        yield Hit("dpia.status", why)
    elif criteria >= 1 and any(_mentions_location(c.name) for c in register.data_categories):
        yield Hit("dpia.status", {"why": "location data with a WP248 criterion",
                                  "why_fi": "sijaintitietoja ja WP248-kriteeri"})  # fmt: skip
    elif _mentions_whistleblowing(register.name) or any(
        _mentions_whistleblowing(p.description) for p in register.purposes
    ):
        yield Hit("dpia.status", {"why": "a whistleblowing channel", "why_fi": "ilmoituskanava"})


@rule(
    "review-not-scheduled",
    Severity.INFO,
    "5(2)",
    "No next review date is set",
    "Seuraavaa tarkistuspäivää ei ole asetettu",
)
def review_not_scheduled(check: RegisterCheck) -> Iterator[Hit]:
    if check.register.status != "retired" and check.register.next_review is None:
        yield Hit("next_review")


@rule(
    "review-overdue",
    Severity.WARNING,
    "5(2)",
    "The review was due on {due}",
    "Tarkistus erääntyi {due}",
)
def review_overdue(check: RegisterCheck) -> Iterator[Hit]:
    due = check.register.next_review
    if check.register.status != "retired" and due is not None and due < check.on:
        yield Hit("next_review", {"due": due.isoformat()})


@rule(
    "retired-register-linked",
    Severity.WARNING,
    "28",
    "The register is retired but still linked to {count} processor(s)",
    "Rekisteri on poistettu käytöstä, mutta siihen on yhä liitetty {count} käsittelijää",
)
def retired_register_linked(check: RegisterCheck) -> Iterator[Hit]:
    if check.register.status == "retired" and check.register.processors:
        yield Hit("processors", {"count": len(check.register.processors)})


@rule(
    "reference-data-old",
    Severity.WARNING,
    "45",
    "The adequacy decisions were last verified on {verified}: more than a year ago, so a decision may have "
    "been adopted, renewed or annulled since",
    "Riittävyyspäätökset on tarkistettu viimeksi {verified}, yli vuosi sitten; päätöksiä on voitu tehdä, "
    "uusia tai kumota sen jälkeen",
    Scope.WORKSPACE,
)
def reference_data_old(check: WorkspaceCheck) -> Iterator[Hit]:
    verified = max((d.verified_on for d in reference().adequacy), default=None)
    if verified is not None and check.on - verified > REFERENCE_VALID:
        yield Hit("", {"verified": verified.isoformat()})
