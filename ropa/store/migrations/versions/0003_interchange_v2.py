"""interchange version 2: adequacy scope, mechanisms per country, processor representative and TIA,
public authorities, the Art. 10 basis, the Art. 13(2)(e) statement and purpose kinds

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.String(), server_default="", nullable=False)


def _scope() -> list[sa.Column[Any]]:
    return [
        sa.Column("adequacy_scope_confirmed", sa.Boolean(), nullable=True),
        sa.Column("adequacy_scope_checked_on", sa.Date(), nullable=True),
        _text("adequacy_scope_evidence"),
    ]


def upgrade() -> None:
    with op.batch_alter_table("processor") as batch:
        for column in [
            _text("tia"),
            *_scope(),
            _text("representative_name"),
            _text("representative_address"),
            _text("representative_email"),
            _text("representative_phone"),
        ]:
            batch.add_column(column)
    with op.batch_alter_table("transfer") as batch:
        for column in _scope():
            batch.add_column(column)
    with op.batch_alter_table("controller") as batch:
        batch.add_column(sa.Column("public_authority", sa.Boolean(), nullable=True))
    with op.batch_alter_table("register") as batch:
        batch.add_column(_text("criminal_data_basis"))
        batch.add_column(_text("provision_requirement"))
    with op.batch_alter_table("register_purpose") as batch:
        batch.add_column(sa.Column("kind", sa.String(), nullable=True))
    op.create_table(
        "processor_country_mechanism",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("mechanism", sa.String(), nullable=True),
        sa.Column("scc_module", sa.Integer(), nullable=True),
        _text("safeguards"),
        _text("tia"),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["processor_id"], ["processor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_processor_country_mechanism_processor_id"), "processor_country_mechanism", ["processor_id"]
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_processor_country_mechanism_processor_id"), table_name="processor_country_mechanism"
    )
    op.drop_table("processor_country_mechanism")
    with op.batch_alter_table("register_purpose") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("register") as batch:
        batch.drop_column("provision_requirement")
        batch.drop_column("criminal_data_basis")
    with op.batch_alter_table("controller") as batch:
        batch.drop_column("public_authority")
    with op.batch_alter_table("transfer") as batch:
        for name in ("adequacy_scope_evidence", "adequacy_scope_checked_on", "adequacy_scope_confirmed"):
            batch.drop_column(name)
    with op.batch_alter_table("processor") as batch:
        for name in (
            "representative_phone",
            "representative_email",
            "representative_address",
            "representative_name",
            "adequacy_scope_evidence",
            "adequacy_scope_checked_on",
            "adequacy_scope_confirmed",
            "tia",
        ):
            batch.drop_column(name)
