"""`callbot history …`: list, show, search, export, import and expire the encrypted history.

Without a secure OS keyring the history key is wrapped by a passphrase: it is asked for on the
terminal, or read from standard input with ``--passphrase-stdin`` (one line per passphrase, in the
order asked: the history's first, then an export's or import's).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from callbot_desktop.core.errors import CallbotError
from callbot_desktop.passphrase import stdin_passphrases, terminal_passphrases
from callbot_desktop.startup import Startup
from callbot_desktop.storage.export import export_history
from callbot_desktop.storage.importer import import_history, uses_passphrase
from callbot_desktop.storage.keys import KeyStore
from callbot_desktop.storage.retention import (
    RetentionPolicy,
    apply_retention,
    delete_everything,
    policy_from_settings,
)
from callbot_desktop.storage.search import MATCH_END, MATCH_START, search
from callbot_desktop.storage.vault import OpenHistory, open_history

Provider = Callable[[bool], str] | None


def register(commands: Any) -> None:
    parser = commands.add_parser("history", help="the encrypted conversation history")
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one line each",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="conversations, pinned first")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")

    show = actions.add_parser("show", help="one conversation's messages")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")

    finder = actions.add_parser("search", help="full-text search of every message")
    finder.add_argument("text")
    finder.add_argument("--persona")
    finder.add_argument("--role", choices=("user", "assistant", "system"))
    finder.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    finder.add_argument("--until", type=_date, metavar="YYYY-MM-DD")
    finder.add_argument("--newest", action="store_true", help="newest first, not by relevance")
    finder.add_argument("--limit", type=int, default=20)
    finder.add_argument("--json", action="store_true")

    exporter = actions.add_parser("export", help="write conversations to a file")
    exporter.add_argument("file", type=Path)
    exporter.add_argument("--format", choices=("json", "markdown"), default="json")
    exporter.add_argument("--id", action="append", dest="ids", help="only this conversation")
    exporter.add_argument(
        "--encrypt-passphrase", action="store_true", help="age, with a passphrase"
    )
    exporter.add_argument("--recipient", action="append", default=[], help="age public key")

    importer = actions.add_parser("import", help="read a JSON export (plain or .age)")
    importer.add_argument("file", type=Path)
    importer.add_argument("--identity", type=Path, help="age identity file for .age exports")

    actions.add_parser("expire", help="apply the retention setting now")
    actions.add_parser("rotate-key", help="re-encrypt the history with a new key")
    actions.add_parser("change-passphrase", help="change the passphrase protecting the key")
    wipe = actions.add_parser("delete-all", help="delete every conversation and the key")
    wipe.add_argument("--yes", action="store_true", help="really delete everything")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    provider: Provider = stdin_passphrases() if args.passphrase_stdin else terminal_passphrases()
    key_store = KeyStore(context.paths.data_dir / "history.key", provider)
    database_file = context.paths.database_file
    if args.action == "delete-all":
        if not args.yes:
            raise CallbotError("Nothing was deleted", "add --yes to delete every conversation")
        removed = delete_everything(database_file, key_store)
        print(f"Deleted the history and its key ({len(removed)} files).")
        return 0
    opened = open_history(database_file, key_store)
    try:
        # Every action applies the retention setting on opening; "expire" only reports it.
        policy = policy_from_settings(context.settings)
        expired = apply_retention(opened.database, policy)
        if args.action == "expire":
            print(_expired(policy, expired))
            return 0
        return _ACTIONS[args.action](args, opened, provider)
    finally:
        opened.close()


def _list(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    conversations = opened.history.conversations(limit=args.limit)
    if args.json:
        print(json.dumps([vars(c) for c in conversations], indent=2))
        return 0
    for c in conversations:
        pin = "📌 " if c.pinned else ""
        print(f"{c.id}  {_when(c.updated_at)}  {pin}{c.title or '(untitled)'}  [{c.persona}]")
    return 0


def _show(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    conversation = opened.history.conversation(args.id)
    if conversation is None:
        raise CallbotError(f"No conversation {args.id}", "see `callbot history list`")
    messages = opened.history.messages(args.id)
    if args.json:
        print(json.dumps({**vars(conversation), "messages": [vars(m) for m in messages]}, indent=2))
        return 0
    print(f"# {conversation.title or '(untitled)'}  ({conversation.persona})")
    for m in messages:
        cut = " [interrupted]" if m.interrupted else ""
        print(f"\n{m.role} · {_when(m.created_at)}{cut}\n{m.content}")
    return 0


def _search(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    hits = search(
        opened.database,
        args.text,
        persona=args.persona,
        role=args.role,
        since=args.since,
        until=args.until,
        order="newest" if args.newest else "relevance",
        limit=args.limit,
        markers=("**", "**") if not args.json else (MATCH_START, MATCH_END),
    )
    if args.json:
        print(json.dumps([vars(h) for h in hits], indent=2))
        return 0
    if not hits:
        print("No messages found.")
    for hit in hits:
        print(f"{_when(hit.created_at)}  {hit.conversation_title}  ({hit.conversation_id})")
        print(f"    {hit.role}: {hit.snippet}")
    return 0


def _export(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    passphrase = _ask(provider, "export") if args.encrypt_passphrase else None
    summary = export_history(
        opened.database,
        args.file,
        file_format=args.format,
        conversation_ids=args.ids,
        passphrase=passphrase,
        recipients=args.recipient,
    )
    lock = " (encrypted)" if summary.encrypted else ""
    print(f"Exported {summary.conversations} conversations, {summary.messages} messages "
          f"to {summary.path}{lock}.")  # fmt: skip
    return 0


def _import(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    identity = args.identity.read_text() if args.identity else None
    passphrase = None
    if identity is None and uses_passphrase(args.file.read_bytes()[:4096]):
        passphrase = _ask(provider, "import")
    summary = import_history(opened.database, args.file, passphrase=passphrase, identity=identity)
    print(f"Imported {summary.imported} conversations ({summary.messages} messages); "
          f"{summary.skipped} already present were skipped.")  # fmt: skip
    return 0


def _expired(policy: RetentionPolicy, removed: int) -> str:
    """What applying ``policy`` did: ``removed`` conversations, and what it keeps."""
    kept = {
        "forever": "every conversation is kept",
        "days": f"conversations are kept for {policy.days} days",
        "count": f"the newest {policy.count} conversations are kept"
        if policy.count > 1
        else "only the newest conversation is kept",
    }[policy.mode]
    noun = "conversation" if removed == 1 else "conversations"
    return f"Removed {removed} {noun}: {kept} (pinned ones always)."


def _rotate(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    opened.rotate_key()
    print("The history is now encrypted with a new key.")
    return 0


def _change_passphrase(args: argparse.Namespace, opened: OpenHistory, provider: Provider) -> int:
    if opened.key.source != "passphrase":
        raise CallbotError("The history key is in the OS keyring", "there is no passphrase")
    opened.key_store.change_passphrase(_ask(provider, "new history", new=True))
    print("Passphrase changed.")
    return 0


_ACTIONS: dict[str, Callable[[argparse.Namespace, OpenHistory, Provider], int]] = {
    "list": _list,
    "show": _show,
    "search": _search,
    "export": _export,
    "import": _import,
    "rotate-key": _rotate,
    "change-passphrase": _change_passphrase,
}


def _ask(provider: Provider, purpose: str, *, new: bool = True) -> str:
    if provider is None:
        raise CallbotError(
            f"A passphrase is needed for the {purpose}",
            "run in a terminal or use --passphrase-stdin",
        )
    return provider(new)


def _date(text: str) -> float:
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC).timestamp()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-24") from None


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")
