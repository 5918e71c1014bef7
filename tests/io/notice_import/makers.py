# ruff: noqa: E501 - tables of words and layout lines read best unwrapped
"""Notice files the tests make from text: Word documents, PDFs, and badly extracted text.

Each fixture is written in the tests' own words from the facts of the published seeds; the PDF is
made by a minimal writer here (one font, WinAnsi text, page headers and numbers) so the tests need
no PDF-writing library.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx

# The Inmics facts in a layout of their own: questions as Word headings, bold-less bullets.
INMICS_DOCX: list[tuple[str, str]] = [
    ("Title", "Inmics Oy – Tietosuojaseloste: asiakasrekisteri"),
    ("Heading 1", "Kuka käsittelee tietojasi?"),
    ("Normal", "Henkilötietojen rekisterinpitäjä on Inmics Oy (y-tunnus 0849585-3)."),
    ("Normal", "Itä-Päijänteentie 55,"),
    ("Normal", "40320 Jyväskylä"),
    ("Normal", "Tietosuojavastaava: tietosuoja@inmics.fi"),
    ("Normal", "Puhelinvaihde: +358 14 447 2700"),
    ("Heading 1", "Mistä tiedot saadaan?"),
    ("List Bullet", "Suoraan asiakkaalta, kun hän tilaa palveluita tai on meihin yhteydessä"),
    ("List Bullet", "Julkisista rekistereistä, kuten väestötietojärjestelmästä ja Fonectalta"),
    ("Heading 1", "Mitä tietoja käsittelemme?"),
    ("List Bullet", "Perustiedot: nimi, sähköposti, puhelinnumero ja tehtävänimike"),
    ("List Bullet", "Laskutus- ja maksutiedot"),
    ("List Bullet", "Asiakaspalvelun puhelu- ja chat-tallenteet"),
    ("Heading 1", "Mihin tietoja käytetään?"),
    ("List Bullet", "Palveluiden tuottaminen ja laskutus"),
    ("List Bullet", "Myynti ja suoramarkkinointi"),
    ("List Bullet", "Lakisääteisten velvoitteiden noudattaminen, esimerkiksi kirjanpito"),
    ("Normal", "Käsittely perustuu useimmiten sopimukseen tai oikeutettuun etuun."),
    ("Heading 1", "Kenelle tietoja luovutetaan?"),
    ("List Bullet", "Konserniyhtiöt: lain sallimissa rajoissa"),
    ("List Bullet", "Alihankkijat: vain sovitun palvelun tuottamiseen"),
    ("Heading 1", "Kuinka kauan tietoja säilytetään?"),
    ("Normal", "Tietoja säilytetään vähintään kolme ja enintään kuusi vuotta asiakassuhteen päättymisestä."),
    ("Heading 1", "Miten tiedot suojataan?"),
    ("Normal", "Tietojärjestelmiin pääsee vain henkilökohtaisilla tunnuksilla, ja tietoliikenne on salattu."),
    ("Heading 1", "Oikeutesi"),
    ("Normal", "Sinulla on oikeus saada pääsy tietoihisi ja pyytää niiden oikaisemista tai poistamista."),
    ("Normal", "Voit tehdä valituksen tietosuojavaltuutetulle."),
    ("Normal", "Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, tietosuoja@om.fi"),
]


def write_docx(path: Path, paragraphs: list[tuple[str, str]] = INMICS_DOCX) -> Path:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def broken(
    text: str, width: int = 58, lines_per_page: int = 22, header: str = "Tietosuojaseloste 4.6.2026"
) -> str:
    """Text as a bad PDF extraction gives it: hard-wrapped, hyphenated, with page headers and numbers."""
    out: list[str] = []
    for paragraph in text.split("\n\n"):
        for line in paragraph.split("\n"):
            wrapped = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False) or [""]
            out.extend(_hyphenate(wrapped, width))
        out.append("")
    pages = [out[i : i + lines_per_page] for i in range(0, len(out), lines_per_page)]
    result: list[str] = []
    for number, page in enumerate(pages, start=1):
        result += [header, "", *page, f"Sivu {number}/{len(pages)}", ""]
    return "\n".join(result)


def _hyphenate(lines: list[str], width: int) -> list[str]:
    """Split the first long word of each next line across the line end with a hyphen."""
    out = list(lines)
    for i in range(len(out) - 1):
        words = out[i + 1].split(" ")
        first = words[0]
        if len(first) >= 12 and first.isalpha() and first.islower():
            out[i] = f"{out[i]} {first[:5]}-"
            out[i + 1] = " ".join([first[5:], *words[1:]])
    return out


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF whose text layer holds ``pages`` (lines), in Helvetica with WinAnsi encoding."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for lines in pages:
        stream = (
            b"BT /F1 10 Tf 12 TL 50 800 Td "
            + b" ".join(b"(" + _pdf_text(line) + b") Tj T*" for line in lines)
            + b" ET"
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(body)
    return path


def _pdf_text(line: str) -> bytes:
    raw = line.replace("–", "-").encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_pages(
    text: str, width: int = 80, lines_per_page: int = 40, header: str = "Kemin kaupunki – tietosuojaseloste"
) -> list[list[str]]:
    """A text laid out on PDF pages: wrapped, with a running header and a page number on each."""
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        for line in paragraph.split("\n"):
            lines.extend(textwrap.wrap(line, width=width, break_on_hyphens=False) or [""])
    chunks = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    return [[header, *chunk, f"{n} ({len(chunks)})"] for n, chunk in enumerate(chunks, start=1)]


def _kemi_text() -> str:
    return (Path(__file__).parents[2] / "fixtures" / "notices" / "kemi_numbered.txt").read_text(
        encoding="utf-8"
    )


def make_docx(folder: Path) -> Path:
    return write_docx(folder / "inmics_docx.docx")


def make_pdf(folder: Path) -> Path:
    return write_pdf(folder / "kemi_pdf.pdf", pdf_pages(_kemi_text()))


def make_broken(folder: Path) -> Path:
    path = folder / "kemi_broken.txt"
    path.write_text(broken(_kemi_text()), encoding="utf-8")
    return path


#: Fixtures the tests make, by the name of their expected atoms.
MAKERS = {"inmics_docx": make_docx, "kemi_pdf": make_pdf, "kemi_broken": make_broken}
