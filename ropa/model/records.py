"""The Art. 30 record as immutable values, each field declared once (see :mod:`ropa.model.fields`).

The records mirror the interchange format (``shared/INTERCHANGE.md``) one to one, so a document,
the database, the editor and every exporter agree on one shape. Keys (``key``, ``processor``,
``parent``, ``subprocessors``) are the stable identifiers documents use; database ids never leave
the store. Empty text is ``""``; empty codes, countries and dates are ``None``. ``extensions``
holds whatever a document carried under an ``extensions`` object, kept as is. Every record is
built by keyword: nothing depends on the order of its fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ropa.model.fields import (
    code,
    codes,
    countries,
    country,
    day,
    flag,
    key,
    many,
    maybe,
    one,
    ref,
    refs,
    scc_module,
    text,
    texts,
)

Extensions = dict[str, Any] | None


def _extensions() -> Any:
    return field(default=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A named contact: DPO, register contact person, responsible person."""

    name: str = text(("Name", "Nimi"), ("The person's full name", "Henkilön koko nimi"))
    email: str = text(("Email", "Sähköposti"), ("Where to write to them", "Sähköpostiosoite"))
    phone: str = text(("Phone", "Puhelin"), ("A telephone number", "Puhelinnumero"))
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Representative:
    """The Art. 27 representative in the Union of an organisation established outside it."""

    name: str = text(("Name", "Nimi"), ("The representative's name", "Edustajan nimi"), "27")
    address: str = text(("Address", "Osoite"), ("Postal address in the Union", "Postiosoite unionissa"), "27")
    email: str = text(("Email", "Sähköposti"), ("The representative's email", "Edustajan sähköposti"), "27")
    phone: str = text(("Phone", "Puhelin"), ("The representative's phone", "Edustajan puhelin"), "27")
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class JointController:
    """A controller that decides the purposes and means together with this one (Art. 26)."""

    name: str = text(("Name", "Nimi"), ("The joint controller's name", "Yhteisrekisterinpitäjän nimi"), "26")
    contact: str = text(("Contact", "Yhteystiedot"), ("How to reach them", "Yhteystiedot"), "30(1)(a)")
    arrangement: str = text(
        ("Arrangement", "Järjestely"),
        ("The Art. 26 arrangement and its essence", "Art. 26 mukainen järjestely ja sen pääkohdat"),
        "26(1)",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Purpose:
    """One purpose of a processing activity with the legal basis it rests on."""

    description: str = text(
        ("Purpose", "Tarkoitus"),
        ("What the data is processed for", "Mihin tietoja käsitellään"),
        "30(1)(b)",
        required=True,
    )
    legal_basis: str | None = code(
        "legal_bases",
        ("Legal basis", "Oikeusperuste"),
        ("The Art. 6(1) basis of this purpose", "Tämän tarkoituksen Art. 6(1) oikeusperuste"),
        "6(1)",
        required=True,
    )
    kind: str | None = code(
        "purpose_kinds",
        ("Purpose kind", "Tarkoituksen laji"),
        (
            "Direct marketing, research or archiving: they change the rights",
            "Suoramarkkinointi, tutkimus tai arkistointi muuttavat oikeuksia",
        ),
        "21",
        since=2,
    )
    legitimate_interest: str = text(
        ("Legitimate interest", "Oikeutettu etu"),
        ("The interest pursued, when the basis is 6(1)(f)", "Tavoiteltu etu, kun peruste on 6(1)(f)"),
        "13(1)(d)",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class DataCategory:
    """A category of personal data, with its special category and retention."""

    name: str = text(
        ("Data category", "Tietoryhmä"),
        ("A kind of personal data held", "Käsiteltävä henkilötietoryhmä"),
        "30(1)(c)",
        required=True,
    )
    special: str | None = code(
        "special_categories",
        ("Special category", "Erityinen ryhmä"),
        (
            "Art. 9(1) special category or Art. 10 criminal data",
            "Art. 9(1) erityinen ryhmä tai Art. 10 rikostieto",
        ),
        "9(1)",
    )
    retention: str = text(
        ("Retention", "Säilytysaika"),
        ("How long this category is kept", "Kuinka kauan tietoja säilytetään"),
        "30(1)(f)",
    )
    source: str = text(
        ("Source", "Lähde"), ("Where this data comes from", "Mistä tiedot saadaan"), "14(2)(f)"
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipient:
    """A category of recipients to whom the data is disclosed."""

    name: str = text(
        ("Recipient", "Vastaanottaja"),
        ("Who receives the data", "Kenelle tietoja luovutetaan"),
        "30(1)(d)",
        required=True,
    )
    kind: str | None = code(
        "recipient_kinds",
        ("Kind", "Tyyppi"),
        (
            "Internal, external, public authority or processor",
            "Sisäinen, ulkoinen, viranomainen tai käsittelijä",
        ),
        "4(9)",
    )
    country: str | None = country(
        ("Country or organisation", "Maa tai järjestö"),
        ("Where the recipient is, when outside Finland", "Vastaanottajan sijainti"),
        "30(1)(d)",
    )
    description: str = text(
        ("Description", "Kuvaus"), ("What is disclosed and why", "Mitä luovutetaan ja miksi")
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessorLink:
    """A register's use of a processor, with the Art. 28 data processing agreement."""

    processor: str = ref(
        ("Processor", "Käsittelijä"),
        ("The processor engaged (its key)", "Käytetty henkilötietojen käsittelijä"),
        "28",
        mandatory=True,
    )
    task: str = text(
        ("Task", "Tehtävä"), ("What the processor does for this register", "Mitä käsittelijä tekee"), "28(3)"
    )
    agreement: str = text(
        ("Agreement", "Sopimus"),
        ("The data processing agreement", "Henkilötietojen käsittelysopimus"),
        "28(3)",
        required=True,
    )
    agreement_date: date | None = day(
        ("Agreement date", "Sopimuksen päiväys"), ("When it was signed", "Allekirjoituspäivä"), "28(3)"
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class AdequacyScope:
    """Whether a recipient is inside the scope of a limited adequacy decision (US: on the DPF List)."""

    confirmed: bool | None = flag(
        ("Scope confirmed", "Soveltamisala vahvistettu"),
        (
            "Is the recipient inside the decision's scope?",
            "Kuuluuko vastaanottaja päätöksen soveltamisalaan?",
        ),
        "45",
        since=2,
    )
    checked_on: date | None = day(
        ("Checked on", "Tarkistettu"),
        ("When the scope was checked", "Milloin soveltamisala tarkistettiin"),
        "45",
        since=2,
    )
    evidence: str = text(
        ("Evidence", "Näyttö"),
        ("What shows it, e.g. the DPF List entry", "Mikä sen osoittaa, esim. DPF-listan merkintä"),
        "45",
        since=2,
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryMechanism:
    """The transfer mechanism for one processing country, where it differs from the processor's default."""

    country: str | None = country(
        ("Country or organisation", "Maa tai järjestö"),
        ("The processing country it applies to", "Käsittelymaa, jota se koskee"),
        "30(1)(e)",
    )
    mechanism: str | None = code(
        "transfer_mechanisms",
        ("Transfer mechanism", "Siirtoperuste"),
        ("The Chapter V ground for this country", "Tämän maan siirtoperuste"),
        "44",
    )
    scc_module: int | None = scc_module(
        ("SCC module", "Vakiolausekemoduuli"),
        ("Module of the 2021/914 clauses, with SCC only", "Vakiolausekkeiden 2021/914 moduuli"),
        only_with=("mechanism", "scc"),
    )
    safeguards: str = text(
        ("Safeguards", "Suojatoimet"), ("The safeguards for this country", "Tämän maan suojatoimet"), "46"
    )
    tia: str = text(
        ("Transfer impact assessment", "Siirtovaikutusten arviointi"),
        ("The assessment for this country", "Tämän maan arviointi"),
        "46",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Transfer:
    """A declared transfer to a third country or international organisation (Art. 30(1)(e))."""

    recipient: str = text(
        ("Recipient", "Vastaanottaja"),
        ("Who receives the data abroad", "Vastaanottaja ulkomailla"),
        "30(1)(e)",
    )
    processor: str | None = ref(
        ("Through processor", "Käsittelijän kautta"),
        ("The processor the transfer happens through, if any", "Käsittelijä, jonka kautta siirto tapahtuu"),
        "30(1)(e)",
    )
    country: str | None = country(
        ("Country or organisation", "Maa tai järjestö"),
        ("The third country or international organisation", "Kolmas maa tai kansainvälinen järjestö"),
        "30(1)(e)",
        required=True,
    )
    mechanism: str | None = code(
        "transfer_mechanisms",
        ("Transfer mechanism", "Siirtoperuste"),
        ("The Chapter V ground of the transfer", "V luvun mukainen siirtoperuste"),
        "44",
        required=True,
    )
    scc_module: int | None = scc_module(
        ("SCC module", "Vakiolausekemoduuli"),
        ("Module of the 2021/914 clauses, with SCC only", "Vakiolausekkeiden 2021/914 moduuli"),
        only_with=("mechanism", "scc"),
    )
    safeguards: str = text(
        ("Safeguards", "Suojatoimet"),
        (
            "The safeguards, documented for Art. 49(1) second subparagraph",
            "Suojatoimet; dokumentoitava Art. 49(1) toisen alakohdan siirroissa",
        ),
        "30(1)(e)",
    )
    tia: str = text(
        ("Transfer impact assessment", "Siirtovaikutusten arviointi"),
        ("The assessment behind an Art. 46/47 tool", "Art. 46/47 siirtoperusteen vaikutusten arviointi"),
        "46",
    )
    adequacy_scope: AdequacyScope = one(
        AdequacyScope,
        ("Adequacy scope", "Tietosuojan riittävyyden soveltamisala"),
        (
            "Whether a limited adequacy decision covers the recipient",
            "Kattaako rajattu riittävyyspäätös vastaanottajan",
        ),
        "45",
        since=2,
    )
    notes: str = text(("Notes", "Huomautukset"), ("Anything else worth knowing", "Muut huomiot"))
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class SecurityMeasures:
    """A general description of the technical and organisational measures (Art. 32(1))."""

    electronic: str = text(
        ("Electronic material", "Sähköinen aineisto"),
        ("How electronic data is protected", "Miten sähköinen aineisto suojataan"),
        "30(1)(g)",
        required=True,
    )
    manual: str = text(
        ("Manual material", "Manuaalinen aineisto"),
        ("How paper records are protected", "Miten manuaalinen aineisto suojataan"),
        "30(1)(g)",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class AutomatedDecisionMaking:
    """Whether decisions are made by automated means, profiling included (Art. 22)."""

    used: bool | None = flag(
        ("Used", "Käytössä"),
        ("Are decisions made solely by automated means?", "Tehdäänkö päätöksiä pelkästään automaattisesti?"),
        "13(2)(f)",
        required=True,
    )
    description: str = text(
        ("Description", "Kuvaus"),
        ("The logic involved and its consequences", "Käsittelyn logiikka ja merkitys"),
        "13(2)(f)",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Dpia:
    """The data protection impact assessment: WP248 screening and its state (Art. 35)."""

    criteria: tuple[str, ...] = codes(
        "dpia_criteria",
        ("WP248 criteria", "WP248-kriteerit"),
        ("Which screening criteria the processing meets", "Mitkä arviointikriteerit täyttyvät"),
        "35(1)",
    )
    status: str | None = code(
        "dpia_statuses",
        ("DPIA status", "Vaikutustenarvioinnin tila"),
        ("Whether an assessment is needed and done", "Tarvitaanko arviointi ja onko se tehty"),
        "35",
        required=True,
    )
    reference: str = text(
        ("DPIA reference", "Arvioinnin viite"), ("Where the assessment is kept", "Missä arviointi on"), "35"
    )
    date: date | None = day(
        ("DPIA date", "Arvioinnin päiväys"), ("When it was made", "Milloin arviointi tehtiin"), "35"
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Register:
    """One processing activity (Finnish *rekisteri*) of a controller."""

    key: str = key(("Key", "Tunniste"), ("The register's stable identifier", "Rekisterin pysyvä tunniste"))
    reference: str = text(
        ("Reference", "Viite"), ("The organisation's own reference", "Organisaation oma viite")
    )
    name: str = text(
        ("Register", "Rekisteri"),
        ("The name of the processing activity", "Käsittelytoimen (rekisterin) nimi"),
        "30(1)(b)",
        required=True,
    )
    status: str | None = code(
        "register_statuses",
        ("Status", "Tila"),
        ("Draft, active or retired", "Luonnos, voimassa tai päättynyt"),
        required=True,
    )
    department: str = text(("Department", "Yksikkö"), ("The unit responsible for it", "Vastuullinen yksikkö"))
    description: str = text(
        ("Description", "Kuvaus"), ("What the processing is about", "Mitä käsittely koskee")
    )
    contact_person: Person = one(
        Person,
        ("Contact person", "Yhteyshenkilö"),
        ("Whom to ask about this register", "Keneltä rekisteristä voi kysyä"),
        "30(1)(a)",
    )
    responsible_person: Person = one(
        Person,
        ("Responsible person", "Vastuuhenkilö"),
        ("Who answers for this register", "Kuka vastaa rekisteristä"),
        "30(1)(a)",
    )
    joint_controllers: tuple[JointController, ...] = many(
        JointController,
        ("Joint controllers", "Yhteisrekisterinpitäjät"),
        ("Controllers that decide together with this one", "Yhdessä päättävät rekisterinpitäjät"),
        "30(1)(a)",
    )
    purposes: tuple[Purpose, ...] = many(
        Purpose,
        ("Purposes", "Käsittelyn tarkoitukset"),
        (
            "Why the data is processed, each with its legal basis",
            "Miksi tietoja käsitellään, kukin oikeusperusteineen",
        ),
        "30(1)(b)",
        required=True,
    )
    legal_basis_notes: str = text(
        ("Legal basis notes", "Oikeusperusteen lisätiedot"),
        ("More on the legal bases", "Lisätietoja oikeusperusteista"),
        "13(1)(c)",
    )
    special_category_conditions: tuple[str, ...] = codes(
        "art9_conditions",
        ("Art. 9(2) conditions", "Art. 9(2) poikkeukset"),
        ("The conditions that allow special category data", "Perusteet erityisten ryhmien käsittelylle"),
        "9(2)",
    )
    national_legal_basis: str = text(
        ("National legal basis", "Kansallinen oikeusperuste"),
        ("The national law the processing rests on", "Kansallinen laki, johon käsittely perustuu"),
        "6(3)",
    )
    criminal_data_basis: str = text(
        ("Art. 10 basis", "Art. 10 peruste"),
        (
            "The authority for criminal data, e.g. the national provision",
            "Rikostietojen käsittelyn peruste, esim. kansallinen säännös",
        ),
        "10",
        since=2,
    )
    provision_requirement: str = text(
        ("Statutory or contractual requirement", "Lakisääteinen tai sopimukseen perustuva vaatimus"),
        (
            "Must the data be provided, and what follows if not",
            "Onko tiedot annettava ja mitä seuraa, jos ei",
        ),
        "13(2)(e)",
        since=2,
    )
    data_subject_categories: tuple[str, ...] = texts(
        ("Categories of data subjects", "Rekisteröityjen ryhmät"),
        ("Whose data is processed", "Keiden tietoja käsitellään"),
        "30(1)(c)",
        required=True,
    )
    data_categories: tuple[DataCategory, ...] = many(
        DataCategory,
        ("Categories of personal data", "Henkilötietoryhmät"),
        (
            "What data is processed, with retention per category",
            "Mitä tietoja käsitellään, säilytysajat ryhmittäin",
        ),
        "30(1)(c)",
        required=True,
    )
    sources: str = text(
        ("Sources", "Tietolähteet"),
        ("Where the data regularly comes from", "Säännönmukaiset tietolähteet"),
        "14(2)(f)",
    )
    recipients: tuple[Recipient, ...] = many(
        Recipient,
        ("Recipients", "Vastaanottajat"),
        ("Categories of recipients of the data", "Vastaanottajaryhmät"),
        "30(1)(d)",
        required=True,
    )
    disclosures: str = text(
        ("Disclosures", "Luovutukset"),
        ("Regular disclosures of the data", "Säännönmukaiset luovutukset"),
        "30(1)(d)",
    )
    processors: tuple[ProcessorLink, ...] = many(
        ProcessorLink,
        ("Processors", "Käsittelijät"),
        ("The processors engaged, with their agreements", "Käytetyt käsittelijät sopimuksineen"),
        "28",
    )
    transfers: tuple[Transfer, ...] = many(
        Transfer,
        ("Transfers", "Siirrot"),
        ("Declared transfers outside the EU/EEA", "Ilmoitetut siirrot EU:n/ETA:n ulkopuolelle"),
        "30(1)(e)",
    )
    transfers_statement: str = text(
        ("Transfers statement", "Siirtoja koskeva lausuma"),
        ("What the notice says about transfers", "Mitä selosteessa kerrotaan siirroista"),
        "13(1)(f)",
    )
    retention: str = text(
        ("Retention", "Säilytysaika"),
        ("How long the data is kept, or the criteria", "Säilytysaika tai sen määrittämisperusteet"),
        "30(1)(f)",
        required=True,
    )
    systems: tuple[str, ...] = texts(
        ("Systems", "Järjestelmät"),
        ("The information systems used", "Käytetyt tietojärjestelmät"),
    )
    security_measures: SecurityMeasures = one(
        SecurityMeasures,
        ("Security measures", "Suojaustoimet"),
        ("Technical and organisational measures", "Tekniset ja organisatoriset toimet"),
        "30(1)(g)",
    )
    automated_decision_making: AutomatedDecisionMaking = one(
        AutomatedDecisionMaking,
        ("Automated decision-making", "Automaattinen päätöksenteko"),
        ("Decisions made by automated means, profiling included", "Automaattiset päätökset ja profilointi"),
        "22",
    )
    dpia: Dpia = one(
        Dpia,
        ("Impact assessment", "Vaikutustenarviointi"),
        ("The data protection impact assessment", "Tietosuojaa koskeva vaikutustenarviointi"),
        "35",
    )
    data_subject_rights: str = text(
        ("Data subject rights", "Rekisteröidyn oikeudet"),
        ("How data subjects exercise their rights", "Miten rekisteröity käyttää oikeuksiaan"),
        "13(2)(b)",
    )
    created: date | None = day(
        ("Created", "Laadittu"), ("When the register was set up", "Milloin rekisteri perustettiin")
    )
    last_reviewed: date | None = day(
        ("Last reviewed", "Viimeksi tarkistettu"),
        ("When the record was last checked", "Milloin tiedot viimeksi tarkistettiin"),
    )
    next_review: date | None = day(
        ("Next review", "Seuraava tarkistus"),
        ("When the record is due for review", "Milloin tiedot tarkistetaan seuraavaksi"),
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Client:
    """The controller an organisation processes for (Art. 30(2)(a))."""

    name: str = text(
        ("Client", "Asiakas"),
        ("The controller processed for", "Rekisterinpitäjä, jonka lukuun käsitellään"),
        "30(2)(a)",
        required=True,
    )
    business_id: str = text(
        ("Business ID", "Y-tunnus"), ("The client's business ID", "Asiakkaan Y-tunnus"), "30(2)(a)"
    )
    address: str = text(("Address", "Osoite"), ("The client's address", "Asiakkaan osoite"), "30(2)(a)")
    email: str = text(("Email", "Sähköposti"), ("The client's email", "Asiakkaan sähköposti"), "30(2)(a)")
    phone: str = text(("Phone", "Puhelin"), ("The client's phone", "Asiakkaan puhelin"), "30(2)(a)")
    representative: Representative | None = maybe(
        Representative,
        ("Representative", "Edustaja"),
        ("The client's Art. 27 representative", "Asiakkaan Art. 27 mukainen edustaja"),
        "30(2)(a)",
    )
    dpo: Person = one(
        Person,
        ("Client's DPO", "Asiakkaan tietosuojavastaava"),
        ("The client's data protection officer", "Asiakkaan tietosuojavastaava"),
        "30(2)(a)",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class ProcessingOnBehalf:
    """An Art. 30(2) record: processing the controller does as a processor for a client."""

    key: str = key(("Key", "Tunniste"), ("The record's stable identifier", "Selosteen pysyvä tunniste"))
    client: Client = one(
        Client,
        ("Client", "Asiakas"),
        ("The controller processed for", "Rekisterinpitäjä, jonka lukuun käsitellään"),
        "30(2)(a)",
    )
    categories_of_processing: str = text(
        ("Categories of processing", "Käsittelyn ryhmät"),
        ("What is done on the client's behalf", "Mitä asiakkaan lukuun tehdään"),
        "30(2)(b)",
        required=True,
    )
    subprocessors: tuple[str, ...] = refs(
        ("Sub-processors", "Alikäsittelijät"),
        ("Processors engaged for this work", "Tähän työhön käytetyt käsittelijät"),
        "28(2)",
    )
    transfers: tuple[Transfer, ...] = many(
        Transfer,
        ("Transfers", "Siirrot"),
        ("Transfers outside the EU/EEA", "Siirrot EU:n/ETA:n ulkopuolelle"),
        "30(2)(c)",
    )
    security_measures: str = text(
        ("Security measures", "Suojaustoimet"),
        ("Technical and organisational measures", "Tekniset ja organisatoriset toimet"),
        "30(2)(d)",
        required=True,
    )
    agreement: str = text(
        ("Agreement", "Sopimus"), ("The data processing agreement", "Käsittelysopimus"), "28(3)"
    )
    agreement_date: date | None = day(
        ("Agreement date", "Sopimuksen päiväys"), ("When it was signed", "Allekirjoituspäivä"), "28(3)"
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Controller:
    """An organisation that determines purposes and means (Finnish *rekisterinpitäjä*)."""

    key: str = key(
        ("Key", "Tunniste"), ("The controller's stable identifier", "Rekisterinpitäjän pysyvä tunniste")
    )
    name: str = text(
        ("Controller", "Rekisterinpitäjä"),
        ("The organisation's name", "Organisaation nimi"),
        "30(1)(a)",
        required=True,
    )
    business_id: str = text(
        ("Business ID", "Y-tunnus"), ("The Finnish business ID or equivalent", "Y-tunnus tai vastaava")
    )
    address: str = text(("Address", "Osoite"), ("Postal address", "Postiosoite"), "30(1)(a)", required=True)
    country: str | None = country(("Country", "Maa"), ("Where it is established", "Sijoittautumismaa"), "3")
    email: str = text(
        ("Email", "Sähköposti"),
        ("General email address", "Yleinen sähköpostiosoite"),
        "30(1)(a)",
        required=True,
    )
    phone: str = text(("Phone", "Puhelin"), ("Switchboard number", "Vaihteen numero"), "30(1)(a)")
    website: str = text(("Website", "Verkkosivut"), ("Web address", "Verkko-osoite"))
    representative: Representative | None = maybe(
        Representative,
        ("Representative", "Edustaja"),
        (
            "The Art. 27 representative, when established outside the EU",
            "Art. 27 mukainen edustaja, jos sijoittautunut EU:n ulkopuolelle",
        ),
        "30(1)(a)",
    )
    dpo: Person = one(
        Person,
        ("Data protection officer", "Tietosuojavastaava"),
        ("The DPO's contact details", "Tietosuojavastaavan yhteystiedot"),
        "30(1)(a)",
    )
    supervisory_authority: str = text(
        ("Supervisory authority", "Valvontaviranomainen"),
        ("Where data subjects may complain", "Minne rekisteröity voi tehdä valituksen"),
        "13(2)(d)",
    )
    public_authority: bool | None = flag(
        ("Public authority", "Viranomainen"),
        (
            "A public authority or body (Art. 6(1) second subparagraph, 37(1)(a))",
            "Viranomainen tai julkinen elin",
        ),
        "37(1)(a)",
        since=2,
    )
    registers: tuple[Register, ...] = many(
        Register,
        ("Registers", "Rekisterit"),
        ("The controller's processing activities", "Rekisterinpitäjän käsittelytoimet"),
        "30(1)",
    )
    processing_on_behalf: tuple[ProcessingOnBehalf, ...] = many(
        ProcessingOnBehalf,
        ("Processing on behalf", "Käsittely toimeksiannosta"),
        (
            "Art. 30(2) records of processing done for clients",
            "Art. 30(2) selosteet asiakkaiden lukuun tehdystä käsittelystä",
        ),
        "30(2)",
    )
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Processor:
    """A processor in the one catalogue shared by all controllers; ``parent`` makes it a sub-processor."""

    key: str = key(("Key", "Tunniste"), ("The processor's stable identifier", "Käsittelijän pysyvä tunniste"))
    name: str = text(
        ("Processor", "Käsittelijä"), ("The processor's name", "Käsittelijän nimi"), "30(2)(a)", required=True
    )
    business_id: str = text(
        ("Business ID", "Y-tunnus"), ("Business ID or registration number", "Y-tunnus tai rekisterinumero")
    )
    country: str | None = country(
        ("Country", "Maa"),
        (
            "Where it is established, from where it may access the data",
            "Sijoittautumismaa, josta tietoihin voidaan päästä",
        ),
        "30(1)(e)",
    )
    address: str = text(("Address", "Osoite"), ("Postal address", "Postiosoite"))
    email: str = text(("Email", "Sähköposti"), ("Contact email", "Yhteyssähköposti"))
    phone: str = text(("Phone", "Puhelin"), ("Contact phone", "Yhteyspuhelin"))
    website: str = text(("Website", "Verkkosivut"), ("Web address", "Verkko-osoite"))
    dpo: Person = one(
        Person,
        ("Processor's DPO", "Käsittelijän tietosuojavastaava"),
        ("Its data protection officer", "Käsittelijän tietosuojavastaava"),
        "30(2)(a)",
    )
    services: str = text(
        ("Services", "Palvelut"), ("What it does with the data", "Mitä käsittelijä tekee tiedoilla"), "28(3)"
    )
    processing_countries: tuple[str, ...] = countries(
        ("Processing countries", "Käsittelymaat"),
        ("Where it stores or processes the data", "Missä tietoja säilytetään tai käsitellään"),
        "30(1)(e)",
    )
    parent: str | None = ref(
        ("Sub-processor of", "Alikäsittelijänä"),
        ("The processor that engaged this one", "Käsittelijä, joka on ottanut tämän käyttöön"),
        "28(2)",
    )
    transfer_mechanism: str | None = code(
        "transfer_mechanisms",
        ("Transfer mechanism", "Siirtoperuste"),
        (
            "The Chapter V ground of its processing outside the EEA",
            "Siirtoperuste ETA:n ulkopuoliselle käsittelylle",
        ),
        "44",
    )
    scc_module: int | None = scc_module(
        ("SCC module", "Vakiolausekemoduuli"),
        ("Module of the 2021/914 clauses, with SCC only", "Vakiolausekkeiden 2021/914 moduuli"),
        only_with=("transfer_mechanism", "scc"),
    )
    safeguards: str = text(
        ("Safeguards", "Suojatoimet"), ("The safeguards in place", "Käytössä olevat suojatoimet"), "46"
    )
    tia: str = text(
        ("Transfer impact assessment", "Siirtovaikutusten arviointi"),
        ("The assessment behind its default mechanism", "Oletussiirtoperusteen vaikutusten arviointi"),
        "46",
        since=2,
    )
    adequacy_scope: AdequacyScope = one(
        AdequacyScope,
        ("Adequacy scope", "Tietosuojan riittävyyden soveltamisala"),
        ("Whether a limited adequacy decision covers it", "Kattaako rajattu riittävyyspäätös käsittelijän"),
        "45",
        since=2,
    )
    country_mechanisms: tuple[CountryMechanism, ...] = many(
        CountryMechanism,
        ("Mechanisms per country", "Siirtoperusteet maittain"),
        (
            "Where one processing country relies on another mechanism",
            "Kun käsittelymaan siirtoperuste poikkeaa",
        ),
        "44",
        since=2,
    )
    representative: Representative | None = maybe(
        Representative,
        ("Representative", "Edustaja"),
        ("Its Art. 27 representative, when established outside the EU", "Art. 27 mukainen edustaja"),
        "27",
        since=2,
    )
    notes: str = text(("Notes", "Huomautukset"), ("Anything else worth knowing", "Muut huomiot"))
    extensions: Extensions = _extensions()


@dataclass(frozen=True, slots=True, kw_only=True)
class Workspace:
    """A whole workspace, or one controller's part of it with the processors it uses."""

    processors: tuple[Processor, ...] = many(
        Processor, ("Processors", "Käsittelijät"), ("The processor catalogue", "Käsittelijäluettelo"), "28"
    )
    controllers: tuple[Controller, ...] = many(
        Controller,
        ("Controllers", "Rekisterinpitäjät"),
        ("The organisations served", "Palveltavat organisaatiot"),
        "30(1)",
    )
    extensions: Extensions = _extensions()
