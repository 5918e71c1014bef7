"""row versions: the keyed records count their changes, so concurrent edits conflict instead of overwriting

Controllers, registers, processors and Art. 30(2) records get ``row_version`` (1 for every
existing row), which every change counts up; an update names the version it read.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ("controller", "processor", "register", "processing_on_behalf")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
