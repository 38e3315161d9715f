"""`callbot`: the command line, for headless use and scripting. Never imports Qt.

Exit codes: 0 success, 1 a check or operation failed, 2 a usage error or a bad value.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from callbot_desktop.audio.devices import list_devices
from callbot_desktop.core.errors import CallbotError
from callbot_desktop.settings.schema import OPTIONS, option
from callbot_desktop.startup import Startup, add_common_arguments, start


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callbot", description="CallBot Desktop on the command line."
    )
    add_common_arguments(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    doctor = commands.add_parser("doctor", help="check this machine and say how to fix problems")
    doctor.add_argument("--json", action="store_true", help="print one JSON object")
    doctor.set_defaults(handler=_doctor)

    devices = commands.add_parser("devices", help="list audio input and output devices")
    devices.add_argument("--json", action="store_true", help="print one JSON object")
    devices.set_defaults(handler=_devices)

    settings = commands.add_parser("settings", help="show or change settings")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every setting with its value and help")
    listing.add_argument("--json", action="store_true", help="print one JSON object")
    actions.add_parser("get", help="print one setting").add_argument("name")
    setter = actions.add_parser("set", help="change one setting")
    setter.add_argument("name")
    setter.add_argument("value")
    actions.add_parser("reset", help="put one setting back to its default").add_argument("name")
    actions.add_parser("path", help="print where the settings file is")
    settings.set_defaults(handler=_settings)
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


def _doctor(args: argparse.Namespace, context: Startup) -> int:
    from callbot_desktop.doctor import run_doctor

    report = run_doctor(context.paths, context.settings)
    if args.json:
        print(json.dumps(report.as_json(), indent=2))
    else:
        print(report.as_text())
    return 0 if report.ok else 1


def _devices(args: argparse.Namespace, context: Startup) -> int:
    devices = list_devices()
    if args.json:
        print(
            json.dumps(
                {
                    "devices": [d.as_dict() for d in devices.devices],
                    "default_input": devices.default_input and devices.default_input.index,
                    "default_output": devices.default_output and devices.default_output.index,
                },
                indent=2,
            )
        )
        return 0
    if not devices.devices:
        print("No audio devices found.")
    for d in devices.devices:
        defaults = [
            label
            for label, chosen in (
                ("default in", devices.default_input),
                ("default out", devices.default_output),
            )
            if chosen is not None and chosen.index == d.index
        ]
        tag = f"  [{', '.join(defaults)}]" if defaults else ""
        print(
            f"{d.index:3d}  {d.name}  ({d.host_api}; in {d.max_input_channels}, "
            f"out {d.max_output_channels}){tag}"
        )
    return 0


def _settings(args: argparse.Namespace, context: Startup) -> int:
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
        print(_format_value(settings[args.name]))
    elif args.action == "set":
        settings.set(args.name, option(args.name).parse(args.value))
        context.save_settings()
        print(f"{args.name} = {_format_value(settings[args.name])}")
    elif args.action == "reset":
        settings.reset(args.name)
        context.save_settings()
        print(f"{args.name} = {_format_value(settings[args.name])}")
    return 0


def _format_value(value: object) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


if __name__ == "__main__":
    sys.exit(main())
