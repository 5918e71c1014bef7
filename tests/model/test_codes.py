"""The StrEnums of the model and the shipped reference lists name the same codes."""

from __future__ import annotations

from enum import StrEnum

import pytest

from ropa.model import codes
from ropa.reference import reference

PAIRS = {
    "legal_bases": codes.LegalBasis,
    "art9_conditions": codes.Art9Condition,
    "special_categories": codes.SpecialCategory,
    "transfer_mechanisms": codes.TransferMechanism,
    "scc_modules": codes.SccModule,
    "dpia_criteria": codes.DpiaCriterion,
    "register_statuses": codes.RegisterStatus,
    "recipient_kinds": codes.RecipientKind,
    "dpia_statuses": codes.DpiaStatus,
}


@pytest.mark.parametrize("name", PAIRS)
def test_enum_matches_reference(name: str) -> None:
    enum: type[StrEnum] = PAIRS[name]
    assert {member.value for member in enum} == reference().code_list(name).codes
