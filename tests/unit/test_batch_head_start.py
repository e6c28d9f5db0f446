"""The batch's head start (engine/batch.py): the task process computes while the pool starts, never waits for a pool
its chunk no longer needs, and a one-process chunk starts no pool at all. Each chunk runs in a fresh interpreter,
as an Airflow task process does; which process computed a job is read from its stored provenance."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time

import psutil
import pytest

from quantum_provider.storage import ResultStore
from tests.paths import REPO
from tests.unit.test_batch_internals import long_item, tiny_items

#: Run in a fresh interpreter: one chunk, then what is left of the pool once run() returned.
CHILD = """
import json, os, sys
import psutil
from quantum_provider.engine import worker_pool
from quantum_provider.engine.batch import BatchRunner
from tests.unit.test_batch_internals import tiny_items

store_uri, max_workers, slow = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "slow"
if slow:  # a fork server that takes minutes to import the engine: the pool is never up in time
    worker_pool.PRELOAD = (*worker_pool.PRELOAD, "tests.slow_import")
outcomes = BatchRunner(max_workers=max_workers).run(
    tiny_items(), store_uri=store_uri, backend={}, context={}, max_qubits=30
)
fork_servers = []
for child in psutil.Process().children():
    try:  # a stopped fork server stays a zombie until multiprocessing starts the next one (and reaps it)
        if "multiprocessing.forkserver" in " ".join(child.cmdline()):
            fork_servers.append(child.pid)
    except psutil.NoSuchProcess:
        pass
print(json.dumps({"pid": os.getpid(), "errors": [o.error for o in outcomes], "fork_servers": fork_servers}))
"""


def run_cold_chunk(store_uri: str, *, max_workers: int, slow_pool: bool) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, store_uri, str(max_workers), "slow" if slow_pool else "normal"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def computed_by(store: ResultStore, key: str) -> int:
    return store.load_result(key).provenance["environment"]["pid"]


@pytest.mark.parametrize(
    ("max_workers", "slow_pool"),
    [
        # The pool's fork server takes minutes: the chunk is done first, never waits, and stops it unused.
        (2, True),
        # One process: the chunk runs in the task process and no pool starts at all.
        (1, False),
    ],
    ids=["done-before-the-pool", "one-process"],
)
def test_a_cold_task_process_computes_its_chunk_and_leaves_no_fork_server(tmp_path, max_workers, slow_pool):
    store_uri = f"file://{tmp_path}/store"
    report = run_cold_chunk(store_uri, max_workers=max_workers, slow_pool=slow_pool)
    assert report["errors"] == [None, None]
    store = ResultStore(store_uri)
    assert [computed_by(store, item.key) for item in tiny_items()] == [report["pid"]] * 2
    assert report["fork_servers"] == []  # none left running (a slow one would still be importing)


#: A task process that runs two long jobs on the pool (no head start) until it is killed.
LONG_CHUNK = """
import sys
from quantum_provider.engine.batch import BatchRunner
from tests.unit.test_batch_internals import long_item

BatchRunner(max_workers=2, head_start=False).run(
    [long_item(0), long_item(1)], store_uri=sys.argv[1], backend={}, context={}, max_qubits=30
)
"""


def test_the_workers_of_a_killed_task_process_end_with_it(tmp_path):
    """SIGKILL leaves no on_kill: the workers, children of the fork server, must notice their task is gone."""
    store_uri = f"file://{tmp_path}/store"
    store, items = ResultStore(store_uri), [long_item(0), long_item(1)]
    task = subprocess.Popen([sys.executable, "-c", LONG_CHUNK, store_uri], cwd=REPO, stdout=subprocess.DEVNULL)
    workers: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and task.poll() is None:
            if all(store.list_checkpoints(item.key) for item in items):
                workers = [w for server in psutil.Process(task.pid).children() for w in server.children()]
                break
            time.sleep(0.1)
        assert len(workers) == 2, "the jobs never got going"
        task.kill()
        task.wait(30)
        _, alive = psutil.wait_procs(workers, timeout=60)
        assert alive == [], "workers still computing for a task that is gone"
    finally:
        task.kill()
        for worker in workers:
            with contextlib.suppress(psutil.NoSuchProcess):
                worker.kill()
