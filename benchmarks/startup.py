"""Start-up time of the desktop app: `callbot-desktop --self-test` as a whole process.

Prints one JSON object: the median, min and max wall time over N runs (default 5), offscreen, each
in a fresh temporary data dir. Run: `.venv/bin/python -m benchmarks.startup [--runs N]`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def one_run() -> float:
    with tempfile.TemporaryDirectory(prefix="callbot-bench-") as data_dir:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "callbot_desktop", "--data-dir", data_dir, "--self-test"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        elapsed = time.perf_counter() - started
    if "SELF-TEST OK" not in done.stdout:
        raise SystemExit(f"self-test failed: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    one_run()  # warm the file cache: we measure starts, not the first read from disk
    times = [one_run() for _ in range(runs)]
    print(
        json.dumps(
            {
                "benchmark": "startup_self_test",
                "runs": runs,
                "median_s": round(statistics.median(times), 4),
                "min_s": round(min(times), 4),
                "max_s": round(max(times), 4),
            }
        )
    )


if __name__ == "__main__":
    main()
