"""User text is data: markup-like text prints literally, loads nothing, and every script renders.

reportlab parses paragraph text as markup, so an unescaped ``<img src=...>`` would read a file and
``<a href>`` make a link. These tests put such text in every kind of place and read the PDF and
the HTML back.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pdftools import flat, fonts, render, text
from pypdf import PdfReader

from ropa.io.pdf import write_notice, write_record
from ropa.io.pdf.text import esc, lines
from ropa.model import records as r

ON = date(2026, 6, 4)
SECRET = "ropa-secret-file-content"
HOSTILE = [
    '<img src="{secret}" width="40" height="40"/>',
    '<a href="https://example.invalid/x">click</a>',
    '<font name="Courier" color="red">font</font> & <b>bold</b> </para> <br/> &amp; &#169;',
    "<![CDATA[ x ]]> <!-- comment --> <script>alert(1)</script>",
]
WORDS = [
    "Łódź Śląskie Źdźbło żółć",  # Polish
    "Příliš žluťoučký kůň úpěl ďábelské ódy",  # Czech
    "Straße Größe Übermaß",  # German
    "Åbo Ärlig Öresund",  # Swedish
    "Hyvää päivää, Äänekoski, Öljy",  # Finnish
]


def hostile_workspace(secret: Path) -> r.Workspace:
    bad = [item.format(secret=secret) for item in HOSTILE]
    register = r.Register(
        key="bad",
        name=f"{bad[0]} {WORDS[0]}",
        description=" / ".join(bad + WORDS),
        purposes=(r.Purpose(description=bad[1], legal_basis="art6-1-a", legitimate_interest=bad[2]),),
        data_subject_categories=(bad[2], WORDS[1]),
        data_categories=(r.DataCategory(name=bad[3], retention=WORDS[2], source=bad[0]),),
        recipients=(r.Recipient(name=bad[1], description=WORDS[3]),),
        retention=f"{bad[2]}\n{WORDS[4]}",
        systems=(bad[0], bad[1]),
        provision_requirement=bad[2],
        transfers=(
            r.Transfer(recipient=bad[0], country="US", mechanism="scc", scc_module=1, safeguards=bad[1]),
        ),
        security_measures=r.SecurityMeasures(electronic=bad[3], manual=WORDS[4]),
        data_subject_rights=bad[1],
    )
    controller = r.Controller(
        key="c",
        name=f"{WORDS[0]} <b>Oy</b> & Co",
        address=bad[2],
        dpo=r.Person(name=WORDS[1], email=bad[1]),
        supervisory_authority=bad[0],
        registers=(register,),
    )
    return r.Workspace(controllers=(controller,))


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    path.write_text(SECRET, encoding="utf-8")  # were it loaded as an image, reportlab would choke or embed it
    return path


def test_escaping_makes_markup_literal() -> None:
    assert esc('<img src="x"/> & <a>') == '&lt;img src="x"/&gt; &amp; &lt;a&gt;'
    assert lines("a <b>\nc & d\x00\x07") == "a &lt;b&gt;<br/>c &amp; d"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_record_prints_hostile_and_non_latin_text_literally(secret: Path, tmp_path: Path, lang: str) -> None:
    workspace = hostile_workspace(secret)
    path = tmp_path / "record.pdf"
    write_record(workspace, path, lang=lang, on=ON, printed=ON)
    _assert_literal(path, secret)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_notice_pdf_prints_hostile_and_non_latin_text_literally(
    secret: Path, tmp_path: Path, lang: str
) -> None:
    workspace = hostile_workspace(secret)
    controller = workspace.controllers[0]
    path = tmp_path / "notice.pdf"
    write_notice(controller, controller.registers[0], workspace, path, lang=lang, on=ON, printed=ON)
    _assert_literal(path, secret)


def _assert_literal(path: Path, secret: Path) -> None:
    content = flat(text(path, body=True))
    for item in HOSTILE:
        assert flat(item.format(secret=secret)) in content, item
    for words in WORDS:
        assert words in content
    raw = path.read_bytes()
    assert SECRET.encode() not in raw
    for loader in (b"/Subtype /Image", b"/URI", b"/Launch", b"/GoToR", b"/JavaScript"):
        assert loader not in raw  # (internal /Link annotations of the contents are fine)
    reader = PdfReader(path)
    for page in reader.pages:
        assert "/Annots" not in page or all(
            annotation.get_object().get("/A", {}).get("/S") != "/URI" for annotation in page["/Annots"]
        )
    assert all(row["emb"] == "yes" for row in fonts(path))


def test_non_latin_text_renders_with_real_glyphs(tmp_path: Path) -> None:
    """The page is rendered and the glyphs are there: not the empty boxes of a missing glyph."""
    register = r.Register(key="x", name="Łódź ř ß å ä ö", description=" ".join(WORDS))
    controller = r.Controller(key="c", name="Česká Łódź", registers=(register,))
    path = tmp_path / "glyphs.pdf"
    write_record(r.Workspace(controllers=(controller,)), path, lang="en", on=ON, printed=ON)
    pages = render(path, tmp_path / "page", first=3, last=3, dpi=60)
    assert pages and pages[0].stat().st_size > 5000
    assert "Łódź ř ß å ä ö" in text(path)


def test_notice_html_escapes_user_text_and_loads_nothing(secret: Path, tmp_path: Path) -> None:
    workspace = hostile_workspace(secret)
    controller = workspace.controllers[0]
    path = tmp_path / "notice.html"
    write_notice(controller, controller.registers[0], workspace, path, lang="fi", on=ON, printed=ON)
    page = path.read_text(encoding="utf-8")
    tags = _tags(page)
    assert not {"img", "a", "script", "font", "b", "iframe", "link"} & {tag for tag, _ in tags}
    assert not [
        name for _, names in tags for name in names if name in ("src", "href") or name.startswith("on")
    ]
    assert "&lt;img src=&quot;" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for words in WORDS:
        assert words in page


def _tags(page: str) -> list[tuple[str, list[str]]]:
    """Every start tag with its attribute names."""
    found: list[tuple[str, list[str]]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, [name for name, _ in attrs]))

    Collect().feed(page)
    return found
