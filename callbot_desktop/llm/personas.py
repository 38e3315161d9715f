"""Personas: who the assistant is in a conversation (system prompt, model, voice, greeting).

A :class:`Persona` is a small frozen, validated dataclass. Four built-ins ship with CallBot
(:data:`BUILTIN_PERSONAS`); their prompts are written for replies that are *spoken*, so they ask
for short sentences and forbid markdown, lists and emoji. :class:`Personas` is the registry the
UI edits: it lists built-ins first and then the person's own, saves edits (editing a built-in
stores an override that :meth:`Personas.reset` removes), refuses to delete built-ins, and imports
and exports personas as TOML — one persona per file, or many as ``[[persona]]`` tables.

The registry keeps its data in any :class:`PersonaStore`; the encrypted history database
(``storage.history.History``) is one, without this module importing storage.
"""

from __future__ import annotations

import builtins
import logging
import math
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Protocol

import tomli_w

from callbot_desktop.core.errors import CallbotError

log = logging.getLogger(__name__)

TTS_ENGINES: tuple[str, ...] = ("", "piper", "edge")
"""Allowed ``tts_engine`` values; ``""`` means the engine chosen in Settings."""
MAX_NAME_LENGTH = 60
MAX_PROMPT_LENGTH = 8000
MAX_STARTERS = 8
MIN_TEMPERATURE = 0.0
MAX_TEMPERATURE = 2.0
DEFAULT_TEMPERATURE = 0.7
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class PersonaError(CallbotError, ValueError):
    """A persona (or a persona file) is invalid, or an operation on personas is not allowed."""


class PersonaStore(Protocol):
    """Where user personas and built-in overrides are kept (``History`` is one)."""

    def save_persona(self, name: str, data: dict[str, Any], *, builtin: bool = False) -> None:
        """Insert or replace the persona ``name``."""
        ...

    def personas(self) -> dict[str, dict[str, Any]]:
        """Every stored persona by name."""
        ...

    def delete_persona(self, name: str) -> None:
        """Forget the persona ``name`` (no error if absent)."""
        ...


@dataclass(frozen=True, slots=True)
class Persona:
    """Who the assistant is. Empty ``model``, ``tts_engine``, ``voice`` and ``language``
    mean "use the Settings value". Invalid values raise :class:`PersonaError`.
    """

    name: str
    system_prompt: str
    model: str = ""
    temperature: float = DEFAULT_TEMPERATURE
    tts_engine: str = ""
    voice: str = ""
    language: str = ""
    greeting: str = ""
    starters: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        self._check_types()
        name = self.name.strip()
        if not name or len(name) > MAX_NAME_LENGTH or _CONTROL.search(name):
            raise _invalid(
                "name",
                repr(self.name),
                f"1 to {MAX_NAME_LENGTH} characters on one line",
            )
        if name != self.name:
            raise _invalid("name", repr(self.name), "no spaces at the start or the end")
        if not self.system_prompt.strip() or len(self.system_prompt) > MAX_PROMPT_LENGTH:
            raise _invalid(
                "system_prompt",
                f"{len(self.system_prompt)} characters",
                f"1 to {MAX_PROMPT_LENGTH} characters of instructions",
            )
        if not (
            math.isfinite(self.temperature)
            and MIN_TEMPERATURE <= self.temperature <= MAX_TEMPERATURE
        ):
            raise _invalid(
                "temperature",
                repr(self.temperature),
                f"a number from {MIN_TEMPERATURE:g} to {MAX_TEMPERATURE:g}",
            )
        if self.tts_engine not in TTS_ENGINES:
            raise _invalid(
                "tts_engine",
                repr(self.tts_engine),
                "'piper', 'edge', or '' (the engine chosen in Settings)",
            )
        if self.language and not _LANGUAGE.fullmatch(self.language):
            raise _invalid(
                "language",
                repr(self.language),
                "a language code such as 'en', 'de' or 'pt-BR', or '' (the Settings language)",
            )
        if len(self.starters) > MAX_STARTERS or any(not s.strip() for s in self.starters):
            raise _invalid(
                "starters",
                repr(list(self.starters)),
                f"at most {MAX_STARTERS} non-empty phrases",
            )

    def _check_types(self) -> None:
        for spec in fields(self):
            value = getattr(self, spec.name)
            if spec.name == "temperature":
                ok = isinstance(value, int | float) and not isinstance(value, bool)
                wanted = "a number"
            elif spec.name == "starters":
                ok = isinstance(value, tuple) and all(isinstance(s, str) for s in value)
                wanted = "a list of strings"
            else:
                ok = isinstance(value, str)
                wanted = "a string"
            if not ok:
                raise _invalid(spec.name, f"{type(value).__name__} {value!r}", wanted)

    @property
    def is_builtin(self) -> bool:
        """Whether a built-in persona carries this name (this may be an edited override)."""
        return self.name in _BUILTIN_NAMES

    def to_dict(self) -> dict[str, Any]:
        """Plain data (TOML- and JSON-friendly): every field, ``starters`` as a list."""
        data: dict[str, Any] = {spec.name: getattr(self, spec.name) for spec in fields(self)}
        data["temperature"] = float(self.temperature)
        data["starters"] = list(self.starters)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str | None = None) -> Persona:
        """Build a persona from plain data; unknown keys and wrong types are rejected.

        ``name`` (when given) wins over a ``name`` key, as stores key personas by name.
        """
        unknown = sorted(set(data) - _FIELD_NAMES)
        if unknown:
            raise PersonaError(
                f"Unknown persona key {unknown[0]!r}"
                + (f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""),
                f"use only these keys: {', '.join(sorted(_FIELD_NAMES))}",
            )
        values = dict(data)
        if name is not None:
            values["name"] = name
        for required in ("name", "system_prompt"):
            if required not in values:
                raise PersonaError(
                    f"A persona has no {required!r}",
                    f'add {required} = "..." to it',
                )
        starters = values.get("starters", ())
        if isinstance(starters, list):
            values["starters"] = tuple(starters)
        temperature = values.get("temperature")
        if isinstance(temperature, int) and not isinstance(temperature, bool):
            values["temperature"] = float(temperature)
        return cls(**values)


_FIELD_NAMES = frozenset(spec.name for spec in fields(Persona))


def _invalid(field_name: str, got: str, allowed: str) -> PersonaError:
    return PersonaError(
        f"The persona field {field_name!r} cannot be {got}",
        f"use {allowed}",
    )


# --------------------------------------------------------------------------- built-ins

_SPOKEN = (
    "Everything you write is read aloud by a speech synthesizer, so write the way people talk: "
    "short, plain sentences, usually two to four of them. Never use markdown, headings, bullet "
    "points, numbered lists, tables, code blocks, emoji or URLs. Write numbers, units and "
    "symbols the way you would say them. If the answer needs several steps, give the first one "
    "or two and offer to continue. If you did not understand, ask one short question."
)

BUILTIN_PERSONAS: tuple[Persona, ...] = (
    Persona(
        name="Assistant",
        system_prompt=(
            "You are CallBot, a friendly and capable voice assistant on the person's computer. "
            "Answer the question directly first, then add only the detail that helps. Be warm "
            "but not chatty, and do not repeat the question back. If you are not sure of a "
            "fact, say so briefly instead of guessing. " + _SPOKEN
        ),
        temperature=0.7,
        greeting="Hi, I'm listening. What can I do for you?",
        starters=(
            "What can you help me with?",
            "Explain something to me in simple words.",
            "Help me write a short message.",
        ),
    ),
    Persona(
        name="Tutor",
        system_prompt=(
            "You are a patient tutor talking with a learner. Find out what they already know, "
            "then explain one idea at a time with a simple everyday example. After each "
            "explanation, ask one short question to check understanding, and wait for the "
            "answer. When they are wrong, be encouraging and give a hint before the answer. "
            "Spell out formulas in words, for example say x squared plus one. " + _SPOKEN
        ),
        temperature=0.5,
        greeting="Hello! What would you like to learn about today?",
        starters=(
            "Teach me the basics of fractions.",
            "Quiz me on world capitals.",
            "How does photosynthesis work?",
        ),
    ),
    Persona(
        name="Travel planner",
        system_prompt=(
            "You are an experienced travel planner helping someone plan a trip by voice. Ask "
            "about dates, budget, who is travelling and what they enjoy before you suggest "
            "much, one question at a time. Suggest at most two or three options at once and "
            "say why each one fits. Mention practical things like travel time, the season and "
            "booking ahead. Prices, opening hours and entry rules change, so say they should "
            "be checked before booking. " + _SPOKEN
        ),
        temperature=0.8,
        greeting="Hi! Where are you thinking of going?",
        starters=(
            "Plan a long weekend in Lisbon.",
            "Where can I go in March for warm weather?",
            "What should I pack for a hiking trip?",
        ),
    ),
    Persona(
        name="Translator",
        system_prompt=(
            "You are a spoken interpreter. When the person says something, reply with its "
            "translation only, with no comments, quotes or explanations. Translate into the "
            "language they asked for; if they did not say, translate English into Spanish and "
            "any other language into English. Keep the tone and meaning, and use natural "
            "everyday wording rather than word for word. If the person asks you a question "
            "about a translation, such as how to say something politely, answer it briefly. "
            + _SPOKEN
        ),
        temperature=0.2,
        greeting="Say something and I'll translate it. Tell me the language if you like.",
        starters=(
            "Translate into French: where is the train station?",
            "How do I say thank you very much in Japanese?",
            "Translate into German: I would like a table for two.",
        ),
    ),
)
_BUILTIN_NAMES = frozenset(persona.name for persona in BUILTIN_PERSONAS)
_BUILTINS = {persona.name: persona for persona in BUILTIN_PERSONAS}


# --------------------------------------------------------------------------- registry


class Personas:
    """The personas the person can pick: built-ins (possibly edited), then their own."""

    def __init__(self, store: PersonaStore) -> None:
        self._store = store

    def list(self) -> builtins.list[Persona]:
        """Built-ins first in their fixed order (edited versions where saved), then user
        personas by name (case-insensitive). Unreadable stored entries are skipped and logged.
        """
        stored = self._stored()
        builtins = [stored.pop(p.name, p) for p in BUILTIN_PERSONAS]
        return builtins + sorted(stored.values(), key=lambda p: (p.name.casefold(), p.name))

    def names(self) -> builtins.list[str]:
        return [persona.name for persona in self.list()]

    def get(self, name: str) -> Persona:
        """The persona ``name``; raises :class:`PersonaError` when there is none."""
        found = self._stored().get(name) or _BUILTINS.get(name)
        if found is None:
            raise PersonaError(
                f"There is no persona named {name!r}",
                f"pick one of: {', '.join(self.names())}",
            )
        return found

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (name in _BUILTIN_NAMES or name in self._stored())

    def is_builtin(self, name: str) -> bool:
        return name in _BUILTIN_NAMES

    def is_overridden(self, name: str) -> bool:
        """Whether the built-in ``name`` has been edited (an override is stored)."""
        return name in _BUILTIN_NAMES and name in self._store.personas()

    def save(self, persona: Persona) -> None:
        """Create or replace ``persona``; for a built-in's name this stores an override."""
        self._store.save_persona(persona.name, _stored_form(persona), builtin=persona.is_builtin)

    def rename(self, old: str, persona: Persona) -> None:
        """Save ``persona`` in place of the user persona ``old`` (built-ins keep their name)."""
        if old in _BUILTIN_NAMES and persona.name != old:
            raise PersonaError(
                f"The built-in persona {old!r} cannot be renamed",
                "save a copy under a new name instead",
            )
        self.get(old)
        if persona.name != old and persona.name in self:
            raise PersonaError(
                f"A persona named {persona.name!r} already exists",
                "choose another name",
            )
        self.save(persona)
        if persona.name != old:
            self._store.delete_persona(old)

    def reset(self, name: str) -> Persona:
        """Drop the edits to the built-in ``name`` and return the original."""
        if name not in _BUILTIN_NAMES:
            raise PersonaError(
                f"{name!r} is not a built-in persona, so there is nothing to reset it to",
                f"built-in personas are: {', '.join(p.name for p in BUILTIN_PERSONAS)}",
            )
        self._store.delete_persona(name)
        return _BUILTINS[name]

    def delete(self, name: str) -> None:
        """Delete the user persona ``name``; built-ins cannot be deleted."""
        if name in _BUILTIN_NAMES:
            raise PersonaError(
                f"The built-in persona {name!r} cannot be deleted",
                "edit it instead, or use “Reset to built-in” to undo your edits",
            )
        if name not in self._store.personas():
            raise PersonaError(f"There is no persona named {name!r}", "nothing was deleted")
        self._store.delete_persona(name)

    # ----------------------------------------------------------------- TOML

    def export_toml(self, names: Iterable[str] | None = None) -> str:
        """The personas ``names`` (default: all) as TOML ``[[persona]]`` tables."""
        chosen = self.list() if names is None else [self.get(name) for name in names]
        return personas_to_toml(chosen)

    def import_toml(self, text: str, *, overwrite: bool = False) -> builtins.list[Persona]:
        """Validate every persona in ``text``, then save them all (or none).

        A name that already exists is an error unless ``overwrite``; a built-in's name then
        becomes an override of it.
        """
        imported = personas_from_toml(text)
        if not overwrite:
            taken = [persona.name for persona in imported if persona.name in self]
            if taken:
                raise PersonaError(
                    f"A persona named {taken[0]!r} already exists",
                    "rename it in the file, delete the existing one, or choose to replace it",
                )
        for persona in imported:
            self.save(persona)
        return imported

    def export_file(self, path: Path, names: Iterable[str] | None = None) -> None:
        path.write_text(self.export_toml(names), encoding="utf-8")

    def import_file(self, path: Path, *, overwrite: bool = False) -> builtins.list[Persona]:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PersonaError(
                f"Could not read the persona file {path} ({exc})",
                "choose a UTF-8 TOML file exported from CallBot",
            ) from exc
        return self.import_toml(text, overwrite=overwrite)

    # ----------------------------------------------------------------- plumbing

    def _stored(self) -> dict[str, Persona]:
        found: dict[str, Persona] = {}
        for name, data in self._store.personas().items():
            try:
                found[name] = Persona.from_dict(data, name=name)
            except (PersonaError, TypeError) as exc:
                log.warning("Skipping the stored persona %r: %s", name, exc)
        return found


def _stored_form(persona: Persona) -> dict[str, Any]:
    data = persona.to_dict()
    del data["name"]
    return data


def personas_to_toml(personas: Iterable[Persona]) -> str:
    """TOML with one ``[[persona]]`` table per persona (readable by :func:`personas_from_toml`)."""
    return tomli_w.dumps({"persona": [persona.to_dict() for persona in personas]})


def personas_from_toml(text: str) -> list[Persona]:
    """Every persona in a TOML document: top-level keys for one, or ``[[persona]]`` tables.

    Everything is validated first; unknown keys, duplicate names and syntax errors raise
    :class:`PersonaError` naming the problem.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PersonaError(
            f"The persona file is not valid TOML ({exc})",
            "fix the file, or export it again from CallBot",
        ) from exc
    if "persona" in document:
        extra = sorted(set(document) - {"persona"})
        if extra:
            raise PersonaError(
                f"Unknown key {extra[0]!r} beside the [[persona]] tables",
                "put each persona's keys inside its [[persona]] table",
            )
        tables = document["persona"]
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise PersonaError(
                "'persona' must be a list of tables",
                "write each persona as a [[persona]] table",
            )
    else:
        tables = [document]
    if not tables or tables == [{}]:
        raise PersonaError("The persona file has no personas", "add a [[persona]] table")
    personas: list[Persona] = []
    for index, table in enumerate(tables, start=1):
        try:
            personas.append(Persona.from_dict(table))
        except PersonaError as exc:
            label = f" {table['name']!r}" if isinstance(table.get("name"), str) else ""
            raise PersonaError(f"Persona {index}{label}: {exc.message}", exc.fix) from exc
        except TypeError as exc:  # pragma: no cover - from_dict rejects unknown keys first
            raise PersonaError(f"Persona {index}: {exc}", "check its keys") from exc
    seen: set[str] = set()
    for persona in personas:
        if persona.name in seen:
            raise PersonaError(
                f"The persona file names {persona.name!r} twice",
                "give each persona its own name",
            )
        seen.add(persona.name)
    return personas
