"""`callbot devices [--json]`: the audio inputs and outputs, and the defaults."""

from __future__ import annotations

import argparse
import json
from typing import Any

from callbot_desktop.audio.devices import list_devices
from callbot_desktop.startup import Startup


def register(commands: Any) -> None:
    parser = commands.add_parser("devices", help="list audio input and output devices")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    devices = list_devices()
    default_in = devices.default_input.index if devices.default_input else None
    default_out = devices.default_output.index if devices.default_output else None
    if args.json:
        listing = {
            "devices": [d.as_dict() for d in devices.devices],
            "default_input": default_in,
            "default_output": default_out,
        }
        print(json.dumps(listing, indent=2))
        return 0
    if not devices.devices:
        print("No audio devices found.")
    for d in devices.devices:
        marks = [
            m for m, i in (("default in", default_in), ("default out", default_out)) if i == d.index
        ]
        tag = f"  [{', '.join(marks)}]" if marks else ""
        print(
            f"{d.index:3d}  {d.name}  ({d.host_api}; in {d.max_input_channels}, "
            f"out {d.max_output_channels}){tag}"
        )
    return 0
