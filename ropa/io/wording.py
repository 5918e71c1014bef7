"""The words Ropa's documents share, in English and Finnish: one wording for each thing.

The workbook (:mod:`ropa.io.excel`), the printed record and its gap report (:mod:`ropa.io.pdf`),
the transfer list of ``ropa transfers`` (:mod:`ropa.io.transfer_list`) and the findings report of
``ropa check`` (:mod:`ropa.io.findings_report`) take these words from here; each keeps in its own
module only the words no other document prints. Labels of record fields are not here: they come
from the field catalogue (:func:`ropa.model.catalogue.label`); code labels come from
:mod:`ropa.reference`.
"""

from __future__ import annotations

from ropa.model.fields import Words

# -- the record as a whole ---------------------------------------------------------------------------
RECORD_TITLE = Words("Record of processing activities", "Seloste käsittelytoimista")
RECORD_SUBTITLE = Words(
    "Article 30 of the General Data Protection Regulation (EU) 2016/679",
    "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 30 artikla",
)
CONTENTS = Words("Contents", "Sisällys")
EXPORTED = Words("Date of export", "Vientipäivä")
TRANSFERS_JUDGED_ON = Words("Transfers judged on", "Siirrot arvioitu päivänä")
PRODUCED_WITH = Words("Produced with", "Laadittu ohjelmalla")
ALL_CONTROLLERS = Words("All controllers", "Kaikki rekisterinpitäjät")

YES = Words("yes", "kyllä")
NO = Words("no", "ei")

# -- whose a row is ----------------------------------------------------------------------------------
CONTROLLER = Words("Controller", "Rekisterinpitäjä")
RECORD = Words("Record", "Seloste")
REGISTER_KIND = Words("register", "rekisteri")
ON_BEHALF_KIND = Words("Art. 30(2) record", "30 artiklan 2 kohdan seloste")
WORKSPACE = Words("Workspace", "Työtila")
PROCESSOR_CATALOGUE = Words("Processor catalogue", "Käsittelijäluettelo")

# -- transfers (a flow's country and mechanism are the catalogue labels of Transfer's fields) --------
THROUGH = Words("Through", "Kautta")
BASIS = Words("Basis", "Peruste")
STATUS = Words("Status", "Tila")
ADEQUACY_DECISION = Words("Adequacy decision", "Riittävyyspäätös")
RESTS_ON = Words("Rests on", "Perusta")
#: The SCC module column of the transfer tables, beside the mechanism: shorter than the catalogue's
#: "Vakiolausekemoduuli", which would narrow the other columns of the printed Annex B.
MODULE = Words("Module", "Moduuli")
NO_MECHANISM = Words("no mechanism recorded", "siirtoperustetta ei kirjattu")
NEEDS_MODULE = Words("needs {module}", "tarvitaan {module}")
NO_TRANSFERS = Words("No transfers.", "Ei siirtoja.")

# -- findings of the compliance checks ---------------------------------------------------------------
FIELD = Words("Field", "Kenttä")
SEVERITY = Words("Severity", "Vakavuus")
RULE = Words("Rule", "Sääntö")
ARTICLE = Words("Article", "Artikla")
FINDING = Words("Finding", "Havainto")
FINDING_COUNTS = Words(
    "{errors} errors, {warnings} warnings, {notes} notes",
    "{errors} virhettä, {warnings} varoitusta, {notes} huomiota",
)


def shared() -> dict[str, Words]:
    """Every shared wording by its name (for the tests that keep the writers to these)."""
    return {name: value for name, value in globals().items() if isinstance(value, Words)}
