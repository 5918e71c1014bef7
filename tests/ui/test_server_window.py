"""The window on a team workspace on a PostgreSQL server: opened from an address, from File ›
Connect to Server… (the password typed once, never stored) and from Open Recent; it edits,
undoes, loads its filter facts and exports through worker threads that reuse the connection's
credentials."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from support import SEED_DOCUMENTS, load_fixture

from ropa.app import Session
from ropa.io.interchange import read_document
from ropa.model import records as r
from ropa.ui import app as app_module
from ropa.ui.connect_dialog import ConnectDialog
from ropa.ui.main_window import MainWindow
from ropa.ui.recent import RecentFiles

TODAY = date(2026, 11, 25)
KEY = "kemi-viestinta"


@pytest.fixture
def server(postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A seeded workspace in a fresh database of the test cluster; dropped afterwards."""
    monkeypatch.setenv("ROPA_BACKUP_DIR", str(tmp_path / "backups"))
    name = postgres.create_database()
    address = postgres.url(name)
    with Session.open(address) as ws:
        for document in SEED_DOCUMENTS[1:]:
            ws.import_records(read_document(load_fixture(document)))
    yield postgres, name, address
    postgres.drop_database(name)


def _no_password_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def test_the_window_edits_undoes_and_exports_on_the_server(make_window, server, qtbot, tmp_path) -> None:
    _, _, address = server
    window = make_window(address, today=TODAY)
    window.use_record_editors()
    assert window.workspace is not None and window.workspace.is_server
    assert window.windowTitle() == f"{address} — Ropa" and window.path_label.text() == address
    assert KEY in {s.key for s in window.workspace.register_summaries()}
    assert window.wait_for_facts()  # loaded by a worker with its own connection
    window.go_to_register(KEY)
    editor = window.registers_page.slot.widget()
    assert window.save_register(KEY, dataclasses.replace(editor.value(), retention="On the server"))
    with Session.open(address, create=False) as colleague:
        assert colleague.get(r.Register, KEY).retention == "On the server"
    window.undo_action.trigger()
    with Session.open(address, create=False) as colleague:
        assert colleague.get(r.Register, KEY).retention != "On the server"
    target = tmp_path / "export.json"
    assert window.export_file(target) is not None
    qtbot.waitUntil(lambda: window.current_task is None, timeout=60_000)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert KEY in {reg["key"] for c in document["controllers"] for reg in c.get("registers", [])}


def test_connect_to_server_uses_the_typed_password_once_and_remembers_no_password(
    make_window, server, monkeypatch, tmp_path, settings: QSettings, qtbot
) -> None:
    cluster, name, address = server
    _no_password_from_the_environment(monkeypatch, tmp_path)
    filled: list[ConnectDialog] = []

    def exec_(dialog: ConnectDialog) -> int:
        filled.append(dialog)
        dialog.host.setText(cluster.host)
        dialog.port.setValue(cluster.port)
        dialog.database.setText(name)
        dialog.user.setText(cluster.admin)
        dialog.password.setText(cluster.password)
        assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
        assert dialog.remember.isChecked()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    window = make_window(today=TODAY)
    assert window.connect_to_server()
    assert window.workspace is not None and window.workspace.location == address
    assert filled[0].password.text() == ""  # the dialog let go of it
    assert window.wait_for_facts()  # the worker reused the connection's password, asked nothing
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert cluster.password not in stored
    assert RecentFiles(settings).entries() == [address]
    window.recent_menu.aboutToShow.emit()
    [entry] = [action for action in window.recent_menu.actions() if action.data()]
    assert entry.data() == address

    # Open Recent asks for the password (nothing stored it); a wrong one is asked again
    asked: list[str] = []
    answers = ["wrong", cluster.password]

    def get_text(_parent, _title, label, _mode) -> tuple[str, bool]:
        asked.append(label)
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    other = make_window(today=TODAY)
    other.recent_menu.aboutToShow.emit()
    [entry] = [action for action in other.recent_menu.actions() if action.data()]
    entry.trigger()
    assert other.workspace is not None and other.workspace.location == address
    assert asked == [
        f"Password for {address}:",
        f"The server did not accept the password. Password for {address}:",
    ]


def test_a_server_without_remember_stays_out_of_open_recent(
    make_window, server, monkeypatch, settings: QSettings
) -> None:
    cluster, name, address = server

    def exec_(dialog: ConnectDialog) -> int:
        dialog.set_address(address)
        dialog.remember.setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConnectDialog, "exec", exec_)
    window = make_window(today=TODAY)
    assert window.connect_to_server()
    assert window.workspace is not None and window.workspace.location == address
    assert RecentFiles(settings).entries() == []


def test_ropa_gui_db_address_opens_the_window_on_the_server_and_asks_the_password(
    qapp, server, monkeypatch, tmp_path, settings: QSettings
) -> None:
    """What ``ropa gui --db postgresql://…`` runs: ``ropa.ui.app.run`` with the address."""
    cluster, _, address = server
    _no_password_from_the_environment(monkeypatch, tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: (cluster.password, True))
    seen: dict[str, object] = {}

    def fake_exec(app: QApplication) -> int:
        app.processEvents()
        [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.update(
            title=window.windowTitle(), server=window.workspace is not None and window.workspace.is_server
        )
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setenv("ROPA_LANG", "en")
    assert app_module.run(address, [], settings=settings) == 0
    assert seen == {"title": f"{address} — Ropa", "server": True}


def test_the_connect_dialog_builds_the_address_from_its_fields(qtbot) -> None:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert not dialog.connect_button.isEnabled()
    dialog.host.setText("db.example.org")
    dialog.user.setText("alice")
    assert dialog.connect_button.isEnabled()
    assert dialog.address() == "postgresql://alice@db.example.org/ropa"
    dialog.port.setValue(5433)
    dialog.ssl_mode.setCurrentIndex(dialog.ssl_mode.findData("verify-full"))
    assert dialog.address() == "postgresql://alice@db.example.org:5433/ropa?sslmode=verify-full"
    again = ConnectDialog(address="postgresql://bob:secret@db.example.org:5433/team?sslmode=require")
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == (
        "db.example.org",
        5433,
        "team",
        "bob",
    )
    assert (
        again.password.text() == ""
        and again.address() == "postgresql://bob@db.example.org:5433/team?sslmode=require"
    )


def test_an_auditor_opens_and_exports_but_a_save_is_refused_in_one_line(
    make_window, server, monkeypatch, qtbot, tmp_path
) -> None:
    """A role that may only read (here the built-in pg_read_all_data) opens the window and
    exports; a save is refused with the server's one line, and nothing changes."""
    cluster, name, address = server
    cluster.execute("DROP ROLE IF EXISTS ropa_ui_auditor")
    cluster.execute("CREATE ROLE ropa_ui_auditor LOGIN PASSWORD 'auditor' IN ROLE pg_read_all_data")
    try:
        monkeypatch.setenv("PGPASSWORD", "auditor")
        auditor = cluster.url(name, "ropa_ui_auditor")
        window = make_window(auditor, today=TODAY)
        window.use_record_editors()
        assert window.workspace is not None and window.workspace.user() == "ropa_ui_auditor"
        window.go_to_register(KEY)
        editor = window.registers_page.slot.widget()
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
        assert not window.save_register(KEY, dataclasses.replace(editor.value(), retention="audited"))
        [line] = warnings
        assert line.startswith(f"{auditor}: permission denied: ") and "ask the workspace's owner" in line
        assert window.export_file(tmp_path / "audit.json") is not None
        qtbot.waitUntil(lambda: window.current_task is None, timeout=60_000)
        assert json.loads((tmp_path / "audit.json").read_text(encoding="utf-8"))["controllers"]
        window.close()
    finally:
        monkeypatch.setenv("PGPASSWORD", cluster.password or "")
        cluster.drop_database(name)  # its connections first: the role cannot go while they are open
        cluster.execute("DROP ROLE IF EXISTS ropa_ui_auditor")


def test_privacy_notices_import_into_a_server_workspace(make_window, server, qtbot) -> None:
    """File › Import Privacy Notices… reads and stores through worker sessions on the server too."""
    from PySide6.QtCore import Qt
    from support import FIXTURES

    from ropa.ui.notice_review import NoticeReviewDialog, import_notices

    _, _, address = server
    window = make_window(address, today=TODAY)
    assert import_notices(window, [FIXTURES / "notices" / "imatra_headings.html"]) is not None
    qtbot.waitUntil(lambda: window.findChild(NoticeReviewDialog) is not None, timeout=60_000)
    dialog = window.findChild(NoticeReviewDialog)
    assert isinstance(dialog, NoticeReviewDialog)
    assert dialog.plan.placements[0].match.key == "imatran-lampo"  # matched by business ID on the server
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    name = dialog.plan.placements[0].draft.register.name
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_task is None, timeout=60_000)
    with Session.open(address, create=False) as colleague:
        imatra = colleague.get(r.Controller, "imatran-lampo")
    assert name in [register.name for register in imatra.registers]


def test_the_dashboard_loads_on_the_server(make_window, server) -> None:
    """The dashboard's worker opens its own session through `Session.reopen`, as the others do."""
    from ropa.ui.sidebar import View

    _, _, address = server
    window = make_window(address, today=TODAY)
    window.show()
    window.show_view(None, View.DASHBOARD)
    page = window.dashboard_page
    assert page.wait()
    assert page.dashboard is not None and page.dashboard.registers > 0
