"""Strip debug symbols from the ELF libraries of a built bundle, keeping any copy strip would break.

PyInstaller's own ``strip=True`` strips every binary, and that breaks libraries that auditwheel
rewrote with patchelf (e.g. numpy's OpenBLAS: "ELF load command address/offset not
page-aligned"). Here each library is stripped into a temporary copy with ``strip --strip-debug``;
the copy replaces the original only if its loadable segments are still aligned the way the dynamic
loader requires (``p_offset ≡ p_vaddr (mod p_align)`` for every ``PT_LOAD``).

    python packaging/pyinstaller/strip_elf.py BUNDLE_DIR [--skip NAME ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

_ELF_MAGIC = b"\x7fELF"
_PT_LOAD = 1


@dataclass
class StripReport:
    stripped: int = 0
    kept: int = 0
    saved_bytes: int = 0


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _ELF_MAGIC
    except OSError:
        return False


def loads_are_aligned(path: Path) -> bool:
    """True if every PT_LOAD segment of this ELF file satisfies the loader's alignment rule."""
    data = path.read_bytes()
    if data[:4] != _ELF_MAGIC or len(data) < 64:
        return False
    bits, order = data[4], data[5]
    endian = "<" if order == 1 else ">"
    if bits == 2:  # 64-bit
        (phoff,) = struct.unpack_from(endian + "Q", data, 0x20)
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
        layout, fields = endian + "IIQQQQQQ", (2, 3, 7)  # offset, vaddr, align
    else:
        (phoff,) = struct.unpack_from(endian + "I", data, 0x1C)
        phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x2A)
        layout, fields = endian + "IIIIIIII", (1, 2, 7)
    for index in range(phnum):
        start = phoff + index * phentsize
        if start + struct.calcsize(layout) > len(data):
            return False
        header = struct.unpack_from(layout, data, start)
        if header[0] != _PT_LOAD:
            continue
        offset, vaddr, align = (header[i] for i in fields)
        if align > 1 and (offset - vaddr) % align:
            return False
    return True


def strip_tree(root: Path, skip: set[str], strip: str = "strip") -> StripReport:
    """Strip every ELF file under ``root`` except the names in ``skip``."""
    report = StripReport()
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file() or path.name in skip or not is_elf(path):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            candidate = Path(tmp) / path.name
            done = subprocess.run(
                [strip, "--strip-debug", "-o", str(candidate), str(path)],
                capture_output=True,
                check=False,
            )
            before = path.stat().st_size
            if done.returncode != 0 or not loads_are_aligned(candidate):
                report.kept += 1
                continue
            after = candidate.stat().st_size
            if after < before:
                mode = path.stat().st_mode
                shutil.copyfile(candidate, path)
                os.chmod(path, mode)
                report.saved_bytes += before - after
                report.stripped += 1
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--skip", action="append", default=[], help="a file name to leave alone")
    args = parser.parse_args(argv)
    if shutil.which("strip") is None:
        print("strip not found (Debian: binutils); the bundle is left unstripped")
        return 0
    report = strip_tree(args.bundle, set(args.skip))
    print(
        f"stripped {report.stripped} files ({report.saved_bytes / 2**20:.0f} MiB saved), "
        f"kept {report.kept} that strip would break"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
