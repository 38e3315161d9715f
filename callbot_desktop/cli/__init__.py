"""`callbot`: the command line, for headless use and scripting. Never imports Qt.

Each subcommand lives in its own ``cmd_*.py`` module with ``register(commands)``; the handler
gets the parsed arguments and the :class:`~callbot_desktop.startup.Startup` context.
Exit codes: 0 success, 1 a check or operation failed, 2 a usage error or a bad value.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from callbot_desktop.cli import (
    cmd_chat,
    cmd_devices,
    cmd_doctor,
    cmd_history,
    cmd_listen,
    cmd_models,
    cmd_say,
    cmd_settings,
    cmd_transcribe,
)
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.startup import add_common_arguments, start

COMMANDS = (
    cmd_doctor,
    cmd_devices,
    cmd_settings,
    cmd_transcribe,
    cmd_history,
    cmd_say,
    cmd_listen,
    cmd_chat,
    cmd_models,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callbot", description="CallBot Desktop on the command line."
    )
    add_common_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        context = start(args)
        for warning in context.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        code: int = args.handler(args, context)
        return code
    except CallbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
