"""PyInstaller entry of the `callbot-desktop` executable (the GUI): callbot_desktop.app:main."""

import sys

from callbot_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
