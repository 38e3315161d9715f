"""Pytest fixtures that run real components headlessly: audio, keyring, X11, an Ollama server."""
