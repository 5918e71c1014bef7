"""The workbook's own words in English and Finnish (field labels come from the catalogue)."""

from __future__ import annotations

from ropa.model.fields import Words

TITLE = Words("Record of processing activities", "Seloste käsittelytoimista")
SUBTITLE = Words(
    "General Data Protection Regulation (EU) 2016/679, Article 30",
    "EU:n yleinen tietosuoja-asetus (EU) 2016/679, 30 artikla",
)
CONTENTS = Words("Contents", "Sisällys")
EXPORTED = Words("Date of export", "Vientipäivä")
JUDGED_ON = Words("Transfers judged on", "Siirrot arvioitu päivänä")
PRODUCED_BY = Words("Produced with", "Laadittu ohjelmalla")
SCOPE = Words("Scope", "Laajuus")
WHOLE_WORKSPACE = Words("All controllers of the workspace", "Kaikki työtilan rekisterinpitäjät")
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
REGISTER_COUNT = Words("registers", "rekisteriä")
ARTICLE = Words("Article", "Artikla")
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
TABLE_CAPTION = Words("{title} — one row per item", "{title} — yksi rivi kohtaa kohden")
OWNER_OF = Words("{title} of each {owner}", "{title}")
CARD_CAPTION = Words(
    "{count} registers, {records} Art. 30(2) records", "{count} rekisteriä, {records} Art. 30(2) selostetta"
)

#: The transfers overview's headings.
OVERVIEW_HEADINGS: tuple[Words, ...] = (
    Words("Controller", "Rekisterinpitäjä"),
    Words("Record", "Seloste"),
    Words("Record kind", "Selosteen laji"),
    Words("Basis", "Peruste"),
    Words("Through (chain)", "Kautta (ketju)"),
    Words("Recipient", "Vastaanottaja"),
    Words("Destination", "Kohde"),
    Words("Status on the date", "Tila arviointipäivänä"),
    Words("Adequacy decision", "Riittävyyspäätös"),
    Words("Adequacy scope confirmed", "Soveltamisala vahvistettu"),
    Words("Mechanism", "Siirtoperuste"),
    Words("SCC module", "Vakiolausekemoduuli"),
    Words("Module needed", "Tarvittava moduuli"),
    Words("Safeguards", "Suojatoimet"),
    Words("Transfer impact assessment", "Siirtovaikutusten arviointi"),
    Words("Rests on", "Perusta"),
)
REGISTER_KIND = Words("register", "rekisteri")
ON_BEHALF_KIND = Words("Art. 30(2) record", "Art. 30(2) seloste")
NONE_RECORDED = Words("none recorded", "ei kirjattu")
