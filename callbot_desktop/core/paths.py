"""The one data directory: where settings, the database, logs and the model cache live.

Precedence: an explicit ``--data-dir`` flag, then ``$CALLBOT_DATA_DIR``, then the platform's
usual per-user locations (via platformdirs). With an explicit directory *everything* goes under
it, which is what tests and benchmarks rely on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from callbot_desktop import APP_ID

DATA_DIR_ENV = "CALLBOT_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """Every place the app writes to. Create them with :func:`resolve_paths`."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path
    explicit_root: Path | None = None

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "history.db"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "callbot.log"

    @property
    def model_cache_dir(self) -> Path:
        return self.cache_dir / "models"

    def ensure(self) -> DataPaths:
        """Create the directories (private to the user) and return self."""
        for directory in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    def describe(self) -> dict[str, str]:
        return {
            "root": str(self.explicit_root) if self.explicit_root else "",
            "config": str(self.config_dir),
            "data": str(self.data_dir),
            "logs": str(self.log_dir),
            "cache": str(self.cache_dir),
        }


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
    """Work out where state lives; nothing is created until :meth:`DataPaths.ensure`."""
    chosen = data_dir if data_dir not in (None, "") else os.environ.get(DATA_DIR_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return DataPaths(
            config_dir=root / "config",
            data_dir=root / "data",
            log_dir=root / "logs",
            cache_dir=root / "cache",
            explicit_root=root,
        )
    dirs = platformdirs.PlatformDirs(APP_ID, appauthor=False)
    return DataPaths(
        config_dir=Path(dirs.user_config_dir),
        data_dir=Path(dirs.user_data_dir),
        log_dir=Path(dirs.user_log_dir),
        cache_dir=Path(dirs.user_cache_dir),
    )
