"""Time the headless paths at scale: demo build, validation, import, listing, opening and saving a
register, snapshot, export, transfers, checks; on SQLite and on PostgreSQL side by side.

    .venv/bin/python benchmarks/bench_workspace.py [--registers 10000] [--engine sqlite|postgresql|both]
                                                   [--url postgresql://USER@HOST/EMPTY_DATABASE]

Without ``--url`` the PostgreSQL figures come from a throwaway cluster started for the run
(tests/pg_cluster.py: durable settings, 127.0.0.1; skipped with the reason where none can start).
Figures are printed, not asserted: speed goals are tracked here, not in timed tests.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ropa.app import Session
from ropa.demo import build_demo
from ropa.io.interchange import dumps, parse_json, read_document
from ropa.model import records as r
from ropa.model.checks import check_register, run_checks
from ropa.model.transfers import ProcessorCatalogue, transfer_rows

T = TypeVar("T")
TODAY = date(2026, 11, 24)
SAMPLE = 100  # registers opened and saved one by one


class Figures:
    """Step -> milliseconds per engine, printed as one table at the end."""

    def __init__(self) -> None:
        self.steps: dict[str, dict[str, str]] = {}
        self.engines: list[str] = []

    def timed(self, engine: str, label: str, action: Callable[[], T], *, per: int = 1) -> T:
        start = time.perf_counter()
        result = action()
        elapsed = 1000 * (time.perf_counter() - start) / per
        self.note(engine, label, f"{elapsed:.1f} ms" if elapsed < 10 else f"{elapsed:.0f} ms")
        return result

    def note(self, engine: str, label: str, value: object) -> None:
        if engine not in self.engines:
            self.engines.append(engine)
        self.steps.setdefault(label, {})[engine] = str(value)
        print(f"  [{engine}] {label}: {value}", file=sys.stderr, flush=True)

    def print(self) -> None:
        self.engines.sort(key=lambda engine: engine == "in memory")  # the databases first
        width = max(len(label) for label in self.steps) + 2
        print(f"{'step':<{width}}" + "".join(f"{engine:>14}" for engine in self.engines))
        for label, values in self.steps.items():
            print(f"{label:<{width}}" + "".join(f"{values.get(engine, ''):>14}" for engine in self.engines))


def engine_steps(
    figures: Figures, engine: str, location: str | Path, records: r.Workspace, tmp: Path
) -> None:
    """What depends on the storage engine: the same steps on a file and on a server."""
    timed = figures.timed
    ws = timed(engine, "open (create the schema)", lambda: Session.open(location))
    timed(engine, "import (one transaction)", lambda: ws.import_records(records))
    timed(engine, "open (existing, at the head)", lambda: Session.open(location).close())
    summaries = timed(engine, "listing (every register's summary)", ws.register_summaries)
    keys = [s.key for s in summaries[:: max(1, len(summaries) // SAMPLE)]][:SAMPLE]
    loaded = timed(
        engine,
        "open a register (record + version), each",
        lambda: [ws.get_versioned(r.Register, key) for key in keys],
        per=len(keys),
    )
    timed(
        engine,
        "save a register (checked version), each",
        lambda: [
            ws.update_register(
                v.record.key, dataclasses.replace(v.record, retention="7 years"), expected_version=v.version
            )
            for v in loaded
        ],  # fmt: skip
        per=len(keys),
    )
    snapshot = timed(engine, "load the whole workspace (records)", ws.snapshot)
    first = snapshot.controllers[0].key
    timed(engine, "load one controller", lambda: ws.snapshot(first))
    target = tmp / f"export-{engine}.json"
    timed(engine, "export (interchange JSON file)", lambda: ws.export_json(target))
    timed(engine, "backup before a replacing import", lambda: ws.store.backup("bench"))
    ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registers", type=int, default=10_000)
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--url", help="an empty PostgreSQL database to use instead of a throwaway cluster")
    args = parser.parse_args()
    n = args.registers
    figures = Figures()
    common = "in memory"
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ.setdefault("ROPA_BACKUP_DIR", str(tmp / "backups"))
        document = figures.timed(common, f"build_demo({n})", lambda: build_demo(n, seed=1))
        records = figures.timed(common, "read_document (validate + records)", lambda: read_document(document))
        if args.engine in ("sqlite", "both"):
            path = tmp / "bench.ropa"
            engine_steps(figures, "sqlite", path, records, tmp)
            figures.note("sqlite", "workspace size", f"{path.stat().st_size / 1e6:.1f} MB")
        if args.engine in ("postgresql", "both"):
            _postgres(figures, args.url, records, tmp)
        loaded = records
        text = figures.timed(common, "dumps (interchange JSON text)", lambda: dumps(loaded))
        figures.timed(common, "parse_json", lambda: parse_json(text))
        catalogue = ProcessorCatalogue(loaded.processors)
        found = figures.timed(
            common,
            "derived_transfers (every register)",
            lambda: [
                catalogue.derived_transfers([link.processor for link in g.processors], TODAY)
                for c in loaded.controllers
                for g in c.registers
            ],
        )
        figures.note(common, "derived transfers found", sum(map(len, found)))
        rows = figures.timed(
            common, "transfer_rows (declared + derived, all)", lambda: transfer_rows(loaded, TODAY)
        )
        figures.note(common, "transfer rows", len(rows))
        findings = figures.timed(
            common, "run_checks (every rule, every record)", lambda: run_checks(loaded, TODAY)
        )
        figures.note(common, "findings", len(findings))
        controller = loaded.controllers[0]
        register = max(controller.registers, key=lambda g: len(g.processors) + len(g.data_categories))
        figures.timed(
            common,
            "check_register (one large register), each",
            lambda: [check_register(controller, register, catalogue, TODAY) for _ in range(100)],
            per=100,
        )
        figures.note(common, "interchange JSON size", f"{len(text) / 1e6:.1f} MB")
    figures.print()


def _postgres(figures: Figures, url: str | None, records: r.Workspace, tmp: Path) -> None:
    if url:
        engine_steps(figures, "postgresql", url, records, tmp)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import pg_cluster

    try:
        cluster = pg_cluster.start(durable=True)
    except pg_cluster.Unavailable as exc:
        print(f"PostgreSQL figures skipped: {exc}", file=sys.stderr)
        return
    try:
        if cluster.password:
            os.environ["PGPASSWORD"] = cluster.password
        database = cluster.create_database("ropa_bench")
        engine_steps(figures, "postgresql", cluster.url(database), records, tmp)
        figures.note("postgresql", "workspace size", _database_size(cluster, database))
    finally:
        cluster.stop()


def _database_size(cluster: Any, database: str) -> str:
    with cluster.admin_connection(database) as conn:
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return f"{size / 1e6:.1f} MB"


if __name__ == "__main__":
    main()
