"""The push-to-talk key combination: what the ``ui.hotkey`` setting names, and how to spell it.

The setting is written the pynput way (``"<ctrl>+<alt>+<space>"``). :func:`parse_hotkey` reads it
into a :class:`Hotkey` (or raises :class:`HotkeyError` saying what to write instead), which can be
written back as the setting's text, as a Qt key sequence's portable text, or as an XDG portal
trigger. :func:`pynput_key_name` names a pynput key event the way :attr:`Hotkey.keys` does.

This is the small shared module of the hotkey: both :mod:`callbot_desktop.ui.hotkey` (the hold
logic, the backend choice, the pynput backend and the in-window filter) and
:mod:`callbot_desktop.ui.hotkey_portal` (the Wayland portal backend) import it, and it imports
neither, so there is no import cycle. It never imports pynput (which fails without a display).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

# Canonical modifier name -> (Qt portable name, XDG shortcut modifier).
_MODIFIERS: dict[str, tuple[str, str]] = {
    "ctrl": ("Ctrl", "CTRL"),
    "alt": ("Alt", "ALT"),
    "shift": ("Shift", "SHIFT"),
    "cmd": ("Meta", "LOGO"),
}
_MODIFIER_ALIASES = {
    "control": "ctrl",
    "ctrl_l": "ctrl",
    "ctrl_r": "ctrl",
    "alt_l": "alt",
    "alt_r": "alt",
    "shift_l": "shift",
    "shift_r": "shift",
    "cmd_l": "cmd",
    "cmd_r": "cmd",
    "super": "cmd",
    "win": "cmd",
    "meta": "cmd",
}
# pynput key name -> (Qt portable name, XKB keysym name for the portal).
_NAMED_KEYS: dict[str, tuple[str, str]] = {
    "space": ("Space", "space"),
    "enter": ("Return", "Return"),
    "tab": ("Tab", "Tab"),
    "esc": ("Esc", "Escape"),
    "backspace": ("Backspace", "BackSpace"),
    "delete": ("Del", "Delete"),
    "insert": ("Ins", "Insert"),
    "home": ("Home", "Home"),
    "end": ("End", "End"),
    "page_up": ("PgUp", "Prior"),
    "page_down": ("PgDown", "Next"),
    "up": ("Up", "Up"),
    "down": ("Down", "Down"),
    "left": ("Left", "Left"),
    "right": ("Right", "Right"),
    "pause": ("Pause", "Pause"),
    "print_screen": ("Print", "Print"),
    "menu": ("Menu", "Menu"),
    "scroll_lock": ("ScrollLock", "Scroll_Lock"),
    **{f"f{n}": (f"F{n}", f"F{n}") for n in range(1, 21)},
}


class HotkeyError(ValueError):
    """A ``ui.hotkey`` value that cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class Hotkey:
    """Modifiers (``ctrl``, ``alt``, ``shift``, ``cmd``) plus one key (``space``, ``f9``, ``a``)."""

    modifiers: frozenset[str]
    key: str

    @property
    def keys(self) -> frozenset[str]:
        """Every key that must be down, in the names :func:`pynput_key_name` gives."""
        return self.modifiers | {self.key}

    def _ordered_modifiers(self) -> list[str]:
        return [name for name in _MODIFIERS if name in self.modifiers]

    def text(self) -> str:
        """Back in the setting's format: ``<ctrl>+<alt>+<space>``."""
        key = f"<{self.key}>" if self.key in _NAMED_KEYS else self.key
        return "+".join([*(f"<{m}>" for m in self._ordered_modifiers()), key])

    def portable_text(self) -> str:
        """For QKeySequence (PortableText): ``Ctrl+Alt+Space``.

        Qt maps Ctrl to the Command key on macOS, so there ``cmd`` and ``ctrl`` swap places.
        """
        swap = {"ctrl": "Meta", "cmd": "Ctrl"} if sys.platform == "darwin" else {}
        names = [swap.get(m, _MODIFIERS[m][0]) for m in self._ordered_modifiers()]
        key = _NAMED_KEYS[self.key][0] if self.key in _NAMED_KEYS else self.key.upper()
        return "+".join([*names, key])

    def portal_trigger(self) -> str:
        """For the XDG shortcuts spec ("preferred_trigger"): ``CTRL+ALT+space``."""
        names = [_MODIFIERS[m][1] for m in self._ordered_modifiers()]
        key = _NAMED_KEYS[self.key][1] if self.key in _NAMED_KEYS else self.key
        return "+".join([*names, key])


def parse_hotkey(text: str) -> Hotkey:
    """Read ``<ctrl>+<alt>+<space>``-style text; raise HotkeyError saying what is wrong."""
    cleaned = text.strip()
    if not cleaned:
        raise HotkeyError(
            QCoreApplication.translate(
                "GlobalHotkey", "The push-to-talk key is empty; for example: <ctrl>+<alt>+<space>"
            )
        )
    parts = cleaned[:-2].split("+") + ["+"] if cleaned.endswith("++") else cleaned.split("+")
    modifiers: set[str] = set()
    key: str | None = None
    for part in parts:
        token = part.strip().lower()
        name = token[1:-1] if len(token) > 2 and token[0] == "<" and token[-1] == ">" else token
        name = _MODIFIER_ALIASES.get(name, name)
        if name in _MODIFIERS:
            modifiers.add(name)
            continue
        if name not in _NAMED_KEYS and len(name) != 1:
            raise HotkeyError(
                QCoreApplication.translate(
                    "GlobalHotkey",
                    "Unknown key {key!r} in {text!r}; use names such as <space>, <f9> or a letter",
                )
                .replace("{key!r}", repr(part.strip()))
                .replace("{text!r}", repr(text))
            )
        if key is not None:
            raise HotkeyError(
                QCoreApplication.translate(
                    "GlobalHotkey",
                    "{text!r} names two keys; use modifiers and one key, like <ctrl>+<alt>+<space>",
                ).replace("{text!r}", repr(text))
            )
        key = name
    if key is None:
        raise HotkeyError(
            QCoreApplication.translate(
                "GlobalHotkey", "{text!r} has only modifiers; add a key, like <ctrl>+<alt>+<space>"
            ).replace("{text!r}", repr(text))
        )
    return Hotkey(frozenset(modifiers), key)


def pynput_key_name(key: object) -> str | None:
    """The name of a pynput Key/KeyCode as :attr:`Hotkey.keys` spells it; None if it has none.

    Duck-typed so this module never imports pynput (which fails without a display).
    """
    name = getattr(key, "name", None)
    if isinstance(name, str):  # a pynput.keyboard.Key member
        return _MODIFIER_ALIASES.get(name, name)
    char = getattr(key, "char", None)
    if isinstance(char, str) and char:
        return char.lower()
    vk = getattr(key, "vk", None)
    return f"<{vk}>" if vk is not None else None
