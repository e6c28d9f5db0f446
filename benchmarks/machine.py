"""The machine a run measured: CPU, cores, memory, load, versions, date and the code's commit."""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import psutil

PACKAGES = (
    "pennylane",
    "pennylane-lightning",
    "pennylane-catalyst",
    "jax",
    "apache-airflow",
    "numpy",
    "scipy",
    "networkx",
    "airflow-provider-quantum",
)


def _cpu_model() -> str:
    try:  # psutil has no CPU model name
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_gib() -> float:
    return round(psutil.virtual_memory().total / 2**30, 1)


def load_average() -> list[float] | None:
    try:
        return [round(value, 2) for value in os.getloadavg()]  # as /proc/loadavg shows them
    except OSError:
        return None


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _git(*args: str) -> str | None:
    try:
        out = subprocess.run(["git", *args], capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip()


def describe() -> dict[str, Any]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    status = _git("status", "--porcelain")
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu_model": _cpu_model(),
        "logical_cpus": os.cpu_count(),
        "usable_cpus": usable,
        "memory_gib": _memory_gib(),
        "load_average_at_start": load_average(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
        "packages": {name: _version(name) for name in PACKAGES},
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(status) if status is not None else None,
    }
