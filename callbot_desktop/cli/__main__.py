"""`python -m callbot_desktop.cli` runs the command line."""

import sys

from callbot_desktop.cli import main

sys.exit(main())
