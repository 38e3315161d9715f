"""The engine: wires settings, storage and the language-model, speech and audio layers together."""
