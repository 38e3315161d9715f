"""Light and dark themes: readable palettes, the app's look, and screenshots of both."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from callbot_desktop.ui.theme import (
    ACCENT,
    STYLE_SHEET,
    apply_theme,
    contrast_ratio,
    palette_for,
    system_scheme,
)

Role = QPalette.ColorRole
READABLE_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.BrightText, Role.Highlight),
]


@pytest.fixture
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's QApplication, put back to Qt's defaults afterwards."""
    style = qapp.style().name()
    yield qapp
    for follower in qapp.findChildren(QObject, "callbotThemeFollower"):
        follower.setParent(None)
        follower.deleteLater()
    qapp.styleHints().unsetColorScheme()
    qapp.setStyleSheet("")
    qapp.setStyle(style)
    qapp.setPalette(qapp.style().standardPalette())


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("foreground", "background"), READABLE_PAIRS)
def test_text_is_readable_on_its_background(
    scheme: str, foreground: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    palette = palette_for(scheme)
    ratio = contrast_ratio(palette.color(foreground), palette.color(background))
    assert ratio >= 4.5, f"{scheme}: {foreground.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_disabled_text_stays_readable(scheme: str) -> None:
    palette = palette_for(scheme)
    disabled = QPalette.ColorGroup.Disabled
    for text, background in [(Role.WindowText, Role.Window), (Role.Text, Role.Base)]:
        ratio = contrast_ratio(palette.color(disabled, text), palette.color(background))
        assert ratio >= 4.5, f"{scheme}: disabled {text.name} is {ratio:.2f}:1"
        assert palette.color(disabled, text) != palette.color(text), "disabled looks different"


def test_light_and_dark_differ_and_share_the_accent() -> None:
    light, dark = palette_for("light"), palette_for("dark")
    assert light.color(Role.Window).lightness() > 200
    assert dark.color(Role.Window).lightness() < 60
    assert light.color(Role.Text).lightness() < dark.color(Role.Text).lightness()
    assert light.color(Role.Highlight) == dark.color(Role.Highlight) == QColor(ACCENT)


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_forced_schemes_fall_back_to_fusion_palettes_when_the_platform_ignores_them(
    themed_app: QApplication,
) -> None:
    assert apply_theme(themed_app, "dark") == "dark"
    assert themed_app.palette().color(Role.Window) == palette_for("dark").color(Role.Window)
    assert themed_app.styleSheet() == STYLE_SHEET
    assert apply_theme(themed_app, "light") == "light"
    assert themed_app.palette().color(Role.Window) == palette_for("light").color(Role.Window)
    assert len(themed_app.findChildren(QObject, "callbotThemeFollower")) == 1


def test_system_follows_what_the_platform_reports(themed_app: QApplication) -> None:
    assert apply_theme(themed_app, "system") == system_scheme(themed_app)


def test_an_unknown_theme_is_refused(themed_app: QApplication) -> None:
    with pytest.raises(ValueError, match="expected one of system, light, dark"):
        apply_theme(themed_app, "sepia")


def sample(qtbot: QtBot) -> tuple[QWidget, dict[str, QWidget]]:
    """A little of every themed thing: title, bubbles, the round button, plain widgets."""
    window = QWidget()
    window.setWindowTitle("Theme sample")
    layout = QVBoxLayout(window)
    title = QLabel("Conversation")
    title.setObjectName("panelTitle")
    user = QLabel("What's the weather like tomorrow?")
    user.setObjectName("userBubble")
    assistant = QLabel("Sunny in the morning, rain from about four.")
    assistant.setObjectName("assistantBubble")
    talk = QPushButton("Talk")
    talk.setObjectName("pushToTalkButton")
    talk.setAccessibleName("Push to talk")
    field = QLineEdit()
    field.setPlaceholderText("Type a message")
    field.setAccessibleName("Message")
    hands_free = QCheckBox("Hands-free")
    hands_free.setAccessibleName("Hands-free")
    disabled = QPushButton("Export (nothing yet)")
    disabled.setEnabled(False)
    disabled.setAccessibleName("Export")
    row = QHBoxLayout()
    row.addWidget(talk)
    row.addWidget(hands_free)
    row.addWidget(disabled)
    for widget in (title, user, assistant, field):
        layout.addWidget(widget)
    layout.addLayout(row)
    window.resize(420, 320)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, {"title": title, "user": user, "assistant": assistant, "talk": talk}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot_of_the_look(
    scheme: str, themed_app: QApplication, qtbot: QtBot, screenshot_dir: Path
) -> None:
    apply_theme(themed_app, scheme)
    window, parts = sample(qtbot)
    image = window.grab().toImage()
    assert image.save(str(screenshot_dir / f"theme-{scheme}.png"))
    palette = palette_for(scheme)

    def colour_inside(widget: QWidget) -> QColor:
        point = widget.mapTo(window, widget.rect().topLeft()) + widget.rect().center() * 0
        return image.pixelColor(point.x() + 6, point.y() + widget.height() // 2)

    assert colour_inside(parts["user"]) == palette.color(Role.Highlight)
    assert colour_inside(parts["assistant"]) == palette.color(Role.AlternateBase)
    assert image.pixelColor(2, 2) == palette.color(Role.Window)
    talk = parts["talk"]
    assert talk.width() == talk.height() == 96, "the push-to-talk button is large and round"
    centre = talk.mapTo(window, talk.rect().center())
    assert image.pixelColor(centre.x() - 30, centre.y()) == QColor(ACCENT)
    corner = talk.mapTo(window, talk.rect().topLeft())
    assert image.pixelColor(corner.x() + 3, corner.y() + 3) == palette.color(Role.Window)
