"""CallBot Desktop: a private, local-first voice assistant for the desktop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("callbot-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

APP_NAME = "CallBot Desktop"
APP_ID = "callbot-desktop"
