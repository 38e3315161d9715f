"""The conversation the model sees: a system prompt plus the most recent turns within a budget.

:class:`ConversationContext` records the turns of a conversation and builds each prompt from
the system prompt, a summary of what came before (once there is one) and the newest turns that
fit the token budget. When the turns grow past ``summarize_at`` of the budget, the older ones
are summarized by the model *in the background* (an asyncio task over any
:class:`~callbot_desktop.llm.chat.ChatBackend`); building a prompt never waits for it. Once the
summary is ready it replaces those turns, as a note inside the system message (one system
message, first: some chat templates refuse a system message anywhere else).

Tokens are counted by a :class:`TokenCounter`; :class:`ApproximateTokenCounter` (characters / 4,
never fewer than the words) needs no tokenizer, and a real tokenizer can be plugged in.

A reply cut short by the person (barge-in) is kept only up to what was actually spoken::

    context.record_assistant(spoken_so_far, interrupted=True)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.llm.chat import ChatBackend, ChatMessage, ChatOptions

log = logging.getLogger(__name__)

MESSAGE_OVERHEAD = 4
"""Tokens a chat template adds around each message (role markers, separators)."""
INTERRUPTED_MARK = "…"
SUMMARY_HEADER = "Summary of the earlier conversation:"
ELLIPSIS = "…"


class ContextError(CallbotError, ValueError):
    """The context cannot be built as configured (for example the system prompt is too long)."""


# --------------------------------------------------------------------------- tokens


class TokenCounter(Protocol):
    """Counts the tokens of a text; plug in a real tokenizer where one is at hand."""

    def count(self, text: str) -> int: ...


class ApproximateTokenCounter:
    """About one token per four characters, but never fewer tokens than words."""

    def count(self, text: str) -> int:
        return max(math.ceil(len(text) / 4), len(text.split()))


def message_tokens(message: ChatMessage, counter: TokenCounter) -> int:
    """Tokens one message costs in a prompt, template overhead included."""
    return counter.count(message.content) + MESSAGE_OVERHEAD


def prompt_tokens(messages: Sequence[ChatMessage], counter: TokenCounter) -> int:
    return sum(message_tokens(message, counter) for message in messages)


# --------------------------------------------------------------------------- turns


@dataclass(frozen=True, slots=True)
class Turn:
    """One recorded turn. An interrupted assistant turn holds only what was spoken."""

    role: Literal["user", "assistant"]
    content: str
    interrupted: bool = False

    def as_message(self) -> ChatMessage:
        """The turn as the model sees it; an interrupted reply ends with ``…``."""
        if self.interrupted and not self.content.endswith(INTERRUPTED_MARK):
            return ChatMessage(self.role, f"{self.content}{INTERRUPTED_MARK}".strip())
        return ChatMessage(self.role, self.content)


class Summarizer(Protocol):
    """Condenses earlier turns (and the earlier summary) into a short summary."""

    async def summarize(self, previous: str, turns: Sequence[Turn]) -> str: ...


SUMMARY_INSTRUCTIONS = (
    "You summarize conversations between a person and a voice assistant. Write a short summary "
    "in plain sentences, at most {words} words: the person's name and preferences if given, "
    "the facts and decisions so far, and any open question. No lists, no markdown, no preamble."
)


class ChatSummarizer:
    """A :class:`Summarizer` that asks a chat model (any :class:`ChatBackend`)."""

    def __init__(
        self,
        backend: ChatBackend,
        *,
        model: str = "",
        max_tokens: int = 160,
        temperature: float = 0.2,
    ) -> None:
        self.backend = backend
        self.model = model
        self.max_tokens = max_tokens
        self.temperature = temperature

    def request(self, previous: str, turns: Sequence[Turn]) -> list[ChatMessage]:
        """The messages sent to the model for one summary."""
        lines = [f"Earlier summary: {previous}"] if previous else []
        for turn in turns:
            speaker = "Person" if turn.role == "user" else "Assistant"
            cut = " (interrupted)" if turn.interrupted else ""
            lines.append(f"{speaker}{cut}: {turn.content}")
        words = max(20, self.max_tokens * 3 // 5)
        return [
            ChatMessage.system(SUMMARY_INSTRUCTIONS.format(words=words)),
            ChatMessage.user("Summarize this conversation:\n\n" + "\n".join(lines)),
        ]

    async def summarize(self, previous: str, turns: Sequence[Turn]) -> str:
        options = ChatOptions(temperature=self.temperature, num_predict=self.max_tokens)
        pieces: list[str] = []
        stream = self.backend.stream_chat(
            self.request(previous, turns), model=self.model, options=options
        )
        async with contextlib.aclosing(stream):
            async for chunk in stream:
                pieces.append(chunk.text)
        return " ".join("".join(pieces).split())


# --------------------------------------------------------------------------- context


class ConversationContext:
    """The turns of one conversation and the prompt built from them.

    ``budget`` is the most tokens a prompt may take: the model's context size minus room for
    the reply. Older turns are summarized when the turns take more than ``summarize_at`` of
    what the system prompt leaves; the newest ``keep_fraction`` of it stays word for word.
    The summary gets at most ``summary_tokens`` (and never more than a quarter of the budget).
    Without a ``summarizer`` older turns simply fall out of the window.
    """

    def __init__(
        self,
        system_prompt: str,
        *,
        budget: int = 3000,
        counter: TokenCounter | None = None,
        summarizer: Summarizer | None = None,
        summary_tokens: int = 200,
        summarize_at: float = 0.75,
        keep_fraction: float = 0.5,
    ) -> None:
        if not 0 < keep_fraction < summarize_at <= 1:
            raise ContextError(
                f"keep_fraction {keep_fraction} and summarize_at {summarize_at} do not fit",
                "use 0 < keep_fraction < summarize_at <= 1",
            )
        self.budget = budget
        self.counter: TokenCounter = counter or ApproximateTokenCounter()
        self.summarizer = summarizer
        self.summary_tokens = min(summary_tokens, budget // 4)
        self.summarize_at = summarize_at
        self.keep_fraction = keep_fraction
        self._system_prompt = ""
        self.system_prompt = system_prompt
        self._turns: list[Turn] = []
        self._summary = ""
        self._task: asyncio.Task[None] | None = None
        self._generation = 0
        self._failed_at: int | None = None
        self.last_error: BaseException | None = None
        """Why the last background summary failed (None after a success)."""

    # ----------------------------------------------------------------- state

    @property
    def system_prompt(self) -> str:
        return self._system_prompt

    @system_prompt.setter
    def system_prompt(self, prompt: str) -> None:
        """Change the persona's prompt; it must leave at least half the budget for turns."""
        cost = message_tokens(ChatMessage.system(prompt), self.counter)
        if cost > self.budget // 2:
            raise ContextError(
                f"The system prompt takes about {cost} tokens, more than half of the "
                f"{self.budget}-token context budget",
                "shorten the persona's system prompt, or choose a model with a larger context",
            )
        self._system_prompt = prompt

    @property
    def turns(self) -> tuple[Turn, ...]:
        """The turns not yet folded into the summary, oldest first."""
        return tuple(self._turns)

    @property
    def summary(self) -> str:
        """The summary of the turns that were folded away ("" until there is one)."""
        return self._summary

    @property
    def summarizing(self) -> bool:
        return self._task is not None and not self._task.done()

    def record_user(self, text: str) -> None:
        self._append(Turn("user", text.strip()))

    def record_assistant(self, text: str, *, interrupted: bool = False) -> None:
        """Record a reply; for an ``interrupted`` one, ``text`` is the part that was spoken."""
        self._append(Turn("assistant", text.strip(), interrupted))

    def clear(self) -> None:
        """Forget every turn and the summary (a running summary is cancelled)."""
        self._turns.clear()
        self._summary = ""
        self._generation += 1
        self._failed_at = None
        if self._task is not None:
            self._task.cancel()
            self._task = None

    # ----------------------------------------------------------------- prompt

    def messages(self) -> list[ChatMessage]:
        """The prompt: system message first (with the summary), then the newest turns that fit.

        Never waits: it may start a background summary, and uses the summary once it is ready.
        The newest turn is shortened (its start dropped) if it alone would not fit.
        """
        self._maybe_summarize()
        system = ChatMessage.system(self._system_prompt)
        left = self.budget - message_tokens(system, self.counter)
        chosen: list[ChatMessage] = []
        turns = [turn.as_message() for turn in self._turns]
        if turns:
            newest = self._fit(turns.pop(), left)
            if newest is not None:
                chosen.append(newest)
                left -= message_tokens(newest, self.counter)
        if self._summary:
            with_summary = ChatMessage.system(self._system_note(self._summary))
            extra = message_tokens(with_summary, self.counter) - message_tokens(
                system, self.counter
            )
            if extra <= left:
                system = with_summary
                left -= extra
        if len(chosen) == 1:  # older turns, newest first, while they fit
            for message in reversed(turns):
                cost = message_tokens(message, self.counter)
                if cost > left:
                    break
                chosen.append(message)
                left -= cost
        return [system, *reversed(chosen)]

    def _system_note(self, summary: str) -> str:
        return f"{self._system_prompt}\n\n{SUMMARY_HEADER} {summary}"

    def _fit(self, message: ChatMessage, room: int) -> ChatMessage | None:
        """``message`` whole, or its end with a leading ``…``, within ``room`` tokens."""
        if message_tokens(message, self.counter) <= room:
            return message
        text = message.content
        low, high = 0, len(text)  # the longest tail that fits, by binary search
        while low < high:
            middle = (low + high + 1) // 2
            candidate = ChatMessage(message.role, ELLIPSIS + text[-middle:].lstrip())
            if message_tokens(candidate, self.counter) <= room:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            return None
        fitted = ChatMessage(message.role, ELLIPSIS + text[-low:].lstrip())
        return fitted if message_tokens(fitted, self.counter) <= room else None

    # ----------------------------------------------------------------- summaries

    async def wait_for_summary(self) -> None:
        """Wait for the background summary, if one is running (for tests and shutdown)."""
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._task)

    async def aclose(self) -> None:
        """Cancel a running summary and wait for it to end."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _append(self, turn: Turn) -> None:
        self._turns.append(turn)
        self._maybe_summarize()

    def _room_for_turns(self) -> int:
        system = message_tokens(ChatMessage.system(self._system_prompt), self.counter)
        return self.budget - system - self.summary_tokens - MESSAGE_OVERHEAD

    def _to_summarize(self) -> int:
        """How many of the oldest turns are due to be summarized now (0: none)."""
        costs = [message_tokens(turn.as_message(), self.counter) for turn in self._turns]
        room = self._room_for_turns()
        if len(costs) < 2 or sum(costs) <= room * self.summarize_at:
            return 0
        kept, total = 0, 0
        for cost in reversed(costs):
            if kept and total + cost > room * self.keep_fraction:
                break
            kept += 1
            total += cost
        return len(costs) - kept

    def _maybe_summarize(self) -> None:
        if self.summarizer is None or self.summarizing:
            return
        if self._failed_at is not None and len(self._turns) <= self._failed_at:
            return  # the last try failed: wait for a new turn before trying again
        count = self._to_summarize()
        if not count:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop: summarize the next time there is one
        self._task = asyncio.create_task(
            self._summarize(self.summarizer, count, self._generation),
            name="callbot-context-summary",
        )

    async def _summarize(self, summarizer: Summarizer, count: int, generation: int) -> None:
        turns = tuple(self._turns[:count])
        try:
            summary = await summarizer.summarize(self._summary, turns)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - the conversation goes on without a summary
            log.warning("Summarizing the earlier conversation failed: %s", exc)
            self.last_error = exc
            self._failed_at = len(self._turns)
            return
        if generation != self._generation:
            return  # the conversation was cleared meanwhile
        summary = self._shorten(summary.strip())
        if not summary:
            self.last_error = ContextError("The model returned an empty summary")
            self._failed_at = len(self._turns)
            return
        self.last_error = None
        self._failed_at = None
        self._summary = summary
        del self._turns[:count]

    def _shorten(self, summary: str) -> str:
        """At most ``summary_tokens`` tokens, cut at a word, ending with ``…`` when cut."""
        if self.counter.count(summary) <= self.summary_tokens:
            return summary
        words = summary.split()
        low, high = 0, len(words)
        while low < high:
            middle = (low + high + 1) // 2
            if self.counter.count(" ".join(words[:middle]) + ELLIPSIS) <= self.summary_tokens:
                low = middle
            else:
                high = middle - 1
        return " ".join(words[:low]) + ELLIPSIS if low else ""
