"""The command line: every headless operation, and the one error boundary.

Each command opens the workspace, calls the same functions the window calls, and reports in one
line. Any failure exits non-zero with one readable line on stderr, never a traceback: a bug's
traceback goes to the log file that line names (:mod:`ropa.failures`), and to stderr with --debug.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from ropa import __version__, failures
from ropa.app.location import resolve_workspace, without_password
from ropa.errors import RopaError

if TYPE_CHECKING:  # the heavy imports wait until a command needs them, so --help and --version are instant
    from ropa.app import Session

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not the whole usage block
        self.exit(EXIT_USAGE, f"ropa: {message} (see ropa --help)\n")


def _workspace(args: argparse.Namespace) -> Session:
    from ropa.app import Session
    from ropa.cli_backups import on_open

    if args.db is not None and not args.db.strip():
        raise RopaError("--db: an empty path names no workspace (leave --db out for the default one)")
    prompt = _ask_password if sys.stdin is not None and sys.stdin.isatty() else None
    session = Session.open(resolve_workspace(args.db), password_prompt=prompt)
    on_open(session)  # stale temporary files away, the daily backup
    return session


def _ask_password(location: str) -> str | None:
    """The server's password from the terminal (not echoed); kept in memory for this command only."""
    import getpass

    try:
        return getpass.getpass(f"Password for {location}: ") or None
    except EOFError:
        return None


def cmd_init(args: argparse.Namespace) -> str:
    with _workspace(args) as ws:
        return f"workspace ready: {ws.location}"


def cmd_import(args: argparse.Namespace) -> str:
    from ropa.app import KeyConflictError

    records, notes = _read_import(Path(args.file))  # validate before the workspace is even opened
    with _workspace(args) as ws:
        if args.dry_run:
            return "\n".join([*notes, str(ws.preview_import(records, replace=args.replace))])
        try:
            summary = ws.import_records(records, replace=args.replace, with_history=args.with_history)
        except KeyConflictError as exc:
            raise RopaError(f"{args.file}: {exc}; use --replace to overwrite") from exc
        return "\n".join([*notes, *summary.moved, f"imported {summary} into {ws.location}"])


def _read_import(path: Path) -> tuple[Any, list[str]]:
    """Records from an interchange file or a workbook (by suffix), and what the reading noticed."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from ropa.io.excel import read_workbook

        found = read_workbook(path)
        return found.records, list(found.notes)
    from ropa.io.interchange import read_file

    return read_file(path), []


def cmd_import_notice(args: argparse.Namespace) -> str:
    """Read privacy notices into draft registers; --dry-run prints them as interchange JSON."""
    import orjson

    from ropa.io.notice_import import import_plan, plan_import, read_notice

    drafts = [read_notice(path) for path in args.files]  # every file is read before anything is stored
    with _workspace(args) as ws:
        plan = plan_import(drafts, ws.snapshot(), controller=args.controller)
        if args.dry_run:
            return orjson.dumps(plan.document(), option=orjson.OPT_INDENT_2).decode()
        summary = import_plan(ws, plan)
    lines = [
        f"{p.draft.source}: register '{p.register_key}' under controller '{p.match.key}' ({p.match.kind})"
        for p in plan.placements
    ]
    return "\n".join(
        [*lines, f"imported {summary.registers} draft registers, {summary.controllers_added} new controllers"]
    )


def cmd_export(args: argparse.Namespace) -> str:
    from ropa.app.exports import check_suffix, export_file

    path = Path(args.file)
    check_suffix(path)  # refused before the workspace is even opened
    if args.gap_report and path.suffix.lower() == ".json":
        raise RopaError(f"{path}: --gap-report goes with an .xlsx or .pdf export, not JSON")
    on = _day(args.on, "--on") if args.on else None
    with _workspace(args) as ws:
        return export_file(
            ws,
            path,
            controller=args.controller,
            lang=args.lang,
            on=on,
            gap_report=args.gap_report,
            private=not args.shared,
            replace_read_only=args.force,
            with_history=args.with_history,
        )


def cmd_notice(args: argparse.Namespace) -> str:
    from ropa.app.exports import check_target
    from ropa.io.pdf import export_notice

    on = _day(args.on, "--on") if args.on else None
    with _workspace(args) as ws:
        check_target(ws, args.file, replace_read_only=args.force)
        return str(
            export_notice(ws, args.register, args.file, lang=args.lang, on=on, private=not args.shared)
        )


def _writes_file(sub: argparse.ArgumentParser) -> None:
    """The options of a command that writes a file holding the record."""
    sub.add_argument(
        "--shared",
        action="store_true",
        help="give the file the usual permissions (the umask's) instead of owner-only (0600)",
    )
    sub.add_argument("--force", action="store_true", help="replace FILE even if it is read-only")


def cmd_demo(args: argparse.Namespace) -> str:
    from ropa.app import KeyConflictError
    from ropa.demo import build_demo
    from ropa.io.interchange import read_document

    if not 0 <= args.registers <= MAX_DEMO_REGISTERS:
        raise RopaError(f"--registers: give 0 to {MAX_DEMO_REGISTERS:,} (got {args.registers:,})")
    records = read_document(build_demo(args.registers, args.seed), "demo")
    with _workspace(args) as ws:
        try:
            summary = ws.import_records(records)
        except KeyConflictError as exc:
            raise RopaError(f"demo: {exc}; fill an empty workspace instead") from exc
        return f"demo workspace {ws.location}: {summary}"


def cmd_transfers(args: argparse.Namespace) -> str:
    from ropa.io.transfer_list import as_json, as_text

    on = _day(args.on, "--on") if args.on else date.today()
    with _workspace(args) as ws:
        rows = ws.transfer_rows(args.controller, on)
    return as_json(rows, on).decode() if args.format == "json" else as_text(rows, args.lang)


def cmd_history(args: argparse.Namespace) -> str:
    """The changes between two dates (UTC days, both included), as a report for auditors."""
    from datetime import UTC, datetime, time, timedelta

    from ropa.io.history_report import SUFFIXES, HistoryReport, as_text, write_report

    path = Path(args.file) if args.file else None
    if path is not None and path.suffix.lower() not in SUFFIXES:
        raise RopaError(
            f"{path}: cannot write a history to '{path.suffix}' files (use {', '.join(SUFFIXES)})"
        )
    since = _day(args.since, "--since") if args.since else None
    until = _day(args.until, "--until") if args.until else None
    with _workspace(args) as ws:
        entries = ws.history(
            since=datetime.combine(since, time()) if since else None,
            until=datetime.combine(until + timedelta(days=1), time()) if until else None,
            controller=args.controller,
        )
        report = HistoryReport(
            workspace=without_password(ws.location),
            since=since,
            until=until,
            controller=args.controller,
            entries=entries,
            made=datetime.now(UTC).replace(tzinfo=None),
        )
    if path is None:
        return as_text(report, args.lang)
    return write_report(report, path, args.lang)


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RopaError(f"{option}: '{value}' is not a date (YYYY-MM-DD)") from None


def cmd_check(args: argparse.Namespace) -> tuple[str, int]:
    from ropa.io.findings_report import as_json, as_text, rules_table

    if args.rules:
        return rules_table(args.lang), 0
    from ropa.gc_pause import collector_paused

    on = _day(args.on, "--on") if args.on else date.today()
    with _workspace(args) as ws, collector_paused():  # load, check, print: nothing to collect
        if args.format == "text" and args.controller is None:
            from ropa.app.split_check import check_text

            split = check_text(ws, on, args.lang)  # a large workspace file: two halves on two cores
            if split is not None:
                return split[0], EXIT_ERROR if split[1] else 0
        findings = ws.check(args.controller, on)
        text = as_json(findings, on).decode() if args.format == "json" else as_text(findings, args.lang)
    return text, EXIT_ERROR if any(f.severity == "error" for f in findings) else 0


def cmd_gui(args: argparse.Namespace) -> str:
    location = resolve_workspace(getattr(args, "workspace", None) or args.db)
    from ropa.gc_pause import pause_until_started

    pause_until_started()  # the window resumes collection after its first paint
    from ropa.ui import first_paint
    from ropa.ui.app import application, run

    if first_paint.wanted():  # smoke tests and cold-start timing of an installed Ropa
        first_paint.install(application())
    code = run(location)
    if code:
        raise SystemExit(code)
    return ""


#: The most registers ``ropa demo`` builds: the size the benchmarks measure (about 3 GB of memory).
MAX_DEMO_REGISTERS = 10_000


def _judging(commands: Any, name: str, help_: str, common: _Parser) -> _Parser:
    """A command that judges the record on a date, for one controller or all, as text or JSON."""
    sub: _Parser = commands.add_parser(
        name, help=help_, description=help_, parents=[common], formatter_class=_HelpFormatter
    )
    sub.add_argument("--controller", metavar="KEY", help="only this controller's records (its key)")
    sub.add_argument("--on", metavar="DATE", help="judge on this date (YYYY-MM-DD; default today)")
    sub.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: an aligned table for people (the default); json: for other programs",
    )
    sub.add_argument("--lang", choices=("en", "fi"), default="en", help="language of the text (default en)")
    return sub


def _workspace_help() -> str:
    """Where the workspace and its backups are, as the help's closing paragraphs say it."""
    from ropa.app.location import backups_to_keep, default_workspace_path, file_backup_folder

    default = default_workspace_path()
    try:
        keep = f"the newest {backups_to_keep()} kept"
    except RopaError as exc:  # a bad $ROPA_KEEP_BACKUPS: the help still shows, and says so
        keep = str(exc)
    return (
        "workspace:\n"
        "  Every command works on one workspace: --db (before or after the command), else $ROPA_DB,\n"
        f"  else your default workspace {default}\n"
        "  (created on first use, readable by you only). A team workspace on a PostgreSQL server is\n"
        "  given as postgresql://USER@HOST[:PORT]/DATABASE; the password comes from PGPASSWORD,\n"
        "  ~/.pgpass or a prompt and is never stored.\n\n"
        "backups:\n"
        "  Ropa copies a workspace once a day when it is opened, and before every import, upgrade and\n"
        "  restore, into $ROPA_BACKUP_DIR, else FILE.backups/ beside the workspace file:\n"
        f"  {file_backup_folder(default)}/ for your default workspace, {keep}\n"
        "  ($ROPA_KEEP_BACKUPS). ropa backups lists them, ropa restore puts one back.\n\n"
        "exit status:\n"
        "  0 done; 1 an error, told in one line on stderr; 2 a mistake in the command line;\n"
        "  130 interrupted. Run ropa COMMAND --help for each command's options."
    )


def _common() -> _Parser:
    """--db and --debug, accepted after the command too (``ropa export w.json --db w.ropa``)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,  # given after the command it wins; absent it keeps the main one
        help="the workspace: a file, or postgresql://USER@HOST[:PORT]/DATABASE (see ropa --help)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="on failure, also print the full traceback (for reporting a bug)",
    )
    return common


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=28, width=100)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ropa",
        description="Ropa keeps the records of processing activities (GDPR Art. 30) of the controllers\n"
        "you serve as data protection officer: their registers, processors, transfers and Art. 30(2)\n"
        "records. Without a command it opens the window.",
        epilog=_workspace_help(),
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ropa {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="the workspace file, or a team workspace's address postgresql://USER@HOST[:PORT]/DATABASE "
        "(default: $ROPA_DB, else your default workspace, below)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="on failure, also print the full traceback (for reporting a bug)"
    )
    common = _common()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_: str, details: str = "") -> _Parser:
        sub: _Parser = commands.add_parser(
            name,
            help=help_,
            description=help_ + (f"\n\n{details}" if details else ""),
            parents=[common],
            formatter_class=_HelpFormatter,
        )
        return sub

    sub = command("init", "create the workspace, or upgrade it to this Ropa, and do nothing else")
    sub.set_defaults(run=cmd_init)

    sub = command(
        "import",
        "import an interchange JSON file or an Excel workbook (.xlsx), all or nothing",
        "Nothing is stored unless the whole file is valid; every problem is named with its place\n"
        "(JSON path, or sheet, row and column). JSON files of more than 80 MiB are refused.",
    )
    sub.add_argument("file", metavar="FILE", help="the file to read: .json (interchange) or .xlsx/.xlsm")
    sub.add_argument(
        "--replace",
        action="store_true",
        help="replace controllers, registers, Art. 30(2) records and processors whose keys the "
        "workspace already holds (after a backup); a register the file puts under another "
        "controller is moved there, and each such move is listed",
    )
    sub.add_argument(
        "--dry-run", action="store_true", help="only show what would be added, changed and removed"
    )
    sub.add_argument(
        "--with-history",
        action="store_true",
        help="add the change history the file carries to the workspace's",
    )
    sub.set_defaults(run=cmd_import)

    sub = command(
        "import-notice",
        "read privacy notices (.txt, .docx, .pdf, .html) into draft registers, all or nothing",
    )
    sub.add_argument("files", metavar="FILE", nargs="+", help="one or more privacy notices")
    sub.add_argument(
        "--controller",
        metavar="KEY",
        help="put every draft under this controller (default: the one the notice names)",
    )
    sub.add_argument(
        "--dry-run", action="store_true", help="print the drafts as interchange JSON, store nothing"
    )
    sub.set_defaults(run=cmd_import_notice)

    sub = command(
        "export",
        "write the workspace, or one controller's part, to FILE",
        "The format follows FILE's extension: .json the interchange format (a backup a person can\n"
        "read), .xlsx an Excel workbook, .pdf the printed record. A file is written whole or not at all.",
    )
    sub.add_argument("file", metavar="FILE", help="where to write: a .json, .xlsx or .pdf file")
    sub.add_argument("--controller", metavar="KEY", help="only this controller and the processors it uses")
    sub.add_argument(
        "--lang", choices=("en", "fi"), default="en", help="language of the workbook or the printed record"
    )
    sub.add_argument(
        "--on",
        metavar="DATE",
        help="judge the transfers of the workbook or record on this date (YYYY-MM-DD; default today)",
    )
    sub.add_argument(
        "--gap-report",
        action="store_true",
        help="add the compliance checks' findings: a Findings sheet (.xlsx) or Annex C (.pdf)",
    )
    _writes_file(sub)
    sub.add_argument(
        "--with-history",
        action="store_true",
        help="carry the change history in the JSON file (an extension other tools may ignore)",
    )
    sub.set_defaults(run=cmd_export)

    sub = command("notice", "write the privacy notice (Art. 13/14) of one register as .pdf or .html")
    sub.add_argument("register", metavar="REGISTER_KEY", help="the key of the register")
    sub.add_argument("file", metavar="FILE", help="where to write: a .pdf or .html file")
    sub.add_argument("--lang", choices=("fi", "en"), default="fi", help="language of the notice (default fi)")
    sub.add_argument("--on", metavar="DATE", help="judge transfers on this date (YYYY-MM-DD; default today)")
    _writes_file(sub)
    sub.set_defaults(run=cmd_notice)

    sub = command(
        "demo",
        "fill an empty workspace with a realistic synthetic record, to try Ropa out",
    )
    sub.add_argument(
        "--registers",
        type=int,
        required=True,
        metavar="N",
        help=f"how many registers to make (0 to {MAX_DEMO_REGISTERS:,})",
    )
    sub.add_argument(
        "--seed", type=int, default=0, metavar="S", help="the same seed gives the same workspace (default 0)"
    )
    sub.set_defaults(run=cmd_demo)

    from ropa.cli_backups import add_commands as add_backup_commands

    add_backup_commands(commands, parents=[common], formatter_class=_HelpFormatter)

    sub = _judging(
        commands,
        "transfers",
        "list every declared and derived transfer of each register, judged on a date",
        common,
    )
    sub.set_defaults(run=cmd_transfers)

    sub = _judging(
        commands, "check", "report what is missing, wrong, risky or overdue (exit 1 on errors)", common
    )
    sub.add_argument("--rules", action="store_true", help="list every rule instead of checking")
    sub.set_defaults(run=cmd_check)

    sub = command(
        "history",
        "report the changes between two dates (.json, .txt, .xlsx, .pdf; text on stdout without FILE)",
    )
    sub.add_argument(
        "file", metavar="FILE", nargs="?", help="where to write the report; without it, text on the screen"
    )
    sub.add_argument(
        "--since", metavar="DATE", help="from this day on (YYYY-MM-DD, UTC; default: the beginning)"
    )
    sub.add_argument("--until", metavar="DATE", help="up to and including this day (YYYY-MM-DD, UTC)")
    sub.add_argument("--controller", metavar="KEY", help="only this controller, its registers and records")
    sub.add_argument("--lang", choices=("en", "fi"), default="en", help="language of the report")
    sub.set_defaults(run=cmd_history)

    sub = command("gui", "open the window (the default)")
    sub.add_argument(
        "workspace",
        nargs="?",
        metavar="FILE",
        help="the workspace file to open, as --db (what the desktop's file association passes)",
    )
    sub.set_defaults(run=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (0 success, 1 error, 2 usage, 130 interrupted)."""
    args = build_parser().parse_args(argv)
    failures.set_debug(args.debug)
    run: Callable[[argparse.Namespace], str | tuple[str, int]] = getattr(args, "run", cmd_gui)
    try:
        result = run(args)
    except KeyboardInterrupt as exc:
        print(f"ropa: {failures.report(exc)}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the boundary: one line; a bug's traceback goes to the log (see failures)
        print(f"ropa: {failures.report(exc)}", file=sys.stderr)
        return EXIT_ERROR
    message, status = result if isinstance(result, tuple) else (result, 0)
    if message:
        try:
            print(message)
        except BrokenPipeError:  # `ropa transfers | head`: the reader has gone, which is no error
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the exit flush does not complain
    return status


if __name__ == "__main__":
    sys.exit(main())
