"""Loading, validating, migrating and saving settings as TOML. Never stops the app from starting.

- A missing file means defaults.
- A file that is not valid TOML is moved aside to ``settings.toml.bak`` and defaults are used.
- A value that does not fit its option is replaced by the default, with a warning naming the setting
  and its allowed values.
- Settings this version does not know (from a newer version) are kept and written back untouched.
- Saving is atomic (write a temporary file, then rename), so a crash never leaves half a file.
"""

from __future__ import annotations

import logging
import os
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from callbot_desktop.core.errors import SettingError
from callbot_desktop.settings.schema import OPTIONS, SCHEMA_VERSION, Value, defaults, option

log = logging.getLogger(__name__)

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""Takes the raw TOML document of version N and returns the document of version N + 1."""

MIGRATIONS: dict[int, Migration] = {}
"""``MIGRATIONS[n]`` upgrades a version-n document. Version 1 is the first released schema."""

Observer = Callable[[str, Value], None]


class Settings:
    """The current values, validated on every change; observers hear ``(name, value)``."""

    def __init__(
        self, values: Mapping[str, Value] | None = None, unknown: Mapping[str, Any] | None = None
    ) -> None:
        self._values: dict[str, Value] = defaults()
        for name, value in (values or {}).items():
            self._values[name] = option(name).validate(value)
        self.unknown: dict[str, Any] = dict(unknown or {})
        self._observers: list[Observer] = []

    def __getitem__(self, name: str) -> Value:
        option(name)
        return self._values[name]

    def get_str(self, name: str) -> str:
        value = self[name]
        assert isinstance(value, str), name
        return value

    def get_int(self, name: str) -> int:
        value = self[name]
        assert isinstance(value, int) and not isinstance(value, bool), name
        return value

    def get_bool(self, name: str) -> bool:
        value = self[name]
        assert isinstance(value, bool), name
        return value

    def set(self, name: str, value: object) -> None:
        """Validate and store ``value``; raises SettingError naming the allowed values."""
        checked = option(name).validate(value)
        if self._values[name] != checked:
            self._values[name] = checked
            for observer in list(self._observers):
                observer(name, checked)

    def reset(self, name: str) -> None:
        self.set(name, option(name).default)

    def observe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer`` on every change; returns a function that stops it."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    def as_dict(self) -> dict[str, Value]:
        return dict(self._values)

    def changed_from_defaults(self) -> dict[str, Value]:
        base = defaults()
        return {k: v for k, v in self._values.items() if base[k] != v}


@dataclass
class LoadResult:
    settings: Settings
    warnings: list[str] = field(default_factory=list)


def load_settings(path: Path, migrations: Mapping[int, Migration] | None = None) -> LoadResult:
    """Read ``path``; whatever is wrong with it, return usable settings and say what was wrong."""
    steps = MIGRATIONS if migrations is None else migrations
    warnings: list[str] = []
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadResult(Settings())
    except (OSError, UnicodeDecodeError) as exc:
        warnings.append(_move_aside(path, f"could not be read ({exc})"))
        return _logged(LoadResult(Settings(), warnings))
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        warnings.append(_move_aside(path, f"is not valid TOML ({exc})"))
        return _logged(LoadResult(Settings(), warnings))

    version = document.pop("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        warnings.append(_move_aside(path, f"has an invalid schema_version {version!r}"))
        return _logged(LoadResult(Settings(), warnings))
    while version < SCHEMA_VERSION:
        if version not in steps:
            warnings.append(_move_aside(path, f"has schema {version}, which cannot be migrated"))
            return _logged(LoadResult(Settings(), warnings))
        document = steps[version](document)
        version += 1
    if version > SCHEMA_VERSION:
        warnings.append(
            f"Settings file {path} was written by a newer CallBot (schema {version}); "
            "settings this version does not know are kept unchanged."
        )

    values: dict[str, Value] = {}
    unknown: dict[str, Any] = {}
    for name, raw in _flatten(document).items():
        try:
            values[name] = option(name).validate(raw)
        except SettingError as exc:
            if name in {o.name for o in OPTIONS}:
                warnings.append(f"{exc.message}; using the default ({exc.fix}).")
            else:
                unknown[name] = raw
    return _logged(LoadResult(Settings(values, unknown), warnings))


def save_settings(settings: Settings, path: Path) -> None:
    """Write every non-default setting (plus kept unknown ones) atomically."""
    document: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name, value in {**settings.unknown, **settings.changed_from_defaults()}.items():
        section, _, key = name.partition(".")
        document.setdefault(section, {})[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".settings-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            tomli_w.dump(document, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _flatten(document: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, table in document.items():
        if isinstance(table, Mapping):
            for key, value in table.items():
                flat[f"{section}.{key}"] = value
        else:
            flat[section] = table
    return flat


def _move_aside(path: Path, problem: str) -> str:
    backup = path.with_name(path.name + ".bak")
    try:
        os.replace(path, backup)
    except OSError as exc:
        return (
            f"Settings file {path} {problem}, and could not be moved aside ({exc}); using defaults."
        )
    return f"Settings file {path} {problem}; it was moved to {backup} and defaults are used."


def _logged(result: LoadResult) -> LoadResult:
    for warning in result.warnings:
        log.warning("%s", warning)
    return result
