"""Lawfulness of what a register says: legal bases, Art. 9 and Art. 10 data, automated decisions."""

from __future__ import annotations

from collections.abc import Iterator

from ropa.model.checks.engine import Hit, RegisterCheck, Severity, rule
from ropa.model.codes import LegalBasis
from ropa.reference import reference


@rule(
    "legitimate-interest-not-described",
    Severity.ERROR,
    "13(1)(d)",
    "Purpose {n} rests on legitimate interests (Art. 6(1)(f)) but does not say which interest",
    "Tarkoitus {n} perustuu oikeutettuun etuun (6 art. 1 f) mutta etua ei ole kuvattu",
)
def legitimate_interest_not_described(check: RegisterCheck) -> Iterator[Hit]:
    for i, purpose in enumerate(check.register.purposes):
        if purpose.legal_basis == LegalBasis.LEGITIMATE_INTERESTS and not purpose.legitimate_interest.strip():
            yield Hit(f"purposes[{i}].legitimate_interest", {"n": i + 1})


@rule(
    "public-authority-legitimate-interests",
    Severity.ERROR,
    "6(1) second subparagraph",
    "Purpose {n}: a public authority cannot rely on legitimate interests for its tasks",
    "Tarkoitus {n}: viranomainen ei voi tehtäviään hoitaessaan vedota oikeutettuun etuun",
)
def public_authority_legitimate_interests(check: RegisterCheck) -> Iterator[Hit]:
    if not check.controller.public_authority:
        return
    for i, purpose in enumerate(check.register.purposes):
        if purpose.legal_basis == LegalBasis.LEGITIMATE_INTERESTS:
            yield Hit(f"purposes[{i}].legal_basis", {"n": i + 1})


@rule(
    "special-category-without-condition",
    Severity.ERROR,
    "9(2)",
    "Special-category data ({category}) is processed but no Art. 9(2) condition is recorded",
    "Erityisiin henkilötietoryhmiin kuuluvia tietoja ({category}) käsitellään ilman 9 artiklan 2 kohdan "
    "perustetta",
)
def special_category_without_condition(check: RegisterCheck) -> Iterator[Hit]:
    if check.register.special_category_conditions:
        return
    for i, category in enumerate(check.register.data_categories):
        if category.special and not reference().is_art10(category.special):
            yield Hit(f"data_categories[{i}].special", {"category": category.name or category.special})
            return


@rule(
    "criminal-data-without-basis",
    Severity.ERROR,
    "10",
    "Data on criminal convictions and offences ({category}) needs its Art. 10 basis (e.g. the national "
    "provision)",
    "Rikostuomioita ja rikkomuksia koskevat tiedot ({category}) tarvitsevat 10 artiklan mukaisen perusteen",
)
def criminal_data_without_basis(check: RegisterCheck) -> Iterator[Hit]:
    if check.register.criminal_data_basis.strip():
        return
    for category in check.register.data_categories:
        if category.special and reference().is_art10(category.special):
            yield Hit("criminal_data_basis", {"category": category.name or category.special})
            return


@rule(
    "automated-decisions-not-described",
    Severity.WARNING,
    "13(2)(f)",
    "Automated decisions are used but the logic involved and their consequences are not described",
    "Automaattisia päätöksiä tehdään, mutta logiikkaa ja seurauksia ei ole kuvattu",
)
def automated_decisions_not_described(check: RegisterCheck) -> Iterator[Hit]:
    decisions = check.register.automated_decision_making
    if decisions.used and not decisions.description.strip():
        yield Hit("automated_decision_making.description")
