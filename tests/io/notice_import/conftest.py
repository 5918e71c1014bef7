"""Fixtures for the notice importer: the notices the tests make, in a tmp dir per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.io.notice_import import NoticeDraft, read_notice
from tests.io.notice_import.accuracy import fixture_drafts
from tests.io.notice_import.makers import MAKERS


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, NoticeDraft]:
    return fixture_drafts(MAKERS, tmp_path_factory.mktemp("notices"))


@pytest.fixture
def kemi_notice() -> Path:
    return Path(__file__).parents[2] / "fixtures" / "notices" / "kemi_numbered.txt"


def read(path: Path) -> NoticeDraft:
    return read_notice(path)
