"""The packaging files agree with each other and with Ropa, without building anything."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ropa import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
MIME_TYPE = "application/x-ropa-workspace"
APPSTREAM_ID = "io.github.ropa.Ropa"


def load(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "ropa.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_workspaces_in_the_window() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application" and entry["Icon"] == "ropa"
    assert entry["Exec"] == "ropa gui %f"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["StartupWMClass"] == "Ropa"  # Qt's xcb WM_CLASS class: the application name
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate not installed")
def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "ropa.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_mime_type_claims_ropa_files() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime,) = ET.parse(LINUX / "ropa-mime.xml").getroot().findall("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.ropa"]
    assert mime.find("m:sub-class-of", ns).get("type") == "application/vnd.sqlite3"  # type: ignore[union-attr]


def test_the_metainfo_names_this_version_and_the_desktop_entry() -> None:
    root = ET.parse(LINUX / f"{APPSTREAM_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APPSTREAM_ID
    assert root.findtext("launchable") == "ropa.desktop"
    assert root.find("provides/mediatype").text == MIME_TYPE  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli not installed")
def test_the_metainfo_is_valid() -> None:
    metainfo = LINUX / f"{APPSTREAM_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_changelog_has_this_version() -> None:
    assert f"## [{__version__}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_windows_installer_is_per_user_and_keeps_workspaces() -> None:
    iss = (PACKAGING / "windows" / "ropa.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "ChangesAssociations=yes" in iss
    assert '".ropa"' in iss and "ropaw.exe" in iss
    assert "{userappdata}" not in iss.split("[UninstallDelete]")[-1]  # workspaces stay
    assert f'#define AppVersion "{__version__}"' in iss


def test_the_spec_and_scripts_are_python_and_shell() -> None:
    compile((PACKAGING / "ropa.spec").read_text(encoding="utf-8"), "ropa.spec", "exec")
    for script in ("install.sh", "uninstall.sh"):
        result = subprocess.run(["sh", "-n", str(LINUX / script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert os.access(LINUX / script, os.X_OK)


def test_a_double_clicked_workspace_opens_in_the_window() -> None:
    entry = load("ropa_entry")
    assert entry.arguments(["C:/Users/a/w.ropa"]) == ["gui", "C:/Users/a/w.ropa"]  # type: ignore[attr-defined]
    assert entry.arguments(["export", "w.ropa"]) == ["export", "w.ropa"]  # type: ignore[attr-defined]
    assert entry.arguments([]) == []  # type: ignore[attr-defined]


def test_the_icon_set_is_rendered_from_the_svg(tmp_path: Path, qapp: object) -> None:
    icons = load("icons")  # uses pytest-qt's QApplication: a QGuiApplication of its own would abort
    pngs = icons.build(tmp_path)  # type: ignore[attr-defined]
    assert sorted(pngs) == [16, 22, 24, 32, 48, 64, 128, 256]
    from PySide6.QtGui import QImage

    for size, path in pngs.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # something was drawn
    assert (tmp_path / "ropa.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (tmp_path / "ropa.icns").read_bytes()[:4] == b"icns"


def test_the_window_quits_after_its_first_paint_when_asked(tmp_path: Path) -> None:
    workspace = tmp_path / "w.ropa"
    env = {
        **os.environ,
        "ROPA_QUIT_AFTER_FIRST_PAINT": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "ROPA_LOG_DIR": str(tmp_path / "log"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "ropa", "gui", str(workspace)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert workspace.is_file()  # `ropa gui FILE` opened (created) that workspace
