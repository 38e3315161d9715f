"""The conversation record: conversations, messages, voice notes and personas."""

from __future__ import annotations

import os
from itertools import count
from pathlib import Path

import pytest

from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History, VoiceNote, title_from


@pytest.fixture
def history(tmp_path: Path) -> History:
    ticks = count(1_700_000_000)
    return History(Database.open(tmp_path / "h.db", os.urandom(32)), clock=lambda: next(ticks))


def test_messages_are_kept_in_order_with_their_details(history: History) -> None:
    chat = history.create_conversation(persona="Tutor")
    history.add_message(chat.id, "user", "What is a prime number?")
    reply = history.add_message(
        chat.id,
        "assistant",
        "A prime has exactly two divisors.",
        interrupted=True,
        timings={"end_of_speech": 0.0, "first_audio": 0.41},
    )
    messages = history.messages(chat.id)
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[1] == reply
    assert messages[1].interrupted and messages[1].timings["first_audio"] == 0.41
    stored = history.conversation(chat.id)
    assert stored is not None
    assert stored.title == "What is a prime number?"
    assert stored.updated_at == reply.created_at > chat.created_at


def test_an_interrupted_reply_keeps_only_what_was_spoken(history: History) -> None:
    chat = history.create_conversation()
    reply = history.add_message(chat.id, "assistant", "One. Two. Three.")
    history.update_message(reply.id, content="One.", interrupted=True)
    (kept,) = history.messages(chat.id)
    assert kept.content == "One." and kept.interrupted


def test_recent_replies_are_the_newest_assistant_messages_with_their_persona(
    history: History,
) -> None:
    tutor, planner = history.create_conversation(persona="Tutor"), history.create_conversation()
    history.add_message(tutor.id, "user", "Hi")
    first = history.add_message(tutor.id, "assistant", "Hello!", timings={"first_audio": 0.5})
    second = history.add_message(planner.id, "assistant", "Where to?")
    third = history.add_message(tutor.id, "assistant", "Again?", timings={"first_token": 0.1})
    replies = history.recent_replies()
    assert [(r.created_at, r.persona, r.timings) for r in replies] == [
        (first.created_at, "Tutor", {"first_audio": 0.5}),
        (second.created_at, "", {}),
        (third.created_at, "Tutor", {"first_token": 0.1}),
    ]
    assert history.recent_replies(limit=2) == replies[1:]


def test_pinned_first_then_most_recent(history: History) -> None:
    first, second, third = (history.create_conversation(title=t) for t in "abc")
    history.add_message(first.id, "user", "bump")
    history.set_pinned(third.id, True)
    assert [c.title for c in history.conversations()] == ["c", "a", "b"]
    assert [c.title for c in history.conversations(limit=1, offset=1)] == ["a"]
    assert history.count_conversations() == 3


def test_delete_cascades_to_messages_and_voice_notes(history: History) -> None:
    chat = history.create_conversation()
    message = history.add_message(chat.id, "user", "keep my voice")
    history.attach_voice_note(message.id, VoiceNote("opus", 48000, 1.5, b"\x01\x02opus"))
    assert history.voice_note(message.id) == VoiceNote("opus", 48000, 1.5, b"\x01\x02opus")
    history.delete_conversation(chat.id)
    assert history.conversation(chat.id) is None
    assert history.count_messages() == 0
    assert history.voice_note(message.id) is None


def test_personas_are_stored_and_updated(history: History) -> None:
    history.save_persona("Tutor", {"system_prompt": "Teach.", "temperature": 0.3}, builtin=True)
    history.save_persona("Tutor", {"system_prompt": "Teach kindly.", "temperature": 0.3})
    history.save_persona("Chef", {"system_prompt": "Cook."})
    assert history.personas() == {
        "Tutor": {"system_prompt": "Teach kindly.", "temperature": 0.3},
        "Chef": {"system_prompt": "Cook."},
    }
    history.delete_persona("Chef")
    assert list(history.personas()) == ["Tutor"]


def test_unknown_role_is_refused(history: History) -> None:
    chat = history.create_conversation()
    with pytest.raises(ValueError, match="role"):
        history.add_message(chat.id, "robot", "beep")  # type: ignore[arg-type]


def test_titles_are_short_and_end_on_a_word() -> None:
    assert title_from("  hello   there ") == "hello there"
    long = title_from("word " * 40)
    assert len(long) <= 60 and long.endswith("…") and not long.endswith(" …")
