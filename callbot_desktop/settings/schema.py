"""Every setting of the app, declared exactly once: name, type, default, help text, allowed values.

Nothing else in the code base invents a setting name or a default: the CLI, the settings panel and
the store all read this table. Names are ``section.key``; the section becomes a TOML table.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from callbot_desktop.core.errors import SettingError

Value = str | int | float | bool

SCHEMA_VERSION = 1
"""Bump when a stored setting changes meaning or name, and add a migration in store.py."""


@dataclass(frozen=True)
class Option:
    """One setting. ``choices`` limits strings; ``minimum``/``maximum`` bound numbers."""

    name: str
    type: type[Value]
    default: Value
    help: str
    choices: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None

    @property
    def section(self) -> str:
        return self.name.partition(".")[0]

    @property
    def key(self) -> str:
        return self.name.partition(".")[2]

    def allowed(self) -> str:
        """The allowed values, in words, for error messages and help."""
        if self.choices:
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.type is bool:
            return "true or false"
        if self.type in (int, float):
            kind = "a whole number" if self.type is int else "a number"
            low = "" if self.minimum is None else f" from {self.minimum:g}"
            high = "" if self.maximum is None else f" to {self.maximum:g}"
            return kind + low + high
        return "any text"

    def validate(self, value: object) -> Value:
        """Return ``value`` if it fits this option (ints are accepted for floats), else raise."""
        ok_type = isinstance(value, self.type) and not (
            self.type is not bool and isinstance(value, bool)
        )
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok_type = float(value), True
        if not ok_type:
            raise self._error(value)
        assert isinstance(value, str | int | float | bool)
        if self.choices and value not in self.choices:
            raise self._error(value)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise self._error(value)
            if self.maximum is not None and value > self.maximum:
                raise self._error(value)
        return value

    def parse(self, text: str) -> Value:
        """Turn text typed by a person (CLI, environment) into a valid value."""
        raw: object = text
        if self.type is bool:
            lowered = text.strip().lower()
            truthy, falsy = ("true", "yes", "on", "1"), ("false", "no", "off", "0")
            raw = True if lowered in truthy else False if lowered in falsy else text
        elif self.type in (int, float):
            try:
                raw = self.type(text.strip())
            except ValueError:
                raw = text
        return self.validate(raw)

    def _error(self, value: object) -> SettingError:
        return SettingError(
            f"Setting {self.name} cannot be {value!r}", f"allowed values: {self.allowed()}"
        )


OPTIONS: tuple[Option, ...] = (
    # Audio
    Option("audio.input_device", str, "", "Microphone, by name or index; empty = system default."),
    Option("audio.output_device", str, "", "Speaker, by name or index; empty = system default."),
    Option("audio.hands_free", bool, False, "Listen all the time and detect speech (no button)."),
    Option(
        "audio.barge_in",
        bool,
        False,
        "Let your voice interrupt the assistant (use headphones, or it hears itself).",
    ),
    Option(
        "vad.min_speech_ms", int, 250, "Shortest sound taken as speech.", minimum=50, maximum=2000
    ),
    Option(
        "vad.hangover_ms",
        int,
        500,
        "Silence that ends your turn (adapted to how the sentence ends).",
        minimum=100,
        maximum=3000,
    ),
    # Speech to text
    Option(
        "stt.model",
        str,
        "bundled",
        "Whisper model: 'bundled' (tiny.en, offline), a name such as 'base' or "
        "'large-v3-turbo' (downloaded once), or a folder with a CTranslate2 model.",
    ),
    Option("stt.device", str, "auto", "Where Whisper runs.", choices=("auto", "cpu", "cuda")),
    Option("stt.language", str, "auto", "Spoken language code such as 'en', or 'auto' to detect."),
    Option(
        "stt.short_window",
        bool,
        True,
        "Transcribe utterances shorter than 11 s with a 12 s Whisper window instead of 30 s: "
        "about 3 times faster on a CPU; turn off if words go missing.",
    ),
    # Text to speech
    Option(
        "tts.engine",
        str,
        "piper",
        "Voice engine: 'piper' runs offline; 'edge' sends the reply text to Microsoft.",
        choices=("piper", "edge"),
    ),
    Option("tts.voice", str, "", "Voice name or Piper .onnx file; empty = the engine's default."),
    # Language model
    Option(
        "llm.backend",
        str,
        "auto",
        "'ollama', 'embedded' (built-in small model), or 'auto' (Ollama when it answers).",
        choices=("auto", "ollama", "embedded"),
    ),
    Option(
        "llm.host",
        str,
        "",
        "Ollama address; empty = $OLLAMA_HOST or http://127.0.0.1:11434.",
    ),
    Option("llm.model", str, "llama3.2", "Ollama model used when a persona names none."),
    Option("llm.persona", str, "Assistant", "The persona a new conversation starts with."),
    Option(
        "llm.threads",
        int,
        0,
        "Threads for the built-in model; 0 = automatic (on machines with 2 cores or fewer, 1 "
        "to write the reply and both to read the question; else half the cores, at most 8). "
        "A number here is used for both. Applied at the next start.",
        minimum=0,
        maximum=64,
    ),
    # Privacy
    Option(
        "privacy.retention",
        str,
        "forever",
        "How long conversations are kept.",
        choices=("forever", "days", "count"),
    ),
    Option(
        "privacy.retention_days",
        int,
        90,
        "With retention 'days': delete conversations older than this.",
        minimum=1,
        maximum=36500,
    ),
    Option(
        "privacy.retention_count",
        int,
        200,
        "With retention 'count': keep only this many recent conversations.",
        minimum=1,
        maximum=1_000_000,
    ),
    Option("privacy.anonymous", bool, False, "Write nothing about conversations anywhere."),
    Option("privacy.voice_notes", bool, False, "Keep your recorded voice with each message."),
    # Desktop
    Option("ui.theme", str, "system", "Colour scheme.", choices=("system", "light", "dark")),
    Option(
        "ui.language",
        str,
        "system",
        "Language of the interface.",
        choices=("system", "en", "de", "es", "fr"),
    ),
    Option("ui.hotkey", str, "<ctrl>+<alt>+<space>", "Global push-to-talk key (hold to talk)."),
    Option("ui.start_in_tray", bool, False, "Start hidden in the system tray."),
    Option("ui.first_run_done", bool, False, "The first-run set-up was completed."),
)

_BY_NAME = {option.name: option for option in OPTIONS}


def option(name: str) -> Option:
    """Look an option up by name; an unknown name is a SettingError listing similar ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        section = name.partition(".")[0]
        near = [o.name for o in OPTIONS if o.section == section] or [o.name for o in OPTIONS]
        raise SettingError(
            f"There is no setting called {name!r}", "known settings: " + ", ".join(near)
        ) from None


def defaults() -> dict[str, Value]:
    return {o.name: o.default for o in OPTIONS}


def sections() -> Iterator[str]:
    seen: dict[str, None] = {o.section: None for o in OPTIONS}
    return iter(seen)
