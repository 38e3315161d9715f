"""Translations: a .qm built from a .ts changes what tr() returns; the build script builds them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QApplication

from callbot_desktop.settings.schema import option
from callbot_desktop.ui import build_translations
from callbot_desktop.ui.i18n import install_translator, remove_translators, resolve_language
from callbot_desktop.ui.resources import i18n_dir

GREETER_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Greeter</name>
    <message>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
</context>
</TS>
"""


class Greeter(QObject):
    def greeting(self) -> str:
        return self.tr("Hello")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_translators(qapp)


@pytest.fixture
def german(tmp_path: Path) -> Path:
    """A folder with callbot_de.qm built from a one-message .ts."""
    (tmp_path / "callbot_de.ts").write_text(GREETER_TS, encoding="utf-8")
    assert build_translations.main(["--i18n-dir", str(tmp_path)]) == 0
    assert (tmp_path / "callbot_de.qm").is_file()
    return tmp_path


def test_a_built_translation_changes_tr(app: QApplication, german: Path) -> None:
    assert Greeter().greeting() == "Hello"
    assert install_translator(app, "de", directory=german) == "de"
    assert Greeter().greeting() == "Hallo"
    assert QCoreApplication.translate("Greeter", "Hello") == "Hallo"
    remove_translators(app)
    assert Greeter().greeting() == "Hello"


def test_installing_again_replaces_the_translation(app: QApplication, german: Path) -> None:
    install_translator(app, "de", directory=german)
    assert install_translator(app, "en", directory=german) == "en"
    assert Greeter().greeting() == "Hello", "English is the source: nothing is loaded"


def test_a_language_without_a_file_stays_english(app: QApplication, german: Path) -> None:
    assert install_translator(app, "fr", directory=german) is None
    assert Greeter().greeting() == "Hello"


def test_system_follows_the_locale(app: QApplication, german: Path) -> None:
    assert resolve_language("system", QLocale("de_AT")) == "de"
    assert resolve_language("es", QLocale("de_AT")) == "es"
    assert install_translator(app, "system", directory=german, system=QLocale("de_DE")) == "de"
    assert Greeter().greeting() == "Hallo"


def test_every_language_the_setting_allows_has_a_source_file() -> None:
    choices = option("ui.language").choices
    assert choices is not None
    for language in choices:
        if language in ("system", "en"):
            continue
        source = i18n_dir() / f"callbot_{language}.ts"
        assert source.is_file(), "run: python -m callbot_desktop.ui.build_translations --update"
        assert f'language="{language}"' in source.read_text(encoding="utf-8")


def test_the_build_script_builds_the_project_translations(tmp_path: Path) -> None:
    for source in i18n_dir().glob("*.ts"):
        shutil.copy(source, tmp_path)
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "callbot_desktop.ui.build_translations",
            "--i18n-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    names = sorted(path.name for path in tmp_path.glob("*.qm"))
    assert names == ["callbot_de.qm", "callbot_es.qm", "callbot_fr.qm"]
    assert "built" in built.stdout


def test_update_collects_tr_texts_from_the_sources(tmp_path: Path) -> None:
    sources = tmp_path / "pkg"
    sources.mkdir()
    (sources / "panel.py").write_text(
        "from PySide6.QtCore import QObject\n\n\n"
        "class Panel(QObject):\n"
        "    def title(self) -> str:\n"
        '        return self.tr("Conversation history")\n',
        encoding="utf-8",
    )
    folder = tmp_path / "i18n"
    written = build_translations.update(sources, folder, ["de", "fr"])
    assert [path.name for path in written] == ["callbot_de.ts", "callbot_fr.ts"]
    german = written[0].read_text(encoding="utf-8")
    assert "<name>Panel</name>" in german
    assert "<source>Conversation history</source>" in german
    assert 'language="de"' in german
    assert len(build_translations.release(folder)) == 2
