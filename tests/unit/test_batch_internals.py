"""The batch's process pool (engine/batch.py, engine/worker_pool.py) through public interfaces only: kill() stops
exactly its workers, and a daemonic process (a task process of Celery's pool) can run a chunk and keeps its daemon
flag and key."""

from __future__ import annotations

import contextlib
import multiprocessing
import subprocess
import sys
import threading
import time

import psutil
import pytest

from quantum_provider.engine import worker_pool
from quantum_provider.engine.batch import BatchItem, BatchRunner
from quantum_provider.storage import ResultStore

#: 12 nodes, p=3 (tests/integration/test_kill_resume.py): with this many iterations a job runs for minutes.
EDGES = [[i, (i + 1) % 12] for i in range(12)] + [[i, (i + 4) % 12] for i in range(0, 12, 2)] + [[1, 7], [3, 9]]


def long_item(number: int) -> BatchItem:
    spec = {
        "name": f"long-{number}",
        "problem": {"kind": "maxcut", "edges": EDGES},
        "ansatz": {"kind": "qaoa", "layers": 3},
        "optimizer": {"kind": "adam", "stepsize": 0.02 + number * 0.001, "maxiter": 100_000, "tol": 0.0},
    }
    return BatchItem(key=f"{number + 1:064x}", spec=spec, handle={}, qubits=12)


def tiny_items() -> list[BatchItem]:
    """Two small MaxCut jobs, too short to compile (tests/integration/test_batch.py's kind)."""
    items = []
    for number, edges in enumerate(([[0, 1], [1, 2], [2, 3], [3, 0]], [[0, 1], [1, 2], [2, 0, 0.5]])):
        spec = {
            "name": f"tiny-{number}",
            "problem": {"kind": "maxcut", "edges": edges},
            "ansatz": {"kind": "qaoa", "layers": 1},
            "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 5},
        }
        items.append(BatchItem(key=f"{number + 0xA0:064x}", spec=spec, handle={}, qubits=4))
    return items


def fork_server_children() -> list[psutil.Process]:
    """The pool's workers as the operating system sees them: the children of this process's fork server."""
    workers = []
    for child in psutil.Process().children():
        try:
            if "multiprocessing.forkserver" in " ".join(child.cmdline()):
                workers += child.children()
        except psutil.NoSuchProcess:
            pass
    return workers


@pytest.mark.parametrize(
    ("head_start", "errors", "states"),
    [
        (False, ["WorkerDied", "WorkerDied"], ["running", "running"]),
        # The task process computed the smallest job (the last, on a tie): cancelled at its next step, recorded so.
        (True, ["WorkerDied", "JobCancelledError"], ["running", "cancelled"]),
    ],
    ids=["pool-only", "head-start"],
)
def test_kill_stops_every_worker_of_the_pool_mid_job(tmp_path, head_start, errors, states):
    """Two long jobs on two processes, killed while both optimize: the pool's worker is killed (its record stays
    running, for a retry to take over), the task process's own job stops; both keep their checkpoints."""
    store_uri = f"file://{tmp_path}/store"
    store, items = ResultStore(store_uri), [long_item(0), long_item(1)]
    runner, outcome = BatchRunner(max_workers=2, head_start=head_start), {}

    def run() -> None:
        try:
            outcome["outcomes"] = runner.run(items, store_uri=store_uri, backend={}, context={}, max_qubits=30)
        except BaseException as err:  # reported to the test's thread
            outcome["error"] = err

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and thread.is_alive():  # both jobs optimizing: checkpoints written
            if all(store.list_checkpoints(item.key) for item in items):
                workers = fork_server_children()
                break
            time.sleep(0.1)
        assert len(workers) == 2, f"the jobs never got going: {outcome}"
        runner.kill()
        thread.join(60)
        assert not thread.is_alive(), "run() still waits on its workers after kill()"
        _, alive = psutil.wait_procs(workers, timeout=10)
        assert alive == []
        assert "error" not in outcome, outcome
        assert [o.error for o in outcome["outcomes"]] == errors
        assert [store.read_record(item.key)["state"] for item in items] == states
        for item in items:  # unfinished: the checkpoints stay for a retry
            assert store.load_result(item.key) is None
            assert store.list_checkpoints(item.key)
    finally:  # never leave a worker computing for minutes, whatever failed above
        for worker in workers:
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.kill()
        thread.join(30)


def test_kill_leaves_a_process_that_only_reuses_a_workers_pid_alone():
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        started = psutil.Process(other.pid).create_time()
        worker_pool.kill_worker(other.pid, started + 1.0)  # a worker of this pid started at another time: not this one
        time.sleep(0.2)
        assert other.poll() is None
        worker_pool.kill_worker(other.pid, started)
        assert other.wait(10) == -9
    finally:
        other.kill()
        other.wait()
    worker_pool.kill_worker(other.pid, started)  # gone (and reaped): nothing to do, no error


def test_kill_before_and_after_a_run_does_nothing():
    runner = BatchRunner()
    runner.kill()
    assert runner.run([], store_uri="file:///nowhere", backend={}, context={}, max_qubits=30) == []
    runner.kill()


def _run_chunk_in_daemon(store_uri: str, report) -> None:
    current = multiprocessing.current_process()

    def state() -> tuple[bool, str, bytes]:
        key = current.authkey
        return current.daemon, f"{type(key).__module__}.{type(key).__qualname__}", bytes(key)

    before = state()
    try:
        outcomes = BatchRunner(max_workers=2).run(
            tiny_items(), store_uri=store_uri, backend={}, context={}, max_qubits=30
        )
        result: tuple = ([o.error for o in outcomes], None)
    except BaseException as err:  # reported to the test
        result = (None, f"{type(err).__name__}: {err}")
    report.put((before, state(), result))


def _spawn_context(library: str):
    if library == "billiard":  # Celery's pool: its processes carry billiard's authentication key
        billiard = pytest.importorskip("billiard")
        return billiard.get_context("spawn")
    return multiprocessing.get_context("spawn")


@pytest.mark.parametrize("library", ["multiprocessing", "billiard"])
def test_a_daemonic_process_runs_a_chunk_and_keeps_its_daemon_flag_and_key(tmp_path, library):
    store_uri = f"file://{tmp_path}/store"
    context = _spawn_context(library)
    report = context.Queue()
    child = context.Process(target=_run_chunk_in_daemon, args=(store_uri, report), daemon=True)
    child.start()
    try:
        before, after, (errors, failure) = report.get(timeout=600)
    finally:
        child.join(60)
        if child.is_alive():
            child.kill()
    assert failure is None, failure
    assert errors == [None, None]
    assert before[0] is True  # the case the pool must handle: multiprocessing starts no child of a daemon
    assert after == before  # flag, key type and key bytes as the chunk found them
    store = ResultStore(store_uri)
    assert all(store.load_result(item.key) is not None for item in tiny_items())
