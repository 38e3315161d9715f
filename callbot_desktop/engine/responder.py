"""The model's turn: a transcript in, the reply's tokens out, as they are written.

:class:`Responder` keeps the conversation (a ``ConversationContext``) and asks the
:class:`~callbot_desktop.llm.chat.ChatBackend` (Ollama or the built-in model: it does not know
which) for a streamed reply to each :class:`TranscriptFinal`. The transcript goes on first, so
that everything after it knows a turn began. An Interrupt cancels the stream (the pipeline
cancels this processor's work, which closes the stream). A failure mid-way still ends the reply
with :class:`LLMDone` (``done_reason="error"``) so the turn ends cleanly, then is reported with
its fix.

What the assistant *said* is recorded into the context by the turn recorder once it is known
how much of it was heard; this processor records only the person's words.
"""

from __future__ import annotations

from contextlib import aclosing

from callbot_desktop.core.events import Event, LLMDone, LLMToken, TranscriptFinal, TurnConfirmed
from callbot_desktop.core.pipeline import Direction, Processor
from callbot_desktop.llm.chat import ChatBackend, ChatMessage, ChatOptions
from callbot_desktop.llm.context import ConversationContext


class Responder(Processor):
    def __init__(
        self,
        backend: ChatBackend,
        context: ConversationContext,
        *,
        model: str = "",
        options: ChatOptions | None = None,
    ) -> None:
        super().__init__("responder")
        self.backend = backend
        self.context = context
        self.model = model
        self.options = options or ChatOptions()
        self._pending: str | None = None  # tentative words, recorded once confirmed

    async def process(self, event: Event, direction: Direction) -> None:
        if isinstance(event, TurnConfirmed):
            # The tentative words stand: now they are part of the conversation.
            if self._pending is not None:
                self.context.record_user(self._pending)
                self._pending = None
            await self.push(event, direction)
            return
        await self.push(event, direction)
        if isinstance(event, TranscriptFinal):
            await self._reply(event.text, tentative=event.tentative)

    async def on_interrupt(self) -> None:
        self._pending = None  # withdrawn before it was confirmed: never said

    async def _reply(self, text: str, *, tentative: bool) -> None:
        if tentative:
            self._pending = text
            messages = [*self.context.messages(), ChatMessage.user(text)]
        else:
            self.context.record_user(text)
            messages = self.context.messages()
        done_reason = "stop"
        try:
            stream = self.backend.stream_chat(messages, model=self.model, options=self.options)
            async with aclosing(stream) as chunks:
                async for chunk in chunks:
                    if chunk.text:
                        await self.push(LLMToken(chunk.text))
                    if chunk.done:
                        done_reason = chunk.done_reason or "stop"
        except Exception:
            await self.push(LLMDone("error"))
            raise
        await self.push(LLMDone(done_reason))
