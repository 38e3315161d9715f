"""Whole voice turns on real devices and real models: speech into the virtual mic, Whisper tiny.en,
the built-in SmolLM2, Piper, the virtual speaker — and the turn in the encrypted history."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import pytest_asyncio

from callbot_desktop.core.events import (
    ErrorEvent,
    Interrupt,
    PlaybackHeard,
    Sentence,
    TranscriptFinal,
    TurnEnded,
)
from callbot_desktop.engine.engine_events import StateChanged, TurnSaved
from callbot_desktop.engine.tts_choice import choose_voice
from callbot_desktop.engine.voice_engine import VoiceConfig, VoiceEngine
from callbot_desktop.llm.chat import ChatMessage
from callbot_desktop.llm.embedded import EmbeddedBackend
from callbot_desktop.llm.personas import Persona
from callbot_desktop.speech.stt import SpeechToText
from callbot_desktop.storage.db import Database
from callbot_desktop.storage.history import History
from tests.harness.ollama_server import require_smollm2
from tests.harness.speech_samples import SpeechSamples
from tests.harness.virtual_audio import VirtualAudio

pytestmark = [pytest.mark.integration, pytest.mark.asyncio]

TERSE = Persona(
    name="Terse",
    system_prompt="You are a helpful voice assistant. Answer in one or two short sentences.",
    temperature=0.0,
)


class Events:
    """Everything the engine told its front end, with arrival times, and a way to wait."""

    def __init__(self) -> None:
        self.items: list[tuple[float, Any]] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Any) -> None:
        self.items.append((time.monotonic(), event))
        self._changed.set()

    def of(self, kind: type[Any]) -> list[Any]:
        return [event for _, event in self.items if isinstance(event, kind)]

    async def wait_for(self, test: Callable[[Any], bool], limit_s: float = 60.0) -> Any:
        async with asyncio.timeout(limit_s):
            seen = 0
            while True:
                for _, event in self.items[seen:]:
                    if test(event):
                        return event
                seen = len(self.items)
                self._changed.clear()
                await self._changed.wait()


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(Database.open(tmp_path / "history.db", os.urandom(32)))


@pytest_asyncio.fixture
async def engine_parts() -> AsyncIterator[tuple[SpeechToText, Any, EmbeddedBackend]]:
    stt = SpeechToText(device="cpu")
    voice = choose_voice("piper", "")
    backend = EmbeddedBackend(require_smollm2())
    try:
        yield stt, voice, backend
    finally:
        await stt.aclose()
        voice.close()
        await backend.close()


def make_engine(
    parts: tuple[SpeechToText, Any, EmbeddedBackend],
    virtual_audio: VirtualAudio,
    history: History | None,
    events: Events,
    **config: Any,
) -> VoiceEngine:
    stt, voice, backend = parts
    return VoiceEngine(
        stt=stt,
        voice=voice,
        backend=backend,
        model="",
        persona=TERSE,
        history=history,
        config=VoiceConfig(
            input_device=virtual_audio.mic_device,
            output_device=virtual_audio.speaker_device,
            hands_free=True,
            max_reply_tokens=config.pop("max_reply_tokens", 40),
            **config,
        ),
        on_event=events,
    )


def files_under(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()]


def voiced(frames: np.ndarray[Any, Any]) -> int:
    """How many frames of a recording are not near-silence."""
    mono = frames.astype(np.int32).reshape(len(frames), -1).max(axis=1)
    return int(np.count_nonzero(np.abs(mono) > 300))


@pytest.mark.timeout(240)
async def test_a_spoken_question_is_answered_aloud_and_saved_with_its_timings(
    virtual_audio: VirtualAudio,
    speech_samples: SpeechSamples,
    history: History,
    engine_parts: tuple[SpeechToText, Any, EmbeddedBackend],
) -> None:
    events = Events()
    engine = make_engine(engine_parts, virtual_audio, history, events)
    backend = engine_parts[2]
    warmed: list[list[str]] = []  # the roles of each conversation read ahead
    warm = backend.warm

    async def spy_warm(messages: Sequence[ChatMessage], model: str = "") -> None:
        warmed.append([message.role for message in messages])
        await warm(messages, model)

    backend.warm = spy_warm  # type: ignore[method-assign]
    await engine.start()
    speaker = virtual_audio.speaker_recorder()
    try:
        sample = speech_samples["weather"]
        virtual_audio.start_play_into_mic(sample.padded(0.5, 1.0))
        saved: TurnSaved = await events.wait_for(lambda e: isinstance(e, TurnSaved), 120)
        await asyncio.sleep(0)  # the read-ahead after the turn is a task started by it
    finally:
        await engine.stop()
        recording = speaker.stop()

    # The model read the system prompt at start-up, and the whole exchange after the turn.
    assert warmed == [["system"], ["system", "user", "assistant"]]

    assert "weather" in saved.user_text.lower()
    assert saved.reply and not saved.interrupted
    for stage in ("transcript_ready", "first_token", "first_sentence", "first_audio"):
        assert stage in saved.timings, saved.timings
    order = [saved.timings[s] for s in ("first_token", "first_sentence", "first_audio")]
    assert order == sorted(order), "each stage comes after the one before"
    assert voiced(recording) > 0.3 * virtual_audio.speaker_rate, "the reply was heard"
    states = [e.state for e in events.of(StateChanged)]
    assert states[:2] == ["loading", "listening"]
    assert {"thinking", "speaking"} <= set(states) and states[-1] == "stopped"

    (conversation,) = history.conversations()
    assert conversation.persona == "Terse"
    user, reply = history.messages(conversation.id)
    assert (user.role, user.content) == ("user", saved.user_text)
    assert (reply.role, reply.content, reply.interrupted) == ("assistant", saved.reply, False)
    assert reply.timings == saved.timings and reply.timings["voice"] == 1.0


@pytest.mark.timeout(240)
async def test_barge_in_cuts_the_reply_and_history_keeps_only_what_was_heard(
    virtual_audio: VirtualAudio,
    speech_samples: SpeechSamples,
    history: History,
    engine_parts: tuple[SpeechToText, Any, EmbeddedBackend],
) -> None:
    long_talker = Persona(
        name="Storyteller",
        system_prompt="You tell long, detailed stories with many sentences.",
        temperature=0.0,
    )
    events = Events()
    engine = make_engine(
        engine_parts, virtual_audio, history, events, barge_in=True, max_reply_tokens=200
    )
    await engine.set_persona(long_talker, "")
    await engine.start()
    try:
        await engine.send_text("Tell me a long story about a dragon who bakes bread.")
        await events.wait_for(lambda e: isinstance(e, StateChanged) and e.state == "speaking")
        await asyncio.sleep(1.5)  # let a sentence or two be heard
        virtual_audio.start_play_into_mic(speech_samples["hello"].padded(0.0, 1.0))
        interrupt = await events.wait_for(lambda e: isinstance(e, Interrupt), 30)
        ended = await events.wait_for(lambda e: isinstance(e, TurnEnded), 30)
        saved: TurnSaved = await events.wait_for(lambda e: isinstance(e, TurnSaved), 30)
        # The new utterance is a turn of its own, answered after the cut.
        await events.wait_for(
            lambda e: isinstance(e, TranscriptFinal) and "hear" in e.text.lower(), 60
        )
    finally:
        await engine.stop()

    assert interrupt.reason == "barge-in"
    assert ended.interrupted and saved.interrupted
    heard = events.of(PlaybackHeard)
    spoken = [h for h in heard if h.heard_s > 0]
    assert spoken, "part of the reply was heard before the barge-in"
    assert any(not h.complete for h in heard) or len(heard) < len(events.of(Sentence))
    assert not events.of(ErrorEvent)

    (conversation,) = history.conversations()
    user, reply = history.messages(conversation.id)[:2]
    assert user.content.startswith("Tell me a long story")
    assert reply.interrupted
    assert reply.content == saved.reply
    sentences = " ".join(s.text for s in events.of(Sentence))
    assert 0 < len(reply.content) < len(sentences), "only the spoken part is kept"
    assert sentences.startswith(reply.content.split()[0])


@pytest.mark.timeout(240)
async def test_anonymous_mode_answers_but_writes_nothing(
    virtual_audio: VirtualAudio,
    engine_parts: tuple[SpeechToText, Any, EmbeddedBackend],
    tmp_path: Path,
) -> None:
    events = Events()
    engine = make_engine(engine_parts, virtual_audio, None, events)
    await engine.start()
    try:
        await engine.send_text("Say hello.")
        saved: TurnSaved = await events.wait_for(lambda e: isinstance(e, TurnSaved), 120)
    finally:
        await engine.stop()
    assert saved.reply and saved.conversation_id is None
    assert files_under(tmp_path) == [], "nothing is written anywhere"


@pytest.mark.timeout(120)
async def test_ollama_down_is_a_clear_error_and_the_turn_still_ends(
    virtual_audio: VirtualAudio,
) -> None:
    import socket

    from callbot_desktop.llm.ollama import OllamaBackend

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    events = Events()
    stt = SpeechToText(device="cpu")
    voice = choose_voice("piper", "")
    engine = VoiceEngine(
        stt=stt,
        voice=voice,
        backend=OllamaBackend(closed),
        model="llama3.2",
        persona=TERSE,
        history=None,
        config=VoiceConfig(output_device=virtual_audio.speaker_device, listen=False),
        on_event=events,
    )
    try:
        await engine.start()
        loading: ErrorEvent = await events.wait_for(lambda e: isinstance(e, ErrorEvent), 30)
        assert "ollama serve" in loading.fix
        await engine.send_text("Hello?")
        ended: TurnEnded = await events.wait_for(lambda e: isinstance(e, TurnEnded), 60)
        errors = events.of(ErrorEvent)
    finally:
        await engine.aclose()
    assert ended.interrupted, "a reply that failed ends as cut short"
    assert len(errors) >= 2 and all("ollama serve" in error.fix for error in errors)
    assert engine.state == "stopped"
