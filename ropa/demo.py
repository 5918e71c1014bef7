"""Synthetic demo workspace as an interchange document (INTERCHANGE.md, version 1).

A DPO evaluating the tool, a screenshot, a benchmark and the tests all need a workspace that looks
like a real one: a few cities with their energy, housing and water companies, client firms,
hundreds of registers, a processor catalogue with sub-processor chains across countries, and the
gaps the compliance checks are meant to find. Everything is derived from ``random.Random(seed)``
so the same arguments always give the same document. Codes and country facts come from
``ropa.reference``; no I/O.
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Any

from ropa.model.codes import DpiaCriterion
from ropa.reference import reference

__all__ = ["build_demo"]

# --------------------------------------------------------------------------------------------
# Reference codes (DOMAIN.md)

# The demo describes the world as of this day, whatever day it is built on (determinism).
_AS_OF = date(2026, 6, 1)
EEA = frozenset(m.country for m in reference().eea if m.covers(_AS_OF))
ADEQUACY_REF = {d.country: d.decision for d in reference().adequacy if d.country and d.in_force(_AS_OF)}
ADEQUACY = frozenset(ADEQUACY_REF)
WP248 = tuple(c.value for c in DpiaCriterion)
SUPERVISORY_AUTHORITY = "Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki, tietosuoja@om.fi"
_Y_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)

# --------------------------------------------------------------------------------------------
# Name material

# (base name, genitive, postal code, "kaupunki" or "kunta", area code)
CITIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Kemi", "Kemin", "94100", "kaupunki", "016"),
    ("Tornio", "Tornion", "95400", "kaupunki", "016"),
    ("Rovaniemi", "Rovaniemen", "96100", "kaupunki", "016"),
    ("Keminmaa", "Keminmaan", "94400", "kunta", "016"),
    ("Simo", "Simon", "95200", "kunta", "016"),
    ("Tervola", "Tervolan", "95300", "kunta", "016"),
    ("Ylitornio", "Ylitornion", "95600", "kunta", "016"),
    ("Kemijärvi", "Kemijärven", "98100", "kaupunki", "016"),
    ("Sodankylä", "Sodankylän", "99600", "kunta", "016"),
    ("Kittilä", "Kittilän", "99100", "kunta", "016"),
    ("Enontekiö", "Enontekiön", "99400", "kunta", "016"),
    ("Inari", "Inarin", "99800", "kunta", "016"),
    ("Utsjoki", "Utsjoen", "99980", "kunta", "016"),
    ("Pello", "Pellon", "95700", "kunta", "016"),
    ("Kolari", "Kolarin", "95900", "kunta", "016"),
    ("Muonio", "Muonion", "99300", "kunta", "016"),
    ("Salla", "Sallan", "98900", "kunta", "016"),
    ("Posio", "Posion", "97900", "kunta", "016"),
    ("Ranua", "Ranuan", "97700", "kunta", "016"),
    ("Oulu", "Oulun", "90100", "kaupunki", "08"),
    ("Ii", "Iin", "95100", "kunta", "08"),
    ("Kempele", "Kempeleen", "90440", "kunta", "08"),
    ("Liminka", "Limingan", "91900", "kunta", "08"),
    ("Muhos", "Muhoksen", "91500", "kunta", "08"),
    ("Pudasjärvi", "Pudasjärven", "93100", "kaupunki", "08"),
    ("Kuusamo", "Kuusamon", "93600", "kaupunki", "08"),
    ("Taivalkoski", "Taivalkosken", "93400", "kunta", "08"),
    ("Raahe", "Raahen", "92100", "kaupunki", "08"),
    ("Ylivieska", "Ylivieskan", "84100", "kaupunki", "08"),
    ("Kalajoki", "Kalajoen", "85100", "kaupunki", "08"),
    ("Nivala", "Nivalan", "85500", "kaupunki", "08"),
    ("Haapajärvi", "Haapajärven", "85800", "kaupunki", "08"),
    ("Oulainen", "Oulaisen", "86300", "kaupunki", "08"),
    ("Kajaani", "Kajaanin", "87100", "kaupunki", "08"),
    ("Kuhmo", "Kuhmon", "88900", "kaupunki", "08"),
    ("Sotkamo", "Sotkamon", "88600", "kunta", "08"),
    ("Suomussalmi", "Suomussalmen", "89600", "kunta", "08"),
    ("Paltamo", "Paltamon", "88300", "kunta", "08"),
    ("Kokkola", "Kokkolan", "67100", "kaupunki", "06"),
    ("Pietarsaari", "Pietarsaaren", "68600", "kaupunki", "06"),
    ("Vaasa", "Vaasan", "65100", "kaupunki", "06"),
    ("Seinäjoki", "Seinäjoen", "60100", "kaupunki", "06"),
    ("Lapua", "Lapuan", "62100", "kaupunki", "06"),
    ("Kauhajoki", "Kauhajoen", "61800", "kaupunki", "06"),
    ("Kurikka", "Kurikan", "61300", "kaupunki", "06"),
    ("Närpiö", "Närpiön", "64200", "kaupunki", "06"),
    ("Kristiinankaupunki", "Kristiinankaupungin", "64100", "kaupunki", "06"),
    ("Jyväskylä", "Jyväskylän", "40100", "kaupunki", "014"),
    ("Äänekoski", "Äänekosken", "44100", "kaupunki", "014"),
    ("Jämsä", "Jämsän", "42100", "kaupunki", "014"),
    ("Kuopio", "Kuopion", "70100", "kaupunki", "017"),
    ("Iisalmi", "Iisalmen", "74100", "kaupunki", "017"),
    ("Varkaus", "Varkauden", "78200", "kaupunki", "017"),
    ("Joensuu", "Joensuun", "80100", "kaupunki", "013"),
    ("Lieksa", "Lieksan", "81700", "kaupunki", "013"),
    ("Nurmes", "Nurmeksen", "75500", "kaupunki", "013"),
    ("Savonlinna", "Savonlinnan", "57100", "kaupunki", "015"),
    ("Mikkeli", "Mikkelin", "50100", "kaupunki", "015"),
    ("Pieksämäki", "Pieksämäen", "76100", "kaupunki", "015"),
    ("Lappeenranta", "Lappeenrannan", "53100", "kaupunki", "05"),
    ("Imatra", "Imatran", "55100", "kaupunki", "05"),
    ("Kotka", "Kotkan", "48100", "kaupunki", "05"),
    ("Hamina", "Haminan", "49400", "kaupunki", "05"),
    ("Kouvola", "Kouvolan", "45100", "kaupunki", "05"),
    ("Lahti", "Lahden", "15100", "kaupunki", "03"),
    ("Heinola", "Heinolan", "18100", "kaupunki", "03"),
    ("Orimattila", "Orimattilan", "16300", "kaupunki", "03"),
    ("Hämeenlinna", "Hämeenlinnan", "13100", "kaupunki", "03"),
    ("Riihimäki", "Riihimäen", "11100", "kaupunki", "019"),
    ("Forssa", "Forssan", "30100", "kaupunki", "03"),
    ("Tampere", "Tampereen", "33100", "kaupunki", "03"),
    ("Nokia", "Nokian", "37100", "kaupunki", "03"),
    ("Ylöjärvi", "Ylöjärven", "33470", "kaupunki", "03"),
    ("Kangasala", "Kangasalan", "36200", "kaupunki", "03"),
    ("Valkeakoski", "Valkeakosken", "37600", "kaupunki", "03"),
    ("Sastamala", "Sastamalan", "38200", "kaupunki", "03"),
    ("Pori", "Porin", "28100", "kaupunki", "02"),
    ("Rauma", "Rauman", "26100", "kaupunki", "02"),
    ("Uusikaupunki", "Uudenkaupungin", "23500", "kaupunki", "02"),
    ("Turku", "Turun", "20100", "kaupunki", "02"),
    ("Naantali", "Naantalin", "21100", "kaupunki", "02"),
    ("Kaarina", "Kaarinan", "20780", "kaupunki", "02"),
    ("Raisio", "Raision", "21200", "kaupunki", "02"),
    ("Salo", "Salon", "24100", "kaupunki", "02"),
    ("Maarianhamina", "Maarianhaminan", "22100", "kaupunki", "018"),
    ("Lohja", "Lohjan", "08100", "kaupunki", "019"),
    ("Hyvinkää", "Hyvinkään", "05800", "kaupunki", "019"),
    ("Järvenpää", "Järvenpään", "04400", "kaupunki", "09"),
    ("Kerava", "Keravan", "04200", "kaupunki", "09"),
    ("Porvoo", "Porvoon", "06100", "kaupunki", "019"),
    ("Loviisa", "Loviisan", "07900", "kaupunki", "019"),
    ("Vantaa", "Vantaan", "01300", "kaupunki", "09"),
    ("Espoo", "Espoon", "02770", "kaupunki", "09"),
    ("Helsinki", "Helsingin", "00100", "kaupunki", "09"),
)

# City companies: (kind, name suffix, key suffix, email domain suffix, department prefix)
COMPANY_KINDS = (
    ("energy", "Energia Oy", "energia", "energia"),
    ("housing", "Vuokratalot Oy", "vuokratalot", "vuokratalot"),
    ("water", "Vesi Oy", "vesi", "vesi"),
)

STREETS = (
    "Valtakatu",
    "Keskuspuistokatu",
    "Torikatu",
    "Pohjoisranta",
    "Satamakatu",
    "Kauppakatu",
    "Asemakatu",
    "Hallituskatu",
    "Rantakatu",
    "Koulukatu",
    "Sairaalakatu",
    "Teollisuustie",
    "Myllytie",
    "Länsiväylä",
    "Jäämerentie",
    "Pölhönkatu",
    "Kirkkokatu",
    "Ässäkatu",
)

FIRM_STEMS_EN = (
    "Nordic",
    "Arctic",
    "Baltic",
    "Northern",
    "Polar",
    "Boreal",
    "Aurora",
    "Midnight Sun",
    "Lapland",
    "Bothnia",
    "Blue Fjord",
    "Silver Birch",
    "Frostline",
    "North Star",
    "Tundra",
    "Harbour",
    "Granite",
    "Northwind",
    "Icebreaker",
    "Pinewood",
    "Riverside",
    "Skyline",
    "Summit",
    "Evergreen",
)
FIRM_STEMS_FI = (
    "Lapin",
    "Pohjolan",
    "Perämeren",
    "Jäämeren",
    "Tunturin",
    "Revontulen",
    "Kaamoksen",
    "Kemijoen",
    "Tornionlaakson",
    "Pohjanmaan",
    "Saimaan",
    "Järviseudun",
    "Kainuun",
    "Väylän",
    "Merenkurkun",
    "Lounais-Suomen",
)
# (English trade, Finnish trade, sector)
FIRM_TRADES = (
    ("Freight", "Kuljetus", "logistics"),
    ("Logistics", "Logistiikka", "logistics"),
    ("Consulting", "Konsultointi", "services"),
    ("Retail", "Kauppa", "retail"),
    ("Health", "Terveyspalvelut", "health"),
    ("Dental", "Hammaslääkärit", "health"),
    ("Software", "Ohjelmistot", "ict"),
    ("IT Services", "IT-palvelut", "ict"),
    ("Cloud", "Pilvipalvelut", "ict"),
    ("Engineering", "Insinööritoimisto", "services"),
    ("Travel", "Matkailu", "retail"),
    ("Foods", "Elintarvike", "retail"),
    ("Timber", "Saha", "industry"),
    ("Mining", "Kaivos", "industry"),
    ("Marine", "Meripalvelut", "industry"),
    ("Security", "Vartiointi", "services"),
    ("Media", "Media", "services"),
    ("Accounting", "Tilitoimisto", "services"),
    ("Fitness", "Kuntokeskus", "retail"),
    ("Construction", "Rakennus", "industry"),
)
ICT_TRADES = tuple(i for i, t in enumerate(FIRM_TRADES) if t[2] == "ict")
FOREIGN_FIRM = {
    # country: (legal form, address, phone prefix, web tld)
    "SE": ("AB", "Storgatan 12, 111 51 Stockholm, Sweden", "+46 8", "se"),
    "NO": ("AS", "Karl Johans gate 7, 0154 Oslo, Norway", "+47 22", "no"),
    "DE": ("GmbH", "Hafenstraße 5, 20457 Hamburg, Germany", "+49 40", "de"),
    "GB": ("Ltd", "10 King Street, Manchester M2 6AG, United Kingdom", "+44 161", "co.uk"),
    "US": ("Inc.", "500 Main Street, Boston, MA 02110, USA", "+1 617", "com"),
}

FI_FIRST = (
    "Jukka",
    "Maria",
    "Päivi",
    "Sari",
    "Mikko",
    "Jussi",
    "Heikki",
    "Anne",
    "Tiina",
    "Kari",
    "Sanna",
    "Timo",
    "Minna",
    "Pekka",
    "Riitta",
    "Juha",
    "Eeva",
    "Matti",
    "Hanna",
    "Ville",
    "Tuomas",
    "Kaisa",
    "Aino",
    "Väinö",
    "Sirpa",
    "Merja",
    "Jyrki",
    "Säde",
)
FI_LAST = (
    "Vilén",
    "Vaittinen",
    "Mäkelä",
    "Häkkinen",
    "Ylitalo",
    "Kärkkäinen",
    "Jääskeläinen",
    "Öhman",
    "Virtanen",
    "Korhonen",
    "Nieminen",
    "Heikkilä",
    "Lähteenmäki",
    "Rautio",
    "Kyrö",
    "Mäenpää",
    "Siitonen",
    "Äijälä",
    "Granström",
    "Åberg",
    "Lindqvist",
    "Keränen",
    "Pöyhönen",
    "Tervo",
    "Hietala",
    "Niskala",
    "Kemppainen",
    "Sääskilahti",
)
INTL_FIRST = (
    "Emma",
    "Oliver",
    "Sophie",
    "James",
    "Anna",
    "Piotr",
    "Jiří",
    "Łucja",
    "Erik",
    "Ingrid",
    "Lars",
    "Sarah",
    "David",
    "Zofia",
    "Tomáš",
    "Ewa",
)
INTL_LAST = (
    "Smith",
    "Johansson",
    "Wiśniewski",
    "Dvořák",
    "Kowalczyk",
    "Novák",
    "Brown",
    "Lindberg",
    "Müller",
    "O'Connor",
    "Nowak",
    "Svoboda",
    "Hansen",
    "Taylor",
    "Nieminen",
    "Łukasik",
)

# Processor catalogue: legal form and name stems per country.
LEGAL_FORM = {
    "FI": "Oy",
    "SE": "AB",
    "DK": "ApS",
    "NO": "AS",
    "EE": "OÜ",
    "DE": "GmbH",
    "NL": "B.V.",
    "IE": "Ltd",
    "FR": "SAS",
    "PL": "Sp. z o.o.",
    "CZ": "s.r.o.",
    "US": "Inc.",
    "GB": "Ltd",
    "IN": "Pvt Ltd",
    "CH": "AG",
    "JP": "K.K.",
    "BR": "Ltda.",
    "RU": "OOO",
    "CN": "Co., Ltd.",
    "CA": "Inc.",
    "KR": "Co., Ltd.",
    "IL": "Ltd",
    "PH": "Inc.",
    "SG": "Pte. Ltd.",
    "UA": "LLC",
    "UY": "S.A.",
    "NZ": "Limited",
    "ZA": "(Pty) Ltd",
    "AU": "Pty Ltd",
}
PROC_STEMS = {
    "FI": (
        "Valu",
        "Revontuli",
        "Pohjola",
        "Tunturi",
        "Jäkälä",
        "Kaamos",
        "Ääni",
        "Koski",
        "Saimaa",
        "Kuura",
        "Routa",
        "Hälli",
        "Kide",
        "Vire",
        "Louhi",
        "Tähkä",
    ),
    "SE": ("Norrsken", "Älv", "Fjäll", "Skåne", "Öresund", "Vättern", "Hav", "Björk"),
    "DK": ("Øresund", "Fyn", "Jylland", "Hygge"),
    "NO": ("Fjord", "Nordlys", "Bergen", "Tromsø"),
    "EE": ("Tallinna", "Läänemere", "Saare", "Pärnu"),
    "DE": ("Nordwind", "Rhein", "Bären", "Elbe", "Spree", "Alster", "Brücke", "Isar"),
    "NL": ("Delta", "Polder", "Grachten", "Zeeland"),
    "IE": ("Liffey", "Shamrock", "Emerald", "Atlantic", "Shannon"),
    "FR": ("Lumière", "Seine", "Étoile", "Provence"),
    "PL": ("Łódź", "Wrocław", "Gdańsk", "Kraków", "Śląsk", "Poznań"),
    "CZ": ("Řízení", "Brněnská", "Plzeňská", "Ostravská", "Vltava"),
    "IN": ("Ganga", "Himalaya", "Lotus", "Deccan", "Indus", "Kaveri"),
    "JP": ("Sakura", "Fuji", "Kaze", "Hikari"),
    "BR": ("Amazônia", "Ipanema", "Paraná", "Cerrado"),
    "RU": ("Volga", "Neva", "Ural", "Baikal"),
    "CN": ("Changjiang", "Huanghe", "Longmen", "Tianhe"),
    "CH": ("Alpen", "Matterhorn", "Léman", "Zürichsee"),
    "KR": ("Hangang", "Jeju", "Baekdu"),
}
PROC_STEMS_GLOBAL = (
    "Nimbus",
    "Atlas",
    "Vertex",
    "Blue Harbor",
    "Cobalt",
    "Meridian",
    "Granite",
    "Sequoia",
    "Orbit",
    "Quantum",
    "Redwood",
    "Summit",
    "Zenith",
    "Beacon",
    "Helix",
    "Pioneer",
    "Lighthouse",
    "Aspen",
    "Keystone",
    "Falcon",
    "Horizon",
    "Cascade",
    "Ember",
    "Sterling",
)
# (trade word, Finnish service text, English service text)
PROC_TRADES = (
    ("Digital", "Verkkosivujen ylläpito", "Website maintenance"),
    ("Data", "Tietojenkäsittelypalvelut", "Data processing services"),
    ("Cloud", "Pilvipalvelut ja palvelinkapasiteetti", "Cloud hosting and compute"),
    ("Hosting", "Palvelinten ylläpito", "Server hosting"),
    ("Systems", "Asiakastietojärjestelmän toimitus ja ylläpito", "Case management system (SaaS)"),
    ("Analytics", "Kävijäanalytiikka", "Web analytics"),
    ("Software", "Ohjelmistokehitys ja ylläpito", "Software development and maintenance"),
    ("Networks", "Tietoliikennepalvelut", "Network services"),
    ("Payments", "Maksunvälitys", "Payment processing"),
    ("Mail", "Sähköposti- ja tekstiviestipalvelut", "E-mail and SMS delivery"),
    ("Backup", "Varmuuskopiointi", "Backup and disaster recovery"),
    ("Support", "Käyttäjätuki", "Service desk and user support"),
    ("Payroll", "Palkanlaskenta", "Payroll processing"),
    ("Archive", "Sähköinen arkistointi", "Electronic archiving"),
    ("Print", "Tulostus- ja postituspalvelut", "Print and mail services"),
)
# Country pools by chain depth: FI -> SE/DE/IE... -> US/IN/GB/CH/JP/BR/RU/CN...
DEPTH_COUNTRIES = (
    ("FI",) * 12 + ("SE", "EE", "DE"),
    ("SE", "SE", "DE", "DE", "IE", "IE", "NL", "DK", "PL", "CZ", "EE", "FR", "NO", "US"),
    ("US", "US", "US", "IN", "IN", "GB", "CH", "JP", "BR", "RU", "CN", "CA", "KR", "IE", "PL"),
    ("US", "US", "IN", "IN", "PH", "UA", "RU", "CN", "GB", "SG", "IL", "UY", "ZA", "CZ"),
    ("IN", "PH", "CN", "RU", "US", "BR", "NZ", "AU", "UA", "KR", "JP"),
)
# The first catalogue family, always present (parents first). Columns: country, name stem,
# PROC_TRADES index, parent (index in this tuple), deliberate gap (outside the EEA, no mechanism).
# Valu (FI) -> Skåne (SE) -> Nimbus (US) -> Ganga (IN, the gap) -> Volga (RU);
# Valu (FI) -> Łódź (PL) -> Řízení (CZ).
FIRST_FAMILY: tuple[tuple[str, str, int, int | None, bool], ...] = (
    ("FI", "Valu", 0, None, False),
    ("SE", "Skåne", 2, 0, False),
    ("PL", "Łódź", 1, 0, False),
    ("US", "Nimbus", 2, 1, False),
    ("IN", "Ganga", 6, 3, True),
    ("RU", "Volga", 3, 4, False),
    ("CZ", "Řízení", 10, 2, False),
)

# --------------------------------------------------------------------------------------------
# Register material. Templates: (name, department, special category or None, legal bases)

CITY_REGISTERS = (
    ("Viestinnän ja markkinoinnin rekisteri", "Kaupunginhallitus / viestintä", None, "ea"),
    ("Varhaiskasvatuksen asiakasrekisteri", "Sivistyspalvelut / varhaiskasvatus", None, "ce"),
    ("Perusopetuksen oppilasrekisteri", "Sivistyspalvelut / perusopetus", None, "ce"),
    ("Oppilashuollon kertomusrekisteri", "Sivistyspalvelut / oppilashuolto", "health", "c"),
    ("Sosiaalihuollon asiakasrekisteri", "Sosiaali- ja terveyspalvelut", "health", "ce"),
    ("Kotihoidon asiakasrekisteri", "Sosiaali- ja terveyspalvelut / kotihoito", "health", "ce"),
    ("Lastensuojelun asiakasrekisteri", "Sosiaalipalvelut / lastensuojelu", "health", "c"),
    ("Kirjaston asiakasrekisteri", "Kulttuuripalvelut / kirjasto", None, "eb"),
    ("Liikuntapalvelujen asiakasrekisteri", "Vapaa-aikapalvelut / liikunta", None, "be"),
    ("Tilavarausrekisteri", "Vapaa-aikapalvelut", None, "b"),
    ("Henkilöstöhallinnon rekisteri", "Konsernihallinto / henkilöstöpalvelut", None, "cb"),
    ("Rekrytointirekisteri", "Konsernihallinto / henkilöstöpalvelut", None, "bca"),
    ("Palkanlaskennan rekisteri", "Konsernihallinto / talouspalvelut", "trade_union", "cb"),
    ("Kameravalvontarekisteri", "Tekniset palvelut / kiinteistöt", None, "fe"),
    ("Kulunvalvontarekisteri", "Tekniset palvelut / kiinteistöt", None, "f"),
    ("Rakennusvalvonnan rekisteri", "Ympäristö- ja rakennusvalvonta", None, "ce"),
    ("Asianhallinnan ja päätöksenteon rekisteri", "Hallintopalvelut / kirjaamo", None, "ce"),
    ("Luottamushenkilörekisteri", "Hallintopalvelut", "political", "c"),
    ("Palautejärjestelmän rekisteri", "Kaupunginhallitus / viestintä", None, "ea"),
    ("Kotoutumispalvelujen asiakasrekisteri", "Sosiaalipalvelut / kotoutuminen", "racial_ethnic", "ce"),
    ("Laskutus- ja perintärekisteri", "Talouspalvelut", None, "cb"),
    ("Uutiskirjerekisteri", "Kaupunginhallitus / viestintä", None, "a"),
    ("Ympäristöterveydenhuollon valvontarekisteri", "Ympäristöpalvelut", None, "ce"),
    ("Joukkoliikenteen asiakasrekisteri", "Tekniset palvelut / joukkoliikenne", None, "bd"),
)
ENERGY_REGISTERS = (
    ("Sähkön myynnin asiakasrekisteri", "Asiakaspalvelu", None, "bc"),
    ("Sähköverkon asiakasrekisteri", "Verkkoliiketoiminta", None, "bc"),
    ("Mittaustietojen rekisteri", "Verkkoliiketoiminta / mittaus", None, "cb"),
    ("Kaukolämmön asiakasrekisteri", "Lämpöliiketoiminta", None, "b"),
    ("Markkinointirekisteri", "Myynti ja markkinointi", None, "fa"),
    ("Henkilöstörekisteri", "Hallinto", None, "cb"),
    ("Kameravalvontarekisteri", "Turvallisuus", None, "f"),
    ("Verkkopalvelun käyttäjärekisteri", "Digitaaliset palvelut", None, "bf"),
    ("Latauspalvelun asiakasrekisteri", "Latauspalvelut", None, "b"),
)
HOUSING_REGISTERS = (
    ("Asukasrekisteri", "Asukaspalvelut", None, "bc"),
    ("Asuntohakemusrekisteri", "Vuokraus", None, "bf"),
    ("Huoltopyyntöjen rekisteri", "Kiinteistöhuolto", None, "b"),
    ("Häiriöilmoitusten rekisteri", "Asukaspalvelut", "criminal", "fc"),
    ("Avainrekisteri", "Kiinteistöhuolto", None, "bf"),
    ("Vuokravalvonnan ja perinnän rekisteri", "Talous", None, "bf"),
    ("Kameravalvontarekisteri", "Kiinteistöhuolto", None, "f"),
    ("Henkilöstörekisteri", "Hallinto", None, "cb"),
    ("Erityisryhmien asumisen rekisteri", "Asukaspalvelut", "health", "bc"),
)
WATER_REGISTERS = (
    ("Vesihuollon asiakasrekisteri", "Asiakaspalvelu", None, "bc"),
    ("Vesimittarirekisteri", "Verkosto", None, "b"),
    ("Liittymärekisteri", "Verkosto", None, "b"),
    ("Häiriötiedotteiden tekstiviestirekisteri", "Viestintä", None, "ae"),
    ("Henkilöstörekisteri", "Hallinto", None, "cb"),
    ("Kameravalvontarekisteri", "Turvallisuus", None, "f"),
)
FIRM_REGISTERS = (
    ("Customer register", "Sales", None, "bf"),
    ("Marketing and newsletter register", "Marketing", None, "af"),
    ("Employee register", "HR", None, "bc"),
    ("Recruitment register", "HR", None, "ba"),
    ("Payroll", "Finance", "trade_union", "cb"),
    ("Occupational health records", "HR", "health", "c"),
    ("Video surveillance", "Facilities", None, "f"),
    ("Supplier and partner register", "Procurement", None, "bf"),
    ("Website analytics", "Marketing", None, "a"),
    ("Customer support tickets", "Customer service", None, "b"),
    ("Fleet telematics", "Operations", None, "f"),
    ("Whistleblowing channel", "Legal", "criminal", "c"),
)
SECTOR_REGISTERS = {
    "health": (
        ("Patient records", "Clinic", "health", "cb"),
        ("Appointment booking", "Clinic", None, "b"),
    ),
    "ict": (
        ("Service desk register", "Operations", None, "b"),
        ("Access control (fingerprint)", "Facilities", "biometric", "a"),
    ),
    "services": (("Background checks", "Security", "criminal", "c"),),
    "logistics": (("Driver register", "Operations", None, "bc"),),
}
REGISTERS_BY_KIND = {
    "city": CITY_REGISTERS,
    "energy": ENERGY_REGISTERS,
    "housing": HOUSING_REGISTERS,
    "water": WATER_REGISTERS,
}

PURPOSES = {
    "fi": {
        "a": ("Uutiskirjeiden ja tiedotteiden lähettäminen", "Kysely- ja palautelomakkeet"),
        "b": ("Asiakassuhteen hoitaminen ja sopimuksen täyttäminen", "Laskutus ja maksut"),
        "c": ("Lakisääteisten velvoitteiden täyttäminen", "Kirjanpitolain mukainen kirjanpito"),
        "d": ("Henkilöiden turvallisuuden varmistaminen hätätilanteissa",),
        "e": ("Kunnan lakisääteisten palvelujen järjestäminen", "Viranomaistehtävien hoitaminen"),
        "f": ("Omaisuuden ja henkilöiden turvallisuuden suojaaminen", "Asiakasviestintä"),
    },
    "en": {
        "a": ("Sending newsletters to subscribers", "Surveys and feedback forms"),
        "b": ("Managing the customer relationship and the contract", "Invoicing and payments"),
        "c": ("Compliance with statutory obligations", "Bookkeeping under the Accounting Act"),
        "d": ("Protecting the safety of persons in emergencies",),
        "e": ("Tasks carried out in the public interest",),
        "f": ("Protecting property and staff", "Direct marketing to existing customers"),
    },
}
LEGIT_INTEREST = {
    "fi": (
        "Rekisterinpitäjän oikeutettu etu suojata omaisuutta ja henkilöstöä; tasapainotesti 2023.",
        "Asiakassuhteeseen perustuva oikeutettu etu viestiä palveluista.",
        "Tietoturvan ja palvelun väärinkäytösten estäminen.",
    ),
    "en": (
        "Protecting premises and staff; balancing test documented 2023.",
        "Relevant and appropriate relationship with existing customers (recital 47).",
        "Network and information security (recital 49).",
    ),
}
ART9_FOR = {
    "health": ("art9-2-h", "art9-2-b"),
    "trade_union": ("art9-2-b",),
    "biometric": ("art9-2-a",),
    "political": ("art9-2-g",),
    "racial_ethnic": ("art9-2-g", "art9-2-b"),
    "religious": ("art9-2-d",),
    "genetic": ("art9-2-h",),
    "sex_life": ("art9-2-h",),
    "criminal": (),  # Art. 10: national law instead
}
SPECIAL_DATA = {
    "fi": {
        "health": "Terveydentilaa ja hoitoa koskevat tiedot",
        "trade_union": "Ammattiliiton jäsenyys (jäsenmaksuperintä)",
        "biometric": "Sormenjälkitunniste",
        "political": "Puoluekanta (luottamustehtävät)",
        "racial_ethnic": "Etnistä alkuperää koskevat tiedot",
        "criminal": "Rikosilmoituksia koskevat tiedot",
    },
    "en": {
        "health": "Health data (sick leave, treatment)",
        "trade_union": "Trade union membership (fee deduction)",
        "biometric": "Fingerprint template",
        "political": "Political affiliation",
        "racial_ethnic": "Ethnic origin",
        "criminal": "Reports of suspected offences",
    },
}
NATIONAL_BASIS = {
    "fi": (
        "Tietosuojalaki 1050/2018 6 §",
        "Tietosuojalaki 1050/2018 4 § 2 k",
        "Laki sosiaalihuollon asiakasasiakirjoista 254/2015",
        "Laki yksityisyyden suojasta työelämässä 759/2004",
        "Julkisuuslaki 621/1999",
    ),
    "en": ("Act on the Protection of Privacy in Working Life 759/2004", "Tietosuojalaki 1050/2018 6 §"),
}
CRIMINAL_BASIS = "Tietosuojalaki 1050/2018 7 §"

SUBJECTS = {
    "fi": (
        "Asukkaat",
        "Asiakkaat",
        "Palveluiden käyttäjät",
        "Työntekijät",
        "Työnhakijat",
        "Huoltajat",
        "Lapset",
        "Oppilaat",
        "Luottamushenkilöt",
        "Yhteistyökumppanit",
        "Vierailijat",
        "Matkailijat",
        "Järjestöt",
        "Vuokralaiset",
        "Kiinteistönomistajat",
        "Toimittajien yhteyshenkilöt",
    ),
    "en": (
        "Customers",
        "Prospective customers",
        "Employees",
        "Job applicants",
        "Website visitors",
        "Suppliers' contact persons",
        "Contractors",
        "Visitors",
        "Newsletter subscribers",
        "Former employees",
        "Drivers",
        "Users of the service",
    ),
}
DATA_NAMES = {
    "fi": (
        "Nimi",
        "Henkilötunnus",
        "Osoite",
        "Puhelinnumero",
        "Sähköpostiosoite",
        "Syntymäaika",
        "Asiakasnumero",
        "Laskutustiedot",
        "Pankkitilin numero",
        "Valokuva",
        "IP-osoite ja vierailuaika",
        "Kulkutunnisteen numero",
        "Äidinkieli",
        "Huoltajan yhteystiedot",
        "Sopimustiedot",
        "Lokitiedot",
        "Palaute ja viestit",
        "Kulutustiedot",
        "Ajoneuvon rekisterinumero",
        "Kameratallenteet",
    ),
    "en": (
        "Name",
        "Personal identity code",
        "Address",
        "Phone number",
        "E-mail address",
        "Date of birth",
        "Customer number",
        "Billing details",
        "Bank account",
        "Photograph",
        "IP address and visit time",
        "Access badge number",
        "Job title",
        "Contract details",
        "Log data",
        "Messages and feedback",
        "Location data",
        "Vehicle registration number",
        "CCTV recordings",
        "Salary and tax data",
    ),
}
RETENTIONS = {
    "fi": (
        "",
        "Asiakkuuden ajan + 2 vuotta",
        "6 vuotta tilikauden päättymisestä",
        "Pysyvästi (arkistolaki)",
        "10 vuotta",
        "30 vrk",
        "Tiedonohjaussuunnitelman mukaan",
        "5 vuotta",
    ),
    "en": (
        "",
        "Customer relationship + 2 years",
        "6 years after the end of the financial year",
        "Employment + 10 years",
        "30 days",
        "2 years",
        "Until consent is withdrawn",
    ),
}
DATA_SOURCES = {
    "fi": (
        "Henkilö itse",
        "Henkilö itse",
        "Väestötietojärjestelmä",
        "Huoltaja",
        "Verohallinto",
        "Evästeet",
        "",
        "Järjestelmän lokit",
    ),
    "en": ("Data subject", "Data subject", "Employer", "Cookies", "", "System logs", "Public registers"),
}
SOURCES_TEXT = {
    "fi": (
        "Ensisijaisesti henkilöltä itseltään.",
        "Henkilöltä itseltään sekä Digi- ja väestötietoviraston väestötietojärjestelmästä.",
        "Henkilöltä itseltään, huoltajilta ja muilta viranomaisilta lain nojalla.",
        "Tallentuvat valvontajärjestelmään automaattisesti.",
    ),
    "en": (
        "Primarily from the data subject.",
        "From the data subject and public registers.",
        "From the employee, the employer's systems and the tax administration.",
        "Recorded automatically by the system.",
    ),
}
RECIPIENTS = {
    "fi": (
        ("Verohallinto", "public_authority", "FI", "Lakisääteiset ilmoitukset"),
        ("Kela", "public_authority", "FI", "Etuuksien käsittely"),
        ("Tilintarkastaja", "external", "FI", "Tilintarkastus"),
        ("Kaupungin muut toimialat", "internal", None, "Tehtävien hoitamiseksi tarpeelliset tiedot"),
        ("Sosiaalisen median palvelut", "external", None, "Kuvat ja videot"),
        ("Poliisi", "public_authority", "FI", "Pyynnöstä rikosten selvittämiseksi"),
        ("Perintätoimisto", "external", "FI", "Erääntyneet laskut"),
        ("Lapin hyvinvointialue", "public_authority", "FI", "Lakisääteinen tietojenvaihto"),
        ("Pilvipalvelun tarjoaja", "processor", "IE", "Tallennus ja ylläpito"),
        ("Vakuutusyhtiö", "external", "FI", "Vahinkojen käsittely"),
    ),
    "en": (
        ("Tax Administration", "public_authority", "FI", "Statutory reporting"),
        ("Auditor", "external", "FI", "Annual audit"),
        ("Group companies", "internal", None, "Group reporting"),
        ("Pension insurer", "external", "FI", "Statutory pension insurance"),
        ("Police", "public_authority", "FI", "On request for criminal investigation"),
        ("Logistics partner", "external", "SE", "Delivery of orders"),
        ("Marketing agency", "processor", None, "Campaign management"),
        ("Parent company", "internal", "GB", "Group HR reporting"),
        ("Payroll provider", "processor", "FI", "Salary payments"),
    ),
}
DISCLOSURES = {
    "fi": (
        "Henkilötietoja luovutetaan pyynnöstä julkisuuslain (621/1999) 13 §:n ja 16 §:n 3 momentin "
        "mukaisesti.",
        "Tietoja luovutetaan lakisääteisesti viranomaisille.",
        "Tietoja ei luovuteta säännönmukaisesti.",
    ),
    "en": (
        "No regular disclosures.",
        "Data is disclosed to authorities where the law requires.",
        "Disclosed to group companies for group reporting.",
    ),
}
RETENTION_TEXT = {
    "fi": (
        "Kansallisarkiston määräykset ja tiedonohjaussuunnitelma.",
        "Tiedot poistetaan kahden vuoden kuluttua asiakkuuden päättymisestä.",
        "Tallenteet säilytetään 30 vuorokautta.",
        "Säilytysajat henkilötietoryhmittäin, ks. kohta 7.",
    ),
    "en": (
        "As stated per data category.",
        "Deleted two years after the relationship ends.",
        "Recordings are kept for 30 days.",
        "Accounting material 6 years, other data 2 years.",
    ),
}
SYSTEMS = {
    "fi": (
        "Wordpress",
        "Microsoft 365",
        "Efecte",
        "Dynasty 10",
        "Pegasos",
        "Primus",
        "Wilma",
        "Daisy",
        "Lifecare",
        "Sarastia Palkat",
        "M-Files",
        "Granlund Manager",
        "Kuntarekry",
        "Gravity Forms",
        "Milestone XProtect",
        "Mepco",
        "Asukasrekisteri Tampuuri",
    ),
    "en": (
        "Salesforce",
        "HubSpot",
        "SAP SuccessFactors",
        "Workday",
        "Jira Service Management",
        "Zendesk",
        "Milestone XProtect",
        "Microsoft 365",
        "Google Workspace",
        "Visma Severa",
        "Sympa HR",
        "Teamtailor",
        "Netvisor",
        "Mailchimp",
        "Matomo",
    ),
}
SECURITY = {
    "fi": (
        (
            "Henkilökohtaiset tunnukset ja salasanat, käyttöoikeusryhmät, salattu tietoliikenne.",
            "Monivaiheinen tunnistautuminen, lokitus ja käyttöoikeuksien vuosittainen tarkastus.",
            "Palvelimet konesalissa, palomuuri, varmuuskopiointi päivittäin.",
        ),
        (
            "Lukitut tilat ja kaapit, käyttöä valvotaan.",
            "Paperiaineisto arkistoidaan lukittuun arkistoon.",
            "Manuaalista aineistoa ei ole.",
        ),
    ),
    "en": (
        (
            "Personal accounts, role-based access, TLS encryption, MFA.",
            "Access logging, quarterly access reviews, encrypted backups.",
        ),
        ("Locked rooms and cabinets.", "No manual records.", "Paper records shredded after scanning."),
    ),
}
RIGHTS = {
    "fi": (
        "Pyynnöt kirjallisena rekisterin vastuuhenkilölle.",
        "Tarkastus- ja oikaisupyynnöt kaupungin kirjaamoon; suostumuksen voi perua milloin tahansa.",
        "Oikeuksien käyttö sähköisellä lomakkeella tai kirjaamon kautta.",
    ),
    "en": (
        "Requests in writing to the contact person.",
        "Use the privacy request form on our website; consent can be withdrawn at any time.",
    ),
}
DESCRIPTIONS = {
    "fi": (
        "Rekisteri on viranomaistoiminnan rekisteri.",
        "Rekisteriä käytetään palvelun järjestämiseen ja asiakasviestintään.",
        "Rekisteri sisältää palvelun käyttäjien tiedot.",
        "",
    ),
    "en": (
        "Records kept for running the business function.",
        "Used by the team for day-to-day operations.",
        "",
    ),
}
BASIS_NOTES = {
    "fi": (
        "Rekisteri on viranomaistoiminnan rekisteri.",
        "Käsittely perustuu erityislainsäädäntöön.",
        "",
        "Suostumus kerätään sähköisellä lomakkeella.",
    ),
    "en": ("", "Balancing test on file.", "Consent collected in the web form."),
}
ADM_TEXT = {
    "fi": "Hakemusten esikäsittely pisteytysmallilla; lopullisen päätöksen tekee virkailija.",
    "en": "Automated credit check before an order on invoice; customers may ask for manual review.",
}
DIRECT_TRANSFERS = (  # (recipient, country, mechanism, scc module)
    ("Google LLC", "US", "adequacy", None),
    ("Microsoft Corporation", "US", "adequacy", None),
    ("Zoom Communications, Inc.", "US", "scc", 2),
    ("Group IT centre", "IN", "scc", 1),
    ("Konsernin emoyhtiö", "US", "bcr", None),
    ("Tutkimusyhteistyön yliopisto", "GB", "adequacy", None),
    ("Offshore support centre", "IN", "scc", 1),
    ("Travel agency partner", "TR", "derogation-49-1-b", None),
    ("Embassy (visa applications)", "CN", "derogation-49-1-a", None),
    ("Claims counsel", "CA", "derogation-49-1-e", None),
    ("Research partner", "UA", "compelling_legitimate_interests", None),
)
POB_CATEGORIES = (
    "Payroll processing for the client's employees",
    "Hosting and maintenance of the client's web site",
    "Operating the client's customer system (SaaS)",
    "IT support and device management",
    "Electronic archiving of the client's records",
)
N_TRANSFERS = (0,) * 14 + (1,) * 5 + (2,)
STATUS_CHOICES = ("active",) * 16 + ("draft",) * 2 + ("retired",) * 2
DPIA_FEW = ("not_required",) * 5 + ("not_assessed",) * 3 + ("done",)
DPIA_MANY = ("required", "in_progress", "done", "done", "not_assessed")

_D_START = date(2018, 5, 25).toordinal()
_D_CREATED_END = date(2025, 12, 31).toordinal()
_D_REVIEW_END = date(2026, 10, 31).toordinal()
_D_AGREEMENT_END = date(2026, 6, 30).toordinal()
_D_LAST_NEXT_REVIEW = date(2027, 12, 31).toordinal()


# --------------------------------------------------------------------------------------------
# Helpers

_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "'": ""})


@lru_cache(maxsize=4096)
def _slug(text: str) -> str:
    """Lower-case ASCII slug with hyphens ("Łódź Data" -> "lodz-data")."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    ascii_text = ascii_text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def _y_check(digits: str) -> int | None:
    """Check digit of a Finnish business ID (Y-tunnus), None when the number is not valid."""
    rem = sum(int(d) * w for d, w in zip(digits, _Y_WEIGHTS, strict=True)) % 11
    if rem == 1:
        return None
    return 0 if rem == 0 else 11 - rem


_iso_cache: dict[int, str] = {}


def _iso(ordinal: int) -> str:
    s = _iso_cache.get(ordinal)
    if s is None:
        s = _iso_cache[ordinal] = date.fromordinal(ordinal).isoformat()
    return s


# Where a second register of the same kind is kept: organisations split registers by unit or site.
SITES = {
    "fi": ("keskushallinto", "pohjoinen toimialue", "eteläinen toimialue", "itäinen toimialue",
           "läntinen toimialue", "ulkoistetut palvelut", "projektit", "arkisto"),
    "en": ("head office", "Helsinki office", "Oulu branch", "Tampere branch", "Nordic region",
           "Baltic region", "contractors", "archive"),
}  # fmt: skip


def _site(lang: str, repeat: int) -> str:
    """The unit that tells the ``repeat``-th register of one kind apart from the others."""
    sites = SITES[lang]
    site = sites[(repeat - 1) % len(sites)]
    return site if repeat <= len(sites) else f"{site} {(repeat - 1) // len(sites) + 1}"


def _empty_dpo() -> dict[str, str]:
    return {"name": "", "email": "", "phone": ""}


class _Builder:
    """Holds the rng and the uniqueness sets for one document."""

    def __init__(self, registers: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n_registers = registers
        self.business_ids: set[str] = set()
        self.names: set[str] = set()
        self.keys: dict[str, set[str]] = {"controller": set(), "processor": set(), "pob": set()}
        self.processors: list[dict[str, Any]] = []
        self.depth: list[int] = []
        self.roots: list[int] = []
        self.outside: list[list[int]] = []  # subtree members processing outside the EEA
        self.parent_index: dict[str, int] = {}

    # ---- small generators ------------------------------------------------------------------
    def unique_key(self, kind: str, base: str) -> str:
        used = self.keys[kind]
        key, n = base, 2
        while key in used:
            key = f"{base}-{n}"
            n += 1
        used.add(key)
        return key

    def unique_name(self, make: Any, form: str) -> str:
        """A document-wide unique "<prefix> <form>" name; `make()` draws a prefix."""
        for _ in range(8):
            name = f"{make()} {form}"
            if name not in self.names:
                self.names.add(name)
                return name
        prefix, n = make(), 2
        while f"{prefix} {n} {form}" in self.names:
            n += 1
        name = f"{prefix} {n} {form}"
        self.names.add(name)
        return name

    def business_id(self) -> str:
        rng = self.rng
        while True:
            digits = f"{rng.randrange(100000, 3500000):07d}"
            check = _y_check(digits)
            if check is None:
                continue
            bid = f"{digits}-{check}"
            if bid not in self.business_ids:
                self.business_ids.add(bid)
                return bid

    def phone(self) -> str:
        rng = self.rng
        prefix = rng.choice(("040", "044", "050", "045"))
        return f"{prefix} {rng.randrange(100, 1000)} {rng.randrange(1000, 10000)}"

    def person(self, domain: str, intl: bool = False) -> dict[str, str]:
        rng = self.rng
        if intl and rng.random() < 0.7:
            first, last = rng.choice(INTL_FIRST), rng.choice(INTL_LAST)
        else:
            first, last = rng.choice(FI_FIRST), rng.choice(FI_LAST)
        local = f"{_slug(first)}.{_slug(last)}".replace("-", "")
        return {"name": f"{first} {last}", "email": f"{local}@{domain}", "phone": self.phone()}

    def fi_address(self) -> str:
        rng = self.rng
        city = rng.choice(CITIES)
        return f"{rng.choice(STREETS)} {rng.randint(1, 80)}, {city[2]} {city[0].upper()}"

    def date_between(self, start: int, end: int) -> int:
        return start + self.rng.randrange(max(1, end - start + 1))

    # ---- processors -----------------------------------------------------------------------
    def add_processor(
        self,
        depth: int,
        parent: int | None,
        preset: tuple[str, str, int] | None = None,
        gap: bool = False,
    ) -> int:
        """Append one catalogue processor below `parent` (an earlier index) and return its index."""
        rng = self.rng
        stem: str | None
        trade_i: int | None
        if preset is not None:
            country, stem, trade_i = preset
        else:
            country = rng.choice(DEPTH_COUNTRIES[depth])
            stem, trade_i = None, None
        stems = PROC_STEMS.get(country)
        if stems is None or (country not in ("FI", "PL", "CZ") and rng.random() < 0.4):
            stems = PROC_STEMS_GLOBAL
        form = LEGAL_FORM.get(country, "Ltd")
        picked: list[int] = []

        def make() -> str:
            t = trade_i if trade_i is not None else rng.randrange(len(PROC_TRADES))
            picked.append(t)
            return f"{stem or rng.choice(stems)} {PROC_TRADES[t][0]}"

        name = self.unique_name(make, form)
        trade = PROC_TRADES[picked[-1]]
        short = name.removesuffix(" " + form)
        key = self.unique_key("processor", _slug(short))
        index = len(self.processors)
        domain = _slug(short).replace("-", "") + (".fi" if country == "FI" else ".com")

        # Processing countries: own country plus 0-2 from the pools of this and deeper levels.
        pcs = [country]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            extra = rng.choice(DEPTH_COUNTRIES[min(4, depth + rng.randrange(2))])
            if extra not in pcs:
                pcs.append(extra)
        outside = [c for c in pcs if c not in EEA]
        mechanism: str | None = None
        module: int | None = None
        safeguards = ""
        if outside:
            r = rng.random()
            if gap or r < 0.12:
                mechanism = None  # the gap compliance checks should report
            elif r < 0.5 and all(c in ADEQUACY for c in outside):
                mechanism = "adequacy"
                refs = ", ".join(f"{c} {ADEQUACY_REF.get(c, '')}".strip() for c in outside)
                safeguards = f"Adequacy decision: {refs}"
            elif r < 0.86:
                mechanism = "scc"
                module = rng.choice((3, 3, 3, 2, 1, 4)) if parent is not None else 2
                if rng.random() < 0.15:
                    module = rng.randint(1, 4)
                safeguards = (
                    f"SCC 2021/914 module {module}; transfer impact assessment "
                    f"{2021 + rng.randrange(6)}-{rng.randint(1, 12):02d}"
                )
            elif r < 0.95:
                mechanism = "bcr"
                safeguards = "Binding corporate rules approved by the lead authority"
            else:
                mechanism = rng.choice(("derogation-49-1-a", "derogation-49-1-b", "certification"))
                safeguards = "Documented case by case" if rng.random() < 0.7 else ""

        fi = country == "FI"
        proc: dict[str, Any] = {
            "key": key,
            "name": name,
            "business_id": self.business_id() if fi else "",
            "country": country,
            "address": self.fi_address() if fi else "",
            "email": f"privacy@{domain}",
            "phone": self.phone() if fi else "",
            "website": f"https://www.{domain}",
            "dpo": self.person(domain) if fi and rng.random() < 0.6 else _empty_dpo(),
            "services": trade[1] if fi else trade[2],
            "processing_countries": pcs,
            "parent": self.processors[parent]["key"] if parent is not None else None,
            "transfer_mechanism": mechanism,
            "scc_module": module,
            "safeguards": safeguards,
            "notes": ""
            if rng.random() < 0.8
            else ("Alihankkijalista tarkistettu vuosittain." if fi else "Sub-processor list checked yearly."),
        }
        self.processors.append(proc)
        self.depth.append(depth)
        self.outside.append([])
        if parent is None:
            self.roots.append(index)
        if outside:
            node: int | None = index
            while node is not None:
                self.outside[node].append(index)
                pkey = self.processors[node]["parent"]
                node = self.parent_index[pkey] if pkey is not None else None
        self.parent_index[key] = index
        return index

    def build_processors(self, count: int) -> None:
        rng = self.rng
        first = True
        while len(self.processors) < count:
            if first:
                for country, stem, trade_i, parent, gap in FIRST_FAMILY:
                    if len(self.processors) >= count:
                        break
                    depth = 0 if parent is None else self.depth[parent] + 1
                    self.add_processor(depth, parent, (country, stem, trade_i), gap)
                first = False
                continue
            root = self.add_processor(0, None)
            target = rng.choices((0, 1, 2, 3, 4), weights=(25, 30, 22, 14, 9))[0]
            current = root
            for depth in range(1, target + 1):
                if len(self.processors) >= count:
                    break
                child = self.add_processor(depth, current)
                if rng.random() < 0.3 and len(self.processors) < count:
                    self.add_processor(depth, current)  # a sibling sub-processor
                current = child

    # ---- controllers ----------------------------------------------------------------------
    def plan_controllers(self, count: int) -> list[dict[str, Any]]:
        """Controller heads (no registers yet): cities with their companies, and client firms."""
        rng = self.rng
        cities = list(CITIES[2:])
        rng.shuffle(cities)
        cities = list(CITIES[:2]) + cities
        plans: list[dict[str, Any]] = []
        firms = 0
        while len(plans) < count:
            if cities and (not plans or rng.random() < 0.3):
                city = cities.pop(0)
                plans.append(self.city_head(city))
                reserve = 1 if count >= 3 and firms == 0 else 0
                for kind in COMPANY_KINDS:
                    if len(plans) >= count - reserve:
                        break
                    if rng.random() < 0.7:
                        plans.append(self.company_head(city, kind, plans[-1]))
            else:
                plans.append(self.firm_head(ict=firms == 0))
                firms += 1
        return plans

    def city_head(self, city: tuple[str, str, str, str, str]) -> dict[str, Any]:
        rng = self.rng
        base, gen, postal, kind, area = city
        name = f"{gen} {kind}"
        self.names.add(name)
        key = self.unique_key("controller", _slug(base))
        domain = _slug(base).replace("-", "") + ".fi"
        dpo = self.person(domain)
        dpo["email"] = f"tietosuojavastaava@{domain}"
        head = {
            "key": key,
            "name": name,
            "business_id": self.business_id(),
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 40)}, {postal} {base.upper()}",
            "country": "FI",
            "email": f"kirjaamo@{domain}",
            "phone": f"{area} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
            "website": f"https://www.{domain}",
            "representative": None,
            "dpo": dpo,
            "supervisory_authority": SUPERVISORY_AUTHORITY,
        }
        return {"head": head, "kind": "city", "lang": "fi", "domain": domain, "intl": False}

    def company_head(
        self, city: tuple[str, str, str, str, str], kind: tuple[str, ...], city_plan: dict
    ) -> dict[str, Any]:
        rng = self.rng
        base, gen, postal, _, area = city
        ckind, suffix, key_suffix, dom_suffix = kind
        prefix, form = suffix.rsplit(" ", 1)
        name = self.unique_name(lambda: f"{gen} {prefix}", form)
        key = self.unique_key("controller", f"{_slug(base)}-{key_suffix}")
        domain = f"{_slug(base).replace('-', '')}{dom_suffix}.fi"
        head = {
            "key": key,
            "name": name,
            "business_id": self.business_id(),
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 40)}, {postal} {base.upper()}",
            "country": "FI",
            "email": f"asiakaspalvelu@{domain}",
            "phone": f"{area} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
            "website": f"https://www.{domain}",
            "representative": None,
            # the city's DPO usually serves its companies too
            "dpo": dict(city_plan["head"]["dpo"]) if rng.random() < 0.8 else self.person(domain),
            "supervisory_authority": SUPERVISORY_AUTHORITY,
        }
        return {"head": head, "kind": ckind, "lang": "fi", "domain": domain, "intl": False}

    def firm_head(self, ict: bool = False) -> dict[str, Any]:
        rng = self.rng
        english = ict or rng.random() < 0.6  # the first (ICT) firm is English-named
        country = "FI"
        if english and rng.random() < 0.2:
            country = rng.choice(tuple(FOREIGN_FIRM))
        trade_i = rng.choice(ICT_TRADES) if ict else rng.randrange(len(FIRM_TRADES))
        form = rng.choice(("Ltd", "Oy")) if english else "Oy"
        if country != "FI":
            form = FOREIGN_FIRM[country][0]

        def make() -> str:
            if english:
                return f"{rng.choice(FIRM_STEMS_EN)} {FIRM_TRADES[trade_i][0]}"
            return f"{rng.choice(FIRM_STEMS_FI)} {FIRM_TRADES[trade_i][1]}"

        name = self.unique_name(make, form)
        short = name.removesuffix(" " + form)
        key = self.unique_key("controller", _slug(short))
        if country == "FI":
            tld, address = "fi", self.fi_address()
            phone = self.phone()
        else:
            _, address, prefix, tld = FOREIGN_FIRM[country]
            phone = f"{prefix} {rng.randrange(1000, 10000)} {rng.randrange(1000, 10000)}"
        domain = f"{_slug(short).replace('-', '')}.{tld}"
        representative = None
        if country not in EEA:
            representative = {
                "name": "Tietosuojaedustaja Nordic Rep Oy",
                "address": "Mannerheimintie 12, 00100 HELSINKI",
                "email": "eu-representative@nordicrep.fi",
                "phone": "09 4567 8900",
            }
        if rng.random() < 0.5:  # an external DPO serving several client firms
            dpo = {
                "name": rng.choice(("Anne Öhman", "Jussi Kärkkäinen", "Sophie Lindberg")),
                "email": "dpo@tietosuojapalvelu.fi",
                "phone": "040 555 0101",
            }
        else:
            dpo = self.person(domain, intl=english)
        head = {
            "key": key,
            "name": name,
            "business_id": self.business_id(),  # Finnish Y-tunnus (a branch for foreign firms)
            "address": address,
            "country": country,
            "email": f"info@{domain}",
            "phone": phone,
            "website": f"https://www.{domain}",
            "representative": representative,
            "dpo": dpo,
            "supervisory_authority": SUPERVISORY_AUTHORITY,
        }
        sector = FIRM_TRADES[trade_i][2]
        return {
            "head": head,
            "kind": "firm",
            "sector": sector,
            "lang": "en",  # client firms are documented in English
            "domain": domain,
            "intl": english,
        }

    # ---- registers ------------------------------------------------------------------------
    def templates_for(self, plan: dict[str, Any]) -> tuple:
        if plan["kind"] == "firm":
            return FIRM_REGISTERS + SECTOR_REGISTERS.get(plan["sector"], ())
        return REGISTERS_BY_KIND[plan["kind"]]

    def transfer(self, processor: int | None, lang: str) -> dict[str, Any]:
        """One declared transfer, through a catalogue processor or directly to a recipient."""
        rng = self.rng
        if processor is not None:
            proc = self.processors[processor]
            country = rng.choice([c for c in proc["processing_countries"] if c not in EEA])
            mechanism = proc["transfer_mechanism"]
            if mechanism is None and rng.random() < 0.5:
                mechanism = "scc"
            module = proc["scc_module"] if proc["transfer_mechanism"] == "scc" else None
            if mechanism == "scc" and module is None:
                module = rng.choice((2, 3))
            recipient, pkey = proc["name"], proc["key"]
        else:
            recipient, country, mechanism, module = rng.choice(DIRECT_TRANSFERS)
            pkey = None
        safeguards = ""
        tia = ""
        if mechanism == "scc":
            safeguards = f"SCC 2021/914 module {module}"
            if rng.random() < 0.8:
                tia = f"TIA {2021 + rng.randrange(6)}-{rng.randint(1, 12):02d}"
        elif mechanism == "compelling_legitimate_interests":
            safeguards = "Pseudonymised data only; supervisory authority informed (Art. 49(1))."
        elif mechanism == "bcr":
            safeguards = "Group BCR"
        elif mechanism == "adequacy":
            safeguards = f"Adequacy decision {ADEQUACY_REF.get(country, '')}".strip()
        notes = (
            ""
            if rng.random() < 0.8
            else ("Tarkistettava vuosittain." if lang == "fi" else "Review annually.")
        )
        return {
            "recipient": recipient,
            "processor": pkey,
            "country": country,
            "mechanism": mechanism,
            "scc_module": module,
            "safeguards": safeguards,
            "tia": tia,
            "notes": notes,
        }

    def register(
        self,
        plan: dict[str, Any],
        number: int,
        template: tuple,
        repeat: int,
        staff: list[dict[str, str]],
        vendors: list[int],
    ) -> dict[str, Any]:
        rng = self.rng
        r = rng.random
        choice = rng.choice
        lang = plan["lang"]
        head = plan["head"]
        tname, dept, special, bases = template
        name = tname if repeat == 0 else f"{tname} – {_site(lang, repeat)}"
        if special is not None and r() < 0.15:
            special = None  # the register holds no special data after all
        if special is None and r() < 0.02:
            special = choice(("health", "religious", "genetic", "sex_life"))

        purposes: list[dict[str, str]] = []
        basis_codes = list(bases)
        for _ in range(rng.randint(1, 4) if r() < 0.6 else 1):
            letter = basis_codes.pop(0) if basis_codes else choice("abcef")
            text = choice(PURPOSES[lang][letter])
            if not purposes:
                text = f"{text} ({dept.lower()})"
            purposes.append(
                {
                    "description": text,
                    "legal_basis": f"art6-1-{letter}",
                    "legitimate_interest": choice(LEGIT_INTEREST[lang]) if letter == "f" else "",
                }
            )
        conditions: list[str] = []
        national = ""
        if special is not None:
            options = ART9_FOR.get(special, ())
            if options:
                conditions.append(choice(options))
            else:
                national = CRIMINAL_BASIS
        if not national and r() < 0.3:
            national = choice(NATIONAL_BASIS[lang])

        data_names = DATA_NAMES[lang]
        n_data = rng.randint(2, 8)
        if special is not None:
            n_data -= 1
        retentions, dsources = RETENTIONS[lang], DATA_SOURCES[lang]
        data_categories = [
            {"name": dn, "special": None, "retention": choice(retentions), "source": choice(dsources)}
            for dn in rng.sample(data_names, n_data)
        ]
        if special is not None:
            label = SPECIAL_DATA[lang].get(special, special.replace("_", " ").capitalize())
            data_categories.insert(
                rng.randrange(len(data_categories) + 1),
                {
                    "name": label,
                    "special": special,
                    "retention": choice(retentions),
                    "source": choice(dsources),
                },
            )

        recipients = [
            {"name": rn, "kind": kind, "country": country, "description": desc}
            for rn, kind, country, desc in rng.sample(RECIPIENTS[lang], choice((0, 1, 1, 2, 2, 3)))
        ]
        links = rng.sample(vendors, min(len(vendors), choice((0, 1, 1, 2, 2, 3, 4))))
        processors = []
        for pi in links:
            proc = self.processors[pi]
            processors.append(
                {
                    "processor": proc["key"],
                    "task": proc["services"],
                    "agreement": choice(("Ylläpitosopimus", "DPA", "Palvelusopimus, liite 3", "")),
                    "agreement_date": _iso(self.date_between(_D_START, _D_AGREEMENT_END))
                    if r() < 0.85
                    else None,
                }
            )

        transfers = []
        n_transfers = choice(N_TRANSFERS)
        if n_transfers:
            candidates = [o for pi in links for o in self.outside[pi]]
            used: set[int] = set()
            for _ in range(n_transfers):
                pick: int | None = None
                if candidates and r() < 0.8:
                    pick = choice(candidates)
                    if pick in used:
                        continue
                    used.add(pick)
                transfers.append(self.transfer(pick, lang))
        if transfers:
            countries = ", ".join(sorted({t["country"] for t in transfers}))
            statement = (
                f"Tietoja siirretään EU:n/ETA:n ulkopuolelle ({countries}); siirtoperusteet "
                "on kuvattu kohdassa 10."
                if lang == "fi"
                else f"Data is transferred outside the EU/EEA ({countries}); see the transfers."
            )
        else:
            statement = (
                "Tietoja ei luovuteta tai siirretä EU:n tai ETA:n ulkopuolelle."
                if lang == "fi"
                else "No transfers outside the EU/EEA."
            )

        criteria = rng.sample(WP248, choice((0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4)))
        if special is not None and "sensitive_data" not in criteria and r() < 0.7:
            criteria.append("sensitive_data")
        dpia_status = choice(DPIA_MANY if len(criteria) >= 2 else DPIA_FEW)
        dpia_date = None
        dpia_ref = ""
        created = self.date_between(_D_START, _D_CREATED_END)
        if r() < 0.1:
            last = created  # never reviewed
        elif r() < 0.6:
            last = max(created, self.date_between(_D_REVIEW_END - 400, _D_REVIEW_END))
        else:
            last = self.date_between(created, _D_REVIEW_END)
        if dpia_status in ("done", "in_progress"):
            dpia_date = _iso(self.date_between(created, _D_REVIEW_END))
            dpia_ref = f"{'VA' if lang == 'fi' else 'DPIA'}-{dpia_date[:4]}-{rng.randint(1, 40):02d}"
        next_review = last + choice((365, 365, 365, 365, 182, 730))
        if next_review > _D_LAST_NEXT_REVIEW:
            next_review = last + 365

        adm_used = r() < 0.05
        contact = choice(staff)
        responsible = contact if r() < 0.4 else choice(staff)
        joint = []
        if r() < 0.05:
            joint.append(
                {
                    "name": "Lapin hyvinvointialue" if lang == "fi" else "Nordic Group AB",
                    "contact": "kirjaamo@lapha.fi" if lang == "fi" else "privacy@nordicgroup.se",
                    "arrangement": "Yhteisrekisterinpitäjyyssopimus 2023"
                    if lang == "fi"
                    else "Art. 26 arrangement 2024",
                }
            )
        sec = SECURITY[lang]
        return {
            "key": f"{head['key']}-r{number:04d}",
            "reference": f"TS-{_iso(created)[:4]}-{number:03d}" if r() < 0.8 else "",
            "name": name,
            "status": choice(STATUS_CHOICES),
            "department": dept,
            "description": choice(DESCRIPTIONS[lang]),
            "contact_person": dict(contact),
            "responsible_person": dict(responsible),
            "joint_controllers": joint,
            "purposes": purposes,
            "legal_basis_notes": choice(BASIS_NOTES[lang]),
            "special_category_conditions": conditions,
            "national_legal_basis": national,
            "data_subject_categories": rng.sample(SUBJECTS[lang], rng.randint(2, 5)),
            "data_categories": data_categories,
            "sources": choice(SOURCES_TEXT[lang]),
            "recipients": recipients,
            "disclosures": choice(DISCLOSURES[lang]),
            "processors": processors,
            "transfers": transfers,
            "transfers_statement": statement,
            "retention": choice(RETENTION_TEXT[lang]),
            "systems": rng.sample(SYSTEMS[lang], rng.randint(1, 4)),
            "security_measures": {"electronic": choice(sec[0]), "manual": choice(sec[1])},
            "automated_decision_making": {
                "used": adm_used,
                "description": ADM_TEXT[lang] if adm_used else "",
            },
            "dpia": {"criteria": criteria, "status": dpia_status, "reference": dpia_ref, "date": dpia_date},
            "data_subject_rights": choice(RIGHTS[lang]),
            "created": _iso(created),
            "last_reviewed": _iso(last),
            "next_review": _iso(next_review),
        }

    def processing_on_behalf(self, plan: dict[str, Any], plans: list[dict[str, Any]]) -> list[dict[str, Any]]:
        rng = self.rng
        records = []
        others = [p for p in plans if p is not plan]
        for _ in range(rng.randint(1, 2)):
            if others and rng.random() < 0.8:
                other = rng.choice(others)["head"]
                client = {
                    "name": other["name"],
                    "business_id": other["business_id"],
                    "address": other["address"],
                    "email": other["email"],
                    "phone": other["phone"],
                    "representative": dict(other["representative"]) if other["representative"] else None,
                    "dpo": dict(other["dpo"]),
                }
                client_slug = other["key"]
            else:
                name = f"{rng.choice(FIRM_STEMS_FI)} Osuuskunta"
                client = {
                    "name": name,
                    "business_id": self.business_id(),
                    "address": "",
                    "email": "",
                    "phone": "",
                    "representative": None,
                    "dpo": _empty_dpo(),
                }
                client_slug = _slug(name)
            key = self.unique_key("pob", f"{plan['head']['key']}-for-{client_slug}")
            n_sub = min(len(self.processors), rng.randint(0, 3))
            subs = rng.sample(range(len(self.processors)), n_sub)
            outside = [o for s in subs for o in self.outside[s]]
            transfers = []
            if outside and rng.random() < 0.6:
                transfers.append(self.transfer(rng.choice(outside), "en"))
            agreement_date = self.date_between(_D_START, _D_AGREEMENT_END)
            records.append(
                {
                    "key": key,
                    "client": client,
                    "categories_of_processing": rng.choice(POB_CATEGORIES),
                    "subprocessors": [self.processors[s]["key"] for s in subs],
                    "transfers": transfers,
                    "security_measures": rng.choice(
                        ("See annex TOM-1", "ISO 27001 certified; annex TOM-2", "")
                    ),
                    "agreement": f"DPA {_iso(agreement_date)[:7]}",
                    "agreement_date": _iso(agreement_date),
                }
            )
        return records

    def build(self) -> dict[str, Any]:
        rng = self.rng
        n = self.n_registers
        doc: dict[str, Any] = {"format": "ropa-interchange", "version": 1}
        if n <= 0:
            doc["processors"] = []
            doc["controllers"] = []
            return doc
        n_proc = min(1500, max(5, n // 10))
        self.build_processors(n_proc)
        n_ctrl = min(n, max(3, round(n / 25)))
        plans = self.plan_controllers(n_ctrl)

        # Register counts: one each, the rest by weight (cities are the largest).
        weight_of = {"city": 3.0, "energy": 1.0, "housing": 1.0, "water": 0.7, "firm": 1.0}
        weights = [weight_of[p["kind"]] * (0.4 + rng.random()) for p in plans]
        counts = [1] * len(plans)
        for i in rng.choices(range(len(plans)), weights=weights, k=n - len(plans)):
            counts[i] += 1

        non_roots = [i for i in range(len(self.processors)) if self.depth[i] > 0]
        controllers = []
        for plan, count in zip(plans, counts, strict=True):
            # Vendors the controller has contracts with: mostly first-level processors.
            vendors = rng.sample(self.roots, min(len(self.roots), rng.randint(2, 6)))
            if non_roots and rng.random() < 0.5:
                extra = rng.choice(non_roots)
                if extra not in vendors:
                    vendors.append(extra)
            staff = [self.person(plan["domain"], plan["intl"]) for _ in range(rng.randint(2, 6))]
            templates = self.templates_for(plan)
            used: dict[int, int] = {}
            registers = []
            for number in range(1, count + 1):
                ti = rng.randrange(len(templates))
                repeat = used.get(ti, 0)
                used[ti] = repeat + 1
                registers.append(self.register(plan, number, templates[ti], repeat, staff, vendors))
            controller = dict(plan["head"])
            controller["registers"] = registers
            is_ict = plan.get("sector") == "ict"
            controller["processing_on_behalf"] = self.processing_on_behalf(plan, plans) if is_ict else []
            controllers.append(controller)
        doc["processors"] = self.processors
        doc["controllers"] = controllers
        return doc


def build_demo(registers: int, seed: int = 0) -> dict[str, Any]:
    """Return an interchange document (INTERCHANGE.md version 1) with `registers` registers.

    Why: a realistic, reproducible workspace for demos, benchmarks and tests, with cities, their
    companies and client firms, a shared processor catalogue with sub-processor chains across
    countries, and deliberate gaps (missing transfer mechanisms, overdue reviews) for the
    compliance checks. The same ``(registers, seed)`` always gives an identical document.
    """
    if registers < 0:
        raise ValueError("registers must be >= 0")
    return _Builder(registers, seed).build()
