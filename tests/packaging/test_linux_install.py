"""packaging/linux/install.sh installs the real bundle for one user, with autostart, and removes it.

Everything happens under a temporary HOME; the installed `callbot` is then run from ~/.local/bin.
"""

from __future__ import annotations

import configparser
import json
import os
import subprocess
from pathlib import Path

import pytest

from callbot_desktop import APP_ID
from tests.packaging.conftest import TEST_TIMEOUT
from tests.packaging.test_linux_desktop_files import validate_desktop_file

pytestmark = pytest.mark.timeout(TEST_TIMEOUT)


def home_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "HOME": str(home), "PATH": f"{home}/.local/bin:{os.environ['PATH']}"}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "PREFIX_OPT", "BIN_DIR"):
        env.pop(name, None)
    return env


def install(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / "install.sh"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=home_env(home),
        check=False,
    )


def desktop_entry(path: Path) -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    return entry["Desktop Entry"]


def test_install_autostart_run_and_uninstall(frozen_bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    done = install(frozen_bundle, home, "--autostart")
    assert done.returncode == 0, done.stderr

    target = home / ".local/opt" / APP_ID
    applications = home / ".local/share/applications" / f"{APP_ID}.desktop"
    autostart = home / ".config/autostart" / f"{APP_ID}.desktop"
    icons = home / ".local/share/icons/hicolor"
    assert (target / APP_ID).is_file() and (target / "_internal").is_dir()
    assert (home / ".local/bin/callbot").resolve() == (target / "callbot").resolve()
    assert (icons / "48x48/apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    for entry_file in (applications, autostart):
        validated = validate_desktop_file(entry_file)
        assert validated.returncode == 0, validated.stdout + validated.stderr
    assert desktop_entry(applications)["Exec"] == str(target / APP_ID)
    autostart_exec = desktop_entry(autostart)["Exec"].split()
    assert autostart_exec[0] == str(target / APP_ID)
    accepts_tray_flag = (
        "--start-in-tray"
        in subprocess.run(
            [str(target / APP_ID), "--help"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        ).stdout
    )
    assert autostart_exec[1:] == (["--start-in-tray"] if accepts_tray_flag else [])

    # The installed CLI runs from the user's PATH.
    doctor = subprocess.run(
        ["callbot", "--data-dir", str(tmp_path / "data"), "doctor", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=home_env(home),
        check=False,
    )
    assert json.loads(doctor.stdout)["python"]["executable"] == str(target / "callbot")

    # Reinstalling over an installed copy works, and --no-autostart removes only the login entry.
    assert install(frozen_bundle, home).returncode == 0
    assert install(frozen_bundle, home, "--no-autostart").returncode == 0
    assert not autostart.exists() and applications.is_file()

    done = install(frozen_bundle, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not target.exists() and not applications.exists()
    assert not (home / ".local/bin/callbot").exists()
    assert not (home / ".local/bin" / APP_ID).exists()
    assert not list(icons.rglob(f"{APP_ID}.*"))
    assert (tmp_path / "data").is_dir()  # the user's data is never touched


def test_uninstall_leaves_another_programs_callbot_alone(
    frozen_bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / ".local/bin").mkdir(parents=True)
    foreign = home / ".local/bin/callbot"
    foreign.write_text("#!/bin/sh\necho someone else's callbot\n")
    done = install(frozen_bundle, home, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert foreign.read_text().startswith("#!/bin/sh")


def test_install_rejects_unknown_options(frozen_bundle: Path, tmp_path: Path) -> None:
    done = install(frozen_bundle, tmp_path, "--bogus")
    assert done.returncode == 2
    assert "unknown option --bogus" in done.stderr
    assert not (tmp_path / ".local").exists()
