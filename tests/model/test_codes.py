"""ropa.model.codes is generated from the reference lists: its enums are the loaded lists."""

from __future__ import annotations

from enum import StrEnum

import pytest

from ropa.model import codes
from ropa.reference import CODE_LIST_NAMES, reference


def test_every_code_list_has_an_enum() -> None:
    assert list(codes.BY_CODE_LIST) == list(CODE_LIST_NAMES)
    for enum in codes.BY_CODE_LIST.values():
        assert issubclass(enum, StrEnum)
        assert enum.__name__ in codes.__all__


@pytest.mark.parametrize("name", CODE_LIST_NAMES)
def test_enum_is_the_loaded_list(name: str) -> None:
    """Same members, values and order as the JSON items: the staleness check of the generated file."""
    enum = codes.BY_CODE_LIST[name]
    assert [(m.name, m.value) for m in enum] == [(c.name, c.code) for c in reference().code_list(name)]


def test_members_are_their_codes() -> None:
    assert str(codes.LegalBasis.PUBLIC_TASK) == "art6-1-e"
    assert codes.LegalBasis("art6-1-f") is codes.LegalBasis.LEGITIMATE_INTERESTS
    assert codes.SccModule("2") is codes.SccModule.C2P
    assert str(codes.TransferMechanism.DEROGATION_PUBLIC_REGISTER) == "derogation-49-1-g"
    assert f"{codes.DpiaStatus.IN_PROGRESS}" == "in_progress"
    with pytest.raises(ValueError):
        codes.RegisterStatus("archived")


def test_purpose_kinds() -> None:
    assert [str(k) for k in codes.PurposeKind] == ["direct_marketing", "research_statistics", "archiving"]
    kinds = reference().purpose_kinds
    marketing = kinds.get(codes.PurposeKind.DIRECT_MARKETING)
    assert marketing is not None and marketing.article == "Art. 21(2)-(3)"
    assert kinds.label(codes.PurposeKind.ARCHIVING, "fi") == "yleisen edun mukainen arkistointi"


def test_rights_and_country_status_are_not_reference_lists() -> None:
    assert not hasattr(codes, "Right")
    assert not hasattr(codes, "CountryStatus")
