"""The backup commands of the command line: ``ropa backup [FILE]``, ``ropa backups``, ``ropa restore``.

:func:`add_commands` puts them on :mod:`ropa.cli`'s parser; :func:`on_open` is what every command
that opens a workspace does first (remove what killed writes left, take the daily backup).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ropa.errors import RopaError

if TYPE_CHECKING:
    from ropa.app import Session


def on_open(session: Session) -> None:
    """Clean up the temporary files of killed writes; back up when the newest backup is a day old."""
    from ropa.app.backups import daily_backup
    from ropa.private_write import clean_stale_parts

    clean_stale_parts()
    daily_backup(session)


def cmd_backup(args: argparse.Namespace) -> str:
    from ropa.cli import _workspace

    with _workspace(args) as ws:
        if args.file is None:
            return f"backed up {ws.location} to {ws.backup('manual')}"
        target = Path(args.file)
        if target.is_dir():
            raise RopaError(f"{target}: is a folder; name the backup file")
        if ws.is_server:
            from ropa.app.exports import export_file

            if target.suffix.lower() != ".json":
                raise RopaError(f"{target}: a server workspace is backed up as interchange JSON (.json)")
            export_file(ws, target)
        else:
            ws.copy_to(target)
        return f"backed up {ws.location} to {target}"


def cmd_backups(args: argparse.Namespace) -> str:
    from ropa.app.backups import backup_folder, backups
    from ropa.cli import _workspace

    with _workspace(args) as ws:
        found = backups(ws)
        folder = backup_folder(ws)
    if not found:
        return f"no backups yet in {folder}"
    lines = [f"{b.taken:%Y-%m-%d %H:%M:%S}  {b.reason:<28} {_size(b.size):>9}  {b.path}" for b in found]
    return "\n".join([*lines, f"{len(found)} backups in {folder}"])


def cmd_restore(args: argparse.Namespace) -> str:
    from ropa.app.backups import restore
    from ropa.app.location import resolve_workspace
    from ropa.private_write import clean_stale_parts

    clean_stale_parts()
    return restore(resolve_workspace(args.db), Path(args.backup))


def _size(size: int) -> str:
    if size < 1000:
        return f"{size} B"
    amount = size / 1000
    for unit in ("kB", "MB"):
        if amount < 1000:
            return f"{amount:.1f} {unit}"
        amount /= 1000
    return f"{amount:.1f} GB"


def add_commands(commands: Any) -> None:
    """Add backup, backups and restore to the CLI's sub-command parsers."""
    sub = commands.add_parser(
        "backup",
        help="back the workspace up now into its backup folder, or to FILE "
        "(folder $ROPA_BACKUP_DIR, else <file>.backups/; the newest $ROPA_KEEP_BACKUPS, else 20, kept)",
    )
    sub.add_argument("file", metavar="FILE", nargs="?", help="write the backup here instead (owner-only)")
    sub.set_defaults(run=cmd_backup)

    sub = commands.add_parser("backups", help="list the workspace's backups, newest first")
    sub.set_defaults(run=cmd_backups)

    sub = commands.add_parser(
        "restore",
        help="replace the workspace by BACKUP after checking it; the current workspace is kept as a backup",
    )
    sub.add_argument("backup", metavar="BACKUP", help="a backup file (ropa backups lists them)")
    sub.set_defaults(run=cmd_restore)
