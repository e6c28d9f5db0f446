"""Chunked batches: many small problems in few task instances, with the same per-problem results."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file
from tests.paths import stored_objects

pytestmark = pytest.mark.integration


def small_jobs(count: int) -> list[dict]:
    jobs = []
    for number in range(count):
        graph = nx.gnp_random_graph(4 + number % 2, 0.7, seed=number)
        edges = [[u, v, round(1 + (u * 7 + v * 3 + number) % 5 * 0.25, 2)] for u, v in graph.edges()]
        if not edges:
            edges = [[0, 1, 1.0]]
        jobs.append(
            {
                "name": f"tiny-{number:03d}",
                "problem": {"kind": "maxcut", "edges": edges},
                "ansatz": {"kind": "qaoa", "layers": 1},
                "optimizer": {"kind": "adam", "stepsize": 0.1, "maxiter": 10},
            }
        )
    return jobs


def test_120_problems_in_chunks_match_one_task_per_problem(dags_folder, tmp_path):
    jobs = small_jobs(120)
    # One task instance per problem costs dag.test() ~0.6 s each: five problems run that way, both graph sizes
    # (even numbers have 4 nodes, odd ones 5) and every chunk of 30.
    sample = [jobs[number] for number in (0, 31, 60, 91, 109)]
    chunked_store, single_store = f"file://{tmp_path}/chunked", f"file://{tmp_path}/single"
    chunked_dag = load_dag(write_dag_file(dags_folder, "batch_120_chunked", jobs, chunked_store, chunk_size=30))
    single_dag = load_dag(write_dag_file(dags_folder, "batch_120_single", sample, single_store))

    chunked_run, chunked = run_dag(chunked_dag)
    assert str(chunked_run.state) == "success"
    assert len(task_states(chunked_run)) == 4  # 120 problems, 4 task instances
    single_run, single = run_dag(single_dag)
    assert str(single_run.state) == "success"
    assert len(task_states(single_run)) == len(sample) == 5

    by_chunk = {s["name"]: s for (_, _), chunk in chunked.items() for s in chunk}
    by_task = {s["name"]: s for s in single.values()}
    assert set(by_chunk) == {job["name"] for job in jobs}
    assert set(by_task) == {job["name"] for job in sample}
    a, b = ResultStore(chunked_store), ResultStore(single_store)
    for name, other in by_task.items():
        summary = by_chunk[name]
        assert summary["key"] == other["key"]
        differing = {f for f in summary if f not in ("result_uri", "runtime_s", "reused") and summary[f] != other[f]}
        assert not differing, (name, differing)
        mine, theirs = a.load_result(summary["key"]).result, b.load_result(other["key"]).result
        assert mine["parameters"] == theirs["parameters"]
        assert mine["energy_trace"] == theirs["energy_trace"]
        assert mine["top_bitstrings"] == theirs["top_bitstrings"]


def test_a_chunk_reuses_per_problem_and_computes_only_what_is_missing(dags_folder, store_uri):
    jobs = small_jobs(6)
    first = load_dag(write_dag_file(dags_folder, "batch_partial_first", jobs[:3], store_uri, chunk_size=3))
    run_dag(first)
    whole = load_dag(write_dag_file(dags_folder, "batch_partial_whole", jobs, store_uri, chunk_size=6))
    dagrun, values = run_dag(whole)
    assert str(dagrun.state) == "success"
    assert [s["reused"] for s in values[("solve", 0)]] == [True, True, True, False, False, False]
    store = ResultStore(store_uri)
    for summary in values[("solve", 0)]:
        history = store.read_record(summary["key"])["history"]
        assert sum(h.get("state") == "running" for h in history) == 1  # each problem computed exactly once


def test_a_bad_spec_in_a_chunk_fails_the_task_at_once_naming_it(dags_folder, store_uri):
    jobs = small_jobs(2)
    jobs[1]["optimizer"]["maxiter"] = 0
    dag = load_dag(write_dag_file(dags_folder, "batch_bad_spec", jobs, store_uri, chunk_size=2, retries=2))
    dagrun, _ = run_dag(dag)
    assert task_states(dagrun)[("solve", 0)] == ("failed", 1)
    assert stored_objects(store_uri) == []


def test_a_job_its_worker_cannot_hold_fails_the_chunk_at_once_naming_it(dags_folder, store_uri, monkeypatch):
    import json

    from quantum_provider.exceptions import QuantumSpecError
    from quantum_provider.operators.batch import QuantumBatchSubmitOperator

    extra = {"max_qubits": 30, "max_memory_gib": 0.01}  # 10.24 MiB: 16 qubits fit (8 MiB), 17 do not (16 MiB)
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_SMALL_MEMORY", json.dumps({"conn_type": "quantum_lightning",
                                                                        "extra": extra}))  # fmt: skip
    ring = {"kind": "maxcut", "edges": [[i, (i + 1) % 17] for i in range(17)]}
    jobs = [*small_jobs(1), {**small_jobs(1)[0], "name": "ring-17", "problem": ring}]
    with pytest.raises(QuantumSpecError) as info:
        QuantumBatchSubmitOperator(task_id="t", jobs=jobs, conn_id="quantum_small_memory")._specs()
    assert str(info.value).startswith("jobs[1].problem: needs 17 qubits: about 0.0156 GiB of memory")
    dag = load_dag(write_dag_file(dags_folder, "batch_too_big", jobs, store_uri, chunk_size=2, retries=2,
                                  conn_id="quantum_small_memory"))  # fmt: skip
    dagrun, _ = run_dag(dag)
    assert task_states(dagrun)[("solve", 0)] == ("failed", 1)  # a spec error: not retried
    assert stored_objects(store_uri) == []


# A fresh interpreter (no fork server inherited from this one) forks a Celery pool process (billiard's: daemonic,
# with billiard's authentication key), which blocks the database URL as Airflow's task process does and runs the
# chunk there.
_IN_CELERY_POOL = """
import os, sys
import airflow  # loaded before the fork, as in a Celery worker
import billiard
from devtools.demo import load_dag, run_dag

def run(path, out):
    os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = "airflow-db-not-allowed:///"
    dagrun, _ = run_dag(load_dag(path))
    open(out, "w").write(str(dagrun.state))

child = billiard.get_context("fork").Process(target=run, args=sys.argv[1:3], daemon=True)
child.start()
child.join(600)
"""


def test_a_chunk_runs_in_a_celery_task_process(dags_folder, store_uri, tmp_path):
    """Celery's pool processes are daemonic and carry billiard's authentication key, and Airflow's task process
    blocks the database URL; the batch's process pool must start there all the same."""
    import subprocess
    import sys

    jobs = [{**job, "optimizer": {**job["optimizer"], "maxiter": 5}} for job in small_jobs(2)]  # not compiled
    path = write_dag_file(dags_folder, "batch_in_celery", jobs, store_uri, chunk_size=2, retries=0)
    out = tmp_path / "state"
    subprocess.run([sys.executable, "-c", _IN_CELERY_POOL, str(path), str(out)], check=True, timeout=900)
    assert out.read_text() == "success"
    store = ResultStore(store_uri)
    assert all(store.load_result(key) is not None for key in _keys(store_uri))


def _keys(store_uri: str) -> list[str]:
    return [path.name for path in (Path(store_uri.removeprefix("file://")) / "jobs").iterdir()]
