"""Provenance: what ran, where, with which versions, seeds and timings."""

from __future__ import annotations

import functools
import os
import platform
import resource
import socket
import sys
from importlib import metadata
from typing import Any

_PACKAGES = ("airflow-provider-quantum", "pennylane", "pennylane-lightning", "numpy", "scipy", "apache-airflow")


def package_versions() -> dict[str, str | None]:
    return dict(_installed_versions())


# Once per process (reading metadata costs ~4 ms a package): the code a process runs is the version it imported,
# even when the package is upgraded on disk meanwhile, so the first answer is also the truest one.
@functools.cache
def _installed_versions() -> tuple[tuple[str, str | None], ...]:
    versions: list[tuple[str, str | None]] = []
    for name in _PACKAGES:
        try:
            versions.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            versions.append((name, None))
    return tuple(versions)


@functools.cache
def _platform() -> str:
    return platform.platform()


@functools.cache
def device_version(device: str) -> str | None:
    """The installed version of the package that provides ``device``."""
    package = "pennylane-lightning" if device.startswith("lightning.") else "pennylane"
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


@functools.cache  # once per process, as the package versions above: ~1.7 ms a call, and every job asks
def compiler_version() -> str | None:
    """``pennylane-catalyst <version>`` when installed: the compiler is part of the backend identity (its code
    generation decides the last bits of the fast path's numbers), so it goes into the content key."""
    try:
        return f"pennylane-catalyst {metadata.version('pennylane-catalyst')}"
    except metadata.PackageNotFoundError:
        return None


def environment() -> dict[str, Any]:
    """The machine and process a job ran in."""
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "python": sys.version.split()[0],
        "platform": _platform(),
        "cpu_count": os.cpu_count(),
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
        "packages": package_versions(),
        # The process's peak so far, not the job's own: a worker that ran a larger job before keeps that peak.
        # What a deployment sizes its workers' memory by (BENCHMARKS.md, W1 and W5).
        "process_peak_rss_mib": peak_rss_mib(),
    }


def peak_rss_mib() -> float:
    """This process's peak resident set size in MiB (``ru_maxrss``, which Linux counts in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
