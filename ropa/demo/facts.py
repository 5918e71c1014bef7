"""Legal facts and fixed dates the demo is built against.

Why: the document must be the same whatever day it is built on, so membership and adequacy are
read from ``ropa.reference`` as of one fixed day, and all generated dates fall in fixed windows.
"""

from __future__ import annotations

from datetime import date

from ropa.model.codes import DpiaCriterion
from ropa.reference import reference

__all__ = [
    "ADEQUACY",
    "ART46_47",
    "AS_OF",
    "D_AGREEMENT_END",
    "D_CHECK_END",
    "D_CHECK_START",
    "D_CREATED_END",
    "D_LAST_NEXT_REVIEW",
    "D_REVIEW_END",
    "D_START",
    "EEA",
    "SCOPE_LIMITED",
    "WP248",
    "adequacy_decision",
]

# The demo describes the world as of this day, whatever day it is built on (determinism).
AS_OF = date(2026, 6, 1)
EEA = frozenset(m.country for m in reference().eea if m.covers(AS_OF))


def _decisions() -> dict[str, str]:
    """Decision number per country code and per organisation name, for decisions in force."""
    found: dict[str, str] = {}
    for d in reference().adequacy:
        if d.in_force(AS_OF):
            for key in (d.country, d.organisation):
                if key:
                    found[key] = d.decision
    return found


_DECISIONS = _decisions()
ADEQUACY = frozenset(k for k in _DECISIONS if len(k) == 2 and k.isupper())
# Decisions that cover a recipient only once its scope is confirmed (DOMAIN.md).
SCOPE_LIMITED = frozenset({"US", "CA", "JP", "KR", "IL"})
# The Art. 46/47 tools: each needs a transfer impact assessment (Schrems II, EDPB Rec. 01/2020).
ART46_47 = frozenset(
    {
        "scc",
        "bcr",
        "public_authority_instrument",
        "code_of_conduct",
        "certification",
        "ad_hoc_clauses",
        "administrative_arrangement",
    }
)
WP248 = tuple(c.value for c in DpiaCriterion)


def adequacy_decision(destination: str, organisation: str = "") -> str:
    """The adequacy decision in force for a country code, an ``intl:`` id or an organisation name."""
    return _DECISIONS.get(destination) or _DECISIONS.get(organisation, "")


D_START = date(2018, 5, 25).toordinal()
D_CREATED_END = date(2025, 12, 31).toordinal()
D_REVIEW_END = date(2026, 10, 31).toordinal()
D_AGREEMENT_END = date(2026, 6, 30).toordinal()
D_LAST_NEXT_REVIEW = date(2027, 12, 31).toordinal()
# When an adequacy scope (e.g. the DPF List) was last checked.
D_CHECK_START = date(2025, 1, 1).toordinal()
D_CHECK_END = AS_OF.toordinal()
