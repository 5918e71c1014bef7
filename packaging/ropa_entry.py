"""The frozen program's entry point: the ``ropa`` command (``ropa`` alone opens the window).

A file manager or Finder that opens a workspace runs ``ropa FILE.ropa`` (macOS: the open-document
event, turned into ``argv`` by PyInstaller's argv emulation); that is ``ropa gui FILE.ropa``.
"""

import sys

from ropa.cli import main


def arguments(argv: list[str]) -> list[str]:
    if len(argv) == 1 and argv[0].lower().endswith(".ropa") and not argv[0].startswith("-"):
        return ["gui", argv[0]]
    return argv


if __name__ == "__main__":
    sys.exit(main(arguments(sys.argv[1:])))
