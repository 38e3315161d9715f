"""Settings load, save, migrate, and never stop the app from starting."""

from __future__ import annotations

import logging
import tomllib
from pathlib import Path
from typing import Any

import pytest

from callbot_desktop.core.errors import SettingError
from callbot_desktop.settings.schema import SCHEMA_VERSION
from callbot_desktop.settings.store import Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    result = load_settings(tmp_path / "settings.toml")
    assert result.warnings == []
    assert result.settings["ui.theme"] == "system"


def test_round_trip_writes_only_changes_with_a_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.toml"
    settings = Settings()
    settings.set("ui.theme", "dark")
    settings.set("vad.hangover_ms", 900)
    save_settings(settings, path)
    document = tomllib.loads(path.read_text())
    assert document == {
        "schema_version": SCHEMA_VERSION,
        "ui": {"theme": "dark"},
        "vad": {"hangover_ms": 900},
    }
    again = load_settings(path)
    assert again.warnings == []
    assert again.settings.as_dict() == settings.as_dict()


def test_corrupt_file_is_moved_aside_and_defaults_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[ui\ntheme = 'dark'\n")
    with caplog.at_level(logging.WARNING):
        result = load_settings(path)
    assert result.settings.as_dict() == Settings().as_dict()
    assert not path.exists()
    assert (tmp_path / "settings.toml.bak").read_text() == "[ui\ntheme = 'dark'\n"
    assert "not valid TOML" in result.warnings[0] and ".bak" in result.warnings[0]
    assert any("not valid TOML" in r.getMessage() for r in caplog.records)


def test_undecodable_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    result = load_settings(path)
    assert (tmp_path / "settings.toml.bak").exists()
    assert result.settings["ui.theme"] == "system"


def test_bad_value_falls_back_to_default_and_names_allowed_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("schema_version = 1\n[ui]\ntheme = 'purple'\nlanguage = 'de'\n")
    result = load_settings(path)
    assert result.settings["ui.theme"] == "system"
    assert result.settings["ui.language"] == "de"
    assert len(result.warnings) == 1
    assert "ui.theme" in result.warnings[0] and "'light'" in result.warnings[0]
    assert path.exists(), "a file with one bad value is kept, not moved aside"


def test_unknown_settings_from_a_newer_version_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        f"schema_version = {SCHEMA_VERSION + 1}\n[future]\nthing = 3\n[ui]\ntheme='dark'\n"
    )
    result = load_settings(path)
    assert "newer" in result.warnings[0]
    assert result.settings["ui.theme"] == "dark"
    save_settings(result.settings, path)
    assert tomllib.loads(path.read_text())["future"] == {"thing": 3}


def test_migrations_run_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import callbot_desktop.settings.store as store

    monkeypatch.setattr(store, "SCHEMA_VERSION", 3)

    def one_to_two(doc: dict[str, Any]) -> dict[str, Any]:
        doc.setdefault("ui", {})["theme"] = doc.pop("dark_mode", False) and "dark" or "light"
        return doc

    def two_to_three(doc: dict[str, Any]) -> dict[str, Any]:
        doc["ui"]["language"] = doc["ui"].pop("lang")
        return doc

    path = tmp_path / "settings.toml"
    path.write_text("schema_version = 1\ndark_mode = true\n[ui]\nlang = 'fr'\n")
    result = load_settings(path, migrations={1: one_to_two, 2: two_to_three})
    assert result.warnings == []
    assert result.settings["ui.theme"] == "dark"
    assert result.settings["ui.language"] == "fr"


def test_unmigratable_version_is_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import callbot_desktop.settings.store as store

    monkeypatch.setattr(store, "SCHEMA_VERSION", 2)
    path = tmp_path / "settings.toml"
    path.write_text("schema_version = 1\n")
    result = load_settings(path, migrations={})
    assert "cannot be migrated" in result.warnings[0]
    assert (tmp_path / "settings.toml.bak").exists()


def test_set_validates_and_notifies_observers() -> None:
    settings = Settings()
    seen: list[tuple[str, object]] = []
    stop = settings.observe(lambda name, value: seen.append((name, value)))
    settings.set("ui.theme", "dark")
    settings.set("ui.theme", "dark")  # unchanged: no second notification
    with pytest.raises(SettingError):
        settings.set("ui.theme", "neon")
    stop()
    settings.set("ui.theme", "light")
    assert seen == [("ui.theme", "dark")]
    assert settings["ui.theme"] == "light"


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    settings = Settings()
    settings.set("privacy.anonymous", True)
    save_settings(settings, path)
    save_settings(settings, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]
