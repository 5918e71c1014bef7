"""Compliance checks: what is missing, wrong, risky or overdue in a workspace.

``run_checks(workspace, on)`` runs every rule; ``check_register`` runs those of one register (the
editor). Importing this package registers the rules of its modules.
"""

from ropa.model.checks import assessment_rules, completeness, lawfulness, processor_rules, transfer_rules
from ropa.model.checks.engine import (
    Finding,
    Rule,
    Severity,
    check_register,
    documented_rules,
    run_checks,
)

__all__ = [
    "Finding",
    "Rule",
    "Severity",
    "assessment_rules",
    "check_register",
    "completeness",
    "documented_rules",
    "lawfulness",
    "processor_rules",
    "run_checks",
    "transfer_rules",
]
