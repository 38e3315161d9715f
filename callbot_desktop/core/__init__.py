"""Pure-Python foundations shared by every layer: paths, errors, events. No I/O libraries, no Qt."""
