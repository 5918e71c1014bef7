"""File › Connect to Server…: open a team workspace on a PostgreSQL server.

The dialog asks for the server's address in parts (host, port, database, user, SSL mode) and
builds a ``postgresql://`` address from them (:func:`ropa.app.location.server_address`, never
with a password). A password typed here is handed to the first connection attempt only and
then forgotten by the dialog: libpq looks in ``PGPASSWORD`` and the pgpass file first, and the
connection keeps what worked in the process's memory (:meth:`ropa.app.Session.reopen`); Ropa
writes no password anywhere. "Remember this server" puts the address into Open Recent.

:func:`password_prompt` is what the window hands to ``Session.open``: it answers with the typed
password first, then asks in a small password dialog (after a wrong password, or when a recent
server or ``ropa gui --db postgresql://…`` wants one).
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ropa.app.location import server_address
from ropa.app.session import PasswordPrompt

DEFAULT_PORT = 5432
# libpq's sslmode values, the default first.
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


class ConnectDialog(QDialog):
    """The parts of a server address, an optional password used once, and "Remember this server"."""

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to Server"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("ropa")
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("your database role"))
        self.ssl_mode = QComboBox()
        for mode in SSL_MODES:
            self.ssl_mode.addItem(mode, mode)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from PGPASSWORD or pgpass when empty"))
        self.remember = QCheckBox(self.tr("Remember this server (in Open Recent, without the password)"))
        self.remember.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&SSL mode:"), self.ssl_mode)
        form.addRow(self.tr("Pass&word:"), self.password)
        note = QLabel(
            self.tr(
                "The password is used for this connection only and never stored by Ropa. "
                "Without one, PGPASSWORD or your pgpass file is used, or you are asked."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        for edit in (self.host, self.database):
            edit.textChanged.connect(self._update)
        if address:
            self.set_address(address)
        self._update()

    def _update(self) -> None:
        self.connect_button.setEnabled(bool(self.host.text().strip() and self.database.text().strip()))

    def set_address(self, address: str) -> None:
        """Fill the fields from an address (e.g. the last server used); its password is ignored."""
        parts = urlsplit(address)
        query = dict(parse_qsl(parts.query))
        self.host.setText(query.pop("host", "") or parts.hostname or "")
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        mode = query.get("sslmode", SSL_MODES[0])
        self.ssl_mode.setCurrentIndex(max(0, self.ssl_mode.findData(mode)))

    def address(self) -> str:
        """The ``postgresql://`` address of the fields (no password in it)."""
        host = self.host.text().strip()
        parameters = {}
        mode = str(self.ssl_mode.currentData())
        if mode != SSL_MODES[0]:
            parameters["sslmode"] = mode
        port = self.port.value()
        return server_address(
            host,
            self.database.text().strip(),
            user=self.user.text().strip(),
            port=None if port == DEFAULT_PORT or host.startswith("/") else port,
            **parameters,
        )

    def take_password(self) -> str:
        """The typed password, once: the field is emptied, so the dialog holds it no longer."""
        typed = self.password.text()
        self.password.clear()
        return typed


def password_prompt(parent: QWidget | None, typed: str = "") -> PasswordPrompt:
    """What ``Session.open`` asks when the server wants a password libpq did not find.

    The first answer is ``typed`` (the Connect dialog's field) when there is one; after that, or
    without one, a password dialog asks (the server refused the last one, or none was found).
    Cancel gives up (None). Nothing is kept here after the connection is made.
    """
    pending = [typed] if typed else []
    asked = [0]

    def prompt(location: str) -> str | None:
        if pending:
            return pending.pop()
        asked[0] += 1
        translate = QCoreApplication.translate
        text = (
            translate("connect", "Password for {location}:")
            if asked[0] == 1 and not typed
            else translate("connect", "The server did not accept the password. Password for {location}:")
        ).format(location=location)
        answer, ok = QInputDialog.getText(
            parent, translate("connect", "Server Password"), text, QLineEdit.EchoMode.Password
        )
        return answer if ok else None

    return prompt
