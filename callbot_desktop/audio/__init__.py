"""Sound in and out with sounddevice: devices, capture, playback, voice activity. No Qt."""
