"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 05:44:10.859125
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "controller",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.Column("business_id", sa.String(), server_default="", nullable=False),
        sa.Column("address", sa.String(), server_default="", nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("email", sa.String(), server_default="", nullable=False),
        sa.Column("phone", sa.String(), server_default="", nullable=False),
        sa.Column("website", sa.String(), server_default="", nullable=False),
        sa.Column("representative_name", sa.String(), server_default="", nullable=False),
        sa.Column("representative_address", sa.String(), server_default="", nullable=False),
        sa.Column("representative_email", sa.String(), server_default="", nullable=False),
        sa.Column("representative_phone", sa.String(), server_default="", nullable=False),
        sa.Column("dpo_name", sa.String(), server_default="", nullable=False),
        sa.Column("dpo_email", sa.String(), server_default="", nullable=False),
        sa.Column("dpo_phone", sa.String(), server_default="", nullable=False),
        sa.Column("supervisory_authority", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "processor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.Column("business_id", sa.String(), server_default="", nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("address", sa.String(), server_default="", nullable=False),
        sa.Column("email", sa.String(), server_default="", nullable=False),
        sa.Column("phone", sa.String(), server_default="", nullable=False),
        sa.Column("website", sa.String(), server_default="", nullable=False),
        sa.Column("dpo_name", sa.String(), server_default="", nullable=False),
        sa.Column("dpo_email", sa.String(), server_default="", nullable=False),
        sa.Column("dpo_phone", sa.String(), server_default="", nullable=False),
        sa.Column("services", sa.String(), server_default="", nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("transfer_mechanism", sa.String(), nullable=True),
        sa.Column("scc_module", sa.Integer(), nullable=True),
        sa.Column("safeguards", sa.String(), server_default="", nullable=False),
        sa.Column("notes", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["processor.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("processor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_processor_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "workspace_meta",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "processing_on_behalf",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("controller_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("client_name", sa.String(), server_default="", nullable=False),
        sa.Column("client_business_id", sa.String(), server_default="", nullable=False),
        sa.Column("client_address", sa.String(), server_default="", nullable=False),
        sa.Column("client_email", sa.String(), server_default="", nullable=False),
        sa.Column("client_phone", sa.String(), server_default="", nullable=False),
        sa.Column("client_representative_name", sa.String(), server_default="", nullable=False),
        sa.Column("client_representative_address", sa.String(), server_default="", nullable=False),
        sa.Column("client_representative_email", sa.String(), server_default="", nullable=False),
        sa.Column("client_representative_phone", sa.String(), server_default="", nullable=False),
        sa.Column("client_dpo_name", sa.String(), server_default="", nullable=False),
        sa.Column("client_dpo_email", sa.String(), server_default="", nullable=False),
        sa.Column("client_dpo_phone", sa.String(), server_default="", nullable=False),
        sa.Column("categories_of_processing", sa.String(), server_default="", nullable=False),
        sa.Column("security_measures", sa.String(), server_default="", nullable=False),
        sa.Column("agreement", sa.String(), server_default="", nullable=False),
        sa.Column("agreement_date", sa.Date(), nullable=True),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["controller_id"], ["controller.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("processing_on_behalf", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processing_on_behalf_controller_id"), ["controller_id"], unique=False
        )

    op.create_table(
        "processor_country",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["processor_id"], ["processor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("processor_country", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_processor_country_processor_id"), ["processor_id"], unique=False)

    op.create_table(
        "register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("controller_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("reference", sa.String(), server_default="", nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("department", sa.String(), server_default="", nullable=False),
        sa.Column("description", sa.String(), server_default="", nullable=False),
        sa.Column("contact_name", sa.String(), server_default="", nullable=False),
        sa.Column("contact_email", sa.String(), server_default="", nullable=False),
        sa.Column("contact_phone", sa.String(), server_default="", nullable=False),
        sa.Column("responsible_name", sa.String(), server_default="", nullable=False),
        sa.Column("responsible_email", sa.String(), server_default="", nullable=False),
        sa.Column("responsible_phone", sa.String(), server_default="", nullable=False),
        sa.Column("legal_basis_notes", sa.String(), server_default="", nullable=False),
        sa.Column("national_legal_basis", sa.String(), server_default="", nullable=False),
        sa.Column("sources", sa.String(), server_default="", nullable=False),
        sa.Column("disclosures", sa.String(), server_default="", nullable=False),
        sa.Column("transfers_statement", sa.String(), server_default="", nullable=False),
        sa.Column("retention", sa.String(), server_default="", nullable=False),
        sa.Column("security_electronic", sa.String(), server_default="", nullable=False),
        sa.Column("security_manual", sa.String(), server_default="", nullable=False),
        sa.Column("adm_used", sa.Boolean(), nullable=True),
        sa.Column("adm_description", sa.String(), server_default="", nullable=False),
        sa.Column("dpia_status", sa.String(), nullable=True),
        sa.Column("dpia_reference", sa.String(), server_default="", nullable=False),
        sa.Column("dpia_date", sa.Date(), nullable=True),
        sa.Column("data_subject_rights", sa.String(), server_default="", nullable=False),
        sa.Column("created", sa.Date(), nullable=True),
        sa.Column("last_reviewed", sa.Date(), nullable=True),
        sa.Column("next_review", sa.Date(), nullable=True),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["controller_id"], ["controller.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("register", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_controller_id"), ["controller_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_register_next_review"), ["next_review"], unique=False)

    op.create_table(
        "processing_on_behalf_subprocessor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("processing_on_behalf_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["processing_on_behalf_id"], ["processing_on_behalf.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["processor_id"], ["processor.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("processing_on_behalf_subprocessor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processing_on_behalf_subprocessor_processing_on_behalf_id"),
            ["processing_on_behalf_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_processing_on_behalf_subprocessor_processor_id"),
            ["processor_id"],
            unique=False,
        )

    op.create_table(
        "register_data_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.Column("special", sa.String(), nullable=True),
        sa.Column("retention", sa.String(), server_default="", nullable=False),
        sa.Column("source", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_data_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_data_category_register_id"), ["register_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_register_data_category_special"), ["special"], unique=False)

    op.create_table(
        "register_data_subject_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_data_subject_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_data_subject_category_register_id"),
            ["register_id"],
            unique=False,
        )

    op.create_table(
        "register_dpia_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_dpia_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_dpia_criterion_register_id"), ["register_id"], unique=False
        )

    op.create_table(
        "register_joint_controller",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.Column("contact", sa.String(), server_default="", nullable=False),
        sa.Column("arrangement", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_joint_controller", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_joint_controller_register_id"), ["register_id"], unique=False
        )

    op.create_table(
        "register_processor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=False),
        sa.Column("task", sa.String(), server_default="", nullable=False),
        sa.Column("agreement", sa.String(), server_default="", nullable=False),
        sa.Column("agreement_date", sa.Date(), nullable=True),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["processor_id"], ["processor.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_processor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_processor_processor_id"), ["processor_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_register_processor_register_id"), ["register_id"], unique=False)

    op.create_table(
        "register_purpose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(), server_default="", nullable=False),
        sa.Column("legal_basis", sa.String(), nullable=True),
        sa.Column("legitimate_interest", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_purpose", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_purpose_legal_basis"), ["legal_basis"], unique=False)
        batch_op.create_index(batch_op.f("ix_register_purpose_register_id"), ["register_id"], unique=False)

    op.create_table(
        "register_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("description", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_recipient", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_recipient_register_id"), ["register_id"], unique=False)

    op.create_table(
        "register_special_condition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_special_condition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_register_special_condition_register_id"), ["register_id"], unique=False
        )

    op.create_table(
        "register_system",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("register_system", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_register_system_register_id"), ["register_id"], unique=False)

    op.create_table(
        "transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=True),
        sa.Column("processing_on_behalf_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(), server_default="", nullable=False),
        sa.Column("processor_id", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("mechanism", sa.String(), nullable=True),
        sa.Column("scc_module", sa.Integer(), nullable=True),
        sa.Column("safeguards", sa.String(), server_default="", nullable=False),
        sa.Column("tia", sa.String(), server_default="", nullable=False),
        sa.Column("notes", sa.String(), server_default="", nullable=False),
        sa.Column("extensions", sa.JSON(), nullable=True),
        sa.CheckConstraint("(register_id IS NULL) <> (processing_on_behalf_id IS NULL)", name="one_owner"),
        sa.ForeignKeyConstraint(["processing_on_behalf_id"], ["processing_on_behalf.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["processor_id"], ["processor.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["register_id"], ["register.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_country"), ["country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_transfer_processing_on_behalf_id"),
            ["processing_on_behalf_id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_transfer_processor_id"), ["processor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_register_id"), ["register_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_register_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_processor_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_processing_on_behalf_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_country"))

    op.drop_table("transfer")
    with op.batch_alter_table("register_system", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_system_register_id"))

    op.drop_table("register_system")
    with op.batch_alter_table("register_special_condition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_special_condition_register_id"))

    op.drop_table("register_special_condition")
    with op.batch_alter_table("register_recipient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_recipient_register_id"))

    op.drop_table("register_recipient")
    with op.batch_alter_table("register_purpose", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_purpose_register_id"))
        batch_op.drop_index(batch_op.f("ix_register_purpose_legal_basis"))

    op.drop_table("register_purpose")
    with op.batch_alter_table("register_processor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_processor_register_id"))
        batch_op.drop_index(batch_op.f("ix_register_processor_processor_id"))

    op.drop_table("register_processor")
    with op.batch_alter_table("register_joint_controller", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_joint_controller_register_id"))

    op.drop_table("register_joint_controller")
    with op.batch_alter_table("register_dpia_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_dpia_criterion_register_id"))

    op.drop_table("register_dpia_criterion")
    with op.batch_alter_table("register_data_subject_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_data_subject_category_register_id"))

    op.drop_table("register_data_subject_category")
    with op.batch_alter_table("register_data_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_data_category_special"))
        batch_op.drop_index(batch_op.f("ix_register_data_category_register_id"))

    op.drop_table("register_data_category")
    with op.batch_alter_table("processing_on_behalf_subprocessor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processing_on_behalf_subprocessor_processor_id"))
        batch_op.drop_index(batch_op.f("ix_processing_on_behalf_subprocessor_processing_on_behalf_id"))

    op.drop_table("processing_on_behalf_subprocessor")
    with op.batch_alter_table("register", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_register_next_review"))
        batch_op.drop_index(batch_op.f("ix_register_controller_id"))

    op.drop_table("register")
    with op.batch_alter_table("processor_country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processor_country_processor_id"))

    op.drop_table("processor_country")
    with op.batch_alter_table("processing_on_behalf", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processing_on_behalf_controller_id"))

    op.drop_table("processing_on_behalf")
    op.drop_table("workspace_meta")
    with op.batch_alter_table("processor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processor_parent_id"))

    op.drop_table("processor")
    op.drop_table("controller")
