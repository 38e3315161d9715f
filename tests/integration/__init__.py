"""Integration tests: real external components (HTTP servers, audio, keyring, X11)."""
