"""Keyboard auto-repeat on an X display, through libX11's XKB calls (no xset needed)."""

from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from contextlib import contextmanager

XKB_USE_CORE_KBD = 0x0100


def _x11() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XAutoRepeatOn.argtypes = [ctypes.c_void_p]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    uint = ctypes.c_uint
    lib.XkbSetAutoRepeatRate.argtypes = [ctypes.c_void_p, uint, uint, uint]
    lib.XkbGetAutoRepeatRate.argtypes = [
        ctypes.c_void_p,
        uint,
        ctypes.POINTER(uint),
        ctypes.POINTER(uint),
    ]
    return lib


@contextmanager
def fast_auto_repeat(display: str, delay_ms: int = 100, interval_ms: int = 20) -> Iterator[None]:
    """Auto-repeat on, starting after ``delay_ms`` every ``interval_ms``; restored afterwards."""
    lib = _x11()
    connection = lib.XOpenDisplay(display.encode())
    if not connection:
        raise RuntimeError(f"cannot open X display {display}")
    delay, interval = ctypes.c_uint(), ctypes.c_uint()
    try:
        if not lib.XkbGetAutoRepeatRate(
            connection, XKB_USE_CORE_KBD, ctypes.byref(delay), ctypes.byref(interval)
        ):
            raise RuntimeError(f"XKB is not available on {display}")
        lib.XAutoRepeatOn(connection)
        lib.XkbSetAutoRepeatRate(connection, XKB_USE_CORE_KBD, delay_ms, interval_ms)
        lib.XSync(connection, 0)
        yield
    finally:
        lib.XkbSetAutoRepeatRate(connection, XKB_USE_CORE_KBD, delay.value, interval.value)
        lib.XSync(connection, 0)
        lib.XCloseDisplay(connection)
