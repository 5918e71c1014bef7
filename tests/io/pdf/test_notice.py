"""The privacy notice of one register: the 14 numbered sections of a Finnish tietosuojaseloste
(DOMAIN.md; the published Kemi notice), English alike, in PDF and HTML, with the rights derived
purpose by purpose, the supervisory authority, the Art. 13(2)(e) statement and the transfers with
the safeguard each uses."""

from __future__ import annotations

import dataclasses
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pdftools import flat, fonts, text
from pypdf import PdfReader
from support import load_fixture

from ropa.app import Session
from ropa.errors import RopaError
from ropa.io.interchange import read_document
from ropa.io.notice_import import read_notice
from ropa.io.pdf import export_notice, write_notice
from ropa.io.pdf.notice import HEADINGS, build_notice
from ropa.model import records as r
from ropa.model.rights import register_rights
from ropa.model.transfers import ProcessorCatalogue

ON = date(2026, 6, 4)
STATEMENT = "Tietojen antaminen on vapaaehtoista; ilman niitä palautteeseen ei voida vastata."
FINNISH = [
    "Rekisterin nimi",
    "Rekisterinpitäjä",
    "Rekisterin yhteyshenkilö, vastuuhenkilö ja tietosuojavastaava",
    "Henkilötietojen käsittely toimeksiannosta",
    "Käsittelyn tarkoitukset ja oikeusperusteet",
    "Automaattinen päätöksenteko ja profilointi",
    "Rekisterin tietosisältö",
    "Säännönmukaiset tietolähteet",
    "Säännönmukaiset luovutukset ja vastaanottajat",
    "Tietojen siirto EU:n tai ETA:n ulkopuolelle",
    "Säilytysajat",
    "Ylläpitojärjestelmät ja suojauksen periaatteet",
    "Rekisteröidyn oikeudet",
    "Oikeus tehdä valitus valvontaviranomaiselle",
]


def kemi() -> tuple[r.Workspace, r.Controller, r.Register]:
    workspace = read_document(load_fixture("seed_kemi"))
    controller = workspace.controllers[0]
    return workspace, controller, controller.registers[0]


def write(tmp_path: Path, suffix: str, lang: str = "fi", register: r.Register | None = None) -> Path:
    workspace, controller, seed = kemi()
    path = tmp_path / f"notice.{suffix}"
    write_notice(controller, register or seed, workspace, path, lang=lang, on=ON, printed=ON)
    return path


def pdf_text(path: Path) -> str:
    return flat(text(path, body=True))


def html_text(path: Path) -> str:
    parts: list[str] = []

    class Text(HTMLParser):
        def handle_data(self, data: str) -> None:
            parts.append(data)

    Text().feed(path.read_text(encoding="utf-8"))
    return flat(" ".join(parts))


def _in_order(content: str, headings: list[str]) -> None:
    at = 0
    for number, heading in enumerate(headings, 1):
        found = content.find(f"{number}. {heading}", at)
        assert found >= 0, f"{number}. {heading}"
        at = found


def _section(content: str, number: int, lang: str = "fi") -> str:
    """The text of section ``number`` (between its numbered heading and the next one)."""
    start = f"{number}. {HEADINGS[number - 1](lang)}"
    assert content.count(start) == 1, start
    after = content.split(start, 1)[1]
    return after.split(f"{number + 1}. {HEADINGS[number](lang)}", 1)[0] if number < 14 else after


def test_the_layout_is_the_fourteen_numbered_finnish_sections() -> None:
    assert [words.fi for words in HEADINGS] == FINNISH


@pytest.mark.parametrize("suffix", ["pdf", "html"])
def test_finnish_notice_has_the_14_headings_in_order(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, suffix)
    content = pdf_text(path) if suffix == "pdf" else html_text(path)
    _in_order(content.replace(" ", " "), FINNISH)
    assert "Tietosuojaseloste" in content and "Päivitetty: 4.6.2026" in content


@pytest.mark.parametrize("suffix", ["pdf", "html"])
def test_english_notice_has_the_same_sections(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path, suffix, lang="en")
    content = pdf_text(path) if suffix == "pdf" else html_text(path)
    _in_order(content.replace(" ", " "), [words.en for words in HEADINGS])
    assert "Privacy notice" in content and "Updated: 4 June 2026" in content


@pytest.mark.parametrize("suffix", ["pdf", "html"])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_rights_are_derived_per_purpose_with_their_articles(tmp_path: Path, suffix: str, lang: str) -> None:
    _, _, register = kemi()
    path = write(tmp_path, suffix, lang=lang)
    content = pdf_text(path) if suffix == "pdf" else html_text(path)
    rights = _section(content, 13, lang)
    derived = register_rights(register)
    for right in derived.derived:
        assert right.label(lang) in rights
        assert flat(right.reason(lang)) in rights
    # Kemi: public task purposes give the Art. 21(1) objection, the consent purposes withdrawal.
    if lang == "fi":
        assert "Oikeus vastustaa käsittelyä (21 artiklan 1 kohta)" in rights
        assert "Oikeus peruuttaa suostumus (7 artiklan 3 kohta)" in rights
        assert "Koskee tarkoituksia 4" in rights  # the consent purposes are named, not pooled
    else:
        assert "Right to object (Art. 21(1))" in rights and "Right to withdraw consent (Art. 7(3))" in rights
    assert flat(register.data_subject_rights) in rights


def test_complaint_section_names_the_supervisory_authority(tmp_path: Path) -> None:
    content = pdf_text(write(tmp_path, "pdf"))
    complaint = _section(content, 14)
    assert "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki" in complaint
    assert "77 artikla" in complaint


def test_a_finnish_controller_without_an_authority_gets_the_ombudsman() -> None:
    workspace, controller, register = kemi()
    controller = dataclasses.replace(controller, supervisory_authority="")
    notice = build_notice(controller, register, ProcessorCatalogue(workspace.processors), lang="fi", on=ON)
    lines = [block for block in notice.sections[13].blocks if hasattr(block, "lines")]
    assert lines and lines[0].lines == (
        "Tietosuojavaltuutetun toimisto",
        "PL 800, 00531 Helsinki",
        "tietosuoja@om.fi",
    )


def test_statement_of_13_2_e_and_transfers_with_their_safeguard(tmp_path: Path) -> None:
    _, _, seed = kemi()
    register = dataclasses.replace(
        seed,
        provision_requirement=STATEMENT,
        transfers=(r.Transfer(recipient="Kyselypalvelu Inc.", country="IN", mechanism="scc", scc_module=2),),
    )
    content = pdf_text(write(tmp_path, "pdf", register=register))
    purposes = _section(content, 5)
    assert "Onko tietojen antaminen pakollista" in purposes
    assert STATEMENT in purposes
    transfers = _section(content, 10)
    assert "Intia" in transfers and "Kyselypalvelu Inc.: vakiosopimuslausekkeet (Art. 46(2)(c))" in transfers
    assert "Moduuli 2: rekisterinpitäjältä henkilötietojen käsittelijälle" in transfers
    assert "Yhdysvallat" in transfers and "Microsoft Ireland Operations Ltd" in transfers  # derived
    assert "Jäljennöksen suojatoimista saa rekisterinpitäjältä" in transfers


def test_no_transfers_says_so(tmp_path: Path) -> None:
    _, _, seed = kemi()
    register = dataclasses.replace(seed, processors=(), transfers=(), transfers_statement="")
    content = pdf_text(write(tmp_path, "pdf", register=register))
    assert "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle." in content
    assert "Ei. Tietoja ei käsitellä toimeksiannosta." in content


def test_kemi_notice_carries_what_the_published_one_does(tmp_path: Path) -> None:
    """The published Kemi notice (shared/seeds) names, section by section: the register, the city with
    its address and registry office, Jukka Vilén as contact and responsible person, the DPO Maria
    Vaittinen, the outsourced processing, the purposes, no automated decisions, the data content,
    the DVV as a source, disclosures under the publicity act, no transfers, the records management
    plan, WordPress and the forms, the rights and the Ombudsman."""
    content = pdf_text(write(tmp_path, "pdf")).replace(" ", " ")
    expected = [
        ("1. Rekisterin nimi", "Viestinnän ja markkinoinnin tietosuojaseloste"),
        ("2. Rekisterinpitäjä", "Valtakatu 26, 94100 KEMI"),
        ("3. Rekisterin yhteyshenkilö", "Jukka Vilén"),
        ("3. Rekisterin yhteyshenkilö", "Maria Vaittinen"),
        ("4. Henkilötietojen käsittely toimeksiannosta", "Kyllä."),
        ("5. Käsittelyn tarkoitukset", "Kuntalaisten osallistaminen sähköisissä palveluissa"),
        ("6. Automaattinen päätöksenteko", "Ei."),
        ("7. Rekisterin tietosisältö", "Syntymäaika"),
        ("8. Säännönmukaiset tietolähteet", "Digi- ja väestötietovirasto (DVV)"),
        ("9. Säännönmukaiset luovutukset", "julkisuuslaki 621/1999"),
        ("10. Tietojen siirto", "Ei luovutuksia eikä siirtoja EU:n tai ETA:n ulkopuolelle."),
        ("11. Säilytysajat", "tiedonohjaussuunnitelmassa"),
        ("12. Ylläpitojärjestelmät", "A. Sähköinen aineisto"),
        ("12. Ylläpitojärjestelmät", "B. Manuaalinen aineisto"),
        ("13. Rekisteröidyn oikeudet", "Oikeus tarkastaa omat tietonsa"),
        ("14. Oikeus tehdä valitus", "tietosuoja@om.fi"),
    ]
    for heading, fact in expected:
        number = int(heading.split(".")[0])
        assert FINNISH[number - 1].startswith(heading.split(". ", 1)[1])
        assert fact in _section(content, number), (heading, fact)


def test_html_is_one_accessible_self_contained_page(tmp_path: Path) -> None:
    path = write(tmp_path, "html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="fi">')
    assert "<script" not in page.lower() and "<link" not in page.lower() and "<img" not in page.lower()
    assert "default-src 'none'" in page and "<style>" in page
    assert page.count("<h1>") == 1 and page.count("<h2 ") == 14 and page.count("<section ") == 14
    assert '<time datetime="2026-06-04">' in page
    assert '<section aria-labelledby="section-13">' in page and 'id="section-13"' in page


def test_html_notice_reads_back_through_the_notice_importer(tmp_path: Path) -> None:
    _, controller, register = kemi()
    draft = read_notice(write(tmp_path, "html"))
    assert draft.register.name == register.name
    assert draft.register.systems == register.systems
    assert [p.description for p in draft.register.purposes][:1] == [register.purposes[0].description]
    assert (draft.controller.name, draft.controller.email) == (controller.name, controller.email)
    assert draft.controller.dpo.name == controller.dpo.name


def test_pdf_notice_fonts_outline_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "pdf")
    assert all(row["emb"] == "yes" for row in fonts(path))
    reader = PdfReader(path)
    titles = [entry.title for entry in reader.outline if not isinstance(entry, list)]
    assert [flat(title) for title in titles] == [f"{n}. {heading}" for n, heading in enumerate(FINNISH, 1)]
    assert reader.metadata is not None and reader.metadata.title == (
        "Tietosuojaseloste – Viestinnän ja markkinoinnin tietosuojaseloste"
    )


def test_export_notice_from_a_session(seeded_workspace: Session, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    summary = export_notice(seeded_workspace, "kemi-viestinta", tmp_path / "kemi.html", lang="en")
    assert summary.pages == 0 and "Kemin kaupunki" in (tmp_path / "kemi.html").read_text(encoding="utf-8")
    with pytest.raises(RopaError, match="no register with key 'nobody'"):
        export_notice(seeded_workspace, "nobody", tmp_path / "x.pdf")
    with pytest.raises(RopaError, match=r"a notice is written as \.pdf or \.html, not '\.docx'"):
        export_notice(seeded_workspace, "kemi-viestinta", tmp_path / "x.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kemi.html"]
