"""``python -m ropa`` is the ``ropa`` command."""

import sys

from ropa.cli import main

sys.exit(main())
