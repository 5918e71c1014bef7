"""The data-subject rights a register gives, purpose by purpose, with the law's own cases."""

from __future__ import annotations

import pytest

from ropa.model.codes import LegalBasis, PurposeKind
from ropa.model.records import AutomatedDecisionMaking, Purpose, Register
from ropa.model.rights import (
    ALWAYS,
    DerivedRight,
    Right,
    article_label,
    purpose_grounds,
    register_rights,
    right_label,
)


def register(*purposes: Purpose, conditions: tuple[str, ...] = (), automated: bool | None = None) -> Register:
    return Register(
        key="r",
        purposes=purposes,
        special_category_conditions=conditions,
        automated_decision_making=AutomatedDecisionMaking(used=automated),
    )


def purpose(basis: str | None, kind: str | None = None, description: str = "") -> Purpose:
    return Purpose(description=description, legal_basis=basis, kind=kind)


def numbers(derived: DerivedRight) -> list[int]:
    return [p.number for p in derived.purposes]


def only(derived: tuple[DerivedRight, ...]) -> DerivedRight:
    assert len(derived) == 1, derived
    return derived[0]


def test_every_data_subject_has_the_rights_of_articles_13_to_18_and_77() -> None:
    empty = register_rights(register())
    assert empty.rights == ALWAYS
    assert {d.article for d in empty.derived} == {"Art. 13/14", "Art. 15", "Art. 16", "Art. 18", "Art. 77"}
    assert all(not d.purposes and not d.limited for d in empty.derived)
    # and they stay whatever the purposes are
    for basis in LegalBasis:
        assert register_rights(register(purpose(basis))).rights >= ALWAYS


def test_statutory_register_with_one_legitimate_interest_purpose_is_not_pooled() -> None:
    rights = register_rights(
        register(
            purpose("art6-1-c", description="Kirjanpito"),
            purpose("art6-1-c", description="Palkanlaskenta"),
            purpose("art6-1-f", description="Kameravalvonta"),
        )
    )
    objection = only(rights.of(Right.OBJECTION))
    assert objection.article == "Art. 21(1)" and numbers(objection) == [3]  # that purpose only
    assert objection.limited and objection.limits[0].article == "Art. 21(1)"

    erasure = {d.article: d for d in rights.of(Right.ERASURE)}
    assert set(erasure) == {"Art. 17(1)(a)", "Art. 17(1)(c)"}
    statutory = erasure["Art. 17(1)(a)"]
    assert numbers(statutory) == [1, 2]  # limited, not absent, and not unlimited for everything
    assert [limit.article for limit in statutory.limits] == ["Art. 17(3)(b)"]
    assert "legal obligation" in statutory.explain("en")
    assert numbers(erasure["Art. 17(1)(c)"]) == [3] and not erasure["Art. 17(1)(c)"].limited

    assert Right.PORTABILITY not in rights and Right.WITHDRAW_CONSENT not in rights
    assert all(d.right is not Right.OBJECTION for d in rights.for_purpose(0))
    assert any(d.right is Right.OBJECTION for d in rights.for_purpose(2))


def test_legal_obligation_alone_gives_erasure_limited_by_article_17_3_b() -> None:
    rights = register_rights(register(purpose("art6-1-c")))
    assert rights.rights == ALWAYS | {Right.ERASURE}
    erasure = only(rights.of(Right.ERASURE))
    assert erasure.limited and not rights.unlimited(Right.ERASURE)
    assert "Art. 17(3)(b)" in erasure.explain("en")
    assert "17 artiklan 3 kohdan b alakohta" in erasure.explain("fi")


def test_explicit_consent_gives_withdrawal_and_with_it_erasure_and_portability() -> None:
    """Art. 7(3); Art. 17(1)(b) and Art. 20(1)(a) name Art. 9(2)(a) next to Art. 6(1)(a) (DOMAIN.md)."""
    rights = register_rights(register(purpose("art6-1-c"), conditions=("art9-2-a",)))
    withdraw = only(rights.of(Right.WITHDRAW_CONSENT))
    assert withdraw.article == "Art. 7(3)" and not withdraw.purposes  # the register's Art. 9 data
    assert "explicit consent" in withdraw.explain("en")
    assert "nimenomai" in withdraw.explain("fi")

    on_withdrawal = [d for d in rights.of(Right.ERASURE) if d.article == "Art. 17(1)(b)"]
    assert only(tuple(on_withdrawal)).scope("en").startswith("Applies to the special categories")
    portability = only(rights.of(Right.PORTABILITY))
    assert [limit.article for limit in portability.limits] == ["Art. 20(1)(b)"]
    assert "automated means" in portability.explain("en")
    # other Art. 9(2) conditions give nothing of the kind
    other = register_rights(register(purpose("art6-1-c"), conditions=("art9-2-h",)))
    assert other.rights == ALWAYS | {Right.ERASURE}


@pytest.mark.parametrize("basis", ["art6-1-a", "art6-1-b", "art6-1-c", "art6-1-e", "art6-1-f"])
def test_direct_marketing_objection_is_absolute_whatever_the_basis(basis: str) -> None:
    rights = register_rights(
        register(
            purpose(basis, "direct_marketing", "Uutiskirje"), purpose("art6-1-e", description="Palvelut")
        )
    )
    marketing = [d for d in rights.of(Right.OBJECTION) if d.article == "Art. 21(2)-(3)"]
    assert len(marketing) == 1 and numbers(marketing[0]) == [1]
    assert not marketing[0].limited and rights.unlimited(Right.OBJECTION)
    # Art. 21(2) replaces Art. 21(1) for the marketing purpose; the other public-task purpose keeps 21(1)
    general = [d for d in rights.of(Right.OBJECTION) if d.article == "Art. 21(1)"]
    assert [numbers(d) for d in general] == [[2]]


def test_automated_decisions_give_the_article_22_right() -> None:
    rights = register_rights(register(purpose("art6-1-b"), automated=True))
    decision = only(rights.of(Right.AUTOMATED_DECISION))
    assert decision.article == "Art. 22(1)" and not decision.purposes
    assert [limit.article for limit in decision.limits] == ["Art. 22(2)-(3)"]
    assert "human intervention" in decision.explain("en")
    assert "ihminen" in decision.explain("fi")
    for used in (False, None):
        assert Right.AUTOMATED_DECISION not in register_rights(register(purpose("art6-1-b"), automated=used))


def test_research_purpose_under_public_task() -> None:
    rights = register_rights(register(purpose("art6-1-e", "research_statistics", "Tilastointi")))
    objection = only(rights.of(Right.OBJECTION))
    assert objection.article == "Art. 21(6)"  # replaces Art. 21(1) for research
    assert [limit.article for limit in objection.limits] == ["Art. 21(6)"]
    assert "public interest" in objection.explain("en")
    erasure = only(rights.of(Right.ERASURE))
    assert [limit.article for limit in erasure.limits] == ["Art. 17(3)(b)", "Art. 17(3)(d)"]
    assert Right.PORTABILITY not in rights


def test_research_on_consent_keeps_withdrawal_and_gets_the_article_21_6_objection() -> None:
    rights = register_rights(register(purpose("art6-1-a", "research_statistics")))
    assert {d.article for d in rights.of(Right.OBJECTION)} == {"Art. 21(6)"}
    assert Right.WITHDRAW_CONSENT in rights
    assert [limit.article for limit in only(rights.of(Right.ERASURE)).limits] == ["Art. 17(3)(d)"]


def test_archiving_limits_erasure_but_adds_no_objection_of_its_own() -> None:
    rights = register_rights(register(purpose("art6-1-c", "archiving")))
    assert Right.OBJECTION not in rights
    assert [limit.article for limit in only(rights.of(Right.ERASURE)).limits] == [
        "Art. 17(3)(b)",
        "Art. 17(3)(d)",
    ]


def test_contract_gives_portability_only_for_automated_processing() -> None:
    rights = register_rights(register(purpose("art6-1-b", description="Asiakkuus")))
    assert rights.rights == ALWAYS | {Right.ERASURE, Right.PORTABILITY}
    portability = only(rights.of(Right.PORTABILITY))
    assert portability.article == "Art. 20(1)" and numbers(portability) == [1]
    assert portability.limited  # the condition is recorded, neither granted silently nor dropped
    assert [limit.article for limit in portability.limits] == ["Art. 20(1)(b)"]
    assert "automated means" in portability.explain("en")
    assert "automaattisesti" in portability.explain("fi")
    assert not only(rights.of(Right.ERASURE)).limited


@pytest.mark.parametrize(
    ("basis", "extra"),
    [
        (LegalBasis.CONSENT, {Right.ERASURE, Right.PORTABILITY, Right.WITHDRAW_CONSENT}),
        (LegalBasis.CONTRACT, {Right.ERASURE, Right.PORTABILITY}),
        (LegalBasis.LEGAL_OBLIGATION, {Right.ERASURE}),
        (LegalBasis.VITAL_INTERESTS, {Right.ERASURE}),
        (LegalBasis.PUBLIC_TASK, {Right.ERASURE, Right.OBJECTION}),
        (LegalBasis.LEGITIMATE_INTERESTS, {Right.ERASURE, Right.OBJECTION}),
    ],
)
def test_rights_of_each_basis(basis: LegalBasis, extra: set[Right]) -> None:
    assert register_rights(register(purpose(basis))).rights == ALWAYS | extra
    assert {g.right for g in purpose_grounds(purpose(basis))} == extra


def test_purposes_on_the_same_ground_are_listed_together_in_order() -> None:
    rights = register_rights(
        register(
            purpose("art6-1-a", description="A"), purpose("art6-1-b"), purpose("art6-1-a", description="C")
        )
    )
    withdraw = only(rights.of(Right.WITHDRAW_CONSENT))
    assert numbers(withdraw) == [1, 3]
    assert withdraw.scope("en") == "Applies to purposes 1 (“A”) and 3 (“C”)."
    assert withdraw.scope("fi") == "Koskee tarkoituksia 1 (”A”) ja 3 (”C”)."
    assert [numbers(d) for d in rights.of(Right.PORTABILITY)] == [[1, 3], [2]]
    order = [d.right for d in rights.derived]
    assert order == sorted(order, key=list(Right).index)


def test_purposes_without_a_known_basis_are_reported_not_guessed() -> None:
    rights = register_rights(register(purpose(None, description="Tuntematon"), purpose("art6-1-x")))
    assert rights.rights == ALWAYS
    assert [p.number for p in rights.without_basis] == [1, 2]
    # the kind still counts: direct marketing can always be objected to
    marketing = register_rights(register(purpose(None, "direct_marketing")))
    assert Right.OBJECTION in marketing and [p.number for p in marketing.without_basis] == [1]


def test_every_right_and_article_reads_in_english_and_finnish() -> None:
    everything = register_rights(
        register(
            *(purpose(b) for b in LegalBasis),
            *(purpose("art6-1-e", k) for k in PurposeKind),
            conditions=("art9-2-a",),
            automated=True,
        )
    )
    assert everything.rights == set(Right)
    for right in Right:
        assert right_label(right, "en") and right_label(right, "fi") != right_label(right, "en")
    for d in everything.derived:
        en, fi = d.explain("en"), d.explain("fi")
        assert en != fi and d.label("en") in en and d.label("fi") in fi
        assert d.article in en and ("Art." not in fi.split(":")[0])
        assert fi == d.explain("fi_FI") == d.explain("fi-FI")


@pytest.mark.parametrize(
    ("article", "finnish"),
    [
        ("Art. 13/14", "13 ja 14 artikla"),
        ("Art. 15", "15 artikla"),
        ("Art. 7(3)", "7 artiklan 3 kohta"),
        ("Art. 21(2)-(3)", "21 artiklan 2 ja 3 kohta"),
        ("Art. 17(3)(b)", "17 artiklan 3 kohdan b alakohta"),
        ("Recital 47", "Recital 47"),
    ],
)
def test_article_labels(article: str, finnish: str) -> None:
    assert article_label(article, "fi") == finnish
    assert article_label(article, "en") == article
