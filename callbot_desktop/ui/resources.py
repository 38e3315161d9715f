"""Where the app's files outside the Python package live: icons, translations.

``resources/`` and ``i18n/`` sit at the top of the source tree; a PyInstaller bundle puts them at
the top of its folder (``sys._MEIPASS``). :func:`resource_path` finds them either way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon


def project_root() -> Path:
    """The folder holding ``resources/`` and ``i18n/``: the bundle's, or the source tree's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (it may not exist; callers check)."""
    return project_root().joinpath("resources", *parts)


def i18n_dir() -> Path:
    """The folder of the ``.ts`` sources and the ``.qm`` files built from them."""
    return project_root() / "i18n"


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as a QIcon (a null icon if the file is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
