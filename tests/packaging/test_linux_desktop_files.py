"""The Linux desktop integration files pass Debian's validators, and the icons render."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from callbot_desktop import APP_ID
from tests.harness.components import require_executable
from tests.packaging.conftest import REPO

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
# The app id is not reverse-DNS (see APP_ID); AppStream warns about that and nothing else.
APPSTREAM_OVERRIDE = "--override=cid-desktopapp-is-not-rdns=info"


def validate_desktop_file(path: Path) -> subprocess.CompletedProcess[str]:
    validator = require_executable("desktop-file-validate", "desktop-file-utils")
    return subprocess.run(
        [validator, str(path)], capture_output=True, text=True, timeout=60, check=False
    )


def test_desktop_file_is_valid_and_named_after_the_app_id() -> None:
    done = validate_desktop_file(DESKTOP)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == APP_ID
    assert section["Icon"] == APP_ID
    assert section["StartupWMClass"] == APP_ID


def test_appstream_metainfo_is_valid() -> None:
    appstreamcli = require_executable("appstreamcli", "appstream")
    done = subprocess.run(
        [appstreamcli, "validate", "--no-net", APPSTREAM_OVERRIDE, str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert {b.text for b in root.iter("binary")} == {APP_ID, "callbot"}


def test_appstream_only_objects_to_the_non_rdns_id() -> None:
    appstreamcli = require_executable("appstreamcli", "appstream")
    done = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    warnings = [line for line in done.stdout.splitlines() if line.startswith(("W:", "E:"))]
    assert warnings == [f"W: {APP_ID}:4: cid-desktopapp-is-not-rdns {APP_ID}"]


def test_icons_render_into_every_hicolor_size(tmp_path: Path) -> None:
    svg = REPO / "resources" / "icons" / f"{APP_ID}.svg"
    done = subprocess.run(
        [sys.executable, str(LINUX / "render_icons.py"), str(svg), str(tmp_path), APP_ID],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert (width, height) == (size, size)
    assert (tmp_path / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == svg.read_bytes()


def test_debian_package_list_names_the_validators() -> None:
    listed = {
        line.strip()
        for line in (LINUX / "debian-packages.txt").read_text().splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    assert {"appstream", "desktop-file-utils", "binutils"} <= listed
