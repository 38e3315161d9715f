"""The ``virtual_audio`` fixture: a real, isolated PulseAudio server with a virtual mic and speaker.

One server runs per test session (``pulse_server``), in its own temporary XDG_RUNTIME_DIR, state
dir, cookie and HOME, so it never touches a developer's real sound setup. It has

* ``vspeaker``: a 48 kHz stereo null sink, the default sink. What is played to it can be recorded
  from ``vspeaker.monitor``;
* ``vmic_feed``: a 16 kHz mono null sink that tests play speech into, and
* ``vmic``: a 16 kHz mono source remapped from ``vmic_feed.monitor``, the default source.

An ``.asoundrc`` in the server's HOME defines the ALSA pcm devices ``vmic`` and ``vspeaker``
(type pulse), so PortAudio, and therefore ``sounddevice``, lists them by name.

The function-scoped ``virtual_audio`` fixture exports the server's environment (``PULSE_SERVER``,
``HOME`` and friends) into ``os.environ`` for the duration of one test, re-initialises PortAudio
so that it sees the devices, and at teardown stops what it started, resets the server (defaults,
volumes, extra modules, leftover streams) and restores the environment and PortAudio.

Traps from ``/work/shared/RECIPES.md`` handled here: null sinks render in 2 s bursts unless
something low-latency listens, so two ``parec --latency-msec=20`` recorders stay on the monitors
and both sinks are suspended and resumed after start-up. ``InputStream.stop()`` can hang when a
source stops delivering: always ``abort()`` then ``close()`` sounddevice streams (never use them as
context managers, whose exit calls ``stop()``).

Found while writing the tests here:

* The first 10-30 ms of a *new* playback stream on ``vspeaker`` never reach the monitor (the null
  sink rewinds to mix the stream in after the monitor has posted that block). Start what you
  compare sample for sample with about 100 ms of silence, or compare by correlation.
* ``play_into_mic`` uses a 1 s paplay buffer: a 20 ms one underruns on a busy machine and each
  underrun inserts silence into the mic. With it, 16 kHz mono int16 arrives at ``vmic`` bit-exact.
  It plays a WAV file: fed through a pipe, pacat busy-loops on a core from the pipe's end until
  its buffer has drained (see :class:`Playback`).
* A recorder is returned only once its parec delivers data, so nothing played afterwards is missed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from tests.harness.components import require_executable, require_module
from tests.harness.wav_files import read_wav, write_wav

MIC_DEVICE = "vmic"
SPEAKER_DEVICE = "vspeaker"
MIC_FEED_SINK = "vmic_feed"
SPEAKER_MONITOR = "vspeaker.monitor"
MIC_RATE = 16_000
SPEAKER_RATE = 48_000
SPEAKER_CHANNELS = 2

PLAYBACK_LATENCY_MS = 1000
"""Buffer of the paplay that plays into the mic (deep, so it never underruns)."""

COMMAND_TIMEOUT_S = 10.0
"""Timeout for every short pactl call."""

ENV_KEYS = (
    "XDG_RUNTIME_DIR",
    "PULSE_RUNTIME_PATH",
    "PULSE_STATE_PATH",
    "PULSE_COOKIE",
    "PULSE_SERVER",
    "PULSE_CLIENTCONFIG",
    "HOME",
)

_ALSA_PULSE_PLUGIN_DIRS = (
    "/usr/lib/x86_64-linux-gnu/alsa-lib",
    "/usr/lib/aarch64-linux-gnu/alsa-lib",
    "/usr/lib64/alsa-lib",
    "/usr/lib/alsa-lib",
)

AudioInput = str | os.PathLike[str] | npt.NDArray[Any]


def _terminate(proc: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    """Stop ``proc`` with SIGTERM, then SIGKILL, and reap it."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _to_int16(audio: npt.NDArray[Any]) -> npt.NDArray[np.int16]:
    """int16 stays as is; floats in [-1, 1] are scaled and clipped."""
    if audio.dtype == np.int16:
        return audio
    if np.issubdtype(audio.dtype, np.floating):
        return np.clip(np.round(audio * 32767.0), -32768, 32767).astype(np.int16)
    raise TypeError(f"audio must be int16 or float, not {audio.dtype}")


def _load_audio(audio: AudioInput, rate: int) -> tuple[npt.NDArray[np.int16], int]:
    """``(frames, channels)`` int16 audio and its rate, from a 16-bit WAV path or an array."""
    if isinstance(audio, np.ndarray):
        pcm, file_rate = _to_int16(audio), rate
    else:
        pcm, file_rate = read_wav(audio)
    if pcm.ndim == 1:
        pcm = pcm[:, None]
    return np.ascontiguousarray(pcm), file_rate


def reinitialise_portaudio() -> None:
    """Make PortAudio enumerate devices again (it does so only when initialised).

    Does nothing if sounddevice was never imported: it will initialise with the current
    environment when it is. Any open sounddevice stream is closed by this.
    """
    sd = sys.modules.get("sounddevice")
    if sd is None:
        return
    from callbot_desktop.audio.capture import PORTAUDIO_LOCK

    with PORTAUDIO_LOCK:  # never while our own code opens or closes a stream
        if sd._initialized:
            sd._terminate()
        sd._initialize()


class Playback:
    """``paplay`` playing int16 audio into a sink; :meth:`wait` blocks until done.

    The audio goes through a temporary WAV file, not a pipe: pacat/paplay reading raw audio from
    a pipe busy-loop once they reach its end, burning most of a core (2 s of CPU for 3 s of
    audio) while their buffer drains, which is exactly when the app under test is answering.
    From a file it costs ~10 ms.
    """

    def __init__(
        self, pcm: npt.NDArray[np.int16], rate: int, sink: str, env: Mapping[str, str]
    ) -> None:
        self.seconds = len(pcm) / rate
        fd, name = tempfile.mkstemp(prefix="callbot-play-", suffix=".wav")
        os.close(fd)
        self._file = Path(name)
        write_wav(self._file, pcm, rate)
        self._proc = subprocess.Popen(
            [
                "paplay",
                f"--device={sink}",
                # A deep buffer: a 20 ms one underruns on a busy machine, and every underrun
                # inserts silence into the mic signal. It does not delay the start.
                f"--latency-msec={PLAYBACK_LATENCY_MS}",
                "--client-name=callbot-tests-play",
                name,
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=dict(env),
        )

    @property
    def done(self) -> bool:
        return self._proc.poll() is not None

    def wait(self, timeout: float | None = None) -> None:
        """Block until everything has been played (paplay drains the stream before it exits)."""
        if timeout is None:
            timeout = self.seconds + 15.0
        try:
            rc = self._proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise
        stderr = self._proc.stderr.read().decode(errors="replace") if self._proc.stderr else ""
        self.stop()
        if rc != 0:
            raise RuntimeError(f"paplay exited with {rc}: {stderr.strip()}")

    def stop(self) -> None:
        """Stop playing now (what has not been played yet is dropped)."""
        _terminate(self._proc)
        self._file.unlink(missing_ok=True)


class Recorder:
    """A ``parec`` process recording a source as raw int16 into memory.

    :meth:`stop` returns everything recorded as an int16 array of shape ``(frames, channels)``;
    :meth:`snapshot` returns what has arrived so far without stopping.
    """

    def __init__(self, source: str, rate: int, channels: int, env: Mapping[str, str]) -> None:
        self.source, self.rate, self.channels = source, rate, channels
        self._env = dict(env)
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None
        self._result: npt.NDArray[np.int16] | None = None

    def start(self) -> Recorder:
        self._proc = subprocess.Popen(
            [
                "parec",
                "--raw",
                f"--device={self.source}",
                "--format=s16le",
                f"--rate={self.rate}",
                f"--channels={self.channels}",
                "--latency-msec=20",
                "--client-name=callbot-tests-record",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=self._env,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        # parec connects asynchronously; a monitor or vmic delivers (silent) data as soon as the
        # stream is live, so the first bytes mean nothing played from now on can be missed.
        if not self.wait_for_frames(1, timeout=COMMAND_TIMEOUT_S):
            self.stop()
            raise RuntimeError(f"parec on {self.source} delivered no audio")
        return self

    read_bytes = 65536
    """The most taken from parec's pipe at a time."""

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        while True:
            try:
                data = os.read(fd, self.read_bytes)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self._buffer.extend(data)
                self._stored()

    def _stored(self) -> None:
        """Called (under the lock) after each piece of audio is added; for subclasses."""

    def _as_array(self, data: bytes | bytearray) -> npt.NDArray[np.int16]:
        frame_bytes = 2 * self.channels
        usable = len(data) - len(data) % frame_bytes
        samples = np.frombuffer(bytes(data[:usable]), dtype="<i2").astype(np.int16)
        return samples.reshape(-1, self.channels)

    @property
    def frames(self) -> int:
        """Frames recorded so far."""
        with self._lock:
            return len(self._buffer) // (2 * self.channels)

    def snapshot(self) -> npt.NDArray[np.int16]:
        with self._lock:
            return self._as_array(self._buffer)

    def wait_for_frames(self, frames: int, timeout: float = 10.0) -> bool:
        """Wait until at least ``frames`` frames have arrived; False on timeout."""
        deadline = time.monotonic() + timeout
        while self.frames < frames:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def stop(self) -> npt.NDArray[np.int16]:
        if self._result is None:
            if self._proc is not None:
                _terminate(self._proc)
            if self._reader is not None:
                self._reader.join(timeout=5.0)
            self._result = self.snapshot()
        return self._result

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def __enter__(self) -> Recorder:
        return self if self._proc is not None else self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class PulseServer:
    """An isolated PulseAudio daemon with the virtual devices, run from a temporary directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        runtime = root / "runtime"
        self.socket = runtime / "pulse" / "native"
        self.log_path = root / "pulse.log"
        self.env_overrides: dict[str, str] = {
            "XDG_RUNTIME_DIR": str(runtime),
            "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
            "PULSE_STATE_PATH": str(root / "state"),
            "PULSE_COOKIE": str(root / "cookie"),
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_CLIENTCONFIG": str(root / "client.conf"),
            "HOME": str(self.home),
        }
        self._proc: subprocess.Popen[bytes] | None = None
        self._keepalive: list[Recorder] = []
        self.baseline_modules: set[int] = set()

    @property
    def env(self) -> dict[str, str]:
        """The full environment for a subprocess that should use this server."""
        return {**os.environ, **self.env_overrides}

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def _write_config(self) -> None:
        for key in ("XDG_RUNTIME_DIR", "PULSE_RUNTIME_PATH", "PULSE_STATE_PATH", "HOME"):
            Path(self.env_overrides[key]).mkdir(parents=True, exist_ok=True, mode=0o700)
        (self.root / "client.conf").write_text("autospawn = no\n", encoding="utf-8")
        (self.root / "default.pa").write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}\n"
            f"load-module module-null-sink sink_name={SPEAKER_DEVICE}"
            f" rate={SPEAKER_RATE} channels={SPEAKER_CHANNELS}\n"
            f"load-module module-null-sink sink_name={MIC_FEED_SINK}"
            f" rate={MIC_RATE} channels=1\n"
            f"load-module module-remap-source master={MIC_FEED_SINK}.monitor"
            f" source_name={MIC_DEVICE} rate={MIC_RATE} channels=1\n"
            f"set-default-sink {SPEAKER_DEVICE}\n"
            f"set-default-source {MIC_DEVICE}\n",
            encoding="utf-8",
        )
        (self.home / ".asoundrc").write_text(
            f'pcm.{MIC_DEVICE} {{ type pulse; device "{MIC_DEVICE}" }}\n'
            f'pcm.{SPEAKER_DEVICE} {{ type pulse; device "{SPEAKER_DEVICE}" }}\n',
            encoding="utf-8",
        )

    def start(self, timeout: float = 15.0) -> None:
        self._write_config()
        self._proc = subprocess.Popen(
            [
                "pulseaudio",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--system=false",
                "--realtime=no",
                "--high-priority=no",
                "-n",
                f"--file={self.root / 'default.pa'}",
                f"--log-target=file:{self.log_path}",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
        )
        deadline = time.monotonic() + timeout
        while True:
            if self._proc.poll() is not None:
                raise RuntimeError(f"pulseaudio exited at start-up: {self.log_tail()}")
            if self.socket.exists() and self._pactl_ok("info"):
                break
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"pulseaudio did not start in {timeout} s: {self.log_tail()}")
            time.sleep(0.05)
        # Trap 1: low-latency listeners on both monitors, then a suspend/resume cycle.
        for source, rate, channels in (
            (SPEAKER_MONITOR, SPEAKER_RATE, SPEAKER_CHANNELS),
            (f"{MIC_FEED_SINK}.monitor", MIC_RATE, 1),
        ):
            keepalive = _NullRecorder(source, rate, channels, self.env)
            keepalive.start()
            self._keepalive.append(keepalive)
        deadline = time.monotonic() + timeout
        while len(self._client_streams("source-outputs", keepalive=True)) < len(self._keepalive):
            if time.monotonic() > deadline or any(not r.running for r in self._keepalive):
                self.stop()
                raise RuntimeError("the keep-alive parec recorders did not connect")
            time.sleep(0.05)
        for sink in (SPEAKER_DEVICE, MIC_FEED_SINK):
            self.pactl("suspend-sink", sink, "1")
            self.pactl("suspend-sink", sink, "0")
        self.baseline_modules = self.module_indices()

    def log_tail(self, chars: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def _pactl_ok(self, *args: str) -> bool:
        try:
            return (
                subprocess.run(
                    ["pactl", *args],
                    env=self.env,
                    capture_output=True,
                    timeout=COMMAND_TIMEOUT_S,
                    check=False,
                ).returncode
                == 0
            )
        except subprocess.TimeoutExpired:
            return False

    def pactl(self, *args: str) -> str:
        """Run ``pactl ARGS`` against this server and return its stdout (raises on failure)."""
        result = subprocess.run(
            ["pactl", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"pactl {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def list_objects(self, kind: str) -> list[dict[str, Any]]:
        """``pactl --format=json list KIND`` (sinks, sources, modules, sink-inputs, ...)."""
        data = json.loads(self.pactl("--format=json", "list", kind) or "[]")
        return list(data)

    def module_indices(self) -> set[int]:
        """Indices of the loaded modules (pactl's JSON for modules has no index)."""
        lines = self.pactl("list", "short", "modules").splitlines()
        return {int(line.split("\t", 1)[0]) for line in lines if line.strip()}

    def _client_streams(self, kind: str, *, keepalive: bool) -> list[int]:
        """Indices of ``kind`` streams owned by clients (not by modules), either the keep-alive
        recorders' (``keepalive=True``) or everyone else's."""
        keep_pids = {str(r.pid) for r in self._keepalive if r.pid is not None}
        client_pids = {
            str(c["index"]): str(c.get("properties", {}).get("application.process.id", ""))
            for c in self.list_objects("clients")
        }
        streams = []
        for stream in self.list_objects(kind):
            client = stream.get("client")
            if client is None:
                continue  # a module's internal stream, e.g. the remap source's
            if (client_pids.get(str(client), "") in keep_pids) == keepalive:
                streams.append(int(stream["index"]))
        return streams

    def reset(self) -> None:
        """Bring the server back to its start-up state, so tests cannot affect each other:
        unload modules added since start-up, kill streams left by test clients, restore the
        defaults, volumes and mutes, and resume both sinks."""
        for index in sorted(self.module_indices() - self.baseline_modules, reverse=True):
            self._pactl_ok("unload-module", str(index))
        for index in self._client_streams("sink-inputs", keepalive=False):
            self._pactl_ok("kill-sink-input", str(index))
        for index in self._client_streams("source-outputs", keepalive=False):
            self._pactl_ok("kill-source-output", str(index))
        self.pactl("set-default-sink", SPEAKER_DEVICE)
        self.pactl("set-default-source", MIC_DEVICE)
        for sink in (SPEAKER_DEVICE, MIC_FEED_SINK):
            self.pactl("suspend-sink", sink, "0")
            self.pactl("set-sink-volume", sink, "100%")
            self.pactl("set-sink-mute", sink, "0")
        for source in (MIC_DEVICE, SPEAKER_MONITOR, f"{MIC_FEED_SINK}.monitor"):
            self.pactl("set-source-volume", source, "100%")
            self.pactl("set-source-mute", source, "0")

    def stop(self) -> None:
        for recorder in self._keepalive:
            recorder.stop()
        self._keepalive.clear()
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._pactl_ok("exit")
            try:
                self._proc.wait(timeout=5.0)
            except subprocess.TimeoutExpired:
                pass
        _terminate(self._proc)
        self._proc = None


class _NullRecorder(Recorder):
    """A keep-alive ``parec --latency-msec=20`` that throws its data away."""

    def start(self) -> Recorder:
        self._proc = subprocess.Popen(
            [
                "parec",
                f"--device={self.source}",
                "--raw",
                "--format=s16le",
                f"--rate={self.rate}",
                f"--channels={self.channels}",
                "--latency-msec=20",
                "--client-name=callbot-tests-keepalive",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self._env,
        )
        return self


class VirtualAudio:
    """What a test uses: device names for sounddevice, the env for subprocesses, and helpers.

    ``mic_device`` / ``speaker_device`` are the names to pass to sounddevice (``device=``).
    ``env`` is the full environment for a subprocess (e.g. the app) that should use these devices.
    """

    mic_device = MIC_DEVICE
    speaker_device = SPEAKER_DEVICE
    mic_feed_sink = MIC_FEED_SINK
    speaker_monitor = SPEAKER_MONITOR
    mic_rate = MIC_RATE
    speaker_rate = SPEAKER_RATE
    speaker_channels = SPEAKER_CHANNELS

    def __init__(self, server: PulseServer) -> None:
        self.server = server
        self._recorders: list[Recorder] = []
        self._playbacks: list[Playback] = []

    @property
    def env(self) -> dict[str, str]:
        return self.server.env

    @property
    def env_overrides(self) -> dict[str, str]:
        """Only the variables that point at the virtual server (PULSE_SERVER, HOME, ...)."""
        return dict(self.server.env_overrides)

    def pactl(self, *args: str) -> str:
        return self.server.pactl(*args)

    def start_play_into_mic(self, audio: AudioInput, rate: int = MIC_RATE) -> Playback:
        """Start playing a 16-bit WAV file or an int16/float array into the mic; don't wait.

        ``rate`` applies to arrays only (a WAV file carries its own). Audio that is not 16 kHz
        mono is converted by PulseAudio and so is no longer bit-exact at ``vmic``.
        """
        pcm, pcm_rate = _load_audio(audio, rate)
        playback = Playback(pcm, pcm_rate, MIC_FEED_SINK, self.env)
        self._playbacks.append(playback)
        return playback

    def play_into_mic(
        self, audio: AudioInput, rate: int = MIC_RATE, *, timeout: float | None = None
    ) -> None:
        """Play into the virtual mic and block until it has all been played."""
        self.start_play_into_mic(audio, rate).wait(timeout)

    def speaker_recorder(
        self, rate: int = SPEAKER_RATE, channels: int = SPEAKER_CHANNELS
    ) -> Recorder:
        """A recorder of ``vspeaker.monitor``, already receiving; ``.stop()`` returns (frames,
        channels).

        It returns once the first audio has arrived: on a loaded machine ``parec`` can take a
        moment to connect, and what is played before then would never be recorded.
        """
        recorder = Recorder(SPEAKER_MONITOR, rate, channels, self.env).start()
        self._recorders.append(recorder)
        if not recorder.wait_for_frames(1, timeout=10.0):
            raise RuntimeError(f"parec recorded nothing from {SPEAKER_MONITOR} within 10 s")
        return recorder

    def record_speaker(
        self, seconds: float, rate: int = SPEAKER_RATE, channels: int = SPEAKER_CHANNELS
    ) -> npt.NDArray[np.int16]:
        """Record ``vspeaker.monitor`` for about ``seconds``; int16 (frames, channels)."""
        recorder = self.speaker_recorder(rate, channels)
        recorder.wait_for_frames(round(seconds * rate), timeout=seconds + 10.0)
        return recorder.stop()

    def mic_recorder(self, rate: int = MIC_RATE, channels: int = 1) -> Recorder:
        """A started parec recorder of the ``vmic`` source (what the app would hear)."""
        recorder = Recorder(MIC_DEVICE, rate, channels, self.env).start()
        self._recorders.append(recorder)
        return recorder

    def close(self) -> None:
        for playback in self._playbacks:
            playback.stop()
        for recorder in self._recorders:
            recorder.stop()
        self._playbacks.clear()
        self._recorders.clear()


def _alsa_pulse_plugin_present() -> bool:
    return any(Path(d, "libasound_module_pcm_pulse.so").exists() for d in _ALSA_PULSE_PLUGIN_DIRS)


@pytest.fixture(scope="session")
def pulse_server() -> Iterator[PulseServer]:
    """The session's isolated PulseAudio server (prefer ``virtual_audio`` in tests)."""
    require_executable("pulseaudio", "pulseaudio")
    for tool in ("pactl", "paplay", "parec"):
        require_executable(tool, "pulseaudio-utils")
    if not _alsa_pulse_plugin_present():
        pytest.skip(
            "ALSA pulse plugin missing: install it with `apt-get install libasound2-plugins`"
        )
    # A short path: the unix socket path must stay under 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="callbot-pulse-"))
    server = PulseServer(root)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def virtual_audio(pulse_server: PulseServer) -> Iterator[VirtualAudio]:
    """The virtual mic and speaker, with the server's environment exported for this test."""
    require_module("sounddevice", "sounddevice")
    saved = {key: os.environ.get(key) for key in ENV_KEYS}
    os.environ.update(pulse_server.env_overrides)
    audio = VirtualAudio(pulse_server)
    try:
        if "sounddevice" in sys.modules:
            reinitialise_portaudio()  # PortAudio lists devices only when it is initialised
        else:
            try:
                import sounddevice  # noqa: F401  (initialises PortAudio with this environment)
            except OSError as error:
                pytest.skip(
                    f"PortAudio missing ({error}): install it with `apt-get install libportaudio2`"
                )
        yield audio
    finally:
        audio.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        reinitialise_portaudio()
        pulse_server.reset()
