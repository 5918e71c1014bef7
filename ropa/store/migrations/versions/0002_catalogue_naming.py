"""columns named by the catalogue's rule; extensions packed by path in every table

Embedded objects' columns are ``<field>_<member>`` (contact_person_name, not contact_name), so the
storage mapping follows the field catalogue without a list of exceptions; the ``extensions`` of
list rows are packed by path like those of root rows (``{"": {...}}``), so embedded objects in
list rows keep theirs too.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

RENAMED = {
    "contact_name": "contact_person_name",
    "contact_email": "contact_person_email",
    "contact_phone": "contact_person_phone",
    "responsible_name": "responsible_person_name",
    "responsible_email": "responsible_person_email",
    "responsible_phone": "responsible_person_phone",
    "security_electronic": "security_measures_electronic",
    "security_manual": "security_measures_manual",
    "adm_used": "automated_decision_making_used",
    "adm_description": "automated_decision_making_description",
}
LIST_TABLES_WITH_EXTENSIONS = (
    "register_joint_controller",
    "register_purpose",
    "register_data_category",
    "register_recipient",
    "register_processor",
    "transfer",
)


def _pack(table: str) -> str:
    if op.get_bind().dialect.name == "postgresql":
        return (
            f"UPDATE {table} SET extensions = json_build_object('', extensions) WHERE extensions IS NOT NULL"
        )
    return f"UPDATE {table} SET extensions = json_object('', json(extensions)) WHERE extensions IS NOT NULL"


def _unpack(table: str) -> str:
    if op.get_bind().dialect.name == "postgresql":
        return f"UPDATE {table} SET extensions = extensions -> '' WHERE extensions IS NOT NULL"
    return f"UPDATE {table} SET extensions = json_extract(extensions, '$.\"\"') WHERE extensions IS NOT NULL"


def upgrade() -> None:
    for old, new in RENAMED.items():
        op.execute(f"ALTER TABLE register RENAME COLUMN {old} TO {new}")
    for table in LIST_TABLES_WITH_EXTENSIONS:
        op.execute(_pack(table))


def downgrade() -> None:
    for table in LIST_TABLES_WITH_EXTENSIONS:
        op.execute(_unpack(table))
    for old, new in RENAMED.items():
        op.execute(f"ALTER TABLE register RENAME COLUMN {new} TO {old}")
