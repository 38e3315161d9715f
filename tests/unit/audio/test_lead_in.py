import numpy as np

from callbot_desktop.audio.lead_in import KEEP_S, THRESHOLD, sound_start


def _pcm(samples: list[int] | np.ndarray) -> bytes:
    return np.asarray(samples, dtype="<i2").tobytes()


def test_the_cut_keeps_a_short_lead_in_before_the_first_sound() -> None:
    rate = 1000
    sound = (np.sin(np.arange(200) / 3) * 8000).astype(np.int16)
    sound[0] = THRESHOLD + 1
    pcm = _pcm(np.concatenate([np.zeros(60, np.int16), sound]))
    cut = sound_start(pcm, rate)
    assert cut is not None
    out = np.frombuffer(pcm[cut:], "<i2")
    keep = round(KEEP_S * rate)
    assert len(out) == keep + len(sound)
    assert not out[:keep].any()
    assert np.array_equal(out[keep:], sound)


def test_sound_at_the_start_is_not_cut() -> None:
    assert sound_start(_pcm([5000, -5000] * 10), 16000) == 0


def test_silence_throughout_has_no_start_and_other_widths_are_not_looked_into() -> None:
    assert sound_start(_pcm([THRESHOLD, -THRESHOLD, 0] * 100), 16000) is None
    assert sound_start(b"\x00" * 300, 16000, sample_width=3) == 0


def test_stereo_is_cut_on_a_frame_boundary() -> None:
    rate = 1000
    frames = np.zeros((50, 2), np.int16)
    frames[30, 1] = 9000  # the right channel sounds first, at frame 30
    cut = sound_start(frames.tobytes(), rate, channels=2)
    assert cut == (30 - round(KEEP_S * rate)) * 4
