"""Processors linked by asyncio queues, with interruption that jumps the queues (pipecat style).

A :class:`Processor` turns events into events: override :meth:`Processor.process` and call
:meth:`Processor.push` for whatever should flow on. Each processor owns an input queue for
:class:`~callbot_desktop.core.events.DataEvent` and a task that works through it in order, so a
slow stage never holds up the one before it.

:class:`~callbot_desktop.core.events.SystemEvent` never queues: :meth:`Processor.push` hands it to
the next processor at once. A downstream :class:`~callbot_desktop.core.events.Interrupt` (or
``Cancel``) entering a processor

1. empties the data queues of that processor and of every one after it, and stops the work each
   of them has in flight (so nothing stale can reach the tail from then on);
2. runs the processor's :meth:`Processor.on_interrupt` hook (cancel an LLM stream, stop playback);
3. gives the Interrupt to :meth:`Processor.process`, which by default forwards it downstream;
4. resumes the processor's queue, now holding only work that arrived after the Interrupt.

:class:`Pipeline` links the processors, starts and stops their tasks, takes events at the head
with :meth:`Pipeline.put`, hands events leaving the tail to a ``sink``, and shows every event any
processor pushes to its observers (for the UI and :class:`TurnClock`). An exception in a processor
is logged and reported to the observers as an :class:`~callbot_desktop.core.events.ErrorEvent`;
the pipeline keeps running. Sinks and observers are plain callables run on the event loop: they
must return quickly and never block.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.core.events import (
    AudioOut,
    ErrorEvent,
    Event,
    Interrupt,
    LLMToken,
    Sentence,
    SpeechStarted,
    SpeechStopped,
    SystemEvent,
    TranscriptFinal,
    TurnTimings,
)

log = logging.getLogger(__name__)

#: Receives every event leaving one end of the pipeline.
Sink = Callable[[Event], None]
#: Receives every event put at the head (source ``"pipeline"``) or pushed by a processor (source:
#: the processor's name), including the ErrorEvents reporting failures.
Observer = Callable[[Event, str], None]

#: Seconds :meth:`Pipeline.stop` waits for cancelled tasks, and for on_stop hooks, by default.
STOP_TIMEOUT_S = 2.0


class Direction(enum.Enum):
    """Which way an event travels: towards the speaker (downstream) or back to the microphone."""

    DOWNSTREAM = "downstream"
    UPSTREAM = "upstream"


DOWNSTREAM = Direction.DOWNSTREAM
UPSTREAM = Direction.UPSTREAM

_Item = tuple[Event, Direction]


class Processor:
    """One stage of the pipeline. The base class forwards everything unchanged.

    Override :meth:`process`; override :meth:`on_interrupt`, :meth:`on_start` and :meth:`on_stop`
    as needed. ``process`` runs for data events on this processor's own task, one at a time and in
    order, and for system events on the task of whoever pushed them — keep that part quick.
    """

    def __init__(self, name: str | None = None) -> None:
        self.name = name or type(self).__name__
        self._queue: asyncio.Queue[_Item] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self._halted: set[asyncio.Task[None]] = set()
        self._pipeline: Pipeline | None = None
        self._prev: Processor | None = None
        self._next: Processor | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"

    # --- to override ---------------------------------------------------------------------------

    async def process(self, event: Event, direction: Direction) -> None:
        """Handle one event; :meth:`push` whatever should flow on. The default forwards it."""
        await self.push(event, direction)

    async def on_interrupt(self) -> None:
        """Called once per Interrupt, after this processor's queue was emptied."""

    async def on_start(self) -> None:
        """Called by :meth:`Pipeline.start` before any event arrives."""

    async def on_stop(self) -> None:
        """Called by :meth:`Pipeline.stop` after this processor's task was cancelled."""

    # --- to call -------------------------------------------------------------------------------

    async def push(self, event: Event, direction: Direction = DOWNSTREAM) -> None:
        """Send ``event`` on: queued for data, handed over at once for system events."""
        pipeline = self._require_pipeline()
        pipeline._observe(event, self.name)
        neighbour = self._next if direction is DOWNSTREAM else self._prev
        if neighbour is None:
            pipeline._leave(event, direction)
        elif isinstance(event, SystemEvent):
            await neighbour._receive_system(event, direction)
        else:
            neighbour._enqueue(event, direction)

    @property
    def pending(self) -> int:
        """How many data events wait in this processor's queue."""
        return self._queue.qsize()

    # --- machinery -----------------------------------------------------------------------------

    def _require_pipeline(self) -> Pipeline:
        if self._pipeline is None:
            raise RuntimeError(f"{self!r} is not part of a Pipeline")
        return self._pipeline

    def _link(self, pipeline: Pipeline, prev: Processor | None, nxt: Processor | None) -> None:
        if self._pipeline is not None and self._pipeline is not pipeline:
            raise RuntimeError(f"{self!r} already belongs to another Pipeline")
        self._pipeline, self._prev, self._next = pipeline, prev, nxt

    def _downstream(self) -> list[Processor]:
        chain: list[Processor] = []
        node: Processor | None = self
        while node is not None:
            chain.append(node)
            node = node._next
        return chain

    def _enqueue(self, event: Event, direction: Direction) -> None:
        self._queue.put_nowait((event, direction))

    def _ensure_running(self) -> None:
        if self._worker is None and self._pipeline is not None and self._pipeline.running:
            self._worker = asyncio.get_running_loop().create_task(
                self._work(), name=f"callbot-processor-{self.name}"
            )

    def _halt(self) -> int:
        """Drop queued data and stop the work in flight; returns how many events were dropped."""
        dropped = 0
        while not self._queue.empty():
            self._queue.get_nowait()
            self._queue.task_done()
            dropped += 1
        worker, self._worker = self._worker, None
        if worker is not None and not worker.done():
            if worker is asyncio.current_task():
                # Interrupted from inside our own work: it finishes, nothing else queued remains.
                self._worker = worker
            else:
                worker.cancel()
                self._halted.add(worker)
                worker.add_done_callback(self._halted.discard)
        return dropped

    async def _work(self) -> None:
        while True:
            event, direction = await self._queue.get()
            try:
                await self._guarded(self.process(event, direction), event)
            finally:
                self._queue.task_done()

    async def _receive_system(self, event: SystemEvent, direction: Direction) -> None:
        if not (isinstance(event, Interrupt) and direction is DOWNSTREAM):
            await self._guarded(self.process(event, direction), event)
            return
        chain = self._downstream()
        dropped = sum(processor._halt() for processor in chain)
        if dropped:
            log.debug("%s: %s dropped %d queued events", self.name, type(event).__name__, dropped)
        await self._guarded(self.on_interrupt(), event)
        try:
            await self._guarded(self.process(event, direction), event)
        finally:
            # If the Interrupt was not forwarded, the processors after us must still resume.
            for processor in chain:
                processor._ensure_running()

    async def _guarded(self, work: Awaitable[None], event: Event) -> None:
        try:
            await work
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._require_pipeline()._fail(self, event, exc)


class Pipeline:
    """Processors in a line, head first. Use ``async with pipeline:`` or start()/stop()."""

    def __init__(
        self,
        processors: Sequence[Processor],
        *,
        sink: Sink | None = None,
        upstream_sink: Sink | None = None,
        observers: Iterable[Observer] = (),
        stop_timeout: float = STOP_TIMEOUT_S,
    ) -> None:
        if not processors:
            raise ValueError("a Pipeline needs at least one Processor")
        if len({id(p) for p in processors}) != len(processors):
            raise ValueError("a Processor can appear only once in a Pipeline")
        self.processors = list(processors)
        self.sink = sink
        self.upstream_sink = upstream_sink
        self._observers = list(observers)
        self.stop_timeout = stop_timeout
        self.running = False
        for i, processor in enumerate(self.processors):
            prev = self.processors[i - 1] if i else None
            nxt = self.processors[i + 1] if i + 1 < len(self.processors) else None
            processor._link(self, prev, nxt)

    def add_observer(self, observer: Observer) -> None:
        """Show ``observer`` every event from now on."""
        self._observers.append(observer)

    def remove_observer(self, observer: Observer) -> None:
        """Stop showing events to ``observer``."""
        self._observers.remove(observer)

    async def start(self) -> None:
        """Run every processor's ``on_start`` hook, then its task."""
        if self.running:
            return
        for processor in self.processors:
            await processor.on_start()
        self.running = True
        for processor in self.processors:
            processor._ensure_running()

    async def put(self, event: Event, direction: Direction = DOWNSTREAM) -> None:
        """Feed ``event`` in at the head (or, going upstream, at the tail)."""
        if not self.running:
            raise RuntimeError("the Pipeline is not running; call start() first")
        self._observe(event, "pipeline")
        entry = self.processors[0] if direction is DOWNSTREAM else self.processors[-1]
        if isinstance(event, SystemEvent):
            await entry._receive_system(event, direction)
        else:
            entry._enqueue(event, direction)

    async def interrupt(self, reason: str = "barge-in") -> None:
        """Shorthand for ``put(Interrupt(reason))``."""
        await self.put(Interrupt(reason))

    async def idle(self) -> None:
        """Wait until every queued data event has been processed (downstream flow only)."""
        for processor in self.processors:
            await processor._queue.join()

    async def stop(self) -> None:
        """Cancel every task, then run the ``on_stop`` hooks (concurrently).

        Never hangs: tasks that ignore cancellation and hooks that take longer than
        ``stop_timeout`` seconds are abandoned (and logged), so this returns within about twice
        that.
        """
        if not self.running:
            return
        self.running = False
        tasks: list[asyncio.Task[None]] = []
        for processor in self.processors:
            worker, processor._worker = processor._worker, None
            tasks.extend(processor._halted)
            if worker is not None:
                tasks.append(worker)
        for task in tasks:
            task.cancel()
        if tasks:
            _, stuck = await asyncio.wait(tasks, timeout=self.stop_timeout)
            for task in stuck:
                log.warning("task %s ignored cancellation; abandoning it", task.get_name())
        loop = asyncio.get_running_loop()
        hooks = {
            loop.create_task(p.on_stop(), name=f"callbot-stop-{p.name}"): p for p in self.processors
        }
        done, late = await asyncio.wait(hooks, timeout=self.stop_timeout)
        for task in late:
            task.cancel()
            self._fail(hooks[task], None, TimeoutError(f"on_stop took over {self.stop_timeout} s"))
        for task in done:
            exc = None if task.cancelled() else task.exception()
            if isinstance(exc, Exception):
                self._fail(hooks[task], None, exc)

    async def __aenter__(self) -> Pipeline:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # --- called by processors ------------------------------------------------------------------

    def _observe(self, event: Event, source: str) -> None:
        for observer in list(self._observers):
            try:
                observer(event, source)
            except Exception:
                log.exception("observer %r failed on %s", observer, type(event).__name__)

    def _leave(self, event: Event, direction: Direction) -> None:
        sink = self.sink if direction is DOWNSTREAM else self.upstream_sink
        if sink is None:
            return
        try:
            sink(event)
        except Exception:
            log.exception("sink failed on %s", type(event).__name__)

    def _fail(self, processor: Processor, event: Event | None, exc: Exception) -> None:
        what = type(event).__name__ if event is not None else "stop"
        log.error("processor %s failed on %s", processor.name, what, exc_info=exc)
        if isinstance(exc, CallbotError):
            error = ErrorEvent(exc.message, exc.fix, processor.name)
        else:
            error = ErrorEvent(
                f"{processor.name} failed: {type(exc).__name__}: {exc}",
                "This is a bug; the log file has the details. The next turn may work.",
                processor.name,
            )
        self._observe(error, processor.name)


async def run_processor(
    processor: Processor, events: Iterable[Event]
) -> tuple[list[Event], list[Event]]:
    """Drive one processor with ``events``; return what left it (downstream, upstream).

    For tests, in the pipecat manner. Events are put in order; data events are fully processed
    before the function returns.
    """
    down: list[Event] = []
    up: list[Event] = []
    async with Pipeline([processor], sink=down.append, upstream_sink=up.append) as pipeline:
        for event in events:
            await pipeline.put(event)
        await pipeline.idle()
    return down, up


class TurnClock:
    """An observer that times one turn's stages and reports :class:`TurnTimings`.

    Speech stopping starts a turn (at the event's own ``t``); each later stage is stamped the first
    time an event of its kind is seen, with ``clock()``. ``on_timings`` (if given) gets the updated
    timings at each stage. A new utterance or an Interrupt starts afresh.
    """

    def __init__(
        self,
        on_timings: Callable[[TurnTimings], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timings = TurnTimings()
        self._started_at: float | None = None
        self._on_timings = on_timings
        self._clock = clock

    def __call__(self, event: Event, source: str) -> None:
        # Each event is seen once per hop, so a repeat of the same start/stop must not reset.
        if isinstance(event, SpeechStarted):
            if event.t != self._started_at:
                self._started_at = event.t
                self.timings = TurnTimings()
            return
        if isinstance(event, Interrupt):
            self.timings = TurnTimings()
            return
        if isinstance(event, SpeechStopped):
            if event.t != self.timings.end_of_speech:
                self._stamp(TurnTimings(), "end_of_speech", event.t)
            return
        stage = _STAGE_OF.get(type(event))
        if stage is not None and self.timings.end_of_speech is not None:
            if getattr(self.timings, stage) is None:
                self._stamp(self.timings, stage, self._clock())

    def _stamp(self, timings: TurnTimings, stage: str, t: float) -> None:
        self.timings = timings.reached(stage, t)
        if self._on_timings is not None:
            self._on_timings(self.timings)


_STAGE_OF: dict[type[Event], str] = {
    TranscriptFinal: "transcript_ready",
    LLMToken: "first_token",
    Sentence: "first_sentence",
    AudioOut: "first_audio",
}
