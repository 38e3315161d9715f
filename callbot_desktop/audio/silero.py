"""The Silero voice-activity model, run with onnxruntime alone (no torch): speech probabilities.

faster-whisper ships the model as ``faster_whisper/assets/silero_vad_v6.onnx`` (1.2 MB). Its
graph takes, per 32 ms window at 16 kHz, 576 float samples in [-1, 1): the last 64 samples of the
previous window (the *context*; zeros before the first window) followed by the window's own 512
samples, plus the LSTM state ``h`` and ``c`` (each ``(1, 1, 128)``). It returns one speech
probability per window and the new state. The first axis of ``input`` is a sequence: several
consecutive windows can be scored in one call and the state is carried through them, which is how
``faster_whisper.vad.SileroVADModel`` feeds whole files. :class:`SileroVad` does the same thing
window by window (or a few windows at a time), keeping the context and state between calls, so a
live stream gets exactly the probabilities that scoring the whole recording at once would give.

The onnxruntime session uses one intra-op and one inter-op thread: a window costs well under a
millisecond and the other core stays free for Whisper and the UI.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from callbot_desktop.core.errors import CallbotError

SAMPLE_RATE = 16_000
"""The only rate the model is fed at here (Hz)."""

WINDOW_SAMPLES = 512
"""Samples scored per probability: 32 ms at 16 kHz."""

CONTEXT_SAMPLES = 64
"""Samples of the previous window prepended to each window."""

STATE_SHAPE = (1, 1, 128)
"""Shape of each LSTM state tensor ``h`` and ``c``."""

MODEL_FILE = "silero_vad_v6.onnx"

Int16Array = npt.NDArray[np.int16]
FloatArray = npt.NDArray[np.float32]


def default_model_path() -> Path:
    """The Silero model inside the installed faster-whisper package."""
    spec = importlib.util.find_spec("faster_whisper")
    if spec is None or not spec.submodule_search_locations:
        raise CallbotError(
            "The voice-activity model could not be found: faster-whisper is not installed",
            "install it: `pip install faster-whisper`",
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "assets" / MODEL_FILE
    if not path.is_file():
        raise CallbotError(
            f"The voice-activity model {path} is missing",
            "reinstall faster-whisper: `pip install --force-reinstall faster-whisper`",
        )
    return path


def _to_float(windows: npt.NDArray[Any]) -> FloatArray:
    """int16 samples scaled to [-1, 1) as float32; float samples are only cast."""
    if windows.dtype == np.int16:
        return windows.astype(np.float32) / np.float32(32768.0)
    if np.issubdtype(windows.dtype, np.floating):
        return windows.astype(np.float32, copy=False)
    raise TypeError(f"audio must be int16 or float, not {windows.dtype}")


class SileroVad:
    """Streaming Silero VAD: speech probability of each consecutive 512-sample window.

    Not thread-safe; one audio stream per instance. :meth:`reset` starts a new stream.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        try:
            import onnxruntime
        except ImportError as exc:  # pragma: no cover - onnxruntime comes with faster-whisper
            raise CallbotError(
                "onnxruntime is missing, so voice activity cannot be detected",
                "install it: `pip install onnxruntime`",
            ) from exc
        self.path = Path(path) if path is not None else default_model_path()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        options.log_severity_level = 4
        self._session: Any = onnxruntime.InferenceSession(
            str(self.path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._h: FloatArray = np.zeros(STATE_SHAPE, np.float32)
        self._c: FloatArray = np.zeros(STATE_SHAPE, np.float32)
        self._context: FloatArray = np.zeros(CONTEXT_SAMPLES, np.float32)

    def reset(self) -> None:
        """Forget the LSTM state and the context: the next window starts a new stream."""
        self._h = np.zeros(STATE_SHAPE, np.float32)
        self._c = np.zeros(STATE_SHAPE, np.float32)
        self._context = np.zeros(CONTEXT_SAMPLES, np.float32)

    def __call__(self, window: npt.NDArray[Any]) -> float:
        """Speech probability (0..1) of the next 512-sample window (int16 or float in [-1, 1))."""
        return float(self.probabilities(np.asarray(window).reshape(1, WINDOW_SAMPLES))[0])

    def probabilities(self, windows: npt.NDArray[Any]) -> FloatArray:
        """Probabilities of the next ``n`` consecutive windows, given as ``(n, 512)`` or flat.

        One model call scores them all with the state carried through, exactly as if they had
        been given one at a time.
        """
        audio = _to_float(np.asarray(windows)).reshape(-1, WINDOW_SAMPLES)
        if len(audio) == 0:
            return np.zeros(0, np.float32)
        previous = np.concatenate([self._context[None, :], audio[:-1, -CONTEXT_SAMPLES:]])
        batch = np.ascontiguousarray(np.concatenate([previous, audio], axis=1))
        probs, self._h, self._c = self._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        self._context = audio[-1, -CONTEXT_SAMPLES:].copy()
        return np.asarray(probs, dtype=np.float32).reshape(-1)
