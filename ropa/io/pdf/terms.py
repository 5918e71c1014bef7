"""The fixed words of the printed documents, in English and Finnish.

Field labels never live here: they come from the catalogue (:mod:`ropa.model.catalogue`); words
other documents print too are in :mod:`ropa.io.wording`. These are the printed record's own words:
part names, the "not recorded" marker, the annexes' phrases.
"""

from __future__ import annotations

from datetime import date

from ropa.model.fields import Words

NOT_RECORDED = Words("not recorded", "ei kirjattu")
PAGE_OF = Words("Page {page} of", "Sivu {page} /")
REFERENCE_VERIFIED = Words(
    "Adequacy decisions and EU/EEA membership as verified on {day}",
    "Riittävyyspäätökset ja EU/ETA-jäsenyys tarkistettu {day}",
)
REGISTERS = Words("Processing activities", "Käsittelytoimet (rekisterit)")
NO_REGISTERS = Words("No processing activities are recorded.", "Käsittelytoimia ei ole kirjattu.")
DIAGRAM = Words("Data flows", "Tietovirrat")
DIAGRAM_CAPTION = Words(
    "Controller, processors and sub-processors with their countries (ISO codes); transfers "
    "outside the EEA on {day} with their mechanism.",
    "Rekisterinpitäjä, käsittelijät ja alikäsittelijät maineen (ISO-koodit); ETA:n ulkopuoliset "
    "siirrot {day} siirtoperusteineen.",
)
PART_30_2 = Words(
    "Record of processing carried out on behalf of controllers (Art. 30(2))",
    "Seloste rekisterinpitäjien lukuun suoritetuista käsittelytoimista (30 artiklan 2 kohta)",
)
NO_30_2 = Words(
    "No processing carried out on behalf of other controllers is recorded.",
    "Muiden rekisterinpitäjien lukuun suoritettua käsittelyä ei ole kirjattu.",
)
ANNEX_PROCESSORS = Words("Annex A. Processors and sub-processors", "Liite A. Käsittelijät ja alikäsittelijät")
NO_PROCESSORS = Words("No processors are recorded.", "Käsittelijöitä ei ole kirjattu.")
ANNEX_TRANSFERS = Words("Annex B. Transfers outside the EU/EEA", "Liite B. Siirrot EU:n/ETA:n ulkopuolelle")
TRANSFERS_INTRO = Words(
    "Every flow of personal data leaving the EEA, declared in the record or derived from the "
    "processors engaged and their sub-processor chains (including access from a processor's country "
    "of establishment), judged on {day}.",
    "Kaikki ETA:n ulkopuolelle suuntautuvat henkilötietojen siirrot: selosteeseen kirjatut sekä "
    "käytetyistä käsittelijöistä ja niiden alikäsittelijäketjuista johdetut (myös pääsy käsittelijän "
    "sijoittautumismaasta), arvioituna {day}.",
)
USED_BY = Words("Used by", "Käyttäjät")
SUB_PROCESSOR_OF = Words("sub-processor of {name}", "alikäsittelijä, {name}")
ITEM = Words("{label} {number}", "{label} {number}")
SCOPE_LIMITED = Words("limited: {scope}", "rajattu: {scope}")
SCOPE_CONFIRMED = Words("scope confirmed", "soveltamisala vahvistettu")
SCOPE_NOT_CONFIRMED = Words("scope not confirmed", "soveltamisalaa ei vahvistettu")
SCOPE_OUTSIDE = Words("recipient outside the scope", "vastaanottaja soveltamisalan ulkopuolella")
DIRECT = Words("direct", "suoraan")
SUB_PROCESSOR = Words("Sub-processor", "Alikäsittelijä")
RECIPIENT = Words("Recipient", "Vastaanottaja")
RECORDS_COUNT = Words("{count} registers", "{count} rekisteriä")
AND_MORE = Words("and {count} more", "ja {count} muuta")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")  # fmt: skip


def finnish(lang: str) -> bool:
    return lang.replace("-", "_").split("_", 1)[0].lower() == "fi"


def day(value: date, lang: str) -> str:
    """A date as the language writes it: 4.6.2026, 4 June 2026."""
    if finnish(lang):
        return f"{value.day}.{value.month}.{value.year}"
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
