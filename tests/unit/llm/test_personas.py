"""Personas: validation, the four built-ins, the registry over a real encrypted History, TOML."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.llm.personas import (
    BUILTIN_PERSONAS,
    Persona,
    PersonaError,
    Personas,
    PersonaStore,
    personas_from_toml,
    personas_to_toml,
)
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History

BUILTIN_NAMES = ["Assistant", "Tutor", "Travel planner", "Translator"]


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(Database.open(tmp_path / "h.db", os.urandom(32)))


@pytest.fixture
def personas(history: History) -> Personas:
    return Personas(history)


def chef(**changes: object) -> Persona:
    base = Persona(
        name="Chef",
        system_prompt="You are a cheerful chef. Answer in short spoken sentences.",
        model="llama3.2",
        temperature=0.9,
        tts_engine="edge",
        voice="en-GB-SoniaNeural",
        language="en-GB",
        greeting="What are we cooking?",
        starters=("A quick dinner idea", "How do I boil an egg?"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("name", "", "1 to 60 characters"),
        ("name", "x" * 61, "1 to 60 characters"),
        ("name", "two\nlines", "one line"),
        ("name", " Chef", "no spaces"),
        ("system_prompt", "   ", "instructions"),
        ("temperature", 2.5, "from 0 to 2"),
        ("temperature", -0.1, "from 0 to 2"),
        ("temperature", float("nan"), "from 0 to 2"),
        ("temperature", True, "a number"),
        ("temperature", "hot", "a number"),
        ("tts_engine", "espeak", "'piper', 'edge', or ''"),
        ("language", "English", "a language code"),
        ("starters", ("ok", " "), "non-empty"),
        ("starters", tuple(str(i) for i in range(9)), "at most 8"),
        ("starters", ["a list"], "a list of strings"),
        ("voice", 3, "a string"),
    ],
)
def test_invalid_fields_are_named_with_what_is_allowed(
    field: str, value: object, allowed: str
) -> None:
    with pytest.raises(PersonaError) as caught:
        chef(**{field: value})
    assert isinstance(caught.value, CallbotError)
    assert repr(field) in caught.value.message
    assert allowed in caught.value.fix


def test_valid_values_are_accepted() -> None:
    for engine in ("", "piper", "edge"):
        assert chef(tts_engine=engine).tts_engine == engine
    for language in ("", "en", "pt-BR", "zh-Hant"):
        assert chef(language=language).language == language
    assert chef(temperature=0).temperature == 0
    assert chef(temperature=2).temperature == 2


def test_dict_round_trip_and_defaults() -> None:
    assert Persona.from_dict(chef().to_dict()) == chef()
    minimal = Persona.from_dict({"name": "Min", "system_prompt": "Be brief."})
    assert (minimal.model, minimal.tts_engine, minimal.voice, minimal.language) == ("", "", "", "")
    assert minimal.temperature == 0.7
    assert minimal.starters == ()
    assert Persona.from_dict({"name": "T", "system_prompt": "x", "temperature": 1}).temperature == 1


def test_from_dict_rejects_unknown_and_missing_keys() -> None:
    with pytest.raises(PersonaError, match="'colour'"):
        Persona.from_dict({**chef().to_dict(), "colour": "blue"})
    with pytest.raises(PersonaError, match="'system_prompt'"):
        Persona.from_dict({"name": "No prompt"})


# --------------------------------------------------------------------------- built-ins


def test_four_builtins_in_order() -> None:
    assert [p.name for p in BUILTIN_PERSONAS] == BUILTIN_NAMES
    assert all(p.is_builtin for p in BUILTIN_PERSONAS)
    assert not chef().is_builtin


@pytest.mark.parametrize("persona", BUILTIN_PERSONAS, ids=lambda p: p.name)
def test_builtin_prompts_are_written_for_speech(persona: Persona) -> None:
    prompt = persona.system_prompt
    assert 300 < len(prompt) < 2000
    assert "read aloud" in prompt
    assert "markdown" in prompt and "emoji" in prompt
    assert not re.search(r"[*#`_\[\]|]|^\s*[-\d]", prompt, re.MULTILINE)  # no markdown itself
    assert persona.greeting and len(persona.starters) == 3
    assert persona.model == "" and persona.tts_engine == ""  # follow the Settings


# --------------------------------------------------------------------------- registry


def test_history_satisfies_the_store_protocol(history: History) -> None:
    store: PersonaStore = history
    assert store.personas() == {}


def test_list_puts_builtins_first_then_user_personas_by_name(personas: Personas) -> None:
    assert personas.names() == BUILTIN_NAMES
    personas.save(chef(name="zebra coach"))
    personas.save(chef(name="Astronomer"))
    personas.save(chef())
    assert personas.names() == [*BUILTIN_NAMES, "Astronomer", "Chef", "zebra coach"]


def test_save_and_get_survive_reopening(tmp_path: Path) -> None:
    key = os.urandom(32)
    Personas(History(Database.open(tmp_path / "p.db", key))).save(chef())
    again = Personas(History(Database.open(tmp_path / "p.db", key)))
    assert again.get("Chef") == chef()
    assert "Chef" in again and "Nobody" not in again


def test_get_unknown_names_the_choices(personas: Personas) -> None:
    with pytest.raises(PersonaError, match="'Pirate'") as caught:
        personas.get("Pirate")
    assert "Assistant" in caught.value.fix


def test_editing_a_builtin_stores_an_override_and_reset_restores_it(
    personas: Personas, history: History
) -> None:
    original = personas.get("Tutor")
    edited = replace(original, temperature=0.1, voice="en_US-amy-medium")
    personas.save(edited)
    assert personas.get("Tutor") == edited
    assert personas.is_overridden("Tutor")
    assert personas.names() == BUILTIN_NAMES  # still listed once, in its place
    assert personas.list()[1] == edited
    assert personas.reset("Tutor") == original
    assert personas.get("Tutor") == original
    assert not personas.is_overridden("Tutor")
    assert history.personas() == {}


def test_reset_refuses_user_personas(personas: Personas) -> None:
    personas.save(chef())
    with pytest.raises(PersonaError, match="not a built-in"):
        personas.reset("Chef")


def test_builtins_cannot_be_deleted(personas: Personas) -> None:
    personas.save(replace(personas.get("Translator"), temperature=0.0))
    with pytest.raises(PersonaError, match="cannot be deleted") as caught:
        personas.delete("Translator")
    assert "Reset to built-in" in caught.value.fix
    assert personas.get("Translator").temperature == 0.0


def test_delete_user_persona(personas: Personas) -> None:
    personas.save(chef())
    personas.delete("Chef")
    assert "Chef" not in personas
    with pytest.raises(PersonaError, match="no persona named 'Chef'"):
        personas.delete("Chef")


def test_rename(personas: Personas) -> None:
    personas.save(chef())
    personas.rename("Chef", chef(name="Head chef"))
    assert "Chef" not in personas and personas.get("Head chef") == chef(name="Head chef")
    with pytest.raises(PersonaError, match="cannot be renamed"):
        personas.rename("Assistant", chef(name="Helper"))
    with pytest.raises(PersonaError, match="already exists"):
        personas.rename("Head chef", chef(name="Tutor"))


def test_a_damaged_stored_persona_is_skipped(personas: Personas, history: History) -> None:
    history.save_persona("Broken", {"system_prompt": "x", "tts_engine": "espeak"})
    personas.save(chef())
    assert personas.names() == [*BUILTIN_NAMES, "Chef"]


# --------------------------------------------------------------------------- TOML


def test_toml_round_trip_many() -> None:
    many = [chef(), chef(name="Baker", starters=()), BUILTIN_PERSONAS[2]]
    text = personas_to_toml(many)
    assert text.count("[[persona]]") == 3
    assert personas_from_toml(text) == many


def test_toml_single_persona_at_top_level() -> None:
    text = 'name = "Poet"\nsystem_prompt = "Answer in rhymes."\ntemperature = 1\n'
    assert personas_from_toml(text) == [
        Persona("Poet", "Answer in rhymes.", temperature=1.0),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "A"\nsystem_prompt = "x"\nmood = "sad"\n', "'mood'"),
        ('[[persona]]\nname = "A"\nsystem_prompt = "x"\nvoices = []\n', "'voices'"),
        ('version = 2\n[[persona]]\nname = "A"\nsystem_prompt = "x"\n', "'version'"),
        ('name = "A"\nsystem_prompt = \n', "not valid TOML"),
        ("", "no personas"),
        ('persona = "A"\n', "list of tables"),
        ('[[persona]]\nname = "A"\nsystem_prompt = "x"\ntts_engine = "say"\n', "'tts_engine'"),
        (
            '[[persona]]\nname = "A"\nsystem_prompt = "x"\n'
            '[[persona]]\nname = "A"\nsystem_prompt = "y"\n',
            "twice",
        ),
    ],
)
def test_bad_toml_is_rejected_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(PersonaError, match=re.escape(message)):
        personas_from_toml(text)


def test_a_bad_persona_is_named_by_position_and_name() -> None:
    text = (
        '[[persona]]\nname = "Good"\nsystem_prompt = "x"\n'
        '[[persona]]\nname = "Bad"\nsystem_prompt = "x"\ntemperature = 9\n'
    )
    with pytest.raises(PersonaError, match="Persona 2 'Bad'.*'temperature'"):
        personas_from_toml(text)


def test_import_validates_everything_before_saving_anything(
    personas: Personas, history: History
) -> None:
    text = (
        '[[persona]]\nname = "Good"\nsystem_prompt = "x"\n'
        '[[persona]]\nname = "Bad"\nsystem_prompt = "x"\nlanguage = "Klingon"\n'
    )
    with pytest.raises(PersonaError, match="'language'"):
        personas.import_toml(text)
    assert history.personas() == {}


def test_import_refuses_existing_names_unless_overwriting(personas: Personas) -> None:
    personas.save(chef())
    text = personas_to_toml([chef(temperature=0.1), chef(name="New one")])
    with pytest.raises(PersonaError, match="'Chef' already exists"):
        personas.import_toml(text)
    assert "New one" not in personas  # nothing saved
    imported = personas.import_toml(text, overwrite=True)
    assert [p.name for p in imported] == ["Chef", "New one"]
    assert personas.get("Chef").temperature == 0.1


def test_import_over_a_builtin_becomes_an_override(personas: Personas) -> None:
    tutor = replace(BUILTIN_PERSONAS[1], greeting="Ready to learn?")
    personas.import_toml(personas_to_toml([tutor]), overwrite=True)
    assert personas.is_overridden("Tutor")
    assert personas.get("Tutor").greeting == "Ready to learn?"


def test_export_and_import_files_between_databases(personas: Personas, tmp_path: Path) -> None:
    personas.save(chef())
    personas.save(chef(name="Baker"))
    path = tmp_path / "personas.toml"
    personas.export_file(path, ["Chef", "Baker"])
    other = Personas(History(Database.open(tmp_path / "other.db", os.urandom(32))))
    assert other.import_file(path) == [chef(), chef(name="Baker")]
    assert other.names() == [*BUILTIN_NAMES, "Baker", "Chef"]


def test_export_all_includes_builtins(personas: Personas) -> None:
    exported = personas_from_toml(personas.export_toml())
    assert [p.name for p in exported] == BUILTIN_NAMES


def test_import_file_that_cannot_be_read(personas: Personas, tmp_path: Path) -> None:
    with pytest.raises(PersonaError, match="Could not read"):
        personas.import_file(tmp_path / "missing.toml")
