"""Processors and the pipeline, tested the pipecat way: put events in, compare what comes out."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.events import (
    AudioIn,
    AudioOut,
    Cancel,
    DataEvent,
    ErrorEvent,
    Event,
    Interrupt,
    LLMDone,
    LLMToken,
    PlaybackHeard,
    Sentence,
    SpeechStarted,
    SpeechStopped,
    SystemEvent,
    TranscriptFinal,
    TranscriptPartial,
    TurnTimings,
)
from callbot_desktop.core.pipeline import (
    DOWNSTREAM,
    UPSTREAM,
    Direction,
    Pipeline,
    Processor,
    TurnClock,
    run_processor,
)

GENEROUS = 10.0  # seconds; only a hang would come near it


# --- processors used by the tests ----------------------------------------------------------------


class Joiner(Processor):
    """Tokens → one Sentence per LLMDone; everything else passes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.index = 0

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, LLMToken):
            self.parts.append(event.text)
        elif isinstance(event, LLMDone):
            await self.push(Sentence("".join(self.parts), self.index))
            self.parts.clear()
            self.index += 1
        else:
            await self.push(event, direction)

    async def on_interrupt(self) -> None:
        self.parts.clear()


class Tagger(Processor):
    """Appends its name to every Sentence, to show the order of the stages."""

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, Sentence):
            event = Sentence(f"{event.text}>{self.name}", event.index)
        await self.push(event, direction)


class Gate(Processor):
    """Blocks on every data event until ``gate`` opens; says when work has started."""

    def __init__(self, name: str = "gate") -> None:
        super().__init__(name)
        self.gate = asyncio.Event()
        self.started = asyncio.Event()
        self.interrupts = 0

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, DataEvent):
            self.started.set()
            await self.gate.wait()
        await self.push(event, direction)

    async def on_interrupt(self) -> None:
        self.interrupts += 1


class Counter(Processor):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.interrupts = 0

    async def on_interrupt(self) -> None:
        self.interrupts += 1


class Exploder(Processor):
    """Fails on tokens reading 'boom'; forwards everything else."""

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, LLMToken) and event.text == "boom":
            raise RuntimeError("kaboom")
        if isinstance(event, LLMToken) and event.text == "ollama":
            raise CallbotError("Ollama is not running", "start it with `ollama serve`")
        await self.push(event, direction)


class Echo(Processor):
    """Answers PlaybackHeard upstream (as a speaker would), forwards the rest."""

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, AudioOut):
            await self.push(PlaybackHeard(event.sentence_index, 1.0, 1.0), UPSTREAM)
        await self.push(event, direction)


@dataclass(frozen=True, slots=True, repr=False)
class Ping(SystemEvent):
    """A system event that is not an interruption."""


class Recorder:
    """Sink and observer that remembers everything, with an asyncio.Event per arrival."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.seen: list[tuple[Event, str]] = []
        self.arrived = asyncio.Event()

    def sink(self, event: Event) -> None:
        self.events.append(event)
        self.arrived.set()

    def observe(self, event: Event, source: str) -> None:
        self.seen.append((event, source))

    def errors(self) -> list[ErrorEvent]:
        return [e for e, _ in self.seen if isinstance(e, ErrorEvent)]


# --- single processors -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_base_processor_forwards_everything_unchanged() -> None:
    events: list[Event] = [SpeechStarted(t=1.0), TranscriptFinal("hi", t=2.0), LLMDone()]
    down, up = await run_processor(Processor(), events)
    assert down == events and up == []


@pytest.mark.asyncio
async def test_joiner_turns_tokens_into_sentences() -> None:
    events: list[Event] = [LLMToken("Hel"), LLMToken("lo."), LLMDone(), LLMToken("Bye"), LLMDone()]
    down, _ = await run_processor(Joiner(), events)
    assert down == [Sentence("Hello.", 0), Sentence("Bye", 1)]


@pytest.mark.asyncio
async def test_a_processor_can_push_upstream() -> None:
    audio = AudioOut(b"\0\0", 22050, sentence_index=4)
    down, up = await run_processor(Echo(), [audio])
    assert down == [audio]
    assert up == [PlaybackHeard(4, 1.0, 1.0)]


# --- pipelines -------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_three_stages_preserve_order() -> None:
    rec = Recorder()
    stages = [Joiner(), Tagger("a"), Tagger("b")]
    async with Pipeline(stages, sink=rec.sink) as pipeline:
        for n in range(50):
            await pipeline.put(LLMToken(str(n)))
            await pipeline.put(LLMDone())
        await asyncio.wait_for(pipeline.idle(), GENEROUS)
    assert rec.events == [Sentence(f"{n}>a>b", n) for n in range(50)]


@pytest.mark.asyncio
async def test_observers_see_every_hop_with_its_source() -> None:
    rec = Recorder()
    async with Pipeline([Joiner(), Tagger("t")], observers=[rec.observe]) as pipeline:
        await pipeline.put(LLMToken("x"))
        await pipeline.put(LLMDone())
        await pipeline.idle()
    assert rec.seen == [
        (LLMToken("x"), "pipeline"),
        (LLMDone(), "pipeline"),
        (Sentence("x", 0), "Joiner"),
        (Sentence("x>t", 0), "t"),
    ]


@pytest.mark.asyncio
async def test_a_failing_observer_or_sink_does_not_stop_the_flow() -> None:
    rec = Recorder()

    def broken(event: Event, source: str = "") -> None:
        raise ValueError("observer bug")

    async with Pipeline([Processor()], sink=broken, observers=[broken, rec.observe]) as pipeline:
        await pipeline.put(LLMDone())
        await pipeline.idle()
    assert rec.seen == [(LLMDone(), "pipeline"), (LLMDone(), "Processor")]


@pytest.mark.asyncio
async def test_interrupt_drops_queued_work_and_reaches_the_tail_first() -> None:
    rec = Recorder()
    gate = Gate()
    forwarded = asyncio.Event()

    def count(event: Event, source: str) -> None:
        if source == "head" and event == LLMToken("stale 100"):
            forwarded.set()

    stages = [Processor("head"), gate, Processor("tail")]
    async with Pipeline(stages, sink=rec.sink, observers=[count]) as pipeline:
        for n in range(101):
            await pipeline.put(LLMToken(f"stale {n}"))
        await asyncio.wait_for(gate.started.wait(), GENEROUS)
        await asyncio.wait_for(forwarded.wait(), GENEROUS)
        # one event is in flight at the gate; the other hundred wait in its queue
        assert gate.pending == 100

        await asyncio.wait_for(pipeline.put(Interrupt()), GENEROUS)
        assert rec.events == [Interrupt()]
        assert gate.pending == 0

        gate.gate.set()
        await pipeline.put(LLMToken("fresh"))
        await asyncio.wait_for(pipeline.idle(), GENEROUS)
    assert rec.events == [Interrupt(), LLMToken("fresh")]


@pytest.mark.asyncio
async def test_on_interrupt_runs_once_per_processor() -> None:
    rec = Recorder()
    stages = [Counter("a"), Counter("b"), Counter("c")]
    async with Pipeline(stages, sink=rec.sink) as pipeline:
        await pipeline.put(Interrupt())
        assert [s.interrupts for s in stages] == [1, 1, 1]
        await pipeline.put(Cancel())
        assert [s.interrupts for s in stages] == [2, 2, 2]
    assert rec.events == [Interrupt(), Cancel()]


@pytest.mark.asyncio
async def test_on_interrupt_can_cancel_an_in_flight_stream() -> None:
    class Streamer(Processor):
        """Streams tokens from a background task, like an LLM client."""

        def __init__(self) -> None:
            super().__init__()
            self.stream: asyncio.Task[None] | None = None
            self.cancelled = asyncio.Event()

        async def process(self, event: Event, direction: Direction) -> None:
            if isinstance(event, TranscriptFinal):
                self.stream = asyncio.create_task(self._stream())
            else:
                await self.push(event, direction)

        async def _stream(self) -> None:
            try:
                await self.push(LLMToken("first"))
                await asyncio.Event().wait()  # a server that never finishes
            except asyncio.CancelledError:
                self.cancelled.set()
                raise

        async def on_interrupt(self) -> None:
            if self.stream is not None:
                self.stream.cancel()

    rec = Recorder()
    streamer = Streamer()
    async with Pipeline([streamer], sink=rec.sink) as pipeline:
        await pipeline.put(TranscriptFinal("hello"))
        await asyncio.wait_for(rec.arrived.wait(), GENEROUS)
        await pipeline.interrupt()
        await asyncio.wait_for(streamer.cancelled.wait(), GENEROUS)
    assert rec.events == [LLMToken("first"), Interrupt()]


@pytest.mark.asyncio
async def test_processors_after_one_that_swallows_the_interrupt_still_resume() -> None:
    class Swallow(Processor):
        async def process(self, event: Event, direction: Direction) -> None:
            if not isinstance(event, Interrupt):
                await self.push(event, direction)

    rec = Recorder()
    async with Pipeline([Swallow(), Processor("after")], sink=rec.sink) as pipeline:
        await pipeline.put(Interrupt())
        await pipeline.put(LLMDone())
        await asyncio.wait_for(pipeline.idle(), GENEROUS)
    assert rec.events == [LLMDone()]


@pytest.mark.asyncio
async def test_other_system_events_jump_the_queue_without_dropping_work() -> None:
    rec = Recorder()
    gate = Gate()
    async with Pipeline([gate], sink=rec.sink) as pipeline:
        await pipeline.put(LLMToken("a"))
        await pipeline.put(LLMToken("b"))
        await asyncio.wait_for(gate.started.wait(), GENEROUS)
        await pipeline.put(Ping())
        assert rec.events == [Ping()]
        gate.gate.set()
        await asyncio.wait_for(pipeline.idle(), GENEROUS)
    assert rec.events == [Ping(), LLMToken("a"), LLMToken("b")]
    assert gate.interrupts == 0


@pytest.mark.asyncio
async def test_stop_during_work_returns_promptly() -> None:
    gate = Gate()
    pipeline = Pipeline([Processor(), gate, Processor()])
    await pipeline.start()
    for n in range(20):
        await pipeline.put(LLMToken(str(n)))
    await asyncio.wait_for(gate.started.wait(), GENEROUS)
    await asyncio.wait_for(pipeline.stop(), GENEROUS)
    assert not pipeline.running
    with pytest.raises(RuntimeError, match="not running"):
        await pipeline.put(LLMDone())
    await pipeline.stop()  # twice is harmless


@pytest.mark.asyncio
async def test_stop_gives_up_on_work_that_ignores_cancellation() -> None:
    release = asyncio.Event()

    class Stubborn(Processor):
        async def process(self, event: Event, direction: Direction) -> None:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                await release.wait()  # misbehaves: ignores the first cancellation

        async def on_stop(self) -> None:
            await asyncio.Event().wait()  # and its hook never returns

    rec = Recorder()
    stubborn = Stubborn()
    pipeline = Pipeline([stubborn], observers=[rec.observe], stop_timeout=0.05)
    await pipeline.start()
    await pipeline.put(LLMDone())
    await asyncio.sleep(0)
    await asyncio.wait_for(pipeline.stop(), GENEROUS)
    assert any("on_stop took over" in e.message for e in rec.errors())
    release.set()  # let the stubborn task end so the loop closes cleanly
    await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_an_exception_becomes_an_error_event_and_the_pipeline_goes_on() -> None:
    rec = Recorder()
    pipeline = Pipeline([Exploder("llm")], sink=rec.sink, observers=[rec.observe])
    async with pipeline:
        for text in ("before", "boom", "ollama", "after"):
            await pipeline.put(LLMToken(text))
        await asyncio.wait_for(pipeline.idle(), GENEROUS)
    assert rec.events == [LLMToken("before"), LLMToken("after")]
    first, second = rec.errors()
    assert first.source == "llm" and "RuntimeError: kaboom" in first.message
    assert second == ErrorEvent("Ollama is not running", "start it with `ollama serve`", "llm")


@pytest.mark.asyncio
async def test_a_failing_on_interrupt_is_reported_and_the_interrupt_still_passes() -> None:
    class BadHook(Processor):
        async def on_interrupt(self) -> None:
            raise RuntimeError("hook bug")

    rec = Recorder()
    async with Pipeline([BadHook(), Counter("c")], sink=rec.sink, observers=[rec.observe]) as p:
        await p.put(Interrupt())
    assert rec.events == [Interrupt()]
    assert [e.source for e in rec.errors()] == ["BadHook"]


def test_misuse_is_refused() -> None:
    with pytest.raises(ValueError):
        Pipeline([])
    shared = Processor()
    with pytest.raises(ValueError):
        Pipeline([shared, shared])
    Pipeline([shared])
    with pytest.raises(RuntimeError, match="another Pipeline"):
        Pipeline([shared])


@pytest.mark.asyncio
async def test_put_before_start_and_push_without_pipeline_are_errors() -> None:
    with pytest.raises(RuntimeError, match="not running"):
        await Pipeline([Processor()]).put(LLMDone())
    with pytest.raises(RuntimeError, match="not part of a Pipeline"):
        await Processor().push(LLMDone())


# --- property: identity pipeline --------------------------------------------------------------

texts = st.text(max_size=20)
times = st.floats(0, 1e6, allow_nan=False)
data_events = st.one_of(
    st.builds(AudioIn, st.binary(max_size=64).map(lambda b: b[: len(b) // 2 * 2]), st.just(16000)),
    st.builds(SpeechStarted, times),
    st.builds(SpeechStopped, times),
    st.builds(TranscriptPartial, texts, times),
    st.builds(TranscriptFinal, texts, times),
    st.builds(LLMToken, texts),
    st.builds(LLMDone, texts),
    st.builds(Sentence, texts, st.integers(0, 100)),
    st.builds(ErrorEvent, texts, texts),
)


@settings(max_examples=50, deadline=None)
@given(events=st.lists(data_events, max_size=40), stages=st.integers(1, 4))
def test_identity_pipeline_passes_any_data_unchanged(events: list[Event], stages: int) -> None:
    async def scenario() -> list[Event]:
        out: list[Event] = []
        async with Pipeline([Processor(f"p{i}") for i in range(stages)], sink=out.append) as p:
            for event in events:
                await p.put(event)
            await asyncio.wait_for(p.idle(), GENEROUS)
        return out

    assert asyncio.run(scenario()) == events


# --- turn timings ----------------------------------------------------------------------------


def test_turn_clock_stamps_each_stage_once() -> None:
    now = iter([10.2, 10.3, 10.5, 10.6])  # read only when a stage is first reached
    reported: list[TurnTimings] = []
    clock = TurnClock(reported.append, clock=lambda: next(now))
    for event in [
        SpeechStarted(t=9.0),
        SpeechStopped(t=10.0),
        SpeechStopped(t=10.0),  # the same event seen at the next hop
        TranscriptFinal("hi"),
        LLMToken("a"),
        LLMToken("b"),
        Sentence("ab", 0),
        SpeechStarted(t=9.0),  # a late hop of the old start changes nothing
        AudioOut(b"\0\0", 22050),
    ]:
        clock(event, "x")
    assert clock.timings == TurnTimings(10.0, 10.2, 10.3, 10.5, 10.6)
    assert len(reported) == 5
    assert clock.timings.latencies() == pytest.approx(
        {"transcript_ready": 0.2, "first_token": 0.3, "first_sentence": 0.5, "first_audio": 0.6}
    )
    clock(Interrupt(), "x")
    assert clock.timings == TurnTimings()


def test_turn_clock_ignores_stages_before_speech_ends() -> None:
    clock = TurnClock(clock=lambda: 1.0)
    clock(LLMToken("stray"), "x")
    assert clock.timings == TurnTimings()


@pytest.mark.asyncio
async def test_turn_clock_as_a_pipeline_observer() -> None:
    clock = TurnClock(clock=lambda: 5.0)
    async with Pipeline([Processor(), Processor()], observers=[clock]) as pipeline:
        await pipeline.put(SpeechStopped(t=4.0))
        await pipeline.put(TranscriptFinal("hi"))
        await pipeline.idle()
    assert clock.timings == TurnTimings(end_of_speech=4.0, transcript_ready=5.0)


def test_directions_are_named() -> None:
    assert DOWNSTREAM is Direction.DOWNSTREAM and UPSTREAM.value == "upstream"
