"""Light and dark looks: follow the system's colour scheme, or force one.

:func:`apply_theme` asks Qt for the scheme (``QStyleHints.setColorScheme``). Where the platform
ignores that (no desktop environment: the request is silently dropped), it falls back to the
Fusion style with a light or dark palette defined here. Either way a small palette-based style
sheet gives the app its look: the round push-to-talk button, chat bubbles and panel titles.
With ``"system"`` a change of the system's scheme is followed while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#3b6fd8"  # the blue of the app icon
CHOICES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# role -> (light, dark); every text/background pair keeps a contrast ratio of at least 4.5.
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#f4f5f7", "#1e1f22"),
    _Role.WindowText: ("#1b1c1f", "#e8e9ec"),
    _Role.Base: ("#ffffff", "#2a2c32"),
    _Role.AlternateBase: ("#eceef2", "#32353b"),
    _Role.Text: ("#1b1c1f", "#e8e9ec"),
    _Role.PlaceholderText: ("#62666e", "#9a9ea8"),
    _Role.Button: ("#e6e8ec", "#2b2d32"),
    _Role.ButtonText: ("#1b1c1f", "#e8e9ec"),
    _Role.BrightText: ("#ffffff", "#ffffff"),
    _Role.Light: ("#ffffff", "#3a3d44"),
    _Role.Midlight: ("#eef0f3", "#33363c"),
    _Role.Mid: ("#b9bdc6", "#6a6f7a"),
    _Role.Dark: ("#8d929c", "#70747e"),
    _Role.Shadow: ("#5c6068", "#000000"),
    _Role.Highlight: (ACCENT, ACCENT),
    _Role.HighlightedText: ("#ffffff", "#ffffff"),
    _Role.Accent: (ACCENT, ACCENT),
    _Role.Link: ("#2456b8", "#8fb0f5"),
    _Role.LinkVisited: ("#6a3fb5", "#b9a0f0"),
    _Role.ToolTipBase: ("#ffffff", "#2b2d32"),
    _Role.ToolTipText: ("#1b1c1f", "#e8e9ec"),
}
# Disabled text: dimmer but still readable (about 4.5:1 on its background).
_DISABLED: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.WindowText: ("#6b6f77", "#8e929b"),
    _Role.Text: ("#6b6f77", "#9ca0a9"),
    _Role.ButtonText: ("#666a72", "#8e929b"),
    _Role.Highlight: ("#9aa3b5", "#4a4e57"),
}

STYLE_SHEET = """
QPushButton#pushToTalkButton {
    min-width: 92px; min-height: 92px; max-width: 92px; max-height: 92px; padding: 0;
    border-radius: 48px; border: 2px solid palette(dark);
    background-color: palette(highlight); color: palette(highlighted-text);
    font-size: 14pt; font-weight: 600;
}
QPushButton#pushToTalkButton:hover { border-color: palette(highlighted-text); }
QPushButton#pushToTalkButton:pressed, QPushButton#pushToTalkButton:checked {
    background-color: #16a34a; border-color: palette(window-text);
}
QPushButton#pushToTalkButton[talking="true"] {
    background-color: #16a34a; border-color: palette(window-text);
}
QPushButton#pushToTalkButton:focus { border-color: palette(link); }
QPushButton#pushToTalkButton:disabled {
    background-color: palette(button); color: palette(placeholder-text);
}
QLabel#userBubble, QLabel#assistantBubble {
    border-radius: 12px; padding: 8px 12px;
}
QLabel#userBubble {
    background-color: palette(highlight); color: palette(highlighted-text);
}
QLabel#assistantBubble {
    background-color: palette(alternate-base); color: palette(text);
    border: 1px solid palette(mid);
}
QListWidget#navigation {
    border: none; border-right: 1px solid palette(mid); padding-top: 8px;
    background-color: palette(base);
}
QListWidget#navigation::item { padding: 9px 14px; }
QLabel#chatPlaceholder { color: palette(placeholder-text); }
QLabel#panelTitle {
    font-size: 13pt; font-weight: 600; color: palette(window-text); padding: 4px 0;
}
"""


def palette_for(scheme: str) -> QPalette:
    """The fallback palette for ``"light"`` or ``"dark"``."""
    index = 1 if scheme == "dark" else 0
    palette = QPalette()
    for role, colours in _COLOURS.items():
        palette.setColor(role, QColor(colours[index]))
    for role, colours in _DISABLED.items():
        palette.setColor(_Group.Disabled, role, QColor(colours[index]))
    return palette


def system_scheme(app: QGuiApplication) -> str:
    """The scheme the platform reports now; "light" when it does not say."""
    scheme = app.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


class _Follower(QObject):
    """Lives on the app: remembers the choice and the original style, follows system changes."""

    NAME = "callbotThemeFollower"

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(self.NAME)
        self.app = app
        self.choice = "system"
        self.native_style = app.style().name()
        self.fallback = False  # whether we switched to Fusion with our own palette
        self.effective = "light"
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)

    @Slot(Qt.ColorScheme)
    def _on_system_change(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice == "system":
            self.apply(self.choice)

    def apply(self, choice: str) -> str:
        hints = self.app.styleHints()
        if choice == "system":
            hints.unsetColorScheme()
            wanted = system_scheme(self.app)
            honoured = hints.colorScheme() != Qt.ColorScheme.Unknown
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
            wanted = choice
            honoured = system_scheme(self.app) == wanted and hints.colorScheme() != (
                Qt.ColorScheme.Unknown
            )
        self.choice = choice
        self.effective = wanted
        if honoured:
            if self.fallback:
                self.app.setStyle(self.native_style)
                self.fallback = False
            self.app.setPalette(self.app.style().standardPalette())
        else:
            self.app.setStyle("Fusion")
            self.app.setPalette(palette_for(wanted))
            self.fallback = True
        self.app.setStyleSheet(STYLE_SHEET)
        return wanted


def apply_theme(app: QApplication, choice: str) -> str:
    """Apply ``ui.theme`` (``system``, ``light`` or ``dark``); returns ``"light"`` or ``"dark"``."""
    if choice not in CHOICES:
        raise ValueError(f"unknown theme {choice!r}; expected one of {', '.join(CHOICES)}")
    follower = app.findChild(_Follower, _Follower.NAME)
    if follower is None:
        follower = _Follower(app)
    return follower.apply(choice)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
