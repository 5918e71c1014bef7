"""Finnish UI: the .ts covers every string in the code, is fully translated, and the .qm matches it."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_support import column_texts

from ropa.app import Session
from ropa.model import records as r
from ropa.resources import resource_path
from ropa.ui.i18n import install_translators, remove_translators, ui_language
from ropa.ui.register_model import Column
from ropa.ui.sidebar import View
from ropa.ui.transfers_view import TransferColumn

TRANSLATIONS = resource_path("translations")
TS, QM = TRANSLATIONS / "ropa_fi.ts", TRANSLATIONS / "ropa_fi.qm"
ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_source_has_a_finished_translation() -> None:
    messages = _messages(TS)
    assert len(messages) > 30
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), f"{context}: {source!r}"
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        text = translation.text or ""
        assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), source
        assert ("&" in source) == ("&" in text.replace("&&", "")), f"mnemonic of {source!r}"


def test_ts_holds_every_string_the_code_translates(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_fi.ts"
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "ropa" / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True
    )
    assert set(_messages(fresh)) == set(_messages(TS)), "run pyside6-lupdate and translate the new strings"


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "ropa_fi.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM.read_bytes(), (
        "run pyside6-lrelease on resources/translations/ropa_fi.ts"
    )


@pytest.fixture
def finnish(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("ROPA_LANG", "fi")
    language = ui_language()
    translators = install_translators(qapp, language)
    assert len(translators) == 2  # Ropa's and Qt's own (standard buttons)
    yield language
    remove_translators(qapp, translators)


def test_finnish_window(finnish: str, make_window, seeded_workspace: Session) -> None:
    window = make_window(seeded_workspace.path, language=finnish)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["Tiedosto", "Muokkaa", "Näytä", "Rekisterinpitäjä", "Rekisteri", "Käsittelijä", "Ohje"]
    items = [action.text().replace("&", "") for action in window.file_menu.actions() if action.text()]
    assert items == [
        "Uusi työtila…",
        "Avaa työtila…",
        "Yhdistä palvelimeen…",
        "Avaa viimeisimmät",
        "Avaa esittelytyötila",
        "Tuo…",
        "Tuo muutoshistorian kanssa…",
        "Tuo tietosuojaselosteita…",
        "Vie työtila…",
        "Vie muutoshistorian kanssa…",
        "Vie rekisterinpitäjä…",
        "Vie puuteraportti…",
        "Tulostuksen esikatselu…",
        "Tulosta…",
        "Tallenna työtila nimellä…",
        "Varmuuskopiot…",
        "Lopeta",
    ]
    headers = [window.model.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert headers == [
        "Rekisteri",
        "Rekisterinpitäjä",
        "Yksikkö",
        "Tila",
        "Seuraava tarkastus",
        "Käsittelijät",
        "Siirrot",
    ]
    assert set(column_texts(window.model, Column.STATUS)) == {"Voimassa"}
    assert window.filter_edit.placeholderText() == "Suodata rekistereitä"
    assert window.status_text().startswith("3 rekisteriä")
    window.filter_edit.setText("kemi")
    assert window.status_text().startswith("1 / 3 rekisteriä")
    sidebar = window.sidebar_model
    assert sidebar.index(0, 0).data() == "Kaikki rekisterinpitäjät"
    views = sidebar.index_of(None)
    assert [sidebar.index(n, 0, views).data() for n in range(sidebar.rowCount(views))] == [
        "Rekisterit",
        "Käsittelijät",
        "Siirrot",
        "Toimeksiannosta (30(2))",
        "Koontinäkymä",
    ]
    register = window.workspace.get(r.Register, "kemi-viestinta")
    window.save_register("kemi-viestinta", dataclasses.replace(register, retention="10 vuotta"))
    window.edit_menu.aboutToShow.emit()
    assert window.undo_action.text() == (
        "&Kumoa Muuta kohtaa Säilytysaika: Viestinnän ja markkinoinnin tietosuojaseloste"
    )
    window.show_view("kemi", View.TRANSFERS)
    rows = window.transfers_page.model
    assert rows.index(0, TransferColumn.STATUS).data().startswith("Riittävyyspäätös")
    assert window.registers_page.transfers_check.text() == "Siirrot"


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROPA_LANG", "fi")
    assert ui_language() == "fi"
    monkeypatch.setenv("ROPA_LANG", "en")
    assert ui_language() == "en"
    monkeypatch.setenv("ROPA_LANG", "FI_fi")
    assert ui_language() == "fi"
    monkeypatch.setenv("ROPA_LANG", "klingon")  # unknown: the system locale decides
    assert ui_language() in ("en", "fi")


def test_english_needs_no_translator(qapp: QApplication) -> None:
    assert install_translators(qapp, "en") == []
