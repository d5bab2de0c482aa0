"""`python -m newslint` runs the command line (answered from its record when it can: replay.py)."""
import sys

from .replay import main

sys.exit(main())
