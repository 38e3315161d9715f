"""packaging/pyinstaller/strip_elf.py strips libraries and never keeps a copy the loader rejects."""

from __future__ import annotations

import ctypes
import importlib.util
import shutil
import struct
import sys
from pathlib import Path
from types import ModuleType

import numpy
import pytest

from tests.harness.components import require_executable
from tests.packaging.conftest import REPO

SCRIPT = REPO / "packaging" / "pyinstaller" / "strip_elf.py"


@pytest.fixture(scope="module")
def strip_elf() -> ModuleType:
    spec = importlib.util.spec_from_file_location("callbot_strip_elf", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def sqlcipher_library() -> Path:
    spec = importlib.util.find_spec("sqlcipher3._sqlite3")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin)


def first_load_header(data: bytes) -> int:
    """Byte offset of the first PT_LOAD program header of a 64-bit little-endian ELF."""
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for index in range(phnum):
        start = phoff + index * phentsize
        if struct.unpack_from("<I", data, start)[0] == 1:
            return int(start)
    raise AssertionError("no PT_LOAD segment")


def test_real_libraries_are_aligned(strip_elf: ModuleType) -> None:
    assert strip_elf.loads_are_aligned(sqlcipher_library())
    openblas = next(Path(numpy.__file__).parent.parent.glob("numpy.libs/libscipy_openblas*.so"))
    assert strip_elf.loads_are_aligned(openblas)
    assert not strip_elf.loads_are_aligned(SCRIPT)  # not ELF at all


def test_misaligned_segment_is_detected(strip_elf: ModuleType, tmp_path: Path) -> None:
    data = bytearray(sqlcipher_library().read_bytes())
    header = first_load_header(bytes(data))
    offset, vaddr = struct.unpack_from("<QQ", data, header + 8)
    struct.pack_into("<Q", data, header + 16, vaddr + 1)  # p_vaddr no longer ≡ p_offset
    broken = tmp_path / "broken.so"
    broken.write_bytes(bytes(data))
    assert offset is not None and not strip_elf.loads_are_aligned(broken)


def test_strip_tree_shrinks_and_the_result_still_loads(
    strip_elf: ModuleType, tmp_path: Path
) -> None:
    require_executable("strip", "binutils")
    tree = tmp_path / "bundle"
    (tree / "sqlcipher3").mkdir(parents=True)
    library = tree / "sqlcipher3" / sqlcipher_library().name
    shutil.copyfile(sqlcipher_library(), library)
    (tree / "notes.txt").write_text("not a library\n")
    before = library.stat().st_size
    report = strip_elf.strip_tree(tree, skip=set())
    assert report.stripped == 1 and report.saved_bytes == before - library.stat().st_size > 0
    assert strip_elf.loads_are_aligned(library)
    ctypes.CDLL(str(library))  # the dynamic loader accepts the stripped copy
    assert (tree / "notes.txt").read_text() == "not a library\n"
