"""Start-up time of the desktop app, as a person sees it.

Two measures, each over N runs (default 5) in a fresh data dir, printed as one JSON object of
medians, minimums and maximums:

* ``self_test_s``: ``callbot-desktop --self-test`` as a whole process, offscreen (Qt, the main
  window and the event loop come up, then the process exits);
* ``window_visible_s``: from launching the real app under Xvfb to its main window being mapped
  on screen (``xdotool search --sync --onlyvisible``); models, the history and the engine load
  after that, in the background. Needs ``Xvfb`` and ``xdotool``.

Run: ``.venv/bin/python -m benchmarks.startup [--runs N]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

APP = [sys.executable, "-m", "callbot_desktop"]


def self_test_run() -> float:
    with tempfile.TemporaryDirectory(prefix="callbot-bench-") as data_dir:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        started = time.perf_counter()
        done = subprocess.run(
            [*APP, "--data-dir", data_dir, "--self-test"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        elapsed = time.perf_counter() - started
        if done.returncode != 0 or "SELF-TEST OK" not in done.stdout:
            raise SystemExit(f"self-test failed: {done.stderr.strip()}")
        return elapsed


def window_run(display: str) -> float:
    with tempfile.TemporaryDirectory(prefix="callbot-bench-") as data_dir:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "CALLBOT_DATA_DIR": data_dir,
        }
        for name, value in (("ui.first_run_done", "true"), ("privacy.anonymous", "true")):
            subprocess.run(
                [sys.executable, "-m", "callbot_desktop.cli", "settings", "set", name, value],
                env=env,
                check=True,
                capture_output=True,
                timeout=60,
            )
        started = time.perf_counter()
        app = subprocess.Popen(APP, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            # Poll ourselves: xdotool's own --sync waits half a second between looks.
            deadline = started + 60
            while time.perf_counter() < deadline:
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", "^CallBot Desktop$"],
                    env=env,
                    capture_output=True,
                    timeout=10,
                )
                if found.returncode == 0 and found.stdout.strip():
                    return time.perf_counter() - started
                time.sleep(0.01)
            raise SystemExit("the main window never became visible")
        finally:
            app.terminate()
            try:
                app.wait(20)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def summary(times: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(times), 3),
        "min": round(min(times), 3),
        "max": round(max(times), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result: dict[str, object] = {"runs": args.runs, "cpu_count": os.cpu_count()}
    result["self_test_s"] = summary([self_test_run() for _ in range(args.runs)])
    if shutil.which("Xvfb") and shutil.which("xdotool"):
        xvfb = subprocess.Popen(
            ["Xvfb", ":93", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.0)
            result["window_visible_s"] = summary([window_run(":93") for _ in range(args.runs)])
        finally:
            xvfb.terminate()
            xvfb.wait()
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
