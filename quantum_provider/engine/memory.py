"""Whether a job's simulation fits the worker's memory: refused up front, in one line, when it cannot.

A statevector simulator holds ``2**n`` complex amplitudes per state (16 bytes each on lightning's default
``complex128``), and a gradient step holds several states at once. ``STATEVECTOR_COPIES`` is the peak a job
reached in the benchmarks' W7 (peak RSS of one job in a fresh interpreter, its growth over a 4-qubit job, in
states): 7.05 to 7.2 states at 22 and 24 qubits, whatever the graph's density, plus one for margin. A job needing
more than the worker's memory is refused before anything is written, rather than found out by the kernel's OOM
killer halfway through a night.
"""

from __future__ import annotations

from pathlib import Path

#: Bytes per amplitude of lightning's default complex128 state.
AMPLITUDE_BYTES = 16
#: States a lightning job holds at its peak, measured (W7), rounded up with one to spare.
STATEVECTOR_COPIES = 8
#: The cgroup files that bound a container's memory (v2, then v1); "max" or an absurd number means no bound.
_CGROUP_LIMITS = (Path("/sys/fs/cgroup/memory.max"), Path("/sys/fs/cgroup/memory/memory.limit_in_bytes"))


def statevector_bytes(num_qubits: int) -> int:
    return AMPLITUDE_BYTES * 2**num_qubits


def job_memory_bytes(num_qubits: int) -> int:
    """What a job on ``num_qubits`` wires needs at its peak, beyond the interpreter's own memory."""
    return STATEVECTOR_COPIES * statevector_bytes(num_qubits)


def machine_memory_bytes() -> int:
    """This machine's memory, or its container's limit when that is lower."""
    import psutil

    total = psutil.virtual_memory().total
    for path in _CGROUP_LIMITS:
        try:
            raw = path.read_text().strip()
        except OSError:
            continue
        if raw.isdigit() and 0 < int(raw) < total:
            return int(raw)
    return total


def gib(size: int) -> str:
    return f"{size / 2**30:.3g} GiB"


def memory_refusal(num_qubits: int, available: int, *, where: str) -> str | None:
    """The one-line reason a job on ``num_qubits`` wires cannot run in ``available`` bytes; ``None`` if it fits."""
    needed = job_memory_bytes(num_qubits)
    if needed <= available:
        return None
    return (
        f"needs {num_qubits} qubits: about {gib(needed)} of memory ({STATEVECTOR_COPIES} statevectors of "
        f"{gib(statevector_bytes(num_qubits))}), more than the {gib(available)} {where}"
    )
