"""One typed conversation: persona prompt, context window, streamed reply, and the record.

:class:`TextChat` runs text turns against any :class:`~callbot_desktop.llm.chat.ChatBackend`:
each turn builds the prompt from the persona's system prompt and the
:class:`~callbot_desktop.llm.context.ConversationContext`, streams the reply to a callback piece by
piece, and (when given a :class:`~callbot_desktop.storage.history.History`) saves the user's
message and the reply. With no history nothing is written anywhere — that is what
``privacy.anonymous`` uses. A reply cut short (cancelled, or the model failed mid-way) is saved
with what had arrived, marked interrupted.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import aclosing
from typing import Any, Literal

from callbot_desktop.llm.chat import ChatBackend, ChatChunk, ChatOptions
from callbot_desktop.llm.context import ConversationContext
from callbot_desktop.llm.personas import Persona
from callbot_desktop.storage.history import History

TokenSink = Callable[[str], None]


class MemoryPersonaStore:
    """A :class:`~callbot_desktop.llm.personas.PersonaStore` that keeps nothing: built-ins only.

    Used when the history database must not be opened (``privacy.anonymous``).
    """

    def __init__(self) -> None:
        self._personas: dict[str, dict[str, Any]] = {}

    def save_persona(self, name: str, data: dict[str, Any], *, builtin: bool = False) -> None:
        self._personas[name] = dict(data)

    def personas(self) -> dict[str, dict[str, Any]]:
        return {name: dict(data) for name, data in self._personas.items()}

    def delete_persona(self, name: str) -> None:
        self._personas.pop(name, None)


class TextChat:
    """A conversation with ``persona`` on ``backend``, asking for ``model`` ("" = its default)."""

    def __init__(
        self,
        backend: ChatBackend,
        persona: Persona,
        *,
        model: str = "",
        history: History | None = None,
        budget: int = 3000,
    ) -> None:
        self.backend = backend
        self.persona = persona
        self.model = model
        self.history = history
        self.context = ConversationContext(persona.system_prompt, budget=budget)
        self.options = ChatOptions(temperature=persona.temperature)
        self.conversation_id: str | None = None
        self.last_chunk: ChatChunk | None = None
        """The final chunk of the last complete reply (with the model's statistics)."""

    async def turn(self, text: str, on_token: TokenSink) -> str:
        """Send ``text``, hand each piece of the reply to ``on_token``, return the whole reply."""
        self.last_chunk = None
        self.context.record_user(text)
        self._save("user", text)
        pieces: list[str] = []
        finished = False
        try:
            stream = self.backend.stream_chat(
                self.context.messages(), model=self.model, options=self.options
            )
            async with aclosing(stream) as chunks:
                async for chunk in chunks:
                    if chunk.text:
                        pieces.append(chunk.text)
                        on_token(chunk.text)
                    if chunk.done:
                        self.last_chunk = chunk
            finished = True
        finally:
            reply = "".join(pieces)
            if finished or reply:
                self.context.record_assistant(reply, interrupted=not finished)
                self._save("assistant", reply, interrupted=not finished)
        return reply

    async def aclose(self) -> None:
        """Stop a running background summary."""
        await self.context.aclose()

    def _save(
        self, role: Literal["user", "assistant"], content: str, *, interrupted: bool = False
    ) -> None:
        if self.history is None:
            return
        if self.conversation_id is None:
            created = self.history.create_conversation(persona=self.persona.name)
            self.conversation_id = created.id
        timings = _timings(self.last_chunk) if role == "assistant" and not interrupted else None
        self.history.add_message(
            self.conversation_id,
            role,
            content,
            interrupted=interrupted,
            timings=timings,
        )


def _timings(chunk: ChatChunk | None) -> dict[str, float] | None:
    if chunk is None:
        return None
    values = {
        "eval_count": chunk.eval_count,
        "tokens_per_second": chunk.tokens_per_second,
        "total_s": chunk.total_duration_ns / 1e9 if chunk.total_duration_ns else None,
    }
    return {key: float(value) for key, value in values.items() if value is not None} or None
