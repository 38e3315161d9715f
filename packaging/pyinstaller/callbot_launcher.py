"""PyInstaller entry of the `callbot` executable (the command line): callbot_desktop.cli:main."""

import sys

from callbot_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
