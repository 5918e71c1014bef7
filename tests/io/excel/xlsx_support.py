"""Helpers for the Excel tests: a workspace with every field filled, LibreOffice, workbook access."""

from __future__ import annotations

import csv
import dataclasses
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ropa.model import records as r
from ropa.model.catalogue import entity
from ropa.model.fields import Kind
from ropa.reference import reference

PROCESSORS = ("p-one", "p-two")


def filled(record: type, seed: str, *, extensions: bool = False, own_key: str = "") -> Any:
    """``record`` with every field of the catalogue holding a value (lists two items): a field added
    to the record is filled here without editing this function."""
    values: dict[str, Any] = {}
    for index, spec in enumerate(entity(record).fields):
        tag = f"{seed}.{spec.name}"
        kind = spec.kind
        if kind is Kind.KEY:
            values[spec.name] = own_key or f"{seed}-key"
        elif kind is Kind.TEXT:
            values[spec.name] = f"{spec.label('fi')} {tag} – äö"
        elif kind is Kind.TEXTS:
            values[spec.name] = (f"{tag} first", f"{tag} second")
        elif kind is Kind.CODE:
            codes = list(reference().code_list(spec.codes).codes)
            values[spec.name] = sorted(codes)[index % len(codes)]
        elif kind is Kind.CODES:
            values[spec.name] = tuple(sorted(reference().code_list(spec.codes).codes)[:2])
        elif kind is Kind.COUNTRY:
            values[spec.name] = ("US", "intl:epo", "XK", "GB")[index % 4]
        elif kind is Kind.COUNTRIES:
            values[spec.name] = ("US", "IE", "intl:un")
        elif kind is Kind.DATE:
            values[spec.name] = date(2025, 1 + index % 12, 1 + index % 28)
        elif kind is Kind.FLAG:
            values[spec.name] = bool(index % 2)
        elif kind is Kind.SCC_MODULE:
            values[spec.name] = 1 + index % 4
        elif kind is Kind.REF:
            values[spec.name] = PROCESSORS[0] if own_key != PROCESSORS[0] else None
        elif kind is Kind.REFS:
            values[spec.name] = PROCESSORS
        elif kind in (Kind.OBJECT, Kind.OPTIONAL):
            assert spec.record is not None
            values[spec.name] = filled(spec.record, tag, extensions=extensions)
        elif kind is Kind.LIST:
            assert spec.record is not None
            keyed = entity(spec.record).keyed
            values[spec.name] = tuple(
                filled(
                    spec.record,
                    f"{tag}{i}",
                    extensions=extensions,
                    own_key=f"{seed}-{spec.name}-{i}" if keyed else "",
                )
                for i in (1, 2)
            )
    for spec in entity(record).fields:
        if spec.only_with is not None:  # an SCC module only with SCC
            sibling, wanted = spec.only_with
            values[sibling] = wanted
    if extensions:
        values["extensions"] = {"x-test": [seed, 1, None, {"deep": True}]}
    return record(**values)


def filled_workspace(*, extensions: bool = False) -> r.Workspace:
    processors = tuple(
        filled(r.Processor, f"proc{i}", extensions=extensions, own_key=key)
        for i, key in enumerate(PROCESSORS)
    )
    processors = (dataclasses.replace(processors[0], parent=None), processors[1])
    controllers = tuple(filled(r.Controller, f"c{i}", extensions=extensions, own_key=f"c{i}") for i in (1, 2))
    return r.Workspace(
        processors=processors,
        controllers=controllers,
        extensions={"x-root": {"a": [1, 2]}} if extensions else None,
    )


def libreoffice() -> str:
    """The LibreOffice command, installed when missing and possible; else skip (fail under CI)."""
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600, check=False)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "libreoffice-calc-nogui"],
            env=env,
            capture_output=True,
            timeout=1200,
            check=False,
        )
        found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        reason = "LibreOffice is not installed and cannot be installed here (needs root and apt-get)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def convert(workbook: Path, target: str, out: Path) -> list[Path]:
    """Run LibreOffice headless on ``workbook`` with a private profile (tests may run side by side)."""
    out.mkdir(parents=True, exist_ok=True)
    profile = out / "profile"
    result = subprocess.run(
        [
            libreoffice(),
            f"-env:UserInstallation={profile.resolve().as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(workbook),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return sorted(p for p in out.iterdir() if p.is_file())


#: Every sheet to its own UTF-8 CSV, cell contents as stored (LibreOffice's "sheet -1" option).
ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def sheets_as_csv(workbook: Path, out: Path) -> dict[str, list[list[str]]]:
    """Each sheet of ``workbook`` as LibreOffice reads it: title -> rows of cell texts."""
    found: dict[str, list[list[str]]] = {}
    for path in convert(workbook, ALL_SHEETS_CSV, out):
        if path.suffix == ".csv":
            title = path.stem[len(workbook.stem) + 1 :]
            with path.open(encoding="utf-8", newline="") as handle:
                found[title] = list(csv.reader(handle))
    return found
