"""`callbot doctor [--json]`: what works on this machine, with a fix for what does not."""

from __future__ import annotations

import argparse
import json
from typing import Any

from callbot_desktop.startup import Startup


def register(commands: Any) -> None:
    parser = commands.add_parser("doctor", help="check this machine and say how to fix problems")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Startup) -> int:
    from callbot_desktop.doctor import run_doctor

    report = run_doctor(context.paths, context.settings)
    print(json.dumps(report.as_json(), indent=2) if args.json else report.as_text())
    return 0 if report.ok else 1
