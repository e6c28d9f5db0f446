"""Run a chunk of small jobs in parallel processes, one OpenMP thread each.

Below about 14 qubits threads inside lightning do not pay (docs/architecture.md section 6, "Processes, not threads"),
so a chunk's parallelism comes from processes. Each job is still its own unit: it has its own key, record, checkpoints
and result, so a retry of the chunk reuses the jobs that finished and resumes the ones that did not.

The workers and how they start and stop: ``worker_pool.py``.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from quantum_provider.engine.chunk_work import BatchItem, BatchOutcome, ChunkProgress, ChunkWork
from quantum_provider.engine.progress import InfoLogger
from quantum_provider.engine.worker_pool import (
    WORKER_START_METHOD,
    children_allowed,
    init_worker,
    kill_worker,
    owner,
    pin_omp_threads,
    start_fork_server,
    stop_fork_server,
    worker_context,
)

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

log = logging.getLogger(__name__)


def worker_count(jobs: int, max_workers: int | None = None) -> int:
    """Every core this process may use, at most one per job."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(jobs, max_workers or cores))


class BatchRunner:
    """A process pool for one chunk, with a head start in the task process; ``kill()`` stops both (the jobs keep
    their checkpoints).

    Starting the pool costs seconds (its fork server imports PennyLane, Catalyst and the engine once), more than a
    small chunk's whole work. So while the pool starts, the task process computes the chunk's smallest jobs itself,
    one at a time; once the pool's first worker answers, the task process finishes its job and the pool takes the
    rest. A chunk done before the pool is up never waits for it: the fork server is stopped unused. A chunk on one
    process (``max_workers=1`` or one usable core) runs wholly in the task process, with no pool at all.

    :param threads: OpenMP threads per worker process; part of every job's key, so it must match the hook's.
    :param max_workers: processes to use; default every core this process may use.
    :param head_start: let the task process compute while the pool starts; ``False`` runs every job on the pool
        (as does a task process whose simulator is already loaded with another thread count).
    """

    def __init__(self, *, threads: int = 1, max_workers: int | None = None, head_start: bool = True) -> None:
        self.threads = threads
        self.max_workers = max_workers
        self.head_start = head_start
        self._executor: ProcessPoolExecutor | None = None
        self._reports: Queue | None = None
        self._workers = 0
        self._killed: set[int] = set()
        self._stop = threading.Event()
        self._work: ChunkWork | None = None
        self._lock = threading.Lock()

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
        max_seconds: float | None = None,
        progress: InfoLogger | None = None,
    ) -> list[BatchOutcome]:
        """Run every item; return their outcomes in item order. A worker that dies fails only its own jobs.

        ``max_seconds`` caps each job's device time (``run_job``); a job over it fails alone. ``progress`` (default:
        this module's logger) gets a chunk line whenever no job finished for ``PROGRESS_EVERY_S`` seconds, so a
        chunk of large jobs is never silent for long (``on_done`` reports each finished job).
        """
        if not items:
            return []
        workers = worker_count(len(items), self.max_workers)
        job_args = (store_uri, backend, context, max_qubits, checkpoint_every, max_seconds)
        work = self._work = ChunkWork(
            groups(schedule(items), workers), ChunkProgress(len(items), progress or log), on_done
        )
        self._stop.clear()
        in_process = self.head_start and pin_omp_threads(self.threads)
        pool = None
        if workers > 1 or not in_process:
            pool = threading.Thread(target=self._feed_pool, args=(work, workers, job_args), name="batch-pool")
            pool.start()
        else:
            work.lost_pool(None)
        try:
            while not work.complete():
                if in_process and not self._stop.is_set() and (work.pool_gone.is_set() or not work.pool_ready.is_set()):
                    item = work.take_smallest()
                    if item is not None:
                        work.finished(item, run_item(item, *job_args, should_stop=self._stop.is_set))
                        continue
                if work.pool_gone.is_set():
                    break
                work.wait()
        except BaseException:  # the task is being stopped (a timeout, a signal): so is every job of its chunk
            self.kill()
            raise
        finally:
            if pool is not None:
                if not work.pool_ready.is_set():
                    work.lost_pool(None)
                    stop_fork_server()  # the chunk is done (or failed) before the pool was up: never wait for it
                pool.join()
            self._work = None
        if work.pool_error is not None and not in_process:
            raise work.pool_error
        for item in items:  # not finished: the chunk was killed, or its pool failed, first
            if item.key not in work.outcomes:
                work.outcomes[item.key] = BatchOutcome(
                    item.key, "JobCancelledError", "the chunk stopped before this job finished"
                )
        return [work.outcomes[item.key] for item in items]

    def _feed_pool(self, work: ChunkWork, workers: int, job_args: tuple) -> None:
        """Start the pool; once its first worker answers, hand it every group the task process has not taken."""
        try:
            with children_allowed():
                mp_context = worker_context()
                start_fork_server()
                # Each worker reports its pid here as it starts (init_worker), for kill(): the workers are the fork
                # server's children, not this process's, and the pool keeps its own list of them private.
                reports = multiprocessing.get_context(WORKER_START_METHOD).Queue()
                executor = ProcessPoolExecutor(
                    max_workers=workers,
                    mp_context=mp_context,
                    initializer=init_worker,
                    initargs=(self.threads, reports, owner()),
                )
                with self._lock:
                    self._executor, self._reports, self._workers, self._killed = executor, reports, workers, set()
                try:
                    # One call per worker starts them all; until the first answers (the fork server has imported
                    # the engine) the task process keeps computing.
                    started = [executor.submit(os.getpid) for _ in range(workers)]
                    wait(started, return_when=FIRST_COMPLETED)
                    if work.pool_gone.is_set() or self._stop.is_set():
                        return
                    work.pool_ready.set()
                    pending: dict[Future, list[BatchItem]] = {
                        executor.submit(run_items, group, *job_args): group for group in work.take_all_groups()
                    }
                    while pending:
                        done, _ = wait(pending, return_when=FIRST_COMPLETED)
                        for future in done:
                            group = pending.pop(future)
                            for item, outcome in zip(group, _group_outcomes(future, group), strict=True):
                                work.finished(item, outcome)
                finally:
                    # Until this returns the pool may still start a worker, so the children stay allowed until then.
                    executor.shutdown(wait=True, cancel_futures=True)
                    with self._lock:
                        self._executor = self._reports = None
                    reports.close()
        except BaseException as err:  # the task process computes the rest, or run() raises it
            work.lost_pool(None if work.pool_gone.is_set() else err)
            return
        work.lost_pool(None)

    def kill(self) -> None:
        """Stop the chunk at once (on_kill); finished jobs are stored, unfinished ones keep their checkpoints.

        The task process's own job stops at its next step. On the pool, this kills exactly the processes that
        reported themselves as this run's workers (pid and start time, so a pid reused by another process is left
        alone). A worker still starting has not reported yet: this waits up to ``KILL_GRACE_S`` for every worker of
        the pool to report (the pool starts them all before it takes any job). A pool still starting is stopped
        with its fork server.
        """
        self._stop.set()
        work = self._work
        if work is not None and not work.pool_ready.is_set():
            work.lost_pool(None)
            stop_fork_server()
        with self._lock:
            executor, reports = self._executor, self._reports
        if executor is None or reports is None:
            return
        deadline = time.monotonic() + KILL_GRACE_S
        while len(self._killed) < self._workers:
            try:
                pid, started = reports.get(timeout=max(0.0, deadline - time.monotonic()))
            except (queue.Empty, OSError, ValueError):  # none within the grace, or the run just closed the queue
                break
            kill_worker(pid, started)
            self._killed.add(pid)
        executor.shutdown(wait=False, cancel_futures=True)


def _group_outcomes(future: Future, group: list[BatchItem]) -> list[BatchOutcome]:
    try:
        return future.result()
    except BrokenProcessPool as err:
        return [BatchOutcome(item.key, "WorkerDied", f"a batch worker process died: {err}") for item in group]
    except CancelledError:
        return [
            BatchOutcome(item.key, "JobCancelledError", "the chunk stopped before this job finished") for item in group
        ]


#: How long ``kill()`` waits for a worker that is still starting to report its pid.
KILL_GRACE_S = 1.0


#: A worker takes up to this many small jobs per round trip to the task process.
MAX_GROUP = 8
#: Jobs up to this many qubits are small: a step takes well under a millisecond, so they may travel in groups.
SMALL_QUBITS = 8


def schedule(items: list[BatchItem]) -> list[BatchItem]:
    """Largest jobs first (a job's cost grows as 2^qubits): the workers then end on small jobs and finish together,
    instead of one of them still running a large job that came last. Ties keep the chunk's order."""
    return sorted(items, key=lambda item: -item.qubits)


def groups(items: list[BatchItem], workers: int) -> list[list[BatchItem]]:
    """The chunk in groups, each one round trip to a worker.

    A round trip (pickling, the pool's queues, the task process's turn on a core) costs a few milliseconds, a
    noticeable share of a tiny job, so small jobs travel in groups; larger ones go alone, which keeps the load
    balanced. A group is at most a quarter of a worker's share of the small jobs and at most ``MAX_GROUP`` jobs.
    Outcomes are reported per job when its group returns; every job still writes its own record and result.
    """

    def is_small(item: BatchItem) -> bool:  # unknown sizes (0) go alone
        return 0 < item.qubits <= SMALL_QUBITS

    size = max(1, min(MAX_GROUP, sum(map(is_small, items)) // (4 * workers)))
    out: list[list[BatchItem]] = []
    for item in items:
        if is_small(item) and out and is_small(out[-1][-1]) and len(out[-1]) < size:
            out[-1].append(item)
        else:
            out.append([item])
    return out


def run_items(
    group: list[BatchItem],
    store_uri: str,
    backend: dict[str, Any],
    context: dict[str, Any],
    max_qubits: int,
    checkpoint_every: int,
    max_seconds: float | None = None,
) -> list[BatchOutcome]:
    """Run a group of jobs one after the other in this (worker) process."""
    return [run_item(item, store_uri, backend, context, max_qubits, checkpoint_every, max_seconds) for item in group]


def run_item(
    item: BatchItem,
    store_uri: str,
    backend: dict[str, Any],
    context: dict[str, Any],
    max_qubits: int,
    checkpoint_every: int,
    max_seconds: float | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> BatchOutcome:
    """Run one job to completion in this process (a worker, or the task process's head start), resuming from its
    newest checkpoint; ``should_stop`` ends it at its next step (``JobCancelledError``, the record says cancelled).

    A job another process is computing right now is waited for, not computed again (the engine's claim).
    """
    from quantum_provider.engine.runner import prepare, run_job
    from quantum_provider.exceptions import QuantumSpecError
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

    store = ResultStore(store_uri)
    try:
        job = prepare(JobSpec.parse(item.spec))
        if job.problem.num_qubits > max_qubits:
            raise QuantumSpecError(
                "problem", f"needs {job.problem.num_qubits} qubits, the connection allows at most {max_qubits}"
            )
        store.mark_submitted(item.key, event={"context": context}, handle=item.handle)
        run_job(
            job,
            key=item.key,
            store=store,
            backend=backend,
            context=context,
            checkpoint_every=checkpoint_every,
            max_seconds=max_seconds,
            should_stop=should_stop,
        )
    except Exception as err:  # reported per job; the chunk decides what the task does with it
        return BatchOutcome(item.key, type(err).__name__, str(err)[:2000])
    return BatchOutcome(item.key)
