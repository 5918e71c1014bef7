"""The workbook's own words in English and Finnish.

Words other documents print too are in :mod:`ropa.io.wording`; field labels come from the catalogue.
"""

from __future__ import annotations

from ropa.io import wording as W
from ropa.model.catalogue import entity
from ropa.model.fields import Words
from ropa.model.records import Transfer


def _transfer(name: str) -> Words:
    return entity(Transfer).field(name).label


SCOPE = Words("Scope", "Laajuus")
CONTROLLERS = Words("Controllers", "Rekisterinpitäjät")
SHEET = Words("Sheet", "Välilehti")
HOLDS = Words("Holds", "Sisältö")
ROWS = Words("Rows", "Rivejä")
PAGE = Words("Page &P of &N", "Sivu &P / &N")
LEGEND = Words("How to read and edit this workbook", "Näin luet ja muokkaat tätä työkirjaa")
LEGEND_LINES = (
    Words(
        "Dark blue headings: information Art. 30 requires; light blue: optional information.",
        "Tummansiniset otsikot: 30 artiklan edellyttämät tiedot; vaaleansiniset: muut tiedot.",
    ),
    Words(
        "Grey italic headings are summaries of the list sheets; edit the list sheets instead.",
        "Harmaat kursivoidut otsikot ovat yhteenvetoja luettelovälilehdistä; muokkaa luettelovälilehtiä.",
    ),
    Words(
        "Each row names its owner as 'Name [key]' and its place with a number, so rows may be "
        "sorted, moved and inserted. A new row without a number goes last; a new register without "
        "a key gets one from its name.",
        "Jokainen rivi nimeää omistajansa muodossa 'Nimi [tunniste]' ja paikkansa numerolla, joten "
        "rivejä voi lajitella, siirtää ja lisätä. Uusi rivi ilman numeroa tulee viimeiseksi; uusi "
        "rekisteri ilman tunnistetta saa tunnisteen nimestään.",
    ),
    Words(
        "Lists in one cell (systems, countries, Art. 9(2) conditions...) take one item per line. "
        "Codes may be written as labels in English or Finnish.",
        "Yhden solun luettelot (järjestelmät, maat, 9(2) artiklan poikkeukset...) kirjoitetaan "
        "yksi kohta riville. Koodit voi kirjoittaa nimikkeinä suomeksi tai englanniksi.",
    ),
    Words(
        "Import the edited workbook with: ropa import FILE.xlsx --replace",
        "Tuo muokattu työkirja komennolla: ropa import TIEDOSTO.xlsx --replace",
    ),
)
CONTACT_BLOCK = Words(
    "Name and contact details of the controller (Art. 30(1)(a))",
    "Rekisterinpitäjän nimi ja yhteystiedot (30 artiklan 1 kohdan a alakohta)",
)
OVERVIEW = Words("Transfers overview", "Siirtojen yhteenveto")
OVERVIEW_CAPTION = Words(
    "Every flow of personal data outside the EU/EEA, declared in a record or derived from its "
    "processors and their sub-processor chains, judged on {day}. Read-only: edit the declared "
    "transfers and the processors.",
    "Kaikki henkilötietojen siirrot EU:n/ETA:n ulkopuolelle, selosteessa ilmoitetut ja "
    "käsittelijöistä ja alihankintaketjuista johdetut, arvioituna {day}. Vain luettavaksi: muokkaa "
    "ilmoitettuja siirtoja ja käsittelijöitä.",
)
LISTS = Words("Lists", "Luettelot")

#: The transfers overview's headings.
OVERVIEW_HEADINGS: tuple[Words, ...] = (
    W.CONTROLLER,
    W.RECORD,
    Words("Record kind", "Selosteen laji"),
    W.BASIS,
    W.THROUGH,
    _transfer("recipient"),
    _transfer("country"),
    W.STATUS,
    W.ADEQUACY_DECISION,
    Words("Adequacy scope confirmed", "Soveltamisala vahvistettu"),
    _transfer("mechanism"),
    W.MODULE,
    Words("Module needed", "Tarvittava moduuli"),
    _transfer("safeguards"),
    _transfer("tia"),
    W.RESTS_ON,
)
