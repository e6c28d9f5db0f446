"""A measurement in a fresh interpreter, as an Airflow task process is one (W7, W8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_json_child(
    code: str, args: list[str], *, repo: Path, what: str, timeout: float, env: dict[str, str] | None = None
) -> dict[str, Any]:
    """Run ``code`` with ``args`` in a fresh interpreter (one OpenMP thread, the repository first on its path) and
    return the last JSON object it printed; a child that failed raises with ``what`` and its last error lines."""
    environment = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(repo), **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, env=environment, cwd=repo, timeout=timeout,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{what} failed: {done.stderr.strip().splitlines()[-3:]}")
    return json.loads(lines[-1])
