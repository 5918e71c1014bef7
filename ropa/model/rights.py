"""The data-subject rights that follow from a register's legal bases (Chapter III)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ropa.model.codes import Art9Condition, LegalBasis
from ropa.model.records import Register


class Right(StrEnum):
    """Data-subject rights of Chapter III that a register's legal bases decide."""

    INFORMATION = "information"  # Art. 13/14
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    WITHDRAW_CONSENT = "withdraw_consent"  # Art. 7(3)
    COMPLAINT = "complaint"  # Art. 77


# Rights every data subject has whatever the legal basis.
ALWAYS: frozenset[Right] = frozenset(
    {Right.INFORMATION, Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.COMPLAINT}
)

# What each Art. 6(1) basis adds: erasure (Art. 17, not where 17(3)(b) excludes it: legal
# obligation, public task), portability (Art. 20(1)(a): consent or contract), objection
# (Art. 21(1): public task or legitimate interests), withdrawal of consent (Art. 7(3)).
BY_LEGAL_BASIS: dict[LegalBasis, frozenset[Right]] = {
    LegalBasis.CONSENT: frozenset({Right.ERASURE, Right.PORTABILITY, Right.WITHDRAW_CONSENT}),
    LegalBasis.CONTRACT: frozenset({Right.ERASURE, Right.PORTABILITY}),
    LegalBasis.LEGAL_OBLIGATION: frozenset(),
    LegalBasis.VITAL_INTERESTS: frozenset({Right.ERASURE}),
    LegalBasis.PUBLIC_TASK: frozenset({Right.OBJECTION}),
    LegalBasis.LEGITIMATE_INTERESTS: frozenset({Right.ERASURE, Right.OBJECTION}),
}


def rights_for(legal_bases: Iterable[str], special_conditions: Iterable[str] = ()) -> frozenset[Right]:
    """Return the rights a notice must list for processing on these bases and Art. 9 conditions."""
    rights = set(ALWAYS)
    for basis in legal_bases:
        if basis in BY_LEGAL_BASIS:
            rights |= BY_LEGAL_BASIS[LegalBasis(basis)]
    if Art9Condition.EXPLICIT_CONSENT in set(special_conditions):
        rights.add(Right.WITHDRAW_CONSENT)
    return frozenset(rights)


def register_rights(register: Register) -> frozenset[Right]:
    """The rights of the data subjects of ``register``, from the bases of all its purposes."""
    return rights_for(
        (p.legal_basis for p in register.purposes if p.legal_basis),
        register.special_category_conditions,
    )
