"""Writing each voice turn down: into the conversation's memory, and into the history.

:class:`TurnRecorder` is a pipeline observer. The person's words are saved the moment their
transcript is final (so a crash loses nothing said). The reply is recorded when the turn ends:

* played to the end: the whole reply, with the turn's stage timings;
* interrupted: only what was heard — the sentences heard in full, and the words of a sentence cut
  off in proportion to the part of it that was played — marked interrupted. A reply of which
  nothing was heard is not saved (the person's words are).

Timings are stored with the reply as seconds from the end of the person's speech
(``transcript_ready``, ``first_token``, ``first_sentence``, ``first_audio``), plus
``"voice": 1.0``. A reply prepared during the hangover (a tentative transcript) also has
``turn_confirmed``: when the turn was known to be over, which is when its audio could start. Such
a turn is saved only once confirmed; withdrawn (the person went on), it leaves no trace.

With no history (anonymous mode) nothing is written anywhere; the memory of the conversation
still lives in the :class:`ConversationContext` for as long as the app runs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from callbot_desktop.core.events import (
    Event,
    LLMToken,
    PlaybackHeard,
    Sentence,
    SpeechStopped,
    TranscriptFinal,
    TurnConfirmed,
    TurnEnded,
    TurnTimings,
)
from callbot_desktop.core.pipeline import TurnClock
from callbot_desktop.llm.context import ConversationContext
from callbot_desktop.storage.history import History

log = logging.getLogger(__name__)


@dataclass
class RecordedTurn:
    """One turn as it was saved: the ids are None when nothing was written."""

    user_text: str
    reply: str
    interrupted: bool
    timings: dict[str, float]
    conversation_id: str | None = None
    user_message_id: int | None = None
    reply_message_id: int | None = None


@dataclass
class _OpenTurn:
    user_text: str
    end_of_speech: float | None
    tokens: list[str] = field(default_factory=list)
    sentences: dict[int, str] = field(default_factory=dict)
    heard: dict[int, PlaybackHeard] = field(default_factory=dict)
    timings: TurnTimings = field(default_factory=TurnTimings)
    user_message_id: int | None = None
    tentative: bool = False
    confirmed_at: float | None = None


def spoken_part(sentences: dict[int, str], heard: dict[int, PlaybackHeard]) -> str:
    """The reply as far as it was heard: whole sentences, then the heard share of a cut one."""
    parts: list[str] = []
    for index in sorted(sentences):
        report = heard.get(index)
        if report is None or report.heard_s <= 0:
            break
        text = sentences[index]
        if report.complete or report.total_s <= 0:
            parts.append(text)
            continue
        words = text.split()
        count = round(len(words) * report.heard_s / report.total_s)
        if count:
            parts.append(" ".join(words[:count]))
        break
    return " ".join(parts)


class TurnRecorder:
    """Observer of the voice pipeline that records turns (see the module doc).

    ``history`` None: anonymous, nothing written. ``persona`` names new conversations' persona.
    ``on_recorded`` hears every finished turn.
    """

    def __init__(
        self,
        context: ConversationContext,
        history: History | None,
        *,
        persona: str,
        on_recorded: Callable[[RecordedTurn], None] | None = None,
    ) -> None:
        self.context = context
        self.history = history
        self.persona = persona
        self.conversation_id: str | None = None
        self.on_recorded = on_recorded
        self.clock = TurnClock(on_timings=self._on_timings)
        self._turn: _OpenTurn | None = None
        self._end_of_speech: float | None = None
        self.last_end_of_speech: float | None = None
        """When the latest utterance's speech ended (monotonic), for measurements."""

    def __call__(self, event: Event, source: str) -> None:
        self.clock(event, source)
        if isinstance(event, SpeechStopped) and source == "listener":
            self._end_of_speech = self.last_end_of_speech = event.t
        elif isinstance(event, TranscriptFinal) and source == "responder":
            self._open(event.text, tentative=event.tentative)
        turn = self._turn
        if turn is None:
            return
        if isinstance(event, TurnConfirmed) and source == "listener" and turn.tentative:
            turn.tentative = False
            turn.confirmed_at = time.monotonic()
            self._save_user(turn)
        if isinstance(event, LLMToken) and source == "responder":
            turn.tokens.append(event.text)
        elif isinstance(event, Sentence) and source == "sentences":
            turn.sentences[event.index] = event.text
        elif isinstance(event, PlaybackHeard):
            turn.heard[event.sentence_index] = event
        elif isinstance(event, TurnEnded) and source == "player":
            self._close(event.interrupted)

    def new_conversation(self) -> None:
        """The next turn starts a new conversation (the memory is cleared too)."""
        self.conversation_id = None
        self.context.clear()

    def _on_timings(self, timings: TurnTimings) -> None:
        turn = self._turn
        if turn is not None and timings.end_of_speech == turn.end_of_speech:
            turn.timings = timings

    def _open(self, text: str, *, tentative: bool = False) -> None:
        if self._turn is not None:  # a turn that never ended: keep what it had
            self._close(interrupted=True)
        typed = self._end_of_speech is None
        turn = _OpenTurn(text, None if typed else self._end_of_speech, tentative=tentative)
        turn.timings = self.clock.timings if not typed else TurnTimings()
        self._end_of_speech = None
        self._turn = turn
        if not tentative:
            self._save_user(turn)

    def _save_user(self, turn: _OpenTurn) -> None:
        if self.history is None:
            return
        try:
            conversation = self._conversation()
            message = self.history.add_message(conversation, "user", turn.user_text)
            turn.user_message_id = message.id
        except Exception:
            log.exception("could not save the person's words")

    def _close(self, interrupted: bool) -> None:
        turn, self._turn = self._turn, None
        if turn is None:
            return
        if turn.tentative:
            return  # withdrawn before the person had finished: it was never a turn
        full = "".join(turn.tokens).strip()
        reply = spoken_part(turn.sentences, turn.heard) if interrupted else full
        timings = {k: round(v, 4) for k, v in turn.timings.latencies().items()}
        if turn.end_of_speech is not None:
            timings["voice"] = 1.0
            if turn.confirmed_at is not None:  # prepared early: heard from the confirmation on
                timings["turn_confirmed"] = round(turn.confirmed_at - turn.end_of_speech, 4)
        recorded = RecordedTurn(turn.user_text, reply, interrupted, timings)
        recorded.user_message_id = turn.user_message_id
        if reply:
            self.context.record_assistant(reply, interrupted=interrupted)
        if self.history is not None and reply:
            try:
                conversation = self._conversation()
                message = self.history.add_message(
                    conversation,
                    "assistant",
                    reply,
                    interrupted=interrupted,
                    timings=timings or None,
                )
                recorded.reply_message_id = message.id
            except Exception:
                log.exception("could not save the reply")
        recorded.conversation_id = self.conversation_id
        if self.on_recorded is not None:
            self.on_recorded(recorded)

    def _conversation(self) -> str:
        assert self.history is not None
        if self.conversation_id is None:
            self.conversation_id = self.history.create_conversation(persona=self.persona).id
        return self.conversation_id
