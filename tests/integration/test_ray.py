"""The asynchronous path against a real local Ray cluster that the test session starts itself."""

from __future__ import annotations

import itertools
import time

import pytest

from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.hooks import get_hook
from quantum_provider.plugins.budgets import budgets
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore

pytestmark = pytest.mark.integration

RING_8 = [[i, (i + 1) % 8] for i in range(8)] + [[0, 4], [2, 6]]


def maxcut_job(seed: int, maxiter: int = 40) -> dict:
    """A small QAOA job; ``seed`` makes each test's key unique on the session-wide cluster."""
    return {
        "name": f"ring8-seed{seed}",
        "problem": {"kind": "maxcut", "edges": RING_8},
        "ansatz": {"kind": "qaoa", "layers": 2},
        "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": maxiter, "tol": 0.0},
        "execution": {"seed": seed},
    }


def submissions_for(hook, key: str) -> list[str]:
    """Every Ray job of ``key``, from the cluster's full job list (a check of the tests, not the hook's way)."""
    jobs = hook.client.request("GET", "/api/jobs/")
    return sorted(j["submission_id"] for j in jobs if (j.get("submission_id") or "").startswith(key))


def wait_terminal(hook, handle, timeout_s: float = 300) -> str:
    deadline = time.monotonic() + timeout_s
    while (state := hook.status(handle)) in ("submitted", "queued", "running"):
        assert time.monotonic() < deadline, f"job still {state}"
        time.sleep(0.5)
    return state


def test_same_job_submitted_twice_attaches_and_equals_the_in_process_result(ray_conn, store_uri, tmp_path):
    hook = get_hook(ray_conn)
    spec = hook.resolve_spec(JobSpec.parse(maxcut_job(seed=101)))
    key = spec.content_key(backend=hook.backend_identity())
    store = ResultStore(store_uri)

    first = hook.submit(spec, key=key, store=store, context={"task_id": "a"})
    second = hook.submit(spec, key=key, store=store, context={"task_id": "b"})
    assert first["submission_id"] == second["submission_id"] == key
    assert submissions_for(hook, key) == [key]  # Ray holds one job for that key

    assert wait_terminal(hook, first) == "succeeded"
    on_ray = hook.result(first)
    provenance = store.load_result(key).provenance
    assert provenance["backend"]["backend"] == "ray"
    assert provenance["environment"]["pid"] != __import__("os").getpid()

    # The same spec and seed in this process: identical numbers, to the last bit.
    local = run_job(prepare(spec), key=key, store=ResultStore(f"file://{tmp_path}/local"), backend={})
    assert on_ray["parameters"] == local["parameters"]
    assert on_ray["energy_trace"] == local["energy_trace"]
    assert on_ray["energy"] == local["energy"]
    assert on_ray["top_bitstrings"] == local["top_bitstrings"]


def test_ray_hook_describes_the_cluster_and_tests_its_connection(ray_conn):
    hook = get_hook(ray_conn)
    info = hook.describe()
    assert info["cpus"] == 2
    assert info["num_cpus_per_job"] == 2
    ok, message = hook.test_connection()
    assert ok, message
    assert "2 CPUs" in message


def test_airflow_connection_test_reports_the_live_cluster(ray_cluster, ray_conn):
    """The api-server's "Test" path: Airflow resolves RayHook through the ProvidersManager and runs its test."""
    import json
    import os

    import ray
    from airflow.models.connection import Connection

    extra = json.loads(os.environ[f"AIRFLOW_CONN_{ray_conn.upper()}"])["extra"]
    ok, message = Connection(conn_id=ray_conn, conn_type="quantum_ray", extra=json.dumps(extra)).test_connection()
    assert ok, message
    assert message.startswith(f"Ray {ray.__version__} at {ray_cluster} is reachable: 1 node(s), 2 CPUs; ")
    assert " job(s) pending, " in message
    assert " running; " in message
    assert "jobs take 2 CPU(s)" in message
    assert "max_qubits=26" in message
    assert "warning" not in message
    assert "\n" not in message


QUEUE_DAG = """
import json
from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.sensors.job import QuantumJobSensor

JOBS = json.loads({jobs!r})

with DAG(dag_id="ray_queue", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    for i, job in enumerate(JOBS):
        submitted = QuantumSubmitOperator(
            task_id=f"submit_{{i}}", job=job, conn_id={conn!r}, result_store={store!r}, wait_for_completion=False
        )
        submitted >> QuantumJobSensor(
            task_id=f"wait_{{i}}", job=submitted.output, deferrable=True, poke_interval=0.5, timeout=900
        )
"""


def test_three_jobs_needing_the_whole_cluster_queue_and_run_in_order(ray_conn, dags_folder, store_uri):
    import threading

    from devtools.demo import load_dag, run_dag, task_states

    hook = get_hook(ray_conn)
    jobs = [maxcut_job(seed=200 + i, maxiter=60) for i in range(3)]
    keys = [hook.resolve_spec(JobSpec.parse(job)).content_key(backend=hook.backend_identity()) for job in jobs]
    path = dags_folder / "ray_queue.py"
    path.write_text(QUEUE_DAG.format(jobs=__import__("json").dumps(jobs), conn=ray_conn, store=store_uri))

    # An independent watcher polls Ray through the hook, the same call the sensors make, and reads the UI's
    # budgets page model (the jobs waiting, with the queue position Ray gives) as an operator would refresh it.
    seen: dict[str, list[str]] = {key: [] for key in keys}
    running_per_sweep: list[int] = []
    positions: list[dict[str, int | None]] = []
    stop = threading.Event()

    def watch() -> None:
        sweeps = 0
        while not stop.is_set():
            sweeps += 1
            if sweeps % 10 == 0:  # about once a second: an operator refreshing the page
                page = budgets(ResultStore(store_uri), {"ray_queue"})
                positions.append({job.key: job.queue_position for job in page.waiting if job.state != "running"})
            sweep = []
            for key in keys:
                try:
                    state = hook.status({"submission_id": key})
                except Exception:  # not submitted yet
                    continue
                sweep.append(state)
                if not seen[key] or seen[key][-1] != state:
                    seen[key].append(state)
            running_per_sweep.append(sweep.count("running"))
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        dagrun, values = run_dag(load_dag(path))
    finally:
        stop.set()
        watcher.join()

    assert str(dagrun.state) == "success"
    states = task_states(dagrun)
    assert all(states[(f"wait_{i}", -1)][0] == "success" for i in range(3))
    for key in keys:
        assert seen[key][-1] == "succeeded"
        order = [s for s in ("queued", "running", "succeeded") if s in seen[key]]
        assert seen[key] == order, seen[key]  # never backwards
    assert sum("queued" in seen[key] for key in keys) >= 2  # at most one job fits the cluster at a time
    # The page showed Ray's queue: a position for jobs waiting on the cluster, never two jobs at the same place.
    shown = [page for page in positions if any(p is not None for p in page.values())]
    assert shown, positions
    for page in shown:
        numbers = [p for p in page.values() if p is not None]
        assert len(set(numbers)) == len(numbers), page
        assert min(numbers) >= 1, page
    assert max(running_per_sweep) == 1
    # The engine's own timings: each computation started after the previous one finished.
    store = ResultStore(store_uri)
    windows = sorted((p["started_at"], p["finished_at"]) for p in (store.load_result(key).provenance for key in keys))
    for (_, finished), (started, _) in itertools.pairwise(windows):
        assert finished <= started
    for i, key in enumerate(keys):
        assert values[(f"wait_{i}", -1)]["key"] == key
        assert values[(f"submit_{i}", -1)]["status"] in ("queued", "running", "submitted")


def test_on_kill_cancels_the_ray_job(ray_conn, store_uri):
    from quantum_provider.operators.submit import QuantumSubmitOperator

    hook = get_hook(ray_conn)
    job = maxcut_job(seed=300, maxiter=2000)
    spec = hook.resolve_spec(JobSpec.parse(job))
    key = spec.content_key(backend=hook.backend_identity())
    operator = QuantumSubmitOperator(task_id="t", job=job, conn_id=ray_conn, result_store=store_uri)
    operator._handle = hook.submit(spec, key=key, store=ResultStore(store_uri))
    operator.on_kill()
    assert wait_terminal(hook, operator._handle) == "cancelled"


def test_killed_task_reattaches_on_retry_without_a_duplicate_ray_job(ray_conn, dags_folder, store_uri, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import textwrap
    from datetime import UTC, datetime

    from devtools.demo import load_dag, run_dag
    from tests.integration.dagfiles import write_dag_file

    job = maxcut_job(seed=400, maxiter=600)
    hook = get_hook(ray_conn)
    key = hook.resolve_spec(JobSpec.parse(job)).content_key(backend=hook.backend_identity())
    path = write_dag_file(
        dags_folder, "ray_reattach", [job], store_uri, mapped=False, retries=2,
        conn_id=ray_conn, deferrable=False, poll_interval=0.5,
    )  # fmt: skip
    when = datetime(2026, 4, 1, tzinfo=UTC)
    log = tmp_path / "child.log"
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            from datetime import datetime
            from devtools.demo import load_dag, prepare_airflow, run_dag
            prepare_airflow()
            when = datetime.fromisoformat({when.isoformat()!r})
            run_dag(load_dag({str(path)!r}), logical_date=when, run_after=when)
        """)],
        env=os.environ.copy(), stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    deadline = time.monotonic() + 300
    while child.poll() is None and time.monotonic() < deadline:
        if submissions_for(hook, key) and hook.status({"submission_id": key}) == "running":
            break
        time.sleep(0.2)
    assert child.poll() is None, f"the task ended before the kill: {log.read_text()[-3000:]}"
    os.kill(child.pid, signal.SIGKILL)  # the Airflow task dies; its Ray job lives on
    child.wait()
    assert hook.status({"submission_id": key}) == "running"

    dagrun, values = run_dag(load_dag(path), logical_date=when, run_after=when)
    assert str(dagrun.state) == "success"
    assert values[("solve", -1)]["key"] == key
    assert submissions_for(hook, key) == [key]  # reattached: Ray never got a second job for this key
    history = ResultStore(store_uri).read_record(key)["history"]
    assert [h["state"] for h in history].count("submitted") == 1
    assert [h["state"] for h in history].count("running") == 1


def test_deferrable_submit_frees_the_worker_and_completes_through_the_trigger(ray_conn, dags_folder, store_uri):
    from devtools.demo import load_dag, run_dag, task_states
    from tests.integration.dagfiles import write_dag_file

    job = maxcut_job(seed=500)
    path = write_dag_file(
        dags_folder, "ray_deferrable", [job], store_uri, mapped=False, conn_id=ray_conn, deferrable=True,
        poll_interval=0.5,
    )  # fmt: skip
    dagrun, values = run_dag(load_dag(path))
    assert task_states(dagrun)[("solve", -1)] == ("success", 1)
    summary = values[("solve", -1)]
    assert summary["status"] == "succeeded"
    assert summary["backend"] == ray_conn
    stored = ResultStore(store_uri).load_result(summary["key"])
    assert stored.provenance["backend"]["backend"] == "ray"
    assert summary["energy"] == stored.result["energy"]


def test_a_job_too_big_for_every_ray_node_is_refused_before_submission(ray_cluster, monkeypatch):
    """The cluster's own account of its nodes' memory decides, not this worker's."""
    import json

    import httpx

    from quantum_provider.exceptions import QuantumSpecError

    extra = {"address": ray_cluster, "max_qubits": 40}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_RAY_WIDE", json.dumps({"conn_type": "quantum_ray", "extra": extra}))
    hook = get_hook("quantum_ray_wide")
    nodes = httpx.get(f"{ray_cluster}/api/v0/nodes", params={"limit": 100}, timeout=30).json()
    largest = max(n["resources_total"].get("memory", 0) for n in nodes["data"]["result"]["result"])
    qubits = next(n for n in range(20, 41) if 8 * 16 * 2**n > largest)
    edges = [[i, (i + 1) % qubits] for i in range(qubits)]
    with pytest.raises(QuantumSpecError) as info:
        hook.validate(JobSpec.parse({"problem": {"kind": "maxcut", "edges": edges}}))
    assert f"more than the {largest / 2**30:.3g} GiB the largest Ray node at {ray_cluster} has" in str(info.value)
