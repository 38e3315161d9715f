"""The tail of the voice pipeline: tokens → sentences → speech → the speaker.

* :class:`SentenceMaker` cuts the token stream into sentences (the first clause early, see
  :mod:`callbot_desktop.speech.sentences`), numbered from 0 within each reply.
* :class:`Speaker` synthesizes each sentence, pushing the sentence first and then its audio in
  chunks as the synthesizer yields them.
* :class:`Player` queues the audio on the :class:`~callbot_desktop.audio.playback.Playback`. A
  tentative reply (prepared while the end of the person's turn is still awaited) is held back,
  words and audio, until :class:`TurnConfirmed`. At the end of the reply it waits for the speaker
  to play everything out; on an Interrupt it silences the speaker at once. Either way it reports
  how much of each sentence was heard (:class:`PlaybackHeard`) and ends the turn with
  :class:`TurnEnded`.
"""

from __future__ import annotations

from contextlib import aclosing
from dataclasses import replace

import numpy as np

from callbot_desktop.audio.lead_in import sound_start
from callbot_desktop.audio.playback import Playback, PlaybackReport
from callbot_desktop.core.events import (
    AudioOut,
    Event,
    Interrupt,
    LLMDone,
    LLMToken,
    PlaybackHeard,
    Sentence,
    TranscriptFinal,
    TurnConfirmed,
    TurnEnded,
)
from callbot_desktop.core.pipeline import Direction, Processor
from callbot_desktop.speech.sentences import DEFAULT_FIRST_CLAUSE_MIN_WORDS, SentenceSplitter
from callbot_desktop.speech.tts import AudioChunk, Synthesizer


class SentenceMaker(Processor):
    def __init__(self, first_clause_min_words: int = DEFAULT_FIRST_CLAUSE_MIN_WORDS) -> None:
        super().__init__("sentences")
        self.first_clause_min_words = first_clause_min_words
        self._reset()

    def _reset(self) -> None:
        self._splitter = SentenceSplitter(self.first_clause_min_words)
        self._index = 0

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, TranscriptFinal):
            self._reset()
        elif isinstance(event, LLMToken):
            await self.push(event, direction)
            await self._emit(self._splitter.feed(event.text))
            return
        elif isinstance(event, LLMDone):
            await self._emit(self._splitter.finish())
        await self.push(event, direction)

    async def on_interrupt(self) -> None:
        self._reset()

    async def _emit(self, sentences: list[str]) -> None:
        for text in sentences:
            await self.push(Sentence(text, self._index))
            self._index += 1


class Speaker(Processor):
    """Speaks each :class:`Sentence` with ``synthesizer``.

    A reply starts with its sound: the synthesizer's leading silence before the first sentence
    is dropped (:func:`~callbot_desktop.audio.lead_in.sound_start`; chunks that are silent
    throughout are skipped until one has sound, or the sentence ends).
    """

    def __init__(self, synthesizer: Synthesizer) -> None:
        super().__init__("speaker")
        self.synthesizer = synthesizer

    async def process(self, event: Event, direction: Direction) -> None:
        await self.push(event, direction)
        if not isinstance(event, Sentence):
            return
        trimming = event.index == 0
        skipped: AudioChunk | None = None  # the last chunk of silence dropped while trimming
        async with aclosing(self.synthesizer.synthesize(event.text)) as chunks:
            async for chunk in chunks:
                if not chunk.pcm:
                    continue
                if trimming:
                    cut = sound_start(chunk.pcm, chunk.rate, chunk.channels, chunk.sample_width)
                    if cut is None:
                        skipped = chunk
                        continue
                    trimming, skipped = False, None
                    chunk = replace(chunk, pcm=chunk.pcm[cut:])
                await self._say(chunk, event.index)
        if skipped is not None:  # silence throughout: still the sentence's audio
            await self._say(skipped, event.index)

    async def _say(self, chunk: AudioChunk, index: int) -> None:
        await self.push(
            AudioOut(
                chunk.pcm, chunk.rate, chunk.sample_width, chunk.channels, sentence_index=index
            )
        )


class Player(Processor):
    """Plays :class:`AudioOut` on ``playback`` and ends each turn (see the module doc)."""

    def __init__(self, playback: Playback) -> None:
        super().__init__("player")
        self.playback = playback
        self._turn = 0
        self._active = False
        self._held: list[Event] | None = None  # a tentative reply, until it is confirmed

    @property
    def active(self) -> bool:
        """A reply is under way: from its transcript until its :class:`TurnEnded`."""
        return self._active

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, TurnConfirmed):
            await self.push(event, direction)  # the person's words first, then the reply
            held, self._held = self._held, None
            for item in held or ():
                if isinstance(item, LLMDone):
                    self._enqueue(item, direction)  # waiting for the speaker: on our own task
                else:
                    await self._handle(item, direction)
            return
        if isinstance(event, TranscriptFinal):
            self._turn += 1
            self._active = True
            self.playback.report(clear=True)
            self._held = [] if event.tentative else None
            await self.push(event, direction)
            return
        if self._held is not None and not isinstance(event, Interrupt):
            self._held.append(event)  # a tentative reply: nothing of it shows or sounds yet
            return
        await self._handle(event, direction)

    async def _handle(self, event: Event, direction: Direction) -> None:
        if isinstance(event, AudioOut):
            self._play(event)
            return
        await self.push(event, direction)
        if isinstance(event, LLMDone):
            await self.playback.drained()
            report = self.playback.report(clear=True)
            await self._end(report, interrupted=event.done_reason == "error")

    def _play(self, event: AudioOut) -> None:
        samples = np.frombuffer(event.pcm, dtype="<i2")
        if event.channels > 1:
            samples = samples.reshape(-1, event.channels)
        self.playback.play(samples, self._tag(event.sentence_index), event.rate)

    async def on_interrupt(self) -> None:
        self._held = None
        report = self.playback.interrupt()
        if self._active:
            await self._end(report, interrupted=True)

    async def _end(self, report: PlaybackReport, *, interrupted: bool) -> None:
        self._active = False
        prefix = f"{self._turn}:"
        for heard in report.sentences:
            if heard.tag.startswith(prefix):
                index = int(heard.tag[len(prefix) :])
                await self.push(PlaybackHeard(index, heard.heard_s, heard.total_s))
        await self.push(TurnEnded(interrupted=interrupted))

    def _tag(self, index: int) -> str:
        return f"{self._turn}:{index}"
