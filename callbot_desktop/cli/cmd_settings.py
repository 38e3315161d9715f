"""`callbot settings list|get|set|reset|path`: read and change the declared settings."""

from __future__ import annotations

import argparse
import json
from typing import Any

from callbot_desktop.settings.schema import OPTIONS, option
from callbot_desktop.startup import Startup


def register(commands: Any) -> None:
    parser = commands.add_parser("settings", help="show or change settings")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every setting with its value and help")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    actions.add_parser("get", help="print one setting").add_argument("name")
    setter = actions.add_parser("set", help="change one setting")
    setter.add_argument("name")
    setter.add_argument("value")
    actions.add_parser("reset", help="put one setting back to its default").add_argument("name")
    actions.add_parser("path", help="print where the settings file is")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    settings = context.settings
    if args.action == "path":
        print(context.paths.settings_file)
    elif args.action == "list":
        values = settings.as_dict()
        if args.json:
            print(json.dumps(values, indent=2))
        else:
            for opt in OPTIONS:
                print(f"{opt.name} = {values[opt.name]!r}\n    {opt.help} ({opt.allowed()})")
    elif args.action == "get":
        print(_format(settings[args.name]))
    else:
        if args.action == "set":
            settings.set(args.name, option(args.name).parse(args.value))
        else:
            settings.reset(args.name)
        context.save_settings()
        print(f"{args.name} = {_format(settings[args.name])}")
    return 0


def _format(value: object) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)
