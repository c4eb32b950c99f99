"""``python -m quotecheck``: the same as the ``quotecheck`` command."""
import sys

from .cli import main

sys.exit(main())
