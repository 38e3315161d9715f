"""Build the interface translations: ``.ts`` sources in ``i18n/`` → ``.qm`` files next to them.

``python -m callbot_desktop.ui.build_translations`` runs ``pyside6-lrelease`` on every
``i18n/*.ts``. With ``--update`` it first runs ``pyside6-lupdate`` over ``callbot_desktop/**/*.py``
so the ``.ts`` files of every language in :data:`LANGUAGES` list all current texts (new files are
created; existing translations are kept).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from callbot_desktop.ui.resources import i18n_dir, project_root

LANGUAGES = ("de", "es", "fr")


class ToolMissing(RuntimeError):
    """A Qt translation tool is not installed."""


def tool(name: str) -> str:
    """``pyside6-<name>`` from this Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise ToolMissing(f"pyside6-{name} not found: install PySide6 (pip install PySide6)")
    return found


def update(sources: Path, folder: Path, languages: Sequence[str] = LANGUAGES) -> list[Path]:
    """Refresh ``callbot_<lang>.ts`` from the Python sources under ``sources``."""
    folder.mkdir(parents=True, exist_ok=True)
    files = sorted(str(path) for path in sources.rglob("*.py"))
    targets = [folder / f"callbot_{language}.ts" for language in languages]
    for target, language in zip(targets, languages, strict=True):
        command = [tool("lupdate"), *files, "-source-language", "en", "-target-language"]
        subprocess.run([*command, language, "-ts", str(target)], check=True, capture_output=True)
    return targets


def release(folder: Path) -> list[Path]:
    """Compile every ``.ts`` in ``folder`` to ``.qm``; the files written."""
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run(
            [tool("lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True
        )
        built.append(target)
    return built


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true", help="refresh the .ts files first")
    parser.add_argument("--i18n-dir", type=Path, default=i18n_dir(), help="the .ts/.qm folder")
    parser.add_argument(
        "--sources",
        type=Path,
        default=project_root() / "callbot_desktop",
        help="the Python package to scan with --update",
    )
    args = parser.parse_args(argv)
    try:
        if args.update:
            for path in update(args.sources, args.i18n_dir):
                print(f"updated {path}")
        for path in release(args.i18n_dir):
            print(f"built {path}")
    except ToolMissing as error:
        print(error, file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        output = (error.stderr or b"").decode(errors="replace").strip()
        print(f"{Path(error.cmd[0]).name} failed: {output}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
