"""LightningHook: runs the engine on a PennyLane lightning simulator inside the task's own process."""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import JobFailedOnBackendError
from quantum_provider.hooks.base import Handle, QuantumBackendHook, one_line
from quantum_provider.observability.provenance import device_version

if TYPE_CHECKING:
    from collections.abc import Callable

    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore


class LightningHook(QuantumBackendHook):
    """The embedded default backend: no server, no queue, works with no connection defined.

    Connection extras: ``device`` (default ``lightning.qubit``), ``max_qubits`` (26), ``shots`` (default shots
    for specs that do not say; unset means analytic), ``threads`` (OpenMP threads of the simulator, default 1:
    below about 14 qubits threads inside lightning do not pay, parallelism comes from processes).

    :param conn_id: a ``quantum_lightning`` connection id; ``quantum_lightning_default`` needs no definition.
    """

    conn_type = "quantum_lightning"
    default_conn_name = "quantum_lightning_default"
    hook_name = "Quantum (PennyLane Lightning)"
    backend_name = "lightning"
    allows_sensitive_by_default = True  # the job never leaves the task's process
    runs_in_process = True

    def __init__(self, conn_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(conn_id, **kwargs)
        self._cancelled = threading.Event()

    def apply_threads(self) -> int | None:
        """Pin the simulator's OpenMP threads; OpenMP reads the setting once, when lightning is first loaded."""
        threads = self.extras.get("threads")
        if threads and "pennylane_lightning" not in sys.modules:
            os.environ["OMP_NUM_THREADS"] = str(threads)
        value = os.environ.get("OMP_NUM_THREADS")
        return int(value) if value and value.isdigit() else None

    def submit(
        self,
        spec: JobSpec,
        *,
        key: str,
        store: ResultStore,
        problem: Any = None,
        context: dict[str, Any] | None = None,
        checkpoint_every: int = 10,
        progress: Callable[[int, float], None] | None = None,
        **options: Any,
    ) -> Handle:
        """Run the job to completion in this process, resuming from its newest checkpoint if there is one.

        If another process is computing the same key right now, wait for its result instead (the engine's claim).
        Option ``max_seconds``: the job's device-time cap in this attempt (``DeviceTimeExceededError`` past it).
        """
        self.apply_threads()
        from quantum_provider.engine.runner import prepare, run_job

        job = prepare(spec, problem)
        self._cancelled.clear()
        handle = self.make_handle(key, store)
        # Not while another process computes the key: its record stays "running"; the engine notes the attach.
        store.mark_submitted(key, event={"context": context or {}}, handle=handle)
        try:
            run_job(
                job,
                key=key,
                store=store,
                backend=self.backend_identity() | {"backend": self.backend_name, "conn_id": self.conn_id},
                context=context,
                checkpoint_every=checkpoint_every,
                should_stop=self._cancelled.is_set,
                progress=progress,
                max_seconds=options.get("max_seconds"),
            )
        except MemoryError as err:
            raise JobFailedOnBackendError(f"lightning ran out of memory for {job.problem.num_qubits} qubits") from err
        return handle

    def status(self, handle: Handle) -> str:
        record = self.store_of(handle).read_record(handle["key"])
        return record["state"] if record else "submitted"

    def result(self, handle: Handle) -> dict[str, Any]:
        stored = self.store_of(handle).load_result(handle["key"])
        if stored is None:
            raise JobFailedOnBackendError(f"job {handle['key']} has no verified result in {handle['store']}")
        return stored.result

    def cancel(self, handle: Handle | None = None) -> None:
        self._cancelled.set()

    def describe(self) -> dict[str, Any]:
        device = self.extras["device"]
        return {
            "backend": "lightning",
            "device": device,
            "device_version": device_version(device),
            "max_qubits": self.extras["max_qubits"],
            "threads": self.extras.get("threads"),
            "queue_depth": 0,
        }

    def check_connection(self) -> tuple[bool, str]:
        """Run a Bell-state circuit on the device; report its version, the qubit limit and the threads."""
        device = self.extras["device"]
        try:
            import pennylane as qml

            dev = qml.device(device, wires=2)

            @qml.qnode(dev)
            def bell():
                qml.Hadamard(0)
                qml.CNOT([0, 1])
                return qml.expval(qml.Z(0) @ qml.Z(1))

            correlation = float(bell())
        except Exception as err:
            return False, f"device {device} is not usable: {one_line(err)}"
        if abs(correlation - 1.0) > 1e-9:
            return False, f"device {device} returned <ZZ>={correlation} for a Bell state, expected 1"
        info = self.describe()
        return True, (
            f"device {device} {info['device_version']} is reachable: a Bell-state circuit gave <ZZ>=1; "
            f"max_qubits={info['max_qubits']}, threads={info['threads']}"
        )
