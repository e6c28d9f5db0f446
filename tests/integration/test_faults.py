"""Faults: concurrent submissions of one key, a Ray worker killed mid-job, damaged result files.

No finished work is lost, no computation is published twice, no corrupt result is ever served.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest

from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file

pytestmark = pytest.mark.integration

RING_8 = [[i, (i + 1) % 8] for i in range(8)] + [[0, 4], [2, 6]]
RING_10 = [[i, (i + 1) % 10] for i in range(10)] + [[0, 5], [2, 7], [4, 9]]
#: Safety limit for every wait in this file (never a timing assertion).
LIMIT_S = 300


def maxcut_job(name: str, edges: list[list[int]], *, layers: int, maxiter: int, seed: int) -> dict:
    return {
        "name": name,
        "problem": {"kind": "maxcut", "edges": edges},
        "ansatz": {"kind": "qaoa", "layers": layers},
        "optimizer": {"kind": "adam", "stepsize": 0.02, "maxiter": maxiter, "tol": 0.0},
        "execution": {"seed": seed},
    }


def history_of(store: ResultStore, key: str) -> list[dict]:
    return store.read_record(key)["history"]


def labels(history: list[dict]) -> list[str]:
    """Each history entry as its state, or its event for entries that do not change the state."""
    return [h.get("state") or h["event"] for h in history]


# -- a. two task processes submit the same job at the same moment ------------------------------------------------

SUBMITTER = """
import json, logging, os, sys, time
from pathlib import Path

from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore

engine_log = logging.getLogger("quantum_provider")  # the engine's own log lines, to stderr whatever Airflow set up
engine_log.addHandler(logging.StreamHandler(sys.stderr))
engine_log.setLevel(logging.INFO)

hook = LightningHook()
spec = hook.resolve_spec(JobSpec.parse(json.loads({job!r})))
key = spec.content_key(backend=hook.backend_identity())
problem = hook.validate(spec)
import quantum_provider.engine.runner, quantum_provider.engine.fast  # the heavy imports, before the barrier

Path({ready!r}).touch()
deadline = time.monotonic() + 300
while not Path({go!r}).exists():
    assert time.monotonic() < deadline, "no go signal"
    time.sleep(0.002)
handle = hook.submit(spec, key=key, store=ResultStore({store!r}), problem=problem,
                     context={{"task_id": {name!r}}}, checkpoint_every=5)
result = hook.result(handle)
print(json.dumps({{"key": key, "pid": os.getpid(), "result": result}}))
"""


def test_two_processes_submitting_one_job_at_the_same_moment_compute_it_once(store_uri, tmp_path):
    # Seconds of work (compilation and 300 iterations at 10 qubits): the second submitter surely finds it running.
    job = maxcut_job("twice", RING_10, layers=3, maxiter=300, seed=17)
    go = tmp_path / "go"
    children, logs = {}, {}
    for name in ("a", "b"):
        script = SUBMITTER.format(
            job=json.dumps(job), ready=str(tmp_path / f"ready-{name}"), go=str(go), store=store_uri, name=name
        )
        logs[name] = tmp_path / f"{name}.err"
        children[name] = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=logs[name].open("wb"), env=os.environ.copy()
        )
    deadline = time.monotonic() + LIMIT_S
    while not all((tmp_path / f"ready-{name}").exists() for name in children):
        failed = {n: c.poll() for n, c in children.items() if c.poll() is not None}
        assert not failed, f"a submitter died before the barrier: {[logs[n].read_text()[-2000:] for n in failed]}"
        assert time.monotonic() < deadline, "the submitters never got ready"
        time.sleep(0.05)
    go.touch()  # both submit now
    outputs = {}
    for name, child in children.items():
        stdout, _ = child.communicate(timeout=LIMIT_S)
        assert child.returncode == 0, logs[name].read_text()[-3000:]
        outputs[name] = json.loads(stdout.decode().strip().splitlines()[-1])

    key = outputs["a"]["key"]
    assert outputs["b"]["key"] == key
    store = ResultStore(store_uri)
    history = history_of(store, key)
    running = [h for h in history if h.get("state") == "running"]
    attached = [h for h in history if h.get("event") == "attached"]
    assert len(running) == 1, labels(history)  # exactly one engine run...
    assert len(attached) == 1, labels(history)  # ...and the other submitter waited for it
    assert [h.get("state") for h in history].count("succeeded") == 1
    owner = running[0]["context"]["task_id"]
    waiter = attached[0]["context"]["task_id"]
    assert {owner, waiter} == {"a", "b"}
    assert attached[0]["owner"]["pid"] == outputs[owner]["pid"]
    assert attached[0]["message"].startswith(f"the key was being computed by pid {outputs[owner]['pid']} on ")
    # Only the owner's engine chose a path and optimized; the waiter never got that far.
    assert "engine path" in logs[owner].read_text()
    assert "engine path" not in logs[waiter].read_text()
    assert "is being computed by" in logs[waiter].read_text()

    # One result, written once, by the owner; nothing archived, one claim, released on success.
    stored = store.load_result(key)
    assert stored is not None
    assert stored.provenance["environment"]["pid"] == outputs[owner]["pid"]
    assert not (store.job_dir(key) / "previous").exists()
    assert store.claim_generations(key) == [1]
    assert store.read_claim(key, 1)["state"] == "succeeded"
    assert store.list_checkpoints(key) == list(range(0, 301, 5))
    # Both tasks got the same verified numbers.
    assert outputs["a"]["result"] == outputs["b"]["result"] == stored.result


# -- b. the Ray worker running the engine is killed mid-job ------------------------------------------------------


def engine_processes(key: str) -> list:
    """The Python processes running ``python -m quantum_provider.engine ... --key <key>`` (not their shells)."""
    import psutil

    found = []
    for proc in psutil.process_iter(["pid", "cmdline"]):
        cmdline = proc.info.get("cmdline") or []
        if "quantum_provider.engine" in cmdline and key in cmdline and cmdline[cmdline.index(key) - 1] == "--key":
            found.append(proc)
    return found


def ray_state(hook, handle) -> str | None:
    """The Ray job's state; ``None`` when the dashboard did not answer this time (it is busy on a small machine)."""
    from quantum_provider.exceptions import BackendUnavailableError

    try:
        return hook.status(handle)
    except BackendUnavailableError:
        return None


def wait_terminal(hook, handle) -> str:
    deadline = time.monotonic() + LIMIT_S
    while (state := ray_state(hook, handle)) in ("submitted", "queued", "running", None):
        assert time.monotonic() < deadline, f"job still {state}"
        time.sleep(0.5)
    return state


def test_ray_worker_killed_mid_job_is_resumed_by_a_retry_from_its_newest_checkpoint(ray_conn, store_uri, tmp_path):
    from quantum_provider.hooks import get_hook

    hook = get_hook(ray_conn)
    job = maxcut_job("killed-on-ray", RING_10, layers=3, maxiter=400, seed=23)
    spec = hook.resolve_spec(JobSpec.parse(job))
    key = spec.content_key(backend=hook.backend_identity())
    store = ResultStore(store_uri)

    first = hook.submit(spec, key=key, store=store, context={"task_id": "first"}, checkpoint_every=5)
    deadline = time.monotonic() + LIMIT_S
    asked = time.monotonic()
    while not any(i >= 10 for i in store.list_checkpoints(key)):
        assert time.monotonic() < deadline, f"the engine never wrote its first checkpoints: {hook.log_tail(first)}"
        if time.monotonic() - asked > 2:  # the checkpoints are watched closely, the dashboard only now and then
            assert ray_state(hook, first) in ("submitted", "queued", "running", None), hook.log_tail(first)
            asked = time.monotonic()
        time.sleep(0.02)
    [engine] = engine_processes(key)
    engine.send_signal(signal.SIGKILL)  # the worker dies mid-optimization; nothing of it runs any more

    assert wait_terminal(hook, first) == "failed"
    record = store.read_record(key)
    assert record["state"] == "running"  # the engine died before it could say anything else
    assert store.load_result(key) is None
    before = store.list_checkpoints(key)
    newest = before[-1]
    assert 10 <= newest < 400, before

    # A retry of the submission: a new Ray job for the key, which takes the dead engine's claim over and resumes.
    retry = hook.submit(spec, key=key, store=store, context={"task_id": "retry"}, checkpoint_every=5)
    assert retry["submission_id"] == f"{key}-2"
    assert wait_terminal(hook, retry) == "succeeded", hook.log_tail(retry)
    history = history_of(store, key)
    assert labels(history) == ["submitted", "running", "submitted", "running", "succeeded"]
    resumed = history[3]
    assert resumed["resumed_from"] == newest
    assert resumed["claim"] == 2
    assert resumed["took_over"].endswith(" is gone")
    assert f"pid {engine.pid} on " in resumed["took_over"]
    assert set(before) <= set(store.list_checkpoints(key))  # no finished checkpoint lost
    on_ray = store.load_result(key)
    assert on_ray.provenance["resumed_from_iteration"] == newest

    # The uninterrupted reference: the same spec, in this process, with the same checkpoint spacing.
    local = run_job(
        prepare(spec), key=key, store=ResultStore(f"file://{tmp_path}/local"), backend={}, checkpoint_every=5
    )
    assert on_ray.result["engine_path"] == local["engine_path"]
    assert on_ray.result["parameters"] == local["parameters"]
    assert on_ray.result["energy_trace"] == local["energy_trace"]
    assert on_ray.result["energy"] == local["energy"]


# -- c. a stored result damaged on disk is recomputed, never served ----------------------------------------------


def truncate(path) -> None:
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


def flip_one_bit(path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x04
    path.write_bytes(bytes(data))


def test_a_damaged_result_is_recomputed_by_a_rerun_and_never_served(dags_folder, store_uri):
    from devtools.demo import load_dag, run_dag

    job = maxcut_job("damaged", RING_8, layers=2, maxiter=40, seed=31)
    path = write_dag_file(dags_folder, "faults_damaged", [job], store_uri, mapped=False, replay="reuse")
    store = ResultStore(store_uri)

    def run(day: int) -> dict:
        when = datetime(2026, 6, day, tzinfo=UTC)
        dagrun, values = run_dag(load_dag(path), logical_date=when, run_after=when)
        assert str(dagrun.state) == "success"
        return values[("solve", -1)]

    original = run(1)
    key = original["key"]
    assert original["reused"] is False
    first = store.load_result(key).result

    damages = [("result.json", truncate), ("trace.parquet", flip_one_bit), ("bitstrings.parquet", truncate)]
    for day, (name, damage) in enumerate(damages, start=2):
        damage(store.job_dir(key) / name)
        assert store.load_result(key) is None, f"a damaged {name} must not verify"
        computed_before = labels(history_of(store, key)).count("running")
        rerun = run(day)
        assert rerun["reused"] is False, f"a damaged {name} was served"
        assert labels(history_of(store, key)).count("running") == computed_before + 1  # the record shows it
        again = store.load_result(key)
        assert again is not None
        for field in ("parameters", "energy", "energy_trace", "top_bitstrings", "best_bitstring", "iterations"):
            assert again.result[field] == first[field], field
        assert rerun["energy"] == original["energy"]
        assert rerun["best_bitstring"] == original["best_bitstring"]

    # Healthy again: the next rerun reuses it without computing.
    runs = labels(history_of(store, key)).count("running")
    assert run(len(damages) + 2)["reused"] is True
    assert labels(history_of(store, key)).count("running") == runs
    assert not (store.job_dir(key) / "previous").exists()
