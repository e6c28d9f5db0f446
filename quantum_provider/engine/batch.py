"""Run a chunk of small jobs in parallel processes, one OpenMP thread each.

Below about 14 qubits threads inside lightning do not pay (DESIGN.md), so a chunk's parallelism comes from
processes. Each job is still its own unit: it has its own key, record, checkpoints and result, so a retry of the
chunk reuses the jobs that finished and resumes the ones that did not.

Workers come from a fork server, not from a fork of the task process: a forked copy of an Airflow task process
would share its supervisor channel. The fork server imports pennylane and the engine once (seconds on a small
machine), so a worker starts in milliseconds; it never loads lightning, whose OpenMP runtime reads the thread
count once, when each worker first creates a device.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: Imported once by the fork server; none of them loads lightning (tests/integration/test_packaging.py).
PRELOAD = (
    "quantum_provider.engine.runner",
    "quantum_provider.engine.ansatz",
    "quantum_provider.problems.combinatorial",
    "quantum_provider.problems.molecule",
)


@dataclass(frozen=True)
class BatchItem:
    """One job of a chunk: its key, its resolved spec (JSON) and the handle its record keeps."""

    key: str
    spec: dict[str, Any]
    handle: dict[str, Any]


@dataclass(frozen=True)
class BatchOutcome:
    key: str
    #: The exception class a failed job raised (``QuantumSpecError`` for a spec error); ``None`` on success.
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def worker_count(jobs: int, max_workers: int | None = None) -> int:
    """Every core this process may use, at most one per job."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(jobs, max_workers or cores))


class BatchRunner:
    """A process pool for one chunk; ``kill()`` stops every worker (the jobs keep their checkpoints).

    :param threads: OpenMP threads per worker process; part of every job's key, so it must match the hook's.
    :param max_workers: processes to use; default every core this process may use.
    """

    def __init__(self, *, threads: int = 1, max_workers: int | None = None) -> None:
        self.threads = threads
        self.max_workers = max_workers
        self._executor: ProcessPoolExecutor | None = None

    def run(
        self,
        items: list[BatchItem],
        *,
        store_uri: str,
        backend: dict[str, Any],
        context: dict[str, Any],
        max_qubits: int,
        checkpoint_every: int = 10,
        on_done: Callable[[BatchItem, BatchOutcome], None] | None = None,
    ) -> list[BatchOutcome]:
        """Run every item; return their outcomes in item order. A worker that dies fails only its own jobs."""
        if not items:
            return []
        outcomes: dict[str, BatchOutcome] = {}
        self._executor = ProcessPoolExecutor(
            max_workers=worker_count(len(items), self.max_workers),
            mp_context=worker_context(),
            initializer=_init_worker,
            initargs=(self.threads,),
        )
        try:
            pending: dict[Future, BatchItem] = {
                self._executor.submit(run_item, item, store_uri, backend, context, max_qubits, checkpoint_every): item
                for item in items
            }
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    item = pending.pop(future)
                    try:
                        outcome = future.result()
                    except BrokenProcessPool as err:
                        outcome = BatchOutcome(item.key, "WorkerDied", f"a batch worker process died: {err}")
                    outcomes[item.key] = outcome
                    if on_done is not None:
                        on_done(item, outcome)
        finally:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        return [outcomes[item.key] for item in items]

    def kill(self) -> None:
        """Stop the workers at once (on_kill); finished jobs are stored, unfinished ones keep their checkpoints."""
        executor = self._executor
        if executor is None:
            return
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.kill()
        executor.shutdown(wait=False, cancel_futures=True)


def worker_context() -> multiprocessing.context.BaseContext:
    context = multiprocessing.get_context("forkserver")
    # Replaces the default preload of __main__, which in a task process is Airflow's task runner.
    context.set_forkserver_preload(list(PRELOAD))
    return context


def _init_worker(threads: int) -> None:
    os.environ["OMP_NUM_THREADS"] = str(threads)


def run_item(
    item: BatchItem,
    store_uri: str,
    backend: dict[str, Any],
    context: dict[str, Any],
    max_qubits: int,
    checkpoint_every: int,
) -> BatchOutcome:
    """Run one job to completion in this (worker) process, resuming from its newest checkpoint."""
    from quantum_provider.engine.runner import prepare, run_job
    from quantum_provider.exceptions import QuantumSpecError
    from quantum_provider.spec import JobSpec
    from quantum_provider.store import ResultStore

    store = ResultStore(store_uri)
    try:
        job = prepare(JobSpec.parse(item.spec))
        if job.problem.num_qubits > max_qubits:
            raise QuantumSpecError(
                "problem", f"needs {job.problem.num_qubits} qubits, the connection allows at most {max_qubits}"
            )
        store.update_record(item.key, state="submitted", event={"context": context}, handle=item.handle)
        run_job(job, key=item.key, store=store, backend=backend, context=context, checkpoint_every=checkpoint_every)
    except Exception as err:  # reported per job; the chunk decides what the task does with it
        return BatchOutcome(item.key, type(err).__name__, str(err)[:2000])
    return BatchOutcome(item.key)
