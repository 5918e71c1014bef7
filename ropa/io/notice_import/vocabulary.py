# ruff: noqa: E501 - word lists read best one topic to a line
"""The words notices use, in Finnish, Swedish and English: the one place to teach the importer more.

Patterns are regular expressions over lower-cased text, written to match word stems so that
Finnish case endings ("suostumukseen", "suostumuksella") and Swedish and English inflections
need no separate entries. Each list maps wording to a code of the record or to a section topic.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Topic(StrEnum):
    """What a section of a notice is about; each one has a mapper (:mod:`.mapping`)."""

    TITLE = "title"
    REGISTER_NAME = "register_name"
    CONTROLLER = "controller"
    CONTACT_PERSON = "contact_person"
    RESPONSIBLE_PERSON = "responsible_person"
    DPO = "dpo"
    PROCESSORS = "processors"
    PURPOSES = "purposes"
    LEGAL_BASIS = "legal_basis"
    AUTOMATED = "automated"
    DATA = "data"
    SPECIAL = "special"
    SUBJECTS = "subjects"
    SOURCES = "sources"
    RECIPIENTS = "recipients"
    TRANSFERS = "transfers"
    RETENTION = "retention"
    SYSTEMS = "systems"
    SECURITY = "security"
    SECURITY_ELECTRONIC = "security_electronic"
    SECURITY_MANUAL = "security_manual"
    RIGHTS = "rights"
    COMPLAINT = "complaint"
    CONTACT = "contact"
    NATIONAL_BASIS = "national_basis"
    OTHER = "other"  # definitions, cookies, changes to the notice...: kept in the notes


def _words(text: str) -> list[str]:
    return text.split()


def _c(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# Heading wording per topic, most specific first: the first topic whose pattern matches wins.
HEADINGS: tuple[tuple[Topic, re.Pattern[str]], ...] = (
    (Topic.REGISTER_NAME, _c(r"rekisterin nimi", r"registrets namn", r"register(')?s? name", r"name of the register",
                             r"käsittelytoimen nimi", r"name of the processing")),
    (Topic.SECURITY_ELECTRONIC, _c(r"sähköi\w* aineisto", r"elektronisk\w* (material|uppgifter)",
                                   r"electronic (material|data|records)", r"digitaal")),
    (Topic.SECURITY_MANUAL, _c(r"manuaali\w* aineisto", r"manuell\w* material", r"manual (material|data|records)",
                               r"paper (records|material)", r"paperi")),
    (Topic.DPO, _c(r"tietosuojavastaa", r"dataskyddsombud", r"data protection officer", r"\bdpo\b")),
    (Topic.RESPONSIBLE_PERSON, _c(r"vastuuhenkilö", r"ansvarig person", r"ansvarsperson", r"responsible person",
                                  r"person responsible")),
    (Topic.CONTACT_PERSON, _c(r"yhteyshenkilö", r"kontaktperson", r"contact person")),
    (Topic.AUTOMATED, _c(r"automaatti\w* päätö", r"profilo", r"automatiserat? beslut", r"profilering",
                         r"automated (individual )?decision", r"profiling")),
    (Topic.TRANSFERS, _c(r"(eu|eta|ety|euroopan)\S* .*ulkopuol", r"kolmansiin maihin", r"kolmas maa",
                         r"tredje land", r"utanför (eu|ees)", r"third countr", r"outside the (eu|eea|european)",
                         r"international transfer", r"tietojen siirto", r"överföring av", r"transfers? of (personal )?data")),
    (Topic.SPECIAL, _c(r"erityi\w* henkilötie", r"arkaluon", r"känsliga", r"särskilda kategori", r"special categor",
                       r"sensitive (personal )?data")),
    (Topic.SUBJECTS, _c(r"rekisteröityjen ryhm", r"keiden tieto", r"kategorier av registrerade", r"registrerade",
                        r"data subject", r"whose (personal )?data", r"rekisteröidyt$")),
    (Topic.REGISTER_NAME, _c(r"^rekisteri$")),
    (Topic.PROCESSORS, _c(r"toimeksian", r"ostopalvelu", r"ulkoistet", r"henkilötietojen käsittelijä", r"alihankk",
                          r"biträde", r"\bprocessors?\b", r"outsourc", r"sub-?contract")),
    (Topic.LEGAL_BASIS, _c(r"oikeusperust", r"käsittelyperust", r"käsittelyn peruste", r"rättslig grund",
                           r"grund(en)? för behandling", r"legal basis", r"lawful basis", r"legal ground")),
    (Topic.PURPOSES, _c(r"tarkoitu", r"kuinka käytämme", r"mihin käytämme", r"mihin \w+ käytetää", r"vad används", r"miksi käsittelemme", r"ändamål",
                        r"hur (vi )?använder", r"purpose", r"how (do )?we use", r"why we process")),
    (Topic.DATA, _c(r"tietosisältö", r"henkilötietoryhm", r"mitä (henkilö)?tietoja", r"käsiteltävät (henkilö)?tiedot",
                    r"keräämme", r"vilka (person)?uppgifter", r"kategorier av personuppgifter", r"registrets innehåll",
                    r"uppgifter (som )?(vi )?behandla", r"categories of personal data", r"what (personal )?data",
                    r"data (we|that we) collect", r"personal data (we|that we) (collect|process)", r"data content")),
    (Topic.SOURCES, _c(r"tietolähte", r"lähteet", r"mistä (saamme|keräämme)", r"mistä \w+ saadaan", r"kuinka keräämme", r"uppgiftskäll",
                       r"\bkällor", r"varifrån", r"hur (vi )?samlar", r"sources", r"how (do )?we collect",
                       r"where (do )?we get")),
    (Topic.RECIPIENTS, _c(r"luovut", r"vastaanottaj", r"kenelle", r"mottagare", r"utlämna", r"lämnas ut",
                          r"recipient", r"disclos", r"who (do )?we share", r"sharing")),
    (Topic.RETENTION, _c(r"säilytysai", r"säilyty", r"säilytämme", r"kuinka kauan", r"lagringstid", r"bevar",
                         r"hur länge", r"retention", r"how long", r"storage period")),
    (Topic.SYSTEMS, _c(r"ylläpitojärjestelm", r"järjestelmät", r"tietojärjestelm", r"informationssystem",
                       r"\bsystems?\b")),
    (Topic.SECURITY, _c(r"suojau", r"suojaamme", r"suojataan", r"turvaamme", r"tietoturva", r"suojaamisen", r"\bskydd", r"säkerhet",
                        r"security", r"protect")),
    (Topic.COMPLAINT, _c(r"valitu", r"valvontaviranom", r"klagomål", r"klaga", r"tillsynsmyndighet", r"complaint",
                         r"supervisory authority", r"lodge")),
    (Topic.RIGHTS, _c(r"oikeude", r"oikeuks", r"oikeute(si|nne)\b", r"rättighet", r"\brights?\b")),
    (Topic.NATIONAL_BASIS, _c(r"sovel\w* lai", r"lainsäädäntö", r"tillämplig lag", r"applicable law", r"relevant law")),
    (Topic.CONTACT, _c(r"yhteyde", r"yhteystied", r"lisätied", r"tietopyyn", r"kontakt", r"contact", r"further information",
                       r"more information")),
    (Topic.CONTROLLER, _c(r"rekisterinpitäjä", r"personuppgiftsansvarig", r"kuka (käsittelee|vastaa)", r"vem behandlar",
                          r"who processes", r"\bcontroller", r"who (is responsible|we are)",
                          r"vem (är )?ansvarig")),
    (Topic.OTHER, _c(r"määritelm", r"definition", r"eväste", r"cookie", r"kakor", r"muutok", r"muuttumi", r"ändring",
                     r"changes to")),
)  # fmt: skip

# What a paragraph is about when the notice has no headings at all (free text).
BODY: tuple[tuple[Topic, re.Pattern[str]], ...] = (
    (Topic.TRANSFERS, _c(r"(eu|eta|ety|euroopan talousalue)\S* .*ulkopuol", r"utanför (eu|ees)",
                         r"outside the (eu|eea|european)", r"third countr", r"tredje land")),
    (Topic.AUTOMATED, HEADINGS[6][1]),
    (Topic.RETENTION, _c(r"säilytä", r"säilytet", r"lagra", r"sparas", r"bevaras", r"\bkept\b", r"retain", r"stored for")),
    (Topic.LEGAL_BASIS, _c(r"perustuu", r"perusteena", r"oikeusperust", r"rättslig grund", r"grundar sig", r"legal basis",
                           r"based on")),
    (Topic.PURPOSES, _c(r"tarkoitu", r"käytämme", r"ändamål", r"använder", r"purpose", r"we use")),
    (Topic.DATA, _c(r"henkilötiedo", r"keräämme seuraav", r"seuraavat tiedot", r"följande uppgifter", r"following data", r"personuppgift", r"personal data")),
    (Topic.SOURCES, _c(r"kerätään", r"saamme", r"samlas in", r"får vi", r"collected from", r"we obtain")),
    (Topic.RECIPIENTS, _c(r"luovute", r"luovutam", r"lämnas ut", r"lämnar ut", r"disclos", r"share")),
    (Topic.SECURITY, _c(r"suojat", r"salasan", r"lukitu", r"skydda", r"lösenord", r"protected", r"password", r"encrypt")),
    (Topic.RIGHTS, _c(r"oikeus", r"rätt att", r"right to")),
    (Topic.COMPLAINT, _c(r"tietosuojavaltuutet", r"integritetsskyddsmyndighet", r"data protection ombudsman")),
)  # fmt: skip

# Art. 6(1) legal bases by their wording.
LEGAL_BASES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("art6-1-a", _c(r"suostum", r"samtyck", r"\bconsent")),
    ("art6-1-b", _c(r"sopimu\w* (täytäntöönpan|perusteella|nojalla)", r"sopimukse(en|n) perustuv", r"sopimu\w* täyttä",
                    r"tehty\w* sopimu", r"sopimussuhte\w* (perust|hoit)", r"^sopimus$", r"\bsopimukseen\b", r"^contract$", r"^avtal$", r"fullgöra (ett )?avtal",
                    r"fullgörande av (ett )?avtal", r"avtal med", r"performance of (a|the) contract",
                    r"contract with (you|the data subject)", r"perform (a|the|our) contract")),
    ("art6-1-c", _c(r"lakisäätei\w* (velvoit|veloit)", r"lakiin perustuv\w* velvoit", r"lakisääteisten velvoitte",
                    r"rättslig förpliktelse", r"rättsliga förpliktelser", r"legal obligation", r"comply with (the )?law")),
    ("art6-1-d", _c(r"elintärke", r"vitala intressen", r"vital interest")),
    ("art6-1-e", _c(r"yleinen etu", r"yleisen edun", r"yleiseen etuun", r"julkisen vallan", r"allmänt intresse",
                    r"myndighetsutövning", r"public interest", r"official authority", r"public task")),
    ("art6-1-f", _c(r"oikeutettu\w* et", r"oikeutetun edun", r"oikeutettuun etuun", r"oikeutettuihin etuihin",
                    r"berättiga\w* intresse", r"legitimate interest")),
)  # fmt: skip

# Chapter V tools by their wording (the safeguard a notice names).
MECHANISMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("scc", _c(r"vakiosopimuslauseke", r"vakiolauseke", r"mallisopimuslauseke", r"komission hyväksym\w* (vakio|malli)",
               r"standard contractual clauses", r"standardavtalsklausul", r"\bscc\b", r"2021/914")),
    ("bcr", _c(r"sitov\w* yrityssään", r"yritystä koskev\w* sitov", r"binding corporate rules", r"bindande företagsbestämmelser",
               r"\bbcr\b")),
    ("adequacy", _c(r"riittävyyspäätö", r"riittävä(n|stä)? tietosuojan tason", r"tietosuojan taso on riittävä",
                    r"adekvat skyddsnivå", r"adequacy decision", r"adequate level of (data )?protection",
                    r"data privacy framework", r"\bdpf\b")),
    ("code_of_conduct", _c(r"käytännesään", r"uppförandekod", r"code of conduct")),
    ("certification", _c(r"sertifiointimekanism", r"certifieringsmekanism", r"certification mechanism")),
    ("derogation-49-1-a", _c(r"nimenomai\w* suostum", r"uttryckligt? samtycke", r"explicit(ly)? consent")),
)  # fmt: skip

# Art. 9(1) special categories and Art. 10 data, as data category wording.
SPECIAL: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("health", _c(r"tervey", r"sairau", r"diagnoo", r"potilas", r"hälsa", r"hälso", r"sjukdom", r"health", r"medical")),
    ("criminal", _c(r"rikos", r"rikkomu", r"brott", r"criminal", r"offence")),
    ("trade_union", _c(r"ammattiliit", r"ammattiyhdist", r"fackförening", r"trade union")),
    ("religious", _c(r"uskon", r"vakaumu", r"religi", r"övertygelse")),
    ("political", _c(r"poliitti", r"politisk", r"political")),
    ("racial_ethnic", _c(r"etni", r"rotu", r"ras\b", r"racial")),
    ("genetic", _c(r"geneetti", r"genetisk", r"genetic")),
    ("biometric", _c(r"biometri", r"sormenjälj", r"fingeravtryck", r"fingerprint")),
    ("sex_life", _c(r"seksuaal", r"sexuell", r"sexual")),
)  # fmt: skip

# Categories of recipients a notice names in running text: the name to record (fi, sv, en) and kind.
RECIPIENTS: tuple[tuple[re.Pattern[str], tuple[str, str, str], str], ...] = (
    (_c(r"tilin(tarkast|- ja toiminnantarkast)", r"revisor", r"auditor"),
     ("Tilin- ja toiminnantarkastajat", "Revisorer", "Auditors"), "external"),
    (_c(r"perintä(firm|yhti|toimist)", r"inkasso", r"debt collect"), ("Perintäyhtiöt", "Inkassobolag", "Debt collectors"),
     "external"),
    (_c(r"konserni", r"koncern", r"group compan"), ("Konserniyhtiöt", "Koncernbolag", "Group companies"), "external"),
    (_c(r"alihankkij", r"palveluntuottaj", r"palveluntarjoaj", r"järjestelmätoimittaj", r"järjestelmien toimittaj",
        r"underleverantör", r"tjänsteleverantör", r"personuppgiftsbiträd", r"subcontractor", r"service provider",
        r"(data )?processors\b"),
     ("Palveluntuottajat ja alihankkijat", "Tjänsteleverantörer och underleverantörer", "Service providers and subcontractors"),
     "processor"),
    (_c(r"kumppaniyri", r"yhteistyökumppan", r"yhteistyötoimij", r"samarbetspartner", r"partners?\b"),
     ("Yhteistyökumppanit", "Samarbetspartner", "Partners"), "external"),
    (_c(r"sosiaalisen median", r"sociala medier", r"social media"),
     ("Sosiaalisen median palvelut", "Sociala medier", "Social media services"), "external"),
    (_c(r"viranomai", r"poliisi", r"myndighet", r"polis", r"authorit", r"police"),
     ("Viranomaiset", "Myndigheter", "Public authorities"), "public_authority"),
    (_c(r"kolmansille osapuolille", r"tredje part", r"third parties"), ("Kolmannet osapuolet", "Tredje parter", "Third parties"),
     "external"),
)  # fmt: skip

# Categories of data subjects a notice names in running text (fi, sv, en names).
SUBJECTS: tuple[tuple[re.Pattern[str], tuple[str, str, str]], ...] = (
    (_c(r"kuluttaja-asiak", r"konsumentkund", r"consumer customer"), ("Kuluttaja-asiakkaat", "Konsumentkunder", "Consumer customers")),
    (_c(r"yritysasiak\w* yhteyshenkilö", r"kontaktpersoner (hos|för) företagskund", r"contact persons? (of|at) business customer"),
     ("Yritysasiakkaiden yhteyshenkilöt", "Kontaktpersoner hos företagskunder", "Contact persons of business customers")),
    (_c(r"asukk", r"invånare", r"residents"), ("Asukkaat", "Invånare", "Residents")),
    (_c(r"palvelu(iden|jen) käyttäj", r"tjänsternas användare", r"users of (the|our) services"),
     ("Palveluiden käyttäjät", "Tjänsternas användare", "Service users")),
    (_c(r"matkailij", r"turister", r"tourists", r"visitors to the (city|region)"), ("Matkailijat", "Turister", "Tourists")),
    (_c(r"järjestö", r"föreningar", r"organisations\b", r"associations"), ("Järjestöt", "Föreningar", "Associations")),
    (_c(r"työntekij", r"henkilöstö", r"anställd", r"personal\b", r"employees", r"staff"),
     ("Työntekijät", "Anställda", "Employees")),
    (_c(r"työnhakij", r"hakijat", r"arbetssökande", r"sökande", r"job applicants", r"applicants"),
     ("Työnhakijat", "Arbetssökande", "Job applicants")),
    (_c(r"(verkko)?sivuston kävijä", r"webbplatsens besökare", r"website visitors", r"visitors to (our|the) website"),
     ("Verkkosivuston kävijät", "Webbplatsens besökare", "Website visitors")),
    (_c(r"oppila", r"elever", r"pupils", r"students"), ("Oppilaat", "Elever", "Pupils")),
    (_c(r"potila", r"patienter", r"patients"), ("Potilaat", "Patienter", "Patients")),
    (_c(r"jäsen", r"medlemmar", r"members"), ("Jäsenet", "Medlemmar", "Members")),
)  # fmt: skip

# A statement that something is NOT done, in any of the three languages.
NEGATION = _c(r"\bei\b", r"\bemme\b", r"\beivät\b", r"\beikä\b", r"\bole\b", r"\binte\b", r"\bingen\b", r"\baldrig\b",
              r"\bnot\b", r"\bno\b", r"\bnever\b", r"\bkoskaan\b", r"\bdo not\b", r"\bdon't\b")  # fmt: skip
EEA_OUTSIDE = BODY[0][1]

# Dates in a notice's header or footer: which field they set.
DATE_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("created", _c(r"laadittu", r"luotu", r"perustettu", r"upprättad", r"upprättat", r"skapad", r"created", r"drawn up",
                   r"date of (preparation|creation)")),
    ("last_reviewed", _c(r"päivitetty", r"päivitys", r"muutettu", r"katselmoitu", r"tarkistettu", r"uppdaterad",
                         r"reviderad", r"granskad", r"updated", r"revised", r"reviewed", r"last modified")),
)  # fmt: skip

MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        _words("tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu"), start=1)},
    **{m: i for i, m in enumerate(
        _words("januari februari mars april maj juni juli augusti september oktober november december"), start=1)},
    **{m: i for i, m in enumerate(
        _words("january february march april may june july august september october november december"), start=1)},
}  # fmt: skip

# Function words that tell the language of a notice apart.
LANGUAGE_WORDS: dict[str, frozenset[str]] = {
    "fi": frozenset(_words("ja tai on ei että sekä henkilötietoja tietoja rekisterin käsittelyn voi mukaan")),
    "sv": frozenset(_words("och att är som för inte eller med av personuppgifter uppgifter behandling till")),
    "en": frozenset(_words("and the is that for not or with of personal data processing to we")),
}

# The supervisory authority, by its names and address.
AUTHORITY = _c(r"tietosuojavaltuutet", r"tietosuoja@om\.fi", r"integritetsskyddsmyndighet", r"imy\.se",
               r"dataombudsman", r"data protection ombudsman", r"pl 800", r"pb 800", r"p\.o\. box 800",
               r"valvontaviranomai", r"tillsynsmyndighet", r"supervisory authority")  # fmt: skip
