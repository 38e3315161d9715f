"""The audio devices PortAudio can see, and which ones are the defaults.

``sounddevice`` loads the PortAudio library when imported; when that library is missing the
import raises OSError, which becomes a :class:`CallbotError` saying which package to install.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from types import ModuleType
from typing import Any

from callbot_desktop.core.errors import CallbotError


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    host_api: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float

    @property
    def is_input(self) -> bool:
        return self.max_input_channels > 0

    @property
    def is_output(self) -> bool:
        return self.max_output_channels > 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class DeviceList:
    devices: tuple[AudioDevice, ...]
    default_input: AudioDevice | None
    default_output: AudioDevice | None

    @property
    def inputs(self) -> tuple[AudioDevice, ...]:
        return tuple(d for d in self.devices if d.is_input)

    @property
    def outputs(self) -> tuple[AudioDevice, ...]:
        return tuple(d for d in self.devices if d.is_output)


def load_sounddevice() -> ModuleType:
    """Import sounddevice, turning a missing PortAudio into an error that says what to install."""
    try:
        import sounddevice
    except OSError as exc:
        raise CallbotError(
            f"The PortAudio library could not be loaded ({exc})",
            "install it: `sudo apt-get install libportaudio2` (Debian/Ubuntu)",
        ) from exc
    module: ModuleType = sounddevice
    return module


def list_devices() -> DeviceList:
    """Every device PortAudio reports, with the current defaults (None where there is none)."""
    sd = load_sounddevice()
    try:
        raw = sd.query_devices()
        apis = sd.query_hostapis()
    except sd.PortAudioError as exc:
        raise CallbotError(
            f"Audio devices could not be listed ({exc})", "check your sound setup"
        ) from exc
    devices = tuple(
        AudioDevice(
            index=int(d["index"]),
            name=str(d["name"]),
            host_api=str(apis[int(d["hostapi"])]["name"]),
            max_input_channels=int(d["max_input_channels"]),
            max_output_channels=int(d["max_output_channels"]),
            default_samplerate=float(d["default_samplerate"]),
        )
        for d in raw
    )
    default_in, default_out = (int(i) for i in sd.default.device)

    def pick(index: int, wanted_input: bool) -> AudioDevice | None:
        for device in devices:
            if device.index == index and (device.is_input if wanted_input else device.is_output):
                return device
        return None

    return DeviceList(devices, pick(default_in, True), pick(default_out, False))
