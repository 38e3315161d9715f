"""The PyInstaller bundle (build.spec): both executables run frozen, with everything they look up.

The bundle is built once per session into a temporary folder (see conftest.py); the first test
that uses it pays for the build, hence the generous timeouts.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from callbot_desktop import APP_ID, __version__
from tests.harness.secret_service import SecretServiceSession
from tests.packaging.conftest import REPO, TEST_TIMEOUT

pytestmark = pytest.mark.timeout(TEST_TIMEOUT)


def run_frozen(
    bundle: Path, exe: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / exe), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**(env or os.environ), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def doctor(bundle: Path, data_dir: Path, env: dict[str, str] | None = None) -> dict[str, Any]:
    done = run_frozen(bundle, "callbot", "--data-dir", str(data_dir), "doctor", "--json", env=env)
    assert done.returncode in (0, 1), done.stderr  # 1: an essential check failed (no microphone)
    report = json.loads(done.stdout)
    assert isinstance(report, dict)
    return report


def test_frozen_gui_self_test_prints_ok(frozen_bundle: Path, tmp_path: Path) -> None:
    done = run_frozen(frozen_bundle, APP_ID, "--data-dir", str(tmp_path), "--self-test")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "SELF-TEST OK"
    assert (tmp_path / "logs" / "callbot.log").is_file()


def test_frozen_doctor_prints_json_with_the_real_versions(
    frozen_bundle: Path, tmp_path: Path
) -> None:
    report = doctor(frozen_bundle, tmp_path)
    assert report["version"] == __version__ != "0+unknown"
    assert report["python"]["executable"] == str(frozen_bundle / "callbot")
    assert report["libraries"]["PySide6-Essentials"]
    assert report["libraries"]["sqlcipher3"] == "0.6.4"
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["Qt"]["ok"] and checks["Data folder"]["ok"]
    # Built without CALLBOT_BUNDLE_MODELS: the offline models are absent, and said to be.
    assert report["offline_models"] == {"whisper_tiny_en": None, "piper_joe": None, "smollm2": None}


def test_frozen_cli_uses_the_os_keyring_and_the_encrypted_history(
    frozen_bundle: Path, tmp_path: Path, secret_service: SecretServiceSession
) -> None:
    report = doctor(frozen_bundle, tmp_path, env=secret_service.env)
    assert report["keyring"]["backend"] == "keyring.backends.SecretService.Keyring"
    assert report["keyring"]["usable"] is True
    # Creates the SQLCipher database (migrations from package data), its key in the keyring.
    done = run_frozen(
        frozen_bundle, "callbot", "--data-dir", str(tmp_path), "history", "list", "--json",
        env=secret_service.env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    database = [p for p in tmp_path.rglob("*.db") if p.stat().st_size > 0]
    assert database, "no history database was created"
    assert not database[0].read_bytes().startswith(b"SQLite format 3"), "history is not encrypted"


def test_bundle_layout(frozen_bundle: Path) -> None:
    internal = frozen_bundle / "_internal"
    assert (frozen_bundle / "LICENSE").read_text() == (REPO / "LICENSE").read_text()
    notices = (frozen_bundle / "THIRD-PARTY-NOTICES.md").read_text()
    assert "| PySide6_Essentials |" in notices and "| piper-tts |" in notices
    for icon in (REPO / "resources").rglob("*"):
        if icon.is_file():
            assert (internal / icon.relative_to(REPO)).is_file(), icon
    folder = "callbot_desktop/storage/migrations"
    migrations = sorted(p.name for p in (REPO / folder).glob("*.sql"))
    bundled = sorted(p.name for p in (internal / folder).glob("*.sql"))
    assert bundled == migrations != []
    assert (internal / "faster_whisper/assets/silero_vad_v6.onnx").is_file()
    assert (internal / "piper/espeak-ng-data").is_dir()
    names = {p.name for p in internal.rglob("*")}
    assert "libqtvirtualkeyboardplugin.so" not in names
    unused_qt = ("libQt6Quick", "libQt6Qml", "libQt6WebEngine")
    assert not any(name.startswith(unused_qt) for name in names)
    assert not {"PyQt5", "PyQt6", "PySide2", "keyrings"} & {p.name for p in internal.iterdir()}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= names
    hicolor = frozen_bundle / "share/icons/hicolor"
    assert (hicolor / "256x256/apps" / f"{APP_ID}.png").is_file()
    assert (hicolor / "scalable/apps" / f"{APP_ID}.svg").is_file()
    assert os.access(frozen_bundle / "install.sh", os.X_OK)


def test_models_bundle_finds_every_offline_model_inside_itself(
    frozen_bundle_with_models: Path, tmp_path: Path
) -> None:
    report = doctor(frozen_bundle_with_models, tmp_path)
    internal = frozen_bundle_with_models / "_internal"
    models = report["offline_models"]
    for key in ("whisper_tiny_en", "piper_joe", "smollm2"):
        assert models[key] is not None, f"{key} not found in the frozen app: {models}"
        assert Path(models[key]).is_relative_to(internal), models[key]
    assert Path(models["whisper_tiny_en"], "model.bin").is_file()
    assert report["embedded_model"]["gguf"] == models["smollm2"]
    checks = {check["name"]: check for check in report["checks"]}
    assert checks["Speech recognition"]["ok"], checks["Speech recognition"]
