"""Which table keeps each list field of the record, by name: the schema's layout without SQLAlchemy.

:data:`ropa.store.schema.LISTS` says the same with the table models; this module repeats it as
plain names so that reading a workspace (``ropa check``, the window's snapshot) needs neither
SQLAlchemy nor SQLModel imported. ``tests/store/test_layout.py`` holds the two equal.
"""

from __future__ import annotations

from dataclasses import dataclass

from ropa.model import records as r


@dataclass(frozen=True, slots=True)
class Place:
    """Where one list field of a record is kept: its table, the owner column, the value column
    (of a list of plain values; a list of records spreads each record over the table's columns)."""

    table: str
    owner: str
    value: str = ""


#: The tables of the records kept with no owner: the roots of a workspace.
ROOT_TABLES: dict[type, str] = {r.Processor: "processor", r.Controller: "controller"}

#: Workspace-wide values, and the name of the row holding the document's top-level ``extensions``.
META_TABLE = "workspace_meta"
ROOT_EXTENSIONS = "extensions"

#: The change history's entries: every change adds one in its own transaction, so the highest id
#: names the state a reading saw (two readings with the same one saw the same workspace).
HISTORY_TABLE = "history_change"

#: Every list field of the record, by (record type, field path inside it), and its table.
PLACES: dict[tuple[type, str], Place] = {
    (r.Workspace, "processors"): Place("processor", ""),
    (r.Workspace, "controllers"): Place("controller", ""),
    (r.Processor, "processing_countries"): Place("processor_country", "processor_id", "country"),
    (r.Processor, "country_mechanisms"): Place("processor_country_mechanism", "processor_id"),
    (r.Controller, "registers"): Place("register", "controller_id"),
    (r.Controller, "processing_on_behalf"): Place("processing_on_behalf", "controller_id"),
    (r.Register, "joint_controllers"): Place("register_joint_controller", "register_id"),
    (r.Register, "purposes"): Place("register_purpose", "register_id"),
    (r.Register, "special_category_conditions"): Place(
        "register_special_condition", "register_id", "condition"
    ),
    (r.Register, "data_subject_categories"): Place("register_data_subject_category", "register_id", "name"),
    (r.Register, "data_categories"): Place("register_data_category", "register_id"),
    (r.Register, "recipients"): Place("register_recipient", "register_id"),
    (r.Register, "processors"): Place("register_processor", "register_id"),
    (r.Register, "transfers"): Place("transfer", "register_id"),
    (r.Register, "systems"): Place("register_system", "register_id", "name"),
    (r.Register, "dpia.criteria"): Place("register_dpia_criterion", "register_id", "criterion"),
    (r.ProcessingOnBehalf, "subprocessors"): Place(
        "processing_on_behalf_subprocessor", "processing_on_behalf_id", "processor_id"
    ),
    (r.ProcessingOnBehalf, "transfers"): Place("transfer", "processing_on_behalf_id"),
}
