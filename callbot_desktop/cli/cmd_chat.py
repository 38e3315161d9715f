"""`callbot chat`: talk to the assistant, in text or by voice.

``callbot chat --text MSG`` sends one message; without ``--text`` every line of standard input is
one turn of the same conversation, until end of input. The reply streams to standard output; with
``--speak`` it is spoken too, sentence by sentence while it is written (setting
``audio.output_device``). ``callbot chat --voice`` is a whole voice conversation with the
microphone and the speaker, hands-free, until Ctrl+C: what you said and the reply are printed as
they come, and each turn's delays are printed on standard error.

``--persona`` picks the persona (default: the ``llm.persona`` setting). The model comes from the
``llm.*`` settings (see :mod:`callbot_desktop.engine.backend_choice`); with ``llm.backend = auto``
a note on standard error says which one answers and why.

Both messages of every turn are saved to the encrypted history, unless ``privacy.anonymous`` is
on: then the history is not even opened, nothing is written, and only the built-in personas are
available. Without a secure OS keyring the history key is unlocked by a passphrase, asked on the
terminal or read from the first line of standard input with ``--passphrase-stdin`` (that line is
consumed, and never sent to the model, even in anonymous mode).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.engine.backend_choice import choose_backend
from callbot_desktop.engine.text_chat import MemoryPersonaStore, TextChat
from callbot_desktop.llm.personas import Personas, PersonaStore
from callbot_desktop.passphrase import stdin_passphrases, terminal_passphrases
from callbot_desktop.startup import Startup
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.retention import apply_retention, policy_from_settings
from callbot_desktop.storage.vault import OpenHistory, open_history


def register(commands: Any) -> None:
    parser = commands.add_parser("chat", help="talk to the assistant in text")
    parser.add_argument("--text", metavar="MSG", help="send MSG (default: each line of stdin)")
    parser.add_argument("--persona", metavar="NAME", help="default: the llm.persona setting")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--speak", action="store_true", help="speak the replies too")
    mode.add_argument(
        "--voice", action="store_true", help="talk with the microphone and speaker until Ctrl+C"
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the history passphrase from the first line of standard input",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    settings = context.settings
    with history_for(context, passphrase_stdin=args.passphrase_stdin) as opened:
        history = opened.history if opened is not None else None
        store: PersonaStore = history if history is not None else MemoryPersonaStore()
        persona = Personas(store).get(args.persona or settings.get_str("llm.persona"))
        choice = choose_backend(settings)
        if settings.get_str("llm.backend") == "auto":
            print(f"note: {choice.reason}", file=sys.stderr, flush=True)
        if args.voice or args.speak:
            if args.voice and args.text is not None:
                raise CallbotError("--voice takes no --text", "speak instead, or leave out --voice")
            from callbot_desktop.cli.voice_chat import run_voice_chat

            messages = iter([args.text]) if args.text is not None else None
            return run_voice_chat(
                context, persona, history, choice, listen=args.voice, lines=messages
            )
        chat = TextChat(
            choice.backend,
            persona,
            model=choice.model_for(persona.model, settings.get_str("llm.model")),
            history=history,
        )
        messages = iter([args.text]) if args.text is not None else None
        asyncio.run(_converse(chat, messages))
    return 0


@contextmanager
def history_for(context: Startup, *, passphrase_stdin: bool) -> Iterator[OpenHistory | None]:
    """The opened history, or None in anonymous mode (then the database is never touched).

    With ``passphrase_stdin`` in anonymous mode the passphrase line is read and dropped, so that a
    script's next lines are the messages either way.
    """
    if context.settings.get_bool("privacy.anonymous"):
        if passphrase_stdin:
            sys.stdin.readline()
        yield None
        return
    provider = stdin_passphrases() if passphrase_stdin else terminal_passphrases()
    key_store = KeyStore(context.paths.data_dir / "history.key", provider)
    opened = open_history(context.paths.database_file, key_store)
    try:
        apply_retention(opened.database, policy_from_settings(context.settings))
        yield opened
    finally:
        opened.close()


async def _converse(chat: TextChat, messages: Iterator[str] | None) -> None:
    """One turn per message (per stdin line when ``messages`` is None), reply on stdout."""
    try:
        while True:
            text = _next(messages) if messages is not None else await _read_line()
            if text is None:
                return
            if not text.strip():
                continue
            await chat.turn(text.strip(), _write)
            _write("\n")
    finally:
        await chat.aclose()
        await chat.backend.close()


def _next(messages: Iterator[str]) -> str | None:
    return next(messages, None)


async def _read_line() -> str | None:
    line = await asyncio.to_thread(sys.stdin.readline)
    return line if line else None


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
