"""A task process killed with SIGKILL mid-optimization resumes on retry from its newest checkpoint."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime

import numpy as np
import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file

pytestmark = pytest.mark.integration

# 12 nodes, p=3, many iterations: long enough (seconds) that the kill lands mid-optimization.
EDGES = [[i, (i + 1) % 12] for i in range(12)] + [[i, (i + 4) % 12] for i in range(0, 12, 2)] + [[1, 7], [3, 9]]
JOB = {
    "name": "kill-me",
    "problem": {"kind": "maxcut", "edges": EDGES},
    "ansatz": {"kind": "qaoa", "layers": 3},
    "optimizer": {"kind": "adam", "stepsize": 0.02, "maxiter": 150, "tol": 0.0},
}
KILL_AFTER_ITERATION = 20


def test_sigkill_mid_optimization_resumes_from_checkpoint_with_identical_numbers(dags_folder, store_uri, tmp_path):
    path = write_dag_file(dags_folder, "kill_resume", [JOB], store_uri, mapped=False, retries=2, checkpoint_every=5)
    logical_date = datetime(2026, 3, 1, tzinfo=UTC)
    child_log = tmp_path / "child.log"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
                from datetime import datetime
                from devtools.demo import load_dag, prepare_airflow, run_dag
                prepare_airflow()
                when = datetime.fromisoformat({logical_date.isoformat()!r})
                run_dag(load_dag({str(path)!r}), logical_date=when, run_after=when)
            """),
        ],
        env=os.environ.copy(),
        stdout=child_log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    store = ResultStore(store_uri)
    deadline = time.monotonic() + 300
    key = None
    while time.monotonic() < deadline and child.poll() is None:
        jobs = store.base / "jobs"
        keys = [p.name for p in jobs.iterdir()] if jobs.exists() else []
        if keys and any(i >= KILL_AFTER_ITERATION for i in store.list_checkpoints(keys[0])):
            key = keys[0]
            break
        time.sleep(0.05)
    assert key is not None, f"the child never reached the kill point: {child_log.read_text()[-3000:]}"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()

    record = store.read_record(key)
    assert record["state"] == "running", "the kill must land before the job finished"
    assert store.load_result(key) is None
    newest = store.list_checkpoints(key)[-1]
    assert KILL_AFTER_ITERATION <= newest < JOB["optimizer"]["maxiter"]

    # Same logical date and run_after: the same DAG run, so the killed task instance is retried as itself.
    dagrun, values = run_dag(load_dag(path), logical_date=logical_date, run_after=logical_date)
    assert str(dagrun.state) == "success"
    assert task_states(dagrun)[("solve", -1)][0] == "success"
    # The job record tells the story: the killed try started, the same task of the same run resumed it.
    history = store.read_record(key)["history"]
    assert [h["state"] for h in history] == ["submitted", "running", "submitted", "running", "succeeded"]
    killed, resumed_try = history[1], history[3]
    assert killed["resumed_from"] is None
    assert resumed_try["resumed_from"] == newest
    for field in ("dag_id", "run_id", "task_id"):
        assert killed["context"][field] == resumed_try["context"][field]
    assert resumed_try["context"]["run_id"] == dagrun.run_id
    summary = values[("solve", -1)]
    resumed = store.load_result(key)
    assert resumed.provenance["resumed_from_iteration"] == newest
    assert summary["reused"] is False

    # The uninterrupted reference: the same spec, run straight through in a separate store.
    reference_store = ResultStore(f"file://{tmp_path}/reference")
    spec = JobSpec.parse(JOB).with_execution(device="lightning.qubit")
    reference = run_job(prepare(spec), key=key, store=reference_store, backend={}, checkpoint_every=1000)
    assert np.max(np.abs(np.asarray(resumed.result["parameters"]) - np.asarray(reference["parameters"]))) <= 1e-10
    assert resumed.result["energy_trace"] == pytest.approx(reference["energy_trace"], abs=1e-12)
    assert len(resumed.result["energy_trace"]) == JOB["optimizer"]["maxiter"]
