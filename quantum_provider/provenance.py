"""Provenance: what ran, where, with which versions, seeds and timings."""

from __future__ import annotations

import os
import platform
import socket
import sys
from importlib import metadata
from typing import Any

_PACKAGES = ("airflow-provider-quantum", "pennylane", "pennylane-lightning", "numpy", "scipy", "apache-airflow")


def package_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def environment() -> dict[str, Any]:
    """The machine and process a job ran in."""
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
        "packages": package_versions(),
    }
