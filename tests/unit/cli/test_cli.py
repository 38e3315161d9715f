"""The `callbot` command line: doctor, devices, settings, the data dir, and no Qt on its path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from callbot_desktop.cli import main


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "callbot_desktop.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_doctor_json_is_one_valid_object_with_every_section(tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path / "d"), "doctor", "--json")
    report = json.loads(done.stdout)
    for section in (
        "python", "libraries", "qt", "audio", "gpu", "keyring", "ollama",
        "offline_models", "embedded_model", "data_dir",
    ):  # fmt: skip
        assert section in report, section
    assert report["data_dir"]["root"] == str((tmp_path / "d").resolve())
    essentials_ok = all(c["ok"] for c in report["checks"] if c["essential"])
    assert report["ok"] is essentials_ok
    assert done.returncode == (0 if essentials_ok else 1)
    for check in report["checks"]:
        if check["essential"] and not check["ok"]:
            assert check["fix"] and "\n" not in check["fix"]


def test_doctor_human_output_has_a_fix_for_each_failure(tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(tmp_path), "doctor")
    assert done.stdout.startswith("CallBot Desktop")
    failures = [line for line in done.stdout.splitlines() if line.startswith(" ✗")]
    fixes = [line for line in done.stdout.splitlines() if line.strip().startswith("fix:")]
    assert len(fixes) >= len(failures)
    assert done.returncode == (1 if failures else 0)


def test_command_line_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from callbot_desktop.cli import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'doctor', '--json']); "
        "sys.stdout.flush(); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "Qt imported" not in done.stderr
    assert done.returncode in (0, 1), done.stderr
    json.loads(done.stdout)


def test_environment_variable_puts_all_state_in_one_folder(tmp_path: Path) -> None:
    root = tmp_path / "state"
    env = {**os.environ, "CALLBOT_DATA_DIR": str(root)}
    assert run_cli("settings", "set", "ui.theme", "dark", env=env).returncode == 0
    assert (root / "config" / "settings.toml").is_file()
    assert (root / "logs" / "callbot.log").is_file()
    assert run_cli("settings", "get", "ui.theme", env=env).stdout.strip() == "dark"


def test_settings_set_rejects_a_bad_value_with_the_allowed_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(tmp_path), "settings", "set", "ui.theme", "purple"])
    err = capsys.readouterr().err
    assert code == 2
    assert "ui.theme" in err and "'system', 'light', 'dark'" in err
    assert not (tmp_path / "config" / "settings.toml").exists()


def test_settings_list_json_and_reset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--data-dir", str(tmp_path), "settings"]
    assert main([*base, "set", "vad.hangover_ms", "800"]) == 0
    capsys.readouterr()
    assert main([*base, "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["vad.hangover_ms"] == 800
    assert main([*base, "reset", "vad.hangover_ms"]) == 0
    assert capsys.readouterr().out.strip() == "vad.hangover_ms = 500"


def test_corrupt_settings_warn_but_the_command_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file = tmp_path / "config" / "settings.toml"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("this is = = not toml")
    assert main(["--data-dir", str(tmp_path), "settings", "get", "ui.theme"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "system"
    assert "moved to" in captured.err and settings_file.with_name("settings.toml.bak").exists()


def test_devices_reports_missing_portaudio_or_lists_devices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(tmp_path), "devices", "--json"])
    captured = capsys.readouterr()
    if code == 0:
        listing = json.loads(captured.out)
        assert isinstance(listing["devices"], list)
    else:
        assert "libportaudio2" in captured.err
