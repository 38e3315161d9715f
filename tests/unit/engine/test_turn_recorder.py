"""Recording voice turns: what was heard is what is kept, with the turn's timings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from callbot_desktop.core.events import (
    Interrupt,
    LLMToken,
    PlaybackHeard,
    Sentence,
    SpeechStarted,
    SpeechStopped,
    TranscriptFinal,
    TurnEnded,
)
from callbot_desktop.engine.turn_recorder import RecordedTurn, TurnRecorder, spoken_part
from callbot_desktop.llm.context import ConversationContext
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(Database.open(tmp_path / "history.db", os.urandom(32)))


def heard(index: int, heard_s: float, total_s: float) -> PlaybackHeard:
    return PlaybackHeard(index, heard_s, total_s)


def test_spoken_part_keeps_whole_sentences_then_the_heard_share_of_the_cut_one() -> None:
    sentences = {0: "It is sunny.", 1: "Take a hat and some water with you.", 2: "Enjoy!"}
    assert spoken_part(sentences, {0: heard(0, 1.0, 1.0), 1: heard(1, 1.0, 2.0)}) == (
        "It is sunny. Take a hat and"
    )
    assert spoken_part(sentences, {0: heard(0, 0.0, 1.0)}) == ""
    assert spoken_part(sentences, {i: heard(i, 1.0, 1.0) for i in range(3)}) == (
        "It is sunny. Take a hat and some water with you. Enjoy!"
    )


def play_turn(recorder: TurnRecorder, *, cut_at: float | None) -> None:
    recorder(SpeechStarted(t=10.0), "listener")
    recorder(SpeechStopped(t=11.0), "listener")
    recorder(TranscriptFinal("What should I wear?"), "listener")
    recorder(TranscriptFinal("What should I wear?"), "responder")
    for piece in ("It is cold. ", "Wear a warm coat and gloves today."):
        recorder(LLMToken(piece), "responder")
    recorder(Sentence("It is cold.", 0), "sentences")
    recorder(Sentence("Wear a warm coat and gloves today.", 1), "sentences")
    if cut_at is None:
        recorder(heard(0, 1.0, 1.0), "player")
        recorder(heard(1, 2.0, 2.0), "player")
        recorder(TurnEnded(interrupted=False), "player")
    else:
        recorder(Interrupt("barge-in"), "listener")
        recorder(heard(0, 1.0, 1.0), "player")
        recorder(heard(1, cut_at, 2.0), "player")
        recorder(TurnEnded(interrupted=True), "player")


def test_a_finished_turn_is_saved_whole_with_its_timings(history: History) -> None:
    context = ConversationContext("Be brief.")
    turns: list[RecordedTurn] = []
    recorder = TurnRecorder(context, history, persona="Assistant", on_recorded=turns.append)
    play_turn(recorder, cut_at=None)
    (turn,) = turns
    assert turn.reply == "It is cold. Wear a warm coat and gloves today." and not turn.interrupted
    assert turn.timings["voice"] == 1.0 and "transcript_ready" in turn.timings
    user, reply = history.messages(turn.conversation_id or "")
    assert (user.content, reply.content) == ("What should I wear?", turn.reply)
    assert reply.timings == turn.timings
    # The person's words go into the context when the responder asks the model; the reply here.
    assert [(t.role, t.content) for t in context.turns] == [("assistant", turn.reply)]


def test_an_interrupted_turn_keeps_only_what_was_heard(history: History) -> None:
    context = ConversationContext("Be brief.")
    turns: list[RecordedTurn] = []
    recorder = TurnRecorder(context, history, persona="Assistant", on_recorded=turns.append)
    play_turn(recorder, cut_at=1.0)
    (turn,) = turns
    assert turn.interrupted and turn.reply == "It is cold. Wear a warm coat"
    _, reply = history.messages(turn.conversation_id or "")
    assert reply.interrupted and reply.content == "It is cold. Wear a warm coat"
    assert context.turns[-1].interrupted


def test_anonymous_turns_are_remembered_but_never_written(tmp_path: Path) -> None:
    context = ConversationContext("Be brief.")
    turns: list[RecordedTurn] = []
    recorder = TurnRecorder(context, None, persona="Assistant", on_recorded=turns.append)
    play_turn(recorder, cut_at=None)
    assert turns[0].conversation_id is None and turns[0].reply_message_id is None
    assert len(context.turns) == 1
    assert list(tmp_path.iterdir()) == []
