"""One data directory: flag, then environment, then the platform's per-user folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from callbot_desktop.core.paths import DATA_DIR_ENV, resolve_paths


def test_flag_beats_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    paths = resolve_paths(tmp_path / "flag")
    assert paths.explicit_root == (tmp_path / "flag").resolve()
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.cache_dir):
        assert folder.is_relative_to(tmp_path / "flag")


def test_environment_is_used_without_a_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    paths = resolve_paths(None)
    assert paths.settings_file == (tmp_path / "env").resolve() / "config" / "settings.toml"
    assert paths.database_file.is_relative_to(tmp_path / "env")
    assert paths.model_cache_dir.is_relative_to(tmp_path / "env")


def test_default_is_per_user_platform_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    paths = resolve_paths()
    assert paths.explicit_root is None
    assert paths.config_dir == tmp_path / "xdg-config" / "callbot-desktop"
    assert paths.data_dir == tmp_path / "xdg-data" / "callbot-desktop"


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "root").ensure()
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.cache_dir):
        assert folder.is_dir()
        assert folder.stat().st_mode & 0o077 == 0
