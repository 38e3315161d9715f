"""The German, Spanish and French translations are complete, faithful to their sources and load.

Every message in ``i18n/callbot_<lang>.ts`` is translated (no ``type="unfinished"``, no empty
text), keeps the source's placeholders, ``&`` mnemonics and tags, and the ``.ts`` files list
exactly the texts a fresh ``pyside6-lupdate`` finds in the sources: a new ``tr()`` text that
nobody translated fails here. The ``.qm`` files are built into a temporary folder, so the tests do
not depend on ``make`` having built ``i18n/*.qm``.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callbot_desktop.startup import Startup
from callbot_desktop.ui import build_translations
from callbot_desktop.ui.history_access import HistoryAccess
from callbot_desktop.ui.i18n import install_translator, remove_translators
from callbot_desktop.ui.main_window import PAGES, MainWindow
from callbot_desktop.ui.resources import i18n_dir, project_root
from callbot_desktop.ui.talk_controls import TalkControls
from callbot_desktop.ui.theme import apply_theme
from tests.ui.sample_window import (
    access_with_a_conversation,
    idle_bridge,
    show_a_reply_being_spoken,
)

LANGUAGES = build_translations.LANGUAGES
DROPPED = ("vanished", "obsolete")

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
TAG = re.compile(r"</?[A-Za-z][^<>]*>")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    kind: str | None


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without translation"
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
                text = "\n".join(forms) if forms and all(forms) else ""
            else:
                text = translation.text or ""
            found.append(
                Entry(name, message.findtext("source", default=""), text, translation.get("type"))
            )
    return found


def live(path: Path) -> list[Entry]:
    return [entry for entry in entries(path) if entry.kind not in DROPPED]


def ts_file(language: str) -> Path:
    return i18n_dir() / f"callbot_{language}.ts"


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every text a fresh lupdate finds in callbot_desktop/."""
    folder = tmp_path_factory.mktemp("lupdate")
    (target,) = build_translations.update(project_root() / "callbot_desktop", folder, ["de"])
    return {(entry.context, entry.source) for entry in live(target)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's .ts files compiled to .qm in a folder of their own."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        shutil.copy(ts_file(language), folder)
    names = sorted(path.name for path in build_translations.release(folder))
    assert names == [f"callbot_{language}.qm" for language in LANGUAGES]
    return folder


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_translators(qapp)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    path = ts_file(language)
    assert f'language="{language}"' in path.read_text(encoding="utf-8")
    messages = live(path)
    assert len(messages) > 100
    unfinished = [f"{e.context}: {e.source!r}" for e in messages if e.kind == "unfinished"]
    assert unfinished == [], "translate these:\n" + "\n".join(unfinished)
    empty = [f"{e.context}: {e.source!r}" for e in messages if not e.translation.strip()]
    assert empty == [], "empty translations:\n" + "\n".join(empty)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_mnemonics_and_tags(language: str) -> None:
    wrong = []
    for entry in live(ts_file(language)):
        source, text = entry.source, entry.translation
        where = f"{entry.context}: {source!r} → {text!r}"
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders differ: {where}")
        if source.count("&") != text.count("&"):
            wrong.append(f"& mnemonics differ: {where}")
        if "&" in text and text.rstrip().endswith("&"):
            wrong.append(f"& marks no letter: {where}")
        if Counter(TAG.findall(source)) != Counter(TAG.findall(text)):
            wrong.append(f"tags differ: {where}")
        if source.endswith(("…", ":")) and not text.rstrip("\u00a0").endswith(source[-1]):
            wrong.append(f"trailing {source[-1]!r} lost: {where}")
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_files_list_exactly_the_texts_in_the_sources(
    language: str, fresh_sources: set[tuple[str, str]]
) -> None:
    listed = {(entry.context, entry.source) for entry in live(ts_file(language))}
    new = sorted(fresh_sources - listed)
    gone = sorted(listed - fresh_sources)
    hint = "run: python -m callbot_desktop.ui.build_translations --update, then translate"
    assert new == [], f"{hint}; not in callbot_{language}.ts:\n" + "\n".join(map(str, new))
    assert gone == [], f"{hint}; no longer in the sources:\n" + "\n".join(map(str, gone))


@pytest.mark.parametrize(
    ("language", "talk", "hands_free", "mute"),
    [
        ("de", "Reden", "&Freisprechen", "S&tumm"),
        ("es", "Hablar", "&Manos libres", "&Silenciar"),
        ("fr", "Parler", "Mains &libres", "&Couper le micro"),
    ],
)
def test_a_real_widget_shows_the_translation(
    app: QApplication,
    built: Path,
    qtbot: QtBot,
    language: str,
    talk: str,
    hands_free: str,
    mute: str,
) -> None:
    assert install_translator(app, language, directory=built) == language
    controls = TalkControls()
    qtbot.addWidget(controls)
    assert controls.talk_button.text() == talk
    assert controls.hands_free.text() == hands_free
    assert controls.mute.text() == mute
    remove_translators(app)
    english = TalkControls()
    qtbot.addWidget(english)
    assert english.hands_free.text() == "&Hands-free"


# --- the main window in German ----------------------------------------------------------------


@pytest.fixture
def access(tmp_path: Path, qapp: QApplication) -> Iterator[HistoryAccess]:
    shared = access_with_a_conversation(
        tmp_path, "Erkläre Photosynthese ganz einfach", "Pflanzen machen aus Licht Zucker."
    )
    yield shared
    shared.close()


WINDOW_TEXTS = {
    # language: (first two pages, hands-free switch, "speaking" state)
    "de": (["Gespräch", "Personas"], "&Freisprechen", "Spricht…"),
    "es": (["Conversación", "Personajes"], "&Manos libres", "Hablando…"),
    "fr": (["Conversation", "Personnages"], "Mains &libres", "Parle…"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_translated(
    app: QApplication,
    built: Path,
    qtbot: QtBot,
    startup: Startup,
    access: HistoryAccess,
    loop: asyncio.AbstractEventLoop,
    screenshot_dir: Path,
    language: str,
) -> None:
    """Screenshots of every page (main-window-de.png, page-settings-fr.png, …); nothing too wide."""
    pages, hands_free, speaking = WINDOW_TEXTS[language]
    assert install_translator(app, language, directory=built) == language
    window = MainWindow(startup, access, idle_bridge())
    qtbot.addWidget(window)
    window.resize(1040, 700)
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles[:2] == pages
    assert window.controls.hands_free.text() == hands_free
    show_a_reply_being_spoken(
        window,
        qtbot,
        "Und wie helfen die Wurzeln?",
        "Wurzeln nehmen Wasser auf und halten die Pflanze fest.",
    )
    assert window.state_label.text() == speaking
    assert apply_theme(app, "light") == "light"
    window.show()
    qtbot.waitExposed(window)
    talk = window.controls.talk_button
    text_width = talk.fontMetrics().horizontalAdvance(talk.text())
    assert text_width <= talk.width() - 8, f"{talk.text()!r} does not fit the round talk button"
    needed = window.minimumSizeHint().width()
    assert needed <= 1040, f"the translated texts make the window {needed} px wide at least"
    window.grab().save(str(screenshot_dir / f"main-window-{language}.png"))
    for key in PAGES[1:]:
        window.show_page(key)
        app.processEvents()
        needed = window.minimumSizeHint().width()
        assert needed <= 1040, f"{key}: the translated texts make the window {needed} px wide"
        window.grab().save(str(screenshot_dir / f"page-{key}-{language}.png"))
    assert (screenshot_dir / f"main-window-{language}.png").stat().st_size > 10_000
