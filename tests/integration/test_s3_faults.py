"""Faults on an S3 result store (a moto server on loopback, which enforces S3's conditional writes).

The processes here share nothing but the bucket: each has its own home, AIRFLOW_HOME and TMPDIR, and knows the
store only from its configuration. One computation per key, a SIGKILLed owner taken over and resumed, a budget
never overspent by racing reservations, and an audit trail whose edits in the bucket are found.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import numpy as np
import pytest

from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.governance.audit import AuditTrail
from quantum_provider.governance.budget_ledger import BudgetLedger, today
from quantum_provider.spec import JobSpec
from quantum_provider.storage import Claim, ResultStore, describe_owner
from quantum_provider.storage.journal import entry_hash
from tests.integration.test_faults import LIMIT_S, RING_10, history_of, labels, maxcut_job
from tests.integration.test_kill_resume import JOB as KILL_JOB
from tests.integration.test_kill_resume import KILL_AFTER_ITERATION
from tests.s3_helpers import child_env, object_key, s3_client, warm_pool
from tests.unit.test_governance import WHO, _reserve_at

pytestmark = pytest.mark.integration


@pytest.fixture
def s3_store(s3_server) -> str:
    """A fresh store on the session's S3 server."""
    return s3_server.uri(f"{uuid.uuid4().hex}/store")


#: Processes in the racers' pool: the largest race here.
RACERS = 8


@pytest.fixture(scope="module")
def racers(s3_server):
    """``RACERS`` fresh interpreters that have imported the store, shared by this module's races: spawning and
    warming them takes about half a minute on 2 cores, which three pools paid three times. Each race uses its own
    store and keys, and a claim's winner stays alive (it holds the claim) until the module ends."""
    with warm_pool(RACERS) as pool:
        yield pool


def start_submitter(
    s3_server, store_uri: str, home: Path, job_file: Path, name: str, *, barrier: Path | None = None
) -> tuple[subprocess.Popen, Path]:
    """``python -m tests.s3_helpers submit`` in a process of its own under ``home``; returns it and its stderr.

    The child writes its job's key to ``home/ready`` once it is ready to submit; with ``barrier`` it then waits
    for that file and submits at the UNIX time it holds.
    """
    command = [sys.executable, "-m", "tests.s3_helpers", "submit", str(job_file), "--name", name, "--every", "5"]
    command += ["--ready", str(home / "ready")]
    if barrier is not None:
        command += ["--go", str(barrier)]
    err = home / "stderr.log"
    home.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen(
        command,
        cwd=home,
        env=child_env(s3_server, home, store_uri=store_uri),
        stdout=subprocess.PIPE,
        stderr=err.open("wb"),
    )
    return child, err


def job_names(store: ResultStore, key: str) -> list[str]:
    """What the job's folder in the bucket holds (files and sub-folders)."""
    return store.objects.list_names(store.results.folder(key))


def wait_ready(children: dict[str, tuple[subprocess.Popen, Path]], homes: dict[str, Path]) -> dict[str, str]:
    """Wait until every child wrote its ready file; the key each one computed."""
    deadline = time.monotonic() + LIMIT_S
    while not all((home / "ready").exists() for home in homes.values()):
        died = {n: err.read_text()[-3000:] for n, (c, err) in children.items() if c.poll() is not None}
        assert not died, f"a submitter died before it was ready: {died}"
        assert time.monotonic() < deadline, "the submitters never got ready"
        time.sleep(0.05)
    return {name: (home / "ready").read_text() for name, home in homes.items()}


# The tests that fork racers come first: they fork before this process has run an engine (JAX, Catalyst).


# -- racing reservations against one budget on S3 ----------------------------------------------------------------------


def test_concurrent_reservations_on_s3_never_overspend(s3_store, racers):
    # As tests/unit/test_governance.py on local disk: 8 processes leave a barrier together, each reserving 300
    # shots against a 1,000-shot daily budget; the journal's exclusive creates are S3 conditional writes here.
    budget, cost, pool, racers = 1000, 300, racers, RACERS
    ResultStore(s3_store)  # the store exists (its open-time probe passed) before anyone races
    start = time.time() + 3.0
    outcomes = pool.map(_reserve_at, [(s3_store, i, start) for i in range(racers)], chunksize=1)
    fit = budget // cost
    assert outcomes.count("reserved") == fit, outcomes
    refused = [o for o in outcomes if o != "reserved"]
    assert len(refused) == racers - fit
    for outcome in refused:
        assert outcome.startswith("refused: shot budget per day exhausted for connection 'c' (shot_budget_per_day)")
        assert f"used {fit * cost} of 1,000 shots today (2026-11-21 UTC), this submission needs 300" in outcome
    ledger = BudgetLedger(ResultStore(s3_store), day="2026-11-21")
    assert ledger.usage("c", "-").shots == fit * cost
    entries = ledger.journal.entries()
    assert [e["seq"] for e in entries] == list(range(fit))
    assert [e["body"]["totals"]["c"]["shots"] for e in entries] == [cost * (n + 1) for n in range(fit)]
    assert ledger.journal.verify().ok


# -- the audit trail on S3: verified by the command, an edit in the bucket is found ------------------------------------


def _record_audit(args: tuple[str, int, int]) -> int:
    """One task process writing ``count`` audit entries, as Governance does around its submissions."""
    uri, task, count = args
    trail = AuditTrail(ResultStore(uri))
    events = ("submission", "completion", "reuse")
    for i in range(count):
        who = {**WHO, "task_id": f"solve_{task}", "map_index": i}
        outcome = {"submission": "submitted", "completion": "succeeded", "reuse": "reused"}[events[i % 3]]
        trail.record(events[i % 3], who=who, key=f"{task:032x}{i:032x}", backend="lightning", shots=None,
                     outcome=outcome)  # fmt: skip
    return count


def verify_command(s3_server, store_uri: str, home: Path) -> subprocess.CompletedProcess:
    """``python -m quantum_provider.governance.audit verify --store URI`` in a fresh process with the S3 connection."""
    return subprocess.run(
        [sys.executable, "-m", "quantum_provider.governance.audit", "verify", "--store", store_uri],
        cwd=home,
        env=child_env(s3_server, home),
        capture_output=True,
        text=True,
        timeout=LIMIT_S,
    )


def report_of(run: subprocess.CompletedProcess) -> list[str]:
    """The command's report, without the log lines Airflow may print before it (the S3 connection's)."""
    out = run.stdout
    return out[out.index("audit trail ") :].splitlines() if "audit trail " in out else [out + run.stderr]


def test_audit_verify_on_s3_passes_then_finds_entries_edited_in_the_bucket(s3_server, s3_store, racers, tmp_path):
    # Four task processes append to today's trail at once (exclusive creates racing on S3): one gapless chain.
    assert sum(racers.map(_record_audit, [(s3_store, task, 3) for task in range(4)], chunksize=1)) == 12
    store = ResultStore(s3_store)
    [day] = AuditTrail(store).days()
    assert day <= today()
    entries = AuditTrail(store).entries()
    assert [e["seq"] for e in entries] == list(range(12))

    intact = verify_command(s3_server, s3_store, tmp_path / "verify-1")
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert report_of(intact) == [f"audit trail verifies: 12 entries, head {entries[-1]['hash']} ({s3_store}/audit)"]

    client = s3_client(s3_server)
    bucket = s3_store.split("@", 1)[1].split("/", 1)[0]

    def edit(seq: int, *, rehash: bool) -> None:
        """Rewrite entry ``seq`` in the bucket directly: a quiet edit, or one that recomputes the entry's hash."""
        key = object_key(s3_store, "audit", day, f"{seq:012d}.json")
        entry = json.loads(client.get_object(Bucket=bucket, Key=key)["Body"].read())
        entry["body"]["outcome"] = "refused"
        if rehash:
            entry["hash"] = entry_hash(entry["seq"], entry["at"], entry["prev"], entry["body"])
        client.put_object(Bucket=bucket, Key=key, Body=json.dumps(entry).encode())

    edit(2, rehash=False)  # detected by its own hash
    edit(7, rehash=True)  # consistent in itself: detected because entry 8 no longer chains to it
    edited = verify_command(s3_server, s3_store, tmp_path / "verify-2")
    assert edited.returncode == 1, edited.stdout + edited.stderr
    assert report_of(edited) == [
        f"audit trail does NOT verify ({s3_store}/audit): 2 problem(s)",
        f"  {day} entry 2 does not match its hash (edited)",
        f"  {day} entry 8: does not chain to entry 7",
    ]


# -- one job, one computation on S3: processes racing for its claim, then task processes submitting at once ------------


def _acquire_at(args: tuple[str, str, int, float]) -> tuple[str, int, int]:
    """One process claiming job ``key`` at UNIX time ``start``: ``(won|attached, generation, owner pid)``."""
    uri, key, index, start = args
    store = ResultStore(uri)
    while time.time() < start:  # every process leaves the barrier at the same moment
        pass
    claim = store.acquire_claim(key, context={"task_id": f"racer{index}"})
    if isinstance(claim, Claim):
        return "won", claim.generation, os.getpid()
    return "attached", claim["generation"], claim["pid"]


def test_processes_racing_for_one_claim_on_s3_win_it_exactly_once(s3_store, racers):
    # The step that makes a computation single: of 8 processes creating claim 1 at once, S3's conditional write
    # lets exactly one win; every other sees that winner's claim live (its process runs until the pool closes).
    pool, racers, key = racers, RACERS, uuid.uuid4().hex * 2
    ResultStore(s3_store)
    start = time.time() + 3.0
    outcomes = pool.map(_acquire_at, [(s3_store, key, i, start) for i in range(racers)], chunksize=1)
    winners = [o for o in outcomes if o[0] == "won"]
    assert len(winners) == 1, outcomes
    [(_, generation, pid)] = winners
    assert generation == 1
    assert sorted(outcomes) == sorted([("attached", 1, pid)] * (racers - 1) + [("won", 1, pid)])
    store = ResultStore(s3_store)
    assert store.claim_generations(key) == [1]
    assert store.read_claim(key, 1)["pid"] == pid


# -- two task processes, sharing nothing but the bucket, submit one job at the same moment -----------------------------


def test_two_processes_with_separate_homes_submitting_one_job_at_once_compute_it_once_on_s3(
    s3_server, s3_store, tmp_path
):
    # Seconds of work (compilation and 300 iterations at 10 qubits): both are inside submit while one computes.
    job_file = tmp_path / "job.json"
    job_file.write_text(json.dumps(maxcut_job("twice-on-s3", RING_10, layers=3, maxiter=300, seed=17)))
    go = tmp_path / "go"
    homes = {name: tmp_path / name for name in ("a", "b")}
    children = {
        name: start_submitter(s3_server, s3_store, home, job_file, name, barrier=go) for name, home in homes.items()
    }
    keys = wait_ready(children, homes)
    assert keys["a"] == keys["b"]
    key = keys["a"]
    # The barrier: both call submit at this UNIX time. Renamed into place, so a waiter never reads it half-written.
    staged = go.with_suffix(".staged")
    staged.write_text(repr(time.time() + 0.5))
    staged.replace(go)
    outputs = {}
    for name, (child, err) in children.items():
        stdout, _ = child.communicate(timeout=LIMIT_S)
        assert child.returncode == 0, err.read_text()[-3000:]
        outputs[name] = json.loads(stdout.decode().strip().splitlines()[-1])

    # They shared nothing but the store their configuration names: own homes, own temporary folders.
    for name, out in outputs.items():
        assert out["key"] == key
        assert out["store"] == s3_store
        assert out["airflow_home"] == str(homes[name] / "airflow")
        assert out["tmpdir"] == str(homes[name] / "tmp")
        assert not (homes[name] / "airflow" / "quantum").exists()  # nothing went to a local default store

    store = ResultStore(s3_store)
    history = history_of(store, key)
    running = [h for h in history if h.get("state") == "running"]
    attached = [h for h in history if h.get("event") == "attached"]
    assert len(running) == 1, labels(history)  # exactly one engine run...
    assert len(attached) == 1, labels(history)  # ...the other submitter attached to it
    assert labels(history).count("succeeded") == 1, labels(history)
    owner, waiter = running[0]["context"]["task_id"], attached[0]["context"]["task_id"]
    assert {owner, waiter} == {"a", "b"}
    assert running[0]["claim"] == 1
    assert running[0]["resumed_from"] is None
    assert attached[0]["owner"]["pid"] == outputs[owner]["pid"]
    assert attached[0]["owner"]["generation"] == 1
    assert attached[0]["message"].startswith(f"the key was being computed by pid {outputs[owner]['pid']} on ")
    owner_log, waiter_log = (children[n][1].read_text() for n in (owner, waiter))
    assert "engine path" in owner_log
    assert "engine path" not in waiter_log  # the waiter never optimized
    assert "is being computed by" in waiter_log

    # One claim generation, released on success; one result, written once by the owner; nothing archived.
    assert store.claim_generations(key) == [1]
    assert store.read_claim(key, 1)["state"] == "succeeded"
    assert store.read_claim(key, 1)["pid"] == outputs[owner]["pid"]
    stored = store.load_result(key)
    assert stored is not None
    assert stored.provenance["environment"]["pid"] == outputs[owner]["pid"]
    assert "previous" not in job_names(store, key)
    assert store.list_checkpoints(key) == list(range(0, 301, 5))
    # Both tasks got the same verified result.
    for out in outputs.values():
        assert out["result"] == stored.result
        assert out["result"]["energy"] == stored.result["energy"]
        assert out["result"]["best_bitstring"] == stored.result["best_bitstring"]


# -- a SIGKILLed owner on S3 is taken over and resumed from its newest checkpoint --------------------------------------


def test_a_sigkilled_owner_on_s3_is_taken_over_and_resumed_from_its_newest_checkpoint(s3_server, s3_store, tmp_path):
    from quantum_provider.hooks.lightning import LightningHook

    # The job of tests/integration/test_kill_resume.py (12 nodes, p=3, 150 iterations): seconds of work.
    job_file = tmp_path / "job.json"
    job_file.write_text(json.dumps(KILL_JOB))
    hook = LightningHook()
    spec = hook.resolve_spec(JobSpec.parse(KILL_JOB))
    key = spec.content_key(backend=hook.backend_identity())
    store = ResultStore(s3_store)

    home = tmp_path / "first"
    child, err = start_submitter(s3_server, s3_store, home, job_file, "first")
    assert wait_ready({"first": (child, err)}, {"first": home}) == {"first": key}  # the task keys it as we do
    deadline = time.monotonic() + LIMIT_S
    while not any(i >= KILL_AFTER_ITERATION for i in store.list_checkpoints(key)):
        assert child.poll() is None, f"the owner ended before the kill point: {err.read_text()[-3000:]}"
        assert time.monotonic() < deadline, f"the owner never reached the kill point: {err.read_text()[-3000:]}"
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)  # the task process dies mid-optimization, its claim still live
    child.wait()

    record = store.read_record(key)
    assert record["state"] == "running", "the kill must land before the job finished"
    assert store.load_result(key) is None
    assert store.claim_generations(key) == [1]
    assert store.read_claim(key, 1)["pid"] == child.pid
    assert store.read_claim(key, 1)["released_at"] is None  # killed: it could not release it
    before = store.list_checkpoints(key)
    newest = before[-1]
    assert KILL_AFTER_ITERATION <= newest < KILL_JOB["optimizer"]["maxiter"]

    # The retry: another task process submits the key, takes the dead owner's claim over and resumes.
    handle = hook.submit(spec, key=key, store=store, context={"task_id": "retry"}, checkpoint_every=5)
    resumed = hook.result(handle)
    history = history_of(store, key)
    assert labels(history) == ["submitted", "running", "submitted", "running", "succeeded"]
    killed, retried = history[1], history[3]
    assert killed["context"]["task_id"] == "first"
    assert killed["resumed_from"] is None
    assert killed["claim"] == 1
    assert retried["context"]["task_id"] == "retry"
    assert retried["resumed_from"] == newest
    assert retried["claim"] == 2
    assert retried["took_over"] == f"{describe_owner(store.read_claim(key, 1))} is gone"
    assert retried["took_over"].startswith(f"pid {child.pid} on ")
    assert store.claim_generations(key) == [1, 2]
    assert store.read_claim(key, 2)["state"] == "succeeded"
    assert set(before) <= set(store.list_checkpoints(key))  # no finished checkpoint lost
    stored = store.load_result(key)
    assert stored.result == resumed
    assert stored.provenance["resumed_from_iteration"] == newest
    assert stored.provenance["claim"] == 2
    assert "previous" not in job_names(store, key)

    # The uninterrupted reference, to the precision of the local-disk test (test_kill_resume.py).
    reference = run_job(
        prepare(spec), key=key, store=ResultStore(f"file://{tmp_path}/reference"), backend={}, checkpoint_every=1000
    )
    assert np.max(np.abs(np.asarray(resumed["parameters"]) - np.asarray(reference["parameters"]))) <= 1e-10
    assert resumed["energy_trace"] == pytest.approx(reference["energy_trace"], abs=1e-12)
    assert len(resumed["energy_trace"]) == KILL_JOB["optimizer"]["maxiter"]
    assert resumed["energy"] == pytest.approx(reference["energy"], abs=1e-12)
    assert resumed["best_bitstring"] == reference["best_bitstring"]
