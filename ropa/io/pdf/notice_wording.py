"""The wording of the privacy notice: its fourteen headings and every fixed sentence and label it
prints, in English and Finnish, and how it prints a code.

One module that both sides use: the notice writer (:mod:`ropa.io.pdf.notice`) prints these words,
and the reader of Ropa's own notices (:mod:`ropa.io.notice_import.own`) recognises them to read a
page back into the register it was written from. Change a sentence here and both follow.
"""

from __future__ import annotations

from ropa.io.pdf import terms
from ropa.model.fields import Words
from ropa.model.rights import article_label
from ropa.reference import reference

HEADINGS: tuple[Words, ...] = (
    Words("Name of the register", "Rekisterin nimi"),
    Words("Controller", "Rekisterinpitäjä"),
    Words(
        "Contact person, responsible person and data protection officer",
        "Rekisterin yhteyshenkilö, vastuuhenkilö ja tietosuojavastaava",
    ),
    Words("Processing by processors", "Henkilötietojen käsittely toimeksiannosta"),
    Words("Purposes and legal bases of the processing", "Käsittelyn tarkoitukset ja oikeusperusteet"),
    Words("Automated decision-making and profiling", "Automaattinen päätöksenteko ja profilointi"),
    Words("Content of the register", "Rekisterin tietosisältö"),
    Words("Regular sources of data", "Säännönmukaiset tietolähteet"),
    Words("Regular disclosures and recipients", "Säännönmukaiset luovutukset ja vastaanottajat"),
    Words("Transfers outside the EU or EEA", "Tietojen siirto EU:n tai ETA:n ulkopuolelle"),
    Words("Retention periods", "Säilytysajat"),
    Words("Systems and principles of security", "Ylläpitojärjestelmät ja suojauksen periaatteet"),
    Words("Rights of the data subject", "Rekisteröidyn oikeudet"),
    Words(
        "Right to lodge a complaint with a supervisory authority",
        "Oikeus tehdä valitus valvontaviranomaiselle",
    ),
)

TITLE = Words("Privacy notice", "Tietosuojaseloste")
INTRO = Words(
    "Information to data subjects under Articles 13 and 14 of the General Data Protection Regulation "
    "(EU) 2016/679.",
    "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 13 ja 14 artiklan mukainen informointi "
    "rekisteröidyille.",
)
UPDATED = Words("Updated", "Päivitetty")
FOOTER = Words(
    "Written with Ropa {version} from the record of processing activities on {day}.",
    "Laadittu käsittelytoimien selosteen tiedoista Ropa {version} -ohjelmalla {day}.",
)
MISSING = terms.NOT_RECORDED
PHONE = Words("tel.", "puh.")
YES_PROCESSORS = Words(
    "Yes. The following processors process the data on the controller's behalf, under a data "
    "processing agreement (Art. 28):",
    "Kyllä. Seuraavat henkilötietojen käsittelijät käsittelevät tietoja rekisterinpitäjän lukuun "
    "henkilötietojen käsittelysopimuksen (28 artikla) perusteella:",
)
NO_PROCESSORS = Words(
    "No. The data is not processed by processors.", "Ei. Tietoja ei käsitellä toimeksiannosta."
)
SUBS = Words("sub-processors", "alikäsittelijät")
BASIS = Words("Legal basis", "Oikeusperuste")
INTEREST = Words("Legitimate interest", "Oikeutettu etu")
NO_PURPOSES = Words("No purposes are recorded.", "Käsittelyn tarkoituksia ei ole kirjattu.")
REQUIREMENT = Words(
    "Is providing the data required, and what if it is not given", "Onko tietojen antaminen pakollista"
)
AUTOMATED_NO = Words(
    "No. The data is not used for decisions based solely on automated processing, including profiling.",
    "Ei. Tietoja ei käytetä pelkästään automaattiseen käsittelyyn perustuvaan päätöksentekoon eikä "
    "profilointiin.",
)
AUTOMATED_YES = Words("Yes.", "Kyllä.")
SPECIAL = Words(
    "Special categories of personal data and data on criminal convictions",
    "Erityiset henkilötietoryhmät ja rikostuomioita koskevat tiedot",
)
NO_SPECIAL = Words(
    "The register holds no special categories of personal data and no data on criminal convictions.",
    "Rekisteri ei sisällä erityisiin henkilötietoryhmiin kuuluvia eikä rikostuomioita koskevia tietoja.",
)
BY_CATEGORY = Words("By category of data", "Tietoryhmittäin")
NO_RECIPIENTS = Words("No regular disclosures are recorded.", "Säännönmukaisia luovutuksia ei ole kirjattu.")
NO_TRANSFER = Words(
    "The data is not transferred outside the EU or EEA.",
    "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
)
TRANSFERS_LIST = Words(
    "The data is transferred outside the EU or EEA as follows, with the safeguard each transfer uses:",
    "Tietoja siirretään EU:n tai ETA:n ulkopuolelle seuraavasti; kunkin siirron suojatoimi on mainittu:",
)
COPY = Words(
    "A copy of the safeguards can be obtained from the controller (contact details in section 2).",
    "Jäljennöksen suojatoimista saa rekisterinpitäjältä (yhteystiedot kohdassa 2).",
)
EXERCISE = Words("How to exercise the rights", "Oikeuksien käyttäminen")
NO_BASIS_RIGHTS = Words(
    "For purposes without a recorded legal basis the rights cannot be stated: {purposes}.",
    "Tarkoituksille, joiden oikeusperustetta ei ole kirjattu, oikeuksia ei voida esittää: {purposes}.",
)
COMPLAINT = Words(
    "A data subject who considers that the processing of their personal data infringes the General "
    "Data Protection Regulation has the right to lodge a complaint with a supervisory authority, in "
    "particular in the Member State of their habitual residence, place of work or the alleged "
    "infringement (Art. 77).",
    "Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, jos hän katsoo, että häntä "
    "koskevien henkilötietojen käsittelyssä rikotaan tietosuoja-asetusta, erityisesti siinä "
    "jäsenvaltiossa, jossa hänen asuinpaikkansa tai työpaikkansa on tai jossa väitetty rikkominen on "
    "tapahtunut (77 artikla).",
)
#: The Finnish supervisory authority (DOMAIN.md), for a Finnish controller that records none.
FINNISH_AUTHORITY = ("Tietosuojavaltuutetun toimisto", "PL 800, 00531 Helsinki", "tietosuoja@om.fi")


def code_text(codes: str, value: str | None, lang: str) -> str:
    """A code as the notice prints it: its label, with the GDPR article when it names one
    ("Consent (Art. 6(1)(a))"); an unknown code as itself, none as ""."""
    if not value:
        return ""
    item = reference().code_list(codes).get(value)
    if item is None:
        return value
    if item.article.startswith("Art."):
        return f"{item.label(lang)} ({article_label(item.article, lang)})"
    return item.label(lang)
