"""The data-subject rights a register gives, purpose by purpose, each with its reason (Chapter III).

Why: a privacy notice (Art. 13(2)(b), 14(2)(c)) and the editor must say which rights a data
subject has and why. Rights follow the legal basis and the kind of each *purpose*, plus two facts
of the register (its Art. 9(2)(a) explicit consent and its automated decisions); pooling them over
a register invents rights (erasure of a statutory register because one purpose rests on consent).
So every derived right names the article that grants it, the purposes it follows from and the
limits the law puts on it, in English and Finnish. The rights every data subject has (Art. 13/14,
15, 16, 18, 77) are always there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from ropa.model.codes import Art9Condition, LegalBasis, PurposeKind
from ropa.model.records import Purpose, Register

__all__ = [
    "ALWAYS",
    "DerivedRight",
    "Ground",
    "Limit",
    "PurposeRef",
    "RegisterRights",
    "Right",
    "Text",
    "article_label",
    "purpose_grounds",
    "register_rights",
    "right_label",
]


class Right(StrEnum):
    """Data-subject rights of Chapter III (and Art. 7(3), 77), in the order a notice lists them."""

    INFORMATION = "information"  # Art. 13/14
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21
    AUTOMATED_DECISION = "automated_decision"  # Art. 22
    WITHDRAW_CONSENT = "withdraw_consent"  # Art. 7(3)
    COMPLAINT = "complaint"  # Art. 77


# Rights every data subject has whatever the legal basis.
ALWAYS: frozenset[Right] = frozenset(
    {Right.INFORMATION, Right.ACCESS, Right.RECTIFICATION, Right.RESTRICTION, Right.COMPLAINT}
)

_ORDER = {right: i for i, right in enumerate(Right)}


def _finnish(lang: str) -> bool:
    """``"fi"``, ``"fi_FI"``, ``"fi-FI"`` are Finnish; every other language gets English."""
    return lang.replace("-", "_").split("_", 1)[0].lower() == "fi"


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence in English and Finnish."""

    en: str
    fi: str

    def get(self, lang: str = "en") -> str:
        return self.fi if _finnish(lang) else self.en


_RIGHT_LABELS: dict[Right, Text] = {
    Right.INFORMATION: Text("Right to be informed", "Oikeus saada tietoa henkilötietojen käsittelystä"),
    Right.ACCESS: Text("Right of access", "Oikeus tarkastaa omat tietonsa"),
    Right.RECTIFICATION: Text("Right to rectification", "Oikeus tietojen oikaisemiseen"),
    Right.ERASURE: Text("Right to erasure", "Oikeus tietojen poistamiseen"),
    Right.RESTRICTION: Text("Right to restriction of processing", "Oikeus käsittelyn rajoittamiseen"),
    Right.PORTABILITY: Text("Right to data portability", "Oikeus siirtää tiedot järjestelmästä toiseen"),
    Right.OBJECTION: Text("Right to object", "Oikeus vastustaa käsittelyä"),
    Right.AUTOMATED_DECISION: Text(
        "Right not to be subject to a solely automated decision",
        "Oikeus olla joutumatta pelkästään automaattisen päätöksen kohteeksi",
    ),
    Right.WITHDRAW_CONSENT: Text("Right to withdraw consent", "Oikeus peruuttaa suostumus"),
    Right.COMPLAINT: Text(
        "Right to lodge a complaint with a supervisory authority",
        "Oikeus tehdä valitus valvontaviranomaiselle",
    ),
}


def right_label(right: Right, lang: str = "en") -> str:
    """The name of ``right`` as a notice shows it."""
    return _RIGHT_LABELS[right].get(lang)


_ARTICLE = re.compile(r"Art\. (\d+)(?:/(\d+))?(?:\((\d+)\)(?:-\((\d+)\))?)?(?:\(([a-z])\))?")


def article_label(article: str, lang: str = "en") -> str:
    """``"Art. 17(3)(b)"`` as written in ``lang``: Finnish "17 artiklan 3 kohdan b alakohta".

    Handles the forms this module uses: ``Art. 13/14``, ``Art. 7(3)``, ``Art. 21(2)-(3)`` and
    ``Art. 17(1)(b)``; anything else is returned as it is.
    """
    match = _ARTICLE.fullmatch(article)
    if not _finnish(lang) or match is None:
        return article
    number, other, paragraph, last, point = match.groups()
    if other:
        return f"{number} ja {other} artikla"
    if paragraph is None:
        return f"{number} artikla"
    if last:
        return f"{number} artiklan {paragraph} ja {last} kohta"
    if point:
        return f"{number} artiklan {paragraph} kohdan {point} alakohta"
    return f"{number} artiklan {paragraph} kohta"


@dataclass(frozen=True, slots=True)
class Limit:
    """A condition or restriction the law puts on a right, with the article that sets it."""

    article: str
    text: Text

    def explain(self, lang: str = "en") -> str:
        prefix = "Rajoitus" if _finnish(lang) else "Limit"
        return f"{prefix} ({article_label(self.article, lang)}): {self.text.get(lang)}"


@dataclass(frozen=True, slots=True)
class Ground:
    """Why a right applies: the article that grants it, the reason, and the law's limits on it.

    ``scope`` says what a register-level ground covers (the special category data on explicit
    consent, the automated decisions); grounds that follow purposes name their purposes instead.
    """

    right: Right
    article: str
    reason: Text
    limits: tuple[Limit, ...] = ()
    scope: Text | None = None

    def with_limits(self, *more: Limit) -> Ground:
        """This ground with further limits (e.g. Art. 17(3)(d) for a research purpose)."""
        return replace(self, limits=self.limits + more)


@dataclass(frozen=True, slots=True)
class PurposeRef:
    """One purpose of the register a right follows from: its position and what the notice shows."""

    index: int  # position in Register.purposes, from 0
    description: str
    legal_basis: str | None
    kind: str | None

    @property
    def number(self) -> int:
        """The purpose's number as people count it, from 1."""
        return self.index + 1

    def label(self, lang: str = "en") -> str:
        quoted = f"”{self.description}”" if _finnish(lang) else f"“{self.description}”"
        return f"{self.number} ({quoted})" if self.description else str(self.number)


def _and(items: list[str], lang: str) -> str:
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'ja' if _finnish(lang) else 'and'} {items[-1]}"


_EVERYTHING = Text("Applies to all processing in the register.", "Koskee kaikkea rekisterin käsittelyä.")


@dataclass(frozen=True, slots=True)
class DerivedRight:
    """A right of the data subjects of one register, with where it comes from.

    ``purposes`` are the purposes it follows from; empty when it follows from the register as a
    whole (a right every data subject has, or a register-level fact such as automated decisions).
    """

    ground: Ground
    purposes: tuple[PurposeRef, ...] = ()

    @property
    def right(self) -> Right:
        return self.ground.right

    @property
    def article(self) -> str:
        return self.ground.article

    @property
    def limits(self) -> tuple[Limit, ...]:
        return self.ground.limits

    @property
    def limited(self) -> bool:
        """True when the law restricts the right or sets a condition on it (see ``limits``)."""
        return bool(self.ground.limits)

    def label(self, lang: str = "en") -> str:
        return right_label(self.right, lang)

    def reason(self, lang: str = "en") -> str:
        return self.ground.reason.get(lang)

    def scope(self, lang: str = "en") -> str:
        """Which processing the right covers: its purposes, or the register-level scope."""
        if not self.purposes:
            return (self.ground.scope or _EVERYTHING).get(lang)
        labels = _and([p.label(lang) for p in self.purposes], lang)
        if _finnish(lang):
            noun = "tarkoitusta" if len(self.purposes) == 1 else "tarkoituksia"
            return f"Koskee {noun} {labels}."
        return f"Applies to purpose{'s' if len(self.purposes) > 1 else ''} {labels}."

    def explain(self, lang: str = "en") -> str:
        """One paragraph for the notice or the editor: right, article, reason, scope, limits."""
        head = f"{self.label(lang)} ({article_label(self.article, lang)}): {self.reason(lang)}"
        return " ".join([head, self.scope(lang), *(limit.explain(lang) for limit in self.limits)])


@dataclass(frozen=True, slots=True)
class RegisterRights:
    """Every right of a register's data subjects, explained; ``rights`` for quick checks."""

    derived: tuple[DerivedRight, ...]
    without_basis: tuple[PurposeRef, ...] = ()  # purposes whose rights cannot be told yet
    rights: frozenset[Right] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rights", frozenset(d.right for d in self.derived))

    def __contains__(self, right: object) -> bool:
        return right in self.rights

    def of(self, right: Right) -> tuple[DerivedRight, ...]:
        """The grounds of ``right`` (several when purposes differ, e.g. erasure on consent and limited
        erasure on a legal obligation)."""
        return tuple(d for d in self.derived if d.right is right)

    def for_purpose(self, index: int) -> tuple[DerivedRight, ...]:
        """The rights that apply to purpose ``index`` (from 0): its own and the register-wide ones."""
        return tuple(d for d in self.derived if not d.purposes or any(p.index == index for p in d.purposes))

    def unlimited(self, right: Right) -> bool:
        """Whether ``right`` applies somewhere without any limit or condition."""
        return any(not d.limited for d in self.of(right))

    def explain(self, lang: str = "en") -> tuple[str, ...]:
        return tuple(d.explain(lang) for d in self.derived)


# ---- the law --------------------------------------------------------------------------------------

_INFORMATION = Ground(
    Right.INFORMATION,
    "Art. 13/14",
    Text(
        "The data subject is told who processes their data, why and on what legal basis, to whom the "
        "data are disclosed, how long they are kept and which rights the data subject has.",
        "Rekisteröidylle kerrotaan, kuka hänen tietojaan käsittelee, mihin tarkoitukseen ja millä "
        "oikeusperusteella, kenelle tietoja luovutetaan, kuinka kauan niitä säilytetään ja mitä "
        "oikeuksia hänellä on.",
    ),
)
_ACCESS = Ground(
    Right.ACCESS,
    "Art. 15",
    Text(
        "The data subject may ask whether their data are processed and obtain a copy of them with "
        "information about the processing.",
        "Rekisteröity voi pyytää tiedon siitä, käsitelläänkö hänen tietojaan, ja saada jäljennöksen "
        "tiedoistaan sekä tiedot käsittelystä.",
    ),
)
_RECTIFICATION = Ground(
    Right.RECTIFICATION,
    "Art. 16",
    Text(
        "Inaccurate data are corrected and incomplete data completed without undue delay.",
        "Virheelliset tiedot oikaistaan ja puutteelliset täydennetään ilman aiheetonta viivytystä.",
    ),
)
_RESTRICTION = Ground(
    Right.RESTRICTION,
    "Art. 18",
    Text(
        "The data subject may have the processing restricted, e.g. while the accuracy of the data or "
        "an objection is being verified, or when the data are needed only for legal claims.",
        "Rekisteröity voi vaatia käsittelyn rajoittamista esimerkiksi silloin, kun tietojen "
        "paikkansapitävyyttä tai vastustamista selvitetään tai kun tietoja tarvitaan vain "
        "oikeusvaateen vuoksi.",
    ),
)
_COMPLAINT = Ground(
    Right.COMPLAINT,
    "Art. 77",
    Text(
        "The data subject may lodge a complaint with a supervisory authority, in particular in the "
        "Member State of their residence, place of work or the alleged infringement.",
        "Rekisteröity voi tehdä valituksen valvontaviranomaiselle erityisesti siinä jäsenvaltiossa, "
        "jossa hänen asuinpaikkansa tai työpaikkansa on tai jossa väitetty rikkominen on tapahtunut.",
    ),
)
_ALWAYS_GROUNDS = (_INFORMATION, _ACCESS, _RECTIFICATION, _RESTRICTION, _COMPLAINT)

# Consent, Art. 6(1)(a) and Art. 9(2)(a).
_WITHDRAW = Ground(
    Right.WITHDRAW_CONSENT,
    "Art. 7(3)",
    Text(
        "The processing rests on consent, which the data subject may withdraw at any time, as easily "
        "as it was given; processing before the withdrawal remains lawful.",
        "Käsittely perustuu suostumukseen, jonka rekisteröity voi peruuttaa milloin tahansa yhtä "
        "helposti kuin sen antoi; ennen peruuttamista tapahtunut käsittely pysyy lainmukaisena.",
    ),
)
_EXPLICIT_CONSENT_SCOPE = Text(
    "Applies to the special categories of data processed on explicit consent.",
    "Koskee erityisiin henkilötietoryhmiin kuuluvia tietoja, joiden käsittely perustuu nimenomaiseen "
    "suostumukseen.",
)
_WITHDRAW_EXPLICIT = Ground(
    Right.WITHDRAW_CONSENT,
    "Art. 7(3)",
    Text(
        "The special categories of data are processed on the data subject's explicit consent "
        "(Art. 9(2)(a)), which may be withdrawn at any time, as easily as it was given.",
        "Erityisiin henkilötietoryhmiin kuuluvia tietoja käsitellään rekisteröidyn nimenomaisella "
        "suostumuksella (9 artiklan 2 kohdan a alakohta), jonka hän voi peruuttaa milloin tahansa yhtä "
        "helposti kuin sen antoi.",
    ),
    scope=_EXPLICIT_CONSENT_SCOPE,
)

# Erasure, Art. 17.
_ERASURE_ON_WITHDRAWAL = Ground(
    Right.ERASURE,
    "Art. 17(1)(b)",
    Text(
        "The data are erased when the data subject withdraws consent and there is no other legal ground "
        "for the processing.",
        "Tiedot poistetaan, kun rekisteröity peruuttaa suostumuksensa eikä käsittelylle ole muuta "
        "oikeusperustetta.",
    ),
)
_ERASURE_EXPLICIT = Ground(
    Right.ERASURE,
    "Art. 17(1)(b)",
    Text(
        "The special categories of data are erased when the data subject withdraws explicit consent "
        "(Art. 9(2)(a)) and there is no other legal ground for the processing.",
        "Erityisiin henkilötietoryhmiin kuuluvat tiedot poistetaan, kun rekisteröity peruuttaa "
        "nimenomaisen suostumuksensa (9 artiklan 2 kohdan a alakohta) eikä käsittelylle ole muuta "
        "oikeusperustetta.",
    ),
    scope=_EXPLICIT_CONSENT_SCOPE,
)
_ERASURE_NOT_NEEDED = Ground(
    Right.ERASURE,
    "Art. 17(1)(a)",
    Text(
        "The data are erased on request once they are no longer necessary for the purpose for which "
        "they were collected.",
        "Tiedot poistetaan pyynnöstä, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne "
        "kerättiin.",
    ),
)
_ERASURE_ON_OBJECTION = Ground(
    Right.ERASURE,
    "Art. 17(1)(c)",
    Text(
        "The data are erased when the data subject objects and there are no overriding legitimate "
        "grounds, or once they are no longer necessary for the purpose.",
        "Tiedot poistetaan, kun rekisteröity vastustaa käsittelyä eikä sille ole painavampaa "
        "perusteltua syytä, tai kun niitä ei enää tarvita käsittelyn tarkoitukseen.",
    ),
)
_KEPT_BY_LAW = Limit(
    "Art. 17(3)(b)",
    Text(
        "Not to the extent that the processing is necessary for compliance with a legal obligation: "
        "data the law requires to be kept are kept.",
        "Ei siltä osin kuin käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi: tiedot, "
        "jotka laki velvoittaa säilyttämään, säilytetään.",
    ),
)
_KEPT_FOR_TASK = Limit(
    "Art. 17(3)(b)",
    Text(
        "Not to the extent that the processing is necessary for a task carried out in the public "
        "interest or in the exercise of official authority.",
        "Ei siltä osin kuin käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi tai "
        "julkisen vallan käyttämiseksi.",
    ),
)
_KEPT_FOR_ARCHIVES_AND_RESEARCH = Limit(
    "Art. 17(3)(d)",
    Text(
        "Not insofar as erasure would make impossible or seriously impair archiving in the public "
        "interest, research or statistics under Art. 89(1).",
        "Ei siltä osin kuin poistaminen todennäköisesti estäisi yleisen edun mukaisen arkistoinnin, "
        "tutkimuksen tai tilastoinnin (89 artiklan 1 kohta) tai vaikeuttaisi sitä suuresti.",
    ),
)

# Portability, Art. 20(1): only consent (6(1)(a), 9(2)(a)) or contract, and only automated processing.
_AUTOMATED_MEANS_ONLY = Limit(
    "Art. 20(1)(b)",
    Text(
        "Only where the processing is carried out by automated means (not paper records), and only "
        "for the data the data subject has provided.",
        "Vain jos käsittely suoritetaan automaattisesti (ei paperiaineistoa), ja vain rekisteröidyn "
        "itse toimittamien tietojen osalta.",
    ),
)
_RECEIVE_AND_TRANSMIT = Text(
    " the data subject may receive the data they have provided in a structured, commonly used, "
    "machine-readable format and have them transmitted to another controller.",
    " rekisteröity voi saada toimittamansa tiedot jäsennellyssä, yleisesti käytetyssä ja "
    "koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.",
)


def _portability(because: Text, scope: Text | None = None) -> Ground:
    reason = Text(because.en + _RECEIVE_AND_TRANSMIT.en, because.fi + _RECEIVE_AND_TRANSMIT.fi)
    return Ground(Right.PORTABILITY, "Art. 20(1)", reason, (_AUTOMATED_MEANS_ONLY,), scope)


_PORTABILITY_CONSENT = _portability(
    Text("The processing rests on consent:", "Käsittely perustuu suostumukseen:")
)
_PORTABILITY_CONTRACT = _portability(
    Text("The processing rests on a contract:", "Käsittely perustuu sopimukseen:")
)
_PORTABILITY_EXPLICIT = _portability(
    Text(
        "The special categories of data rest on explicit consent (Art. 9(2)(a)):",
        "Erityisiin henkilötietoryhmiin kuuluvien tietojen käsittely perustuu nimenomaiseen "
        "suostumukseen (9 artiklan 2 kohdan a alakohta):",
    ),
    _EXPLICIT_CONSENT_SCOPE,
)

# Objection, Art. 21.
_OVERRIDING_GROUNDS = Limit(
    "Art. 21(1)",
    Text(
        "The controller may continue if it demonstrates compelling legitimate grounds that override "
        "the data subject's interests, rights and freedoms, or if the processing is needed for legal "
        "claims.",
        "Rekisterinpitäjä voi jatkaa käsittelyä, jos se osoittaa, että käsittelyyn on huomattavan "
        "tärkeä ja perusteltu syy, joka syrjäyttää rekisteröidyn edut, oikeudet ja vapaudet, tai että "
        "käsittely on tarpeen oikeusvaateen vuoksi.",
    ),
)
_PARTICULAR_SITUATION = Text(
    " the data subject may object on grounds relating to their particular situation.",
    " rekisteröity voi vastustaa käsittelyä henkilökohtaiseen erityiseen tilanteeseensa liittyvällä "
    "perusteella.",
)
_OBJECTION_PUBLIC_TASK = Ground(
    Right.OBJECTION,
    "Art. 21(1)",
    Text(
        "The processing rests on a task in the public interest or official authority:"
        + _PARTICULAR_SITUATION.en,
        "Käsittely perustuu yleistä etua koskevaan tehtävään tai julkisen vallan käyttämiseen:"
        + _PARTICULAR_SITUATION.fi,
    ),
    (_OVERRIDING_GROUNDS,),
)
_OBJECTION_LEGITIMATE_INTERESTS = Ground(
    Right.OBJECTION,
    "Art. 21(1)",
    Text(
        "The processing rests on legitimate interests:" + _PARTICULAR_SITUATION.en,
        "Käsittely perustuu oikeutettuun etuun:" + _PARTICULAR_SITUATION.fi,
    ),
    (_OVERRIDING_GROUNDS,),
)
_OBJECTION_DIRECT_MARKETING = Ground(
    Right.OBJECTION,
    "Art. 21(2)-(3)",
    Text(
        "The data are processed for direct marketing: the data subject may object at any time, "
        "profiling for direct marketing included, and the data are then no longer processed for it. "
        "The right is absolute, whatever the legal basis.",
        "Tietoja käsitellään suoramarkkinointia varten: rekisteröity voi milloin tahansa vastustaa "
        "käsittelyä, myös suoramarkkinointiin liittyvää profilointia, jolloin tietoja ei enää käsitellä "
        "tähän tarkoitukseen. Oikeus on ehdoton oikeusperusteesta riippumatta.",
    ),
)
_OBJECTION_RESEARCH = Ground(
    Right.OBJECTION,
    "Art. 21(6)",
    Text(
        "The data are processed for scientific or historical research or statistics:"
        + _PARTICULAR_SITUATION.en,
        "Tietoja käsitellään tieteellistä tai historiallista tutkimusta tai tilastointia varten:"
        + _PARTICULAR_SITUATION.fi,
    ),
    (
        Limit(
            "Art. 21(6)",
            Text(
                "Not where the processing is necessary for a task carried out for reasons of public "
                "interest.",
                "Ei, jos käsittely on tarpeen yleistä etua koskevan tehtävän suorittamiseksi.",
            ),
        ),
    ),
)

# Automated individual decisions, Art. 22.
_AUTOMATED_DECISION = Ground(
    Right.AUTOMATED_DECISION,
    "Art. 22(1)",
    Text(
        "Decisions about the data subject are made solely by automated means: the data subject has the "
        "right not to be subject to such a decision if it has legal or similarly significant effects.",
        "Rekisteröidystä tehdään päätöksiä pelkästään automaattisesti: hänellä on oikeus olla joutumatta "
        "sellaisen päätöksen kohteeksi, jolla on häntä koskevia oikeusvaikutuksia tai joka vaikuttaa "
        "häneen vastaavalla tavalla merkittävästi.",
    ),
    (
        Limit(
            "Art. 22(2)-(3)",
            Text(
                "Such decisions are allowed when necessary for a contract, authorised by law or based on "
                "explicit consent; the data subject may then obtain human intervention, express their "
                "point of view and contest the decision (for decisions authorised by law, with the "
                "safeguards the law lays down).",
                "Tällaiset päätökset ovat sallittuja, kun ne ovat tarpeen sopimuksen vuoksi, perustuvat "
                "lakiin tai rekisteröidyn nimenomaiseen suostumukseen; rekisteröity voi tällöin vaatia, "
                "että päätöksentekoon osallistuu ihminen, esittää kantansa ja riitauttaa päätöksen "
                "(lakiin perustuvissa päätöksissä laissa säädetyin suojatoimin).",
            ),
        ),
    ),
    Text(
        "Applies to the automated decisions described in the register.",
        "Koskee rekisterissä kuvattuja automaattisia päätöksiä.",
    ),
)

# What the Art. 6(1) basis of a purpose gives, before its kind is taken into account.
_BY_BASIS: dict[LegalBasis, tuple[Ground, ...]] = {
    LegalBasis.CONSENT: (_ERASURE_ON_WITHDRAWAL, _PORTABILITY_CONSENT, _WITHDRAW),
    LegalBasis.CONTRACT: (_ERASURE_NOT_NEEDED, _PORTABILITY_CONTRACT),
    LegalBasis.LEGAL_OBLIGATION: (_ERASURE_NOT_NEEDED.with_limits(_KEPT_BY_LAW),),
    LegalBasis.VITAL_INTERESTS: (_ERASURE_NOT_NEEDED,),
    LegalBasis.PUBLIC_TASK: (_ERASURE_NOT_NEEDED.with_limits(_KEPT_FOR_TASK), _OBJECTION_PUBLIC_TASK),
    LegalBasis.LEGITIMATE_INTERESTS: (_ERASURE_ON_OBJECTION, _OBJECTION_LEGITIMATE_INTERESTS),
}
# A purpose of one of these kinds has its own objection right, which replaces Art. 21(1).
_OBJECTION_BY_KIND: dict[PurposeKind, Ground] = {
    PurposeKind.DIRECT_MARKETING: _OBJECTION_DIRECT_MARKETING,
    PurposeKind.RESEARCH_STATISTICS: _OBJECTION_RESEARCH,
}
_ART89_KINDS = frozenset({PurposeKind.RESEARCH_STATISTICS, PurposeKind.ARCHIVING})
_BASES: dict[str | None, LegalBasis] = {b.value: b for b in LegalBasis}
_KINDS: dict[str | None, PurposeKind] = {k.value: k for k in PurposeKind}


def purpose_grounds(purpose: Purpose) -> tuple[Ground, ...]:
    """The rights one purpose gives beyond those every data subject has.

    The legal basis decides erasure (and its Art. 17(3)(b) limit), portability, consent withdrawal
    and the Art. 21(1) objection; the kind adds the absolute direct-marketing objection (Art.
    21(2)-(3)) or the research objection (Art. 21(6)), which replace Art. 21(1) for that purpose, and
    the Art. 17(3)(d) limit on erasure for archiving, research and statistics. A basis or kind that
    is not a known code gives nothing.
    """
    basis = _BASES.get(purpose.legal_basis)
    grounds = list(_BY_BASIS[basis]) if basis is not None else []
    kind = _KINDS.get(purpose.kind)
    if kind is None:
        return tuple(grounds)
    if kind in _OBJECTION_BY_KIND:
        grounds = [g for g in grounds if g.right is not Right.OBJECTION] + [_OBJECTION_BY_KIND[kind]]
    if kind in _ART89_KINDS:
        grounds = [
            g.with_limits(_KEPT_FOR_ARCHIVES_AND_RESEARCH) if g.right is Right.ERASURE else g for g in grounds
        ]
    return tuple(grounds)


def _register_grounds(register: Register) -> tuple[Ground, ...]:
    """Rights that follow from the register as a whole: explicit consent, automated decisions."""
    grounds: list[Ground] = []
    if Art9Condition.EXPLICIT_CONSENT in register.special_category_conditions:
        grounds += [_WITHDRAW_EXPLICIT, _ERASURE_EXPLICIT, _PORTABILITY_EXPLICIT]
    if register.automated_decision_making.used:
        grounds.append(_AUTOMATED_DECISION)
    return tuple(grounds)


def register_rights(register: Register) -> RegisterRights:
    """The rights of the data subjects of ``register``, purpose by purpose, each explained.

    Nothing is pooled: a right that follows from one purpose names that purpose, and purposes that
    give a right on the same ground are listed together. The rights every data subject has and the
    register-level ones (Art. 9(2)(a) explicit consent, Art. 22 automated decisions) name no
    purpose. Purposes without a known legal basis are returned in ``without_basis``.
    """
    by_ground: dict[Ground, list[PurposeRef]] = {}
    without_basis: list[PurposeRef] = []
    for index, purpose in enumerate(register.purposes):
        ref = PurposeRef(index, purpose.description, purpose.legal_basis, purpose.kind)
        if purpose.legal_basis not in _BASES:
            without_basis.append(ref)
        for ground in purpose_grounds(purpose):
            by_ground.setdefault(ground, []).append(ref)
    derived = [DerivedRight(g) for g in _ALWAYS_GROUNDS + _register_grounds(register)]
    derived += [DerivedRight(g, tuple(refs)) for g, refs in by_ground.items()]
    derived.sort(key=lambda d: (_ORDER[d.right], d.purposes[0].index if d.purposes else -1))
    return RegisterRights(tuple(derived), tuple(without_basis))
