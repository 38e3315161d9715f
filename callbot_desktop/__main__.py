"""`python -m callbot_desktop` starts the desktop app."""

import sys

from callbot_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
