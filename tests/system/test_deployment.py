"""The provider in a real deployment, driven through Airflow's REST API as an operator drives it.

The scenarios run in file order against one deployment (tests/system/deployment.py); each asserts outcomes in
the result store, the REST API and Ray, and adds a row of numbers to the session's report. The services share no
disk: the result store is on S3 (a moto server), and the scenarios read it there too, as any host would.
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime
from pathlib import Path

import httpx
import networkx as nx
import numpy as np
import pandas as pd
import psutil
import pytest
from airflow.sdk import ObjectStoragePath

from quantum_provider.storage import ResultStore
from quantum_provider.tables.publication import read_published
from tests.exact import brute_force_maxcut
from tests.paths import REPO
from tests.system.deployment import QUANTUM_CONCURRENCY, QUANTUM_QUEUE
from tests.system.rest import wait_until

pytestmark = pytest.mark.system

NIGHTLY = "nightly_maxcut_batch"
SAMPLE = REPO / "dags" / "data" / "maxcut_graphs.csv"
LOAD_RUNS, LOAD_GRAPHS = 20, 6


def graphs_of(table: Path) -> dict[str, list[list]]:
    """The valid problems (``graph-NN``) of a MaxCut table as edge lists; the sample's others are invalid on purpose."""
    frame = pd.read_csv(table, dtype=str, keep_default_na=False)
    valid = frame[frame["problem_id"].str.startswith("graph-")]
    return {
        pid: [[int(r.u), int(r.v), float(r.weight)] for r in rows.itertuples()]
        for pid, rows in valid.groupby("problem_id")
    }


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def computations(store: ResultStore, key: str) -> int:
    """How many times the job was started computing: its record's ``running`` entries."""
    return sum(entry.get("state") == "running" for entry in store.read_record(key)["history"])


def previous_versions(store: ResultStore, key: str) -> int:
    """Earlier versions of the job kept under ``previous/`` (a recomputation moves the old result there)."""
    return len(store.objects.list_names(f"{store.results.folder(key)}/previous"))


def job_keys(store: ResultStore) -> list[str]:
    """Every job in the store: the folders under ``jobs/``, one listing of the store."""
    return store.objects.list_names(f"{store.root}/jobs")


def check_night(api, store: ResultStore, run_id: str, graphs: dict[str, list[list]]) -> dict:
    """A finished nightly run: validated, published once per problem (in the result store on S3), each cut
    checked against brute force."""
    published = api.xcom(NIGHTLY, run_id, "publish")
    assert published["dataset"].startswith(f"{store.base}/"), published["dataset"]
    validation = api.xcom(NIGHTLY, run_id, "validate")
    assert validation["success"] is True
    assert validation["passed"] == len(graphs)
    table = read_published(published["dataset"], published["run_date"]).to_pandas()
    table = table[table["run_id"] == run_id]
    assert sorted(table["problem_id"]) == sorted(graphs), "lost or duplicated records"
    assert published["rows"] == len(graphs)
    for row in table.itertuples():
        assert row.validation == "passed"
        assert row.baseline_cost == pytest.approx(-brute_force_maxcut(graphs[row.problem_id]), abs=1e-9)
        assert row.approximation_ratio_expected >= 0.75
        assert computations(store, row.key) == 1
        assert previous_versions(store, row.key) == 0
    return {"published": published, "keys": list(table["key"])}


def test_nightly_batch_on_the_sample_data(deployment, api, report):
    """Unpaused, the scheduler starts tonight's run on the shipped sample data: every problem solved once,
    validated and published; the plugin's pages show the jobs to a signed-in user."""
    api.unpause(NIGHTLY)
    runs: list[dict] = []

    def scheduled() -> bool:
        runs[:] = api.get(f"/api/v2/dags/{NIGHTLY}/dagRuns")["dag_runs"]
        return bool(runs)

    wait_until(scheduled, 120, "the nightly run to be scheduled")
    [run] = runs
    assert run["run_type"] == "scheduled"
    finished = api.wait_for_run(NIGHTLY, run["dag_run_id"], timeout=900)
    assert finished["state"] == "success"
    tis = api.task_instances(NIGHTLY, run["dag_run_id"])
    assert {ti["state"] for ti in tis} == {"success"}
    assert {ti["queue"] for ti in tis if ti["task_id"] == "solve"} == {QUANTUM_QUEUE}
    assert {ti["queue"] for ti in tis if ti["task_id"] != "solve"} == {"default"}

    store = deployment.result_store()
    graphs = graphs_of(SAMPLE)
    night = check_night(api, store, run["dag_run_id"], graphs)
    summary = api.xcom(NIGHTLY, run["dag_run_id"], "preprocess", key="preprocess_summary")
    assert summary["accepted_problems"] == len(graphs)
    invalid = set(pd.read_csv(SAMPLE, dtype=str, keep_default_na=False)["problem_id"]) - set(graphs) - {""}
    assert summary["rejected_problems"] == len(invalid) == 6  # and one row without a problem_id

    # The plugin through the api-server, as the signed-in user: it lists the jobs from the S3 store, the one the
    # workers wrote and the driver reads (every record it shows is the record on S3), and no host has a local one.
    listed = api.get("/quantum/api/jobs", dag_id=NIGHTLY, limit=1000)
    assert {job["key"] for job in listed["jobs"]} >= set(night["keys"])
    assert {job["key"] for job in listed["jobs"]} <= set(job_keys(store))
    for key in night["keys"]:
        assert api.get(f"/quantum/api/jobs/{key}")["record"] == store.read_record(key)
    assert deployment.local_store_files() == []
    page = api.page("/quantum/jobs").text
    assert all(key[:12] in page for key in night["keys"][:5])
    detail = api.page(f"/quantum/jobs/{night['keys'][0]}").text
    assert "<svg" in detail

    seconds = (parse_time(finished["end_date"]) - parse_time(finished["start_date"])).total_seconds()
    report({"scenario": "nightly batch, sample data (scheduled run)", "problems": len(graphs),
            "rejected": summary["rejected_problems"], "published": night["published"]["rows"],
            "computed_once": True, "task_instances": len(tis), "run_s": round(seconds, 1)})  # fmt: skip


def alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def ray_jobs(address: str) -> list[dict]:
    return httpx.get(f"{address}/api/jobs/", timeout=30).json()


def test_deferred_ray_jobs_free_worker_slots_and_survive_a_triggerer_restart(deployment, api, report):
    """Four deferrable submissions, each needing the whole Ray cluster, through a quantum queue of two slots.

    While Ray holds jobs in its queue no task instance is running: all four are deferred. The triggerer is then
    stopped and restarted while they wait; every job completes once and every task succeeds on its first try.
    """
    dag_id, run_id = "system_ray_deferred", "ray-deferred-1"
    api.unpause(dag_id)
    api.trigger(dag_id, run_id=run_id)
    seen: dict = {}

    def all_deferred_with_jobs_queued() -> bool:
        states = [ti["state"] for ti in api.task_instances(dag_id, run_id)]
        statuses = [job["status"] for job in ray_jobs(deployment.ray_address)]
        running_tis = len(api.task_instances(state="running"))
        if states.count("deferred") == 4 and statuses.count("PENDING") >= 1:
            seen.update(deferred=4, running_tis=running_tis, ray_pending=statuses.count("PENDING"),
                        ray_running=statuses.count("RUNNING"))  # fmt: skip
            return True
        return False

    wait_until(all_deferred_with_jobs_queued, 300, "four deferred tasks with Ray jobs queued", interval=0.5)
    assert seen["running_tis"] == 0
    assert seen["deferred"] > QUANTUM_CONCURRENCY  # more tasks waiting than the queue has worker slots

    # The triggerer goes away while the tasks are deferred, and comes back.
    down_at = time.monotonic()
    deployment.stop("triggerer")
    time.sleep(10)
    still = [ti["state"] for ti in api.task_instances(dag_id, run_id)]
    deployment.start_service("triggerer")
    triggerer_down_s = time.monotonic() - down_at
    finished = api.wait_for_run(dag_id, run_id, timeout=600)
    assert finished["state"] == "success"

    tis = api.task_instances(dag_id, run_id)
    assert [ti["state"] for ti in tis] == ["success"] * 4
    assert {ti["try_number"] for ti in tis} == {1}
    store = deployment.result_store()
    keys = [api.xcom(dag_id, run_id, "solve", map_index=ti["map_index"])["key"] for ti in tis]
    submissions = [job["submission_id"] for job in ray_jobs(deployment.ray_address)]
    for key in keys:
        assert sum(s == key or s.startswith(f"{key}-") for s in submissions) == 1  # submitted once, even across
        assert computations(store, key) == 1  # the triggerer restart
        assert store.load_result(key).provenance["backend"]["backend"] == "ray"
    # The Ray jobs wrote to S3 too (the cluster got the connection with each job); the UI lists them from there.
    assert {job["key"] for job in api.get("/quantum/api/jobs", dag_id=dag_id, limit=100)["jobs"]} == set(keys)
    assert deployment.local_store_files() == []
    run_s = (parse_time(finished["end_date"]) - parse_time(finished["start_date"])).total_seconds()
    report({"scenario": "deferrable submission to Ray + triggerer stopped/restarted", "tasks": 4,
            "quantum_worker_slots": QUANTUM_CONCURRENCY, "running_tis_while_queued": seen["running_tis"],
            "deferred_while_queued": seen["deferred"], "ray_pending": seen["ray_pending"],
            "ray_running": seen["ray_running"], "states_while_triggerer_down": sorted(set(still)),
            "triggerer_down_s": round(triggerer_down_s, 1), "ray_submissions": len(keys), "retries": 0,
            "run_s": round(run_s, 1)})  # fmt: skip


def test_a_deferred_ray_job_marked_failed_through_the_rest_api_is_stopped(deployment, api, report):
    """Issue 16 item 2: an operator marks a deferred submission failed through the REST API while its Ray job runs.

    The triggerer sees its trigger's task instance leave the deferred state and calls the trigger's ``on_kill``:
    the Ray job ends STOPPED, its record ``cancelled``, and the audit trail has the cancellation.
    """
    dag_id, run_id = "system_ray_kill", "ray-kill-1"
    api.wait_for_dags([dag_id])
    api.unpause(dag_id)
    api.trigger(dag_id, run_id=run_id)
    found: dict = {}

    def deferred_with_its_ray_job_running() -> bool:
        [ti] = api.task_instances(dag_id, run_id)
        if ti["state"] != "deferred":
            assert ti["state"] in ("scheduled", "queued", "running", None), ti
            return False
        found["key"] = key = api.xcom(dag_id, run_id, "solve", key="quantum_job_key")
        statuses = {job["submission_id"]: job["status"] for job in ray_jobs(deployment.ray_address)}
        return statuses.get(key) == "RUNNING"

    wait_until(deferred_with_its_ray_job_running, 600, "the deferred task's Ray job running", interval=0.5)
    key = found["key"]
    marked_at = time.monotonic()
    api.request("PATCH", f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/solve", json={"new_state": "failed"})
    store = deployment.result_store()

    def stopped_and_recorded() -> bool:
        statuses = {job["submission_id"]: job["status"] for job in ray_jobs(deployment.ray_address)}
        record = store.read_record(key) or {}
        return statuses.get(key) == "STOPPED" and record.get("state") == "cancelled"

    wait_until(stopped_and_recorded, 120, "the Ray job STOPPED and its record cancelled", interval=0.5)
    stopped_s = time.monotonic() - marked_at
    [ti] = api.task_instances(dag_id, run_id)
    assert ti["state"] == "failed"
    cancellation = store.read_record(key)["history"][-1]
    assert (cancellation["event"], cancellation["context"]["task_id"]) == ("cancellation", "solve")
    assert api.get(f"/quantum/api/jobs/{key}")["status"] == "cancelled"
    report({"scenario": "deferred Ray submission marked failed through the REST API", "ray_status": "STOPPED",
            "record_state": "cancelled", "mark_failed_to_stopped_s": round(stopped_s, 1)})  # fmt: skip


def test_a_killed_celery_worker_loses_no_finished_work(deployment, api, report):
    """SIGKILL of the quantum worker and everything under it mid-optimization: the scheduler notices the silent
    task, the retry on a restarted worker resumes from the newest checkpoint, and the result is written once."""
    dag_id, run_id = "system_worker_kill", "worker-kill-1"
    api.unpause(dag_id)
    api.trigger(dag_id, run_id=run_id)
    store = deployment.result_store()
    names: dict[str, str | None] = {}  # job name by key, from its spec (a key's spec never changes)
    found: list[str] = []

    def checkpointed() -> bool:
        for key in job_keys(store):
            if key not in names:
                try:
                    names[key] = store.read_spec(key).get("name")
                except FileNotFoundError:  # the job's folder exists before its spec
                    continue
            if names[key] == "worker-kill":
                found[:] = [key]
                return len(store.list_checkpoints(key)) >= 10
        return False

    wait_until(checkpointed, 600, "the long job's 10th checkpoint", interval=0.5)
    killed = deployment.kill_tree(f"worker-{QUANTUM_QUEUE}")
    assert not any(alive(pid) for pid in killed)
    killed_at = time.monotonic()
    [key] = found
    # A checkpoint PUT that left the killed process complete may still be stored a moment after: the retry starts
    # tens of seconds later (heartbeat timeout), so the newest checkpoint it resumes from is the one seen now.
    time.sleep(2)
    newest = store.list_checkpoints(key)[-1]
    deployment.start_worker(QUANTUM_QUEUE)

    finished = api.wait_for_run(dag_id, run_id, timeout=900)
    assert finished["state"] == "success"
    tries = api.tries(dag_id, run_id, "solve")
    assert [t["state"] for t in tries] == ["failed", "success"]
    recovered_s = (parse_time(tries[-1]["end_date"]) - parse_time(tries[-1]["start_date"])).total_seconds()
    history = [entry for entry in store.read_record(key)["history"] if entry.get("state") == "running"]
    assert [entry.get("resumed_from") for entry in history] == [None, newest]
    stored = store.load_result(key)
    assert stored.provenance["resumed_from_iteration"] == newest
    assert len(stored.result["energy_trace"]) >= 600  # the whole optimization, of which the retry ran the rest
    assert previous_versions(store, key) == 0
    assert api.xcom(dag_id, run_id, "solve")["key"] == key
    # The UI shows the job from S3: succeeded, with the checkpoints both tries wrote.
    shown = api.get(f"/quantum/api/jobs/{key}")
    assert shown["status"] == "succeeded"
    assert [c["iteration"] for c in shown["checkpoints"]] == store.list_checkpoints(key)
    assert deployment.local_store_files() == []
    report({"scenario": "Celery worker SIGKILLed mid quantum task", "processes_killed": len(killed),
            "checkpoint_at_kill": newest, "maxiter": 600, "resumed_from": newest, "tries": len(tries),
            "results_written": 1, "kill_to_success_s": round(time.monotonic() - killed_at, 1),
            "retry_run_s": round(recovered_s, 1)})  # fmt: skip


def write_night(path: Path, seed: int, drawn: set[frozenset]) -> None:
    """A night's table: connected 3-regular graphs on 8 nodes, each pool worker compiling one program (W1's case).

    Every draw is a different labelled graph (``drawn`` spans the nights), so every problem is computed. They fall
    into the five isomorphism classes of connected cubic graphs on 8 nodes; QAOA takes the same path on isomorphic
    graphs, and all five pass the nightly result suite.
    """
    rng = np.random.default_rng(seed)
    rows: list[list] = []
    while len(rows) < LOAD_GRAPHS * 12:  # 12 edges each
        graph = nx.random_regular_graph(3, 8, seed=int(rng.integers(1 << 30)))
        edges = frozenset(graph.edges())
        if nx.is_connected(graph) and edges not in drawn:
            drawn.add(edges)
            rows += [[f"graph-{len(rows) // 12:02d}", u, v, 1.0] for u, v in sorted(graph.edges())]
    pd.DataFrame(rows, columns=["problem_id", "u", "v", "weight"]).to_csv(path, index=False)


def test_twenty_nightly_runs_in_parallel(deployment, api, report, tmp_path):
    """Twenty nights, each with a table of its own, triggered at once: every run succeeds, no record is lost or
    duplicated; throughput and trigger-to-published times are reported (not asserted).

    The tables are uploaded to S3 (the hosts share no disk with the driver); the driver checks its local copies.
    """
    nights: dict[str, dict] = {}
    drawn: set[frozenset] = set()
    for night in range(LOAD_RUNS):
        table = tmp_path / f"night-{night:02d}.csv"
        write_night(table, 1000 + night, drawn)
        uri = deployment.s3.uri(f"inputs/night-{night:02d}.csv")
        ObjectStoragePath(uri).write_bytes(table.read_bytes())
        nights[f"load-{night:02d}"] = {"table": table, "uri": uri, "logical_date": f"2026-10-{night + 1:02d}T00:00:00Z"}

    api.unpause(NIGHTLY)
    started = time.monotonic()
    for run_id, night in nights.items():
        night["triggered"] = time.time()
        api.trigger(NIGHTLY, run_id=run_id, logical_date=night["logical_date"],
                    conf={"graphs": night["uri"]})  # fmt: skip
    peak_running = 0

    def all_finished() -> bool:
        nonlocal peak_running
        runs = {r["dag_run_id"]: r for r in api.get(f"/api/v2/dags/{NIGHTLY}/dagRuns", limit=100)["dag_runs"]}
        mine = [runs[run_id] for run_id in nights]
        peak_running = max(peak_running, sum(r["state"] == "running" for r in mine))
        return all(r["state"] in ("success", "failed") for r in mine)

    # A budget, not a measure (the report has the wall time): every store operation is now an S3 round trip, and a
    # shared 2-core machine spends minutes starting each batch task's process pool.
    wait_until(all_finished, 3600, f"{LOAD_RUNS} nightly runs", interval=2)
    wall_s = time.monotonic() - started

    store = deployment.result_store()
    latencies, all_keys, problems = [], [], 0
    for run_id, night in nights.items():
        assert api.run(NIGHTLY, run_id)["state"] == "success", run_id
        graphs = graphs_of(night["table"])
        checked = check_night(api, store, run_id, graphs)
        problems += len(graphs)
        all_keys += checked["keys"]
        [publish] = [ti for ti in api.task_instances(NIGHTLY, run_id) if ti["task_id"] == "publish"]
        latencies.append(parse_time(publish["end_date"]).timestamp() - night["triggered"])
    assert len(set(all_keys)) == len(all_keys) == problems  # distinct problems, one record each
    assert set(all_keys) <= set(job_keys(store))
    assert deployment.local_store_files() == []
    quantiles = statistics.quantiles(latencies, n=20, method="inclusive")
    report({"scenario": f"load: {LOAD_RUNS} nightly runs in parallel", "runs_succeeded": LOAD_RUNS,
            "problems": problems, "records_lost": 0, "records_duplicated": 0, "peak_running_runs": peak_running,
            "wall_s": round(wall_s, 1), "throughput_problems_per_min": round(problems / (wall_s / 60), 1),
            "trigger_to_published_p50_s": round(statistics.median(latencies), 1),
            "trigger_to_published_p95_s": round(quantiles[18], 1)})  # fmt: skip
