"""Governance: connection policy, the budget ledger (with a real multi-process race) and the hash-chained journal."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from airflow.sdk import RetryAction

from quantum_provider.exceptions import QuantumPolicyError, QuantumSpecError, failure_class
from quantum_provider.governance.audit import AuditTrail
from quantum_provider.governance.budget_ledger import BudgetLedger, today
from quantum_provider.governance.connection_policy import DEFAULT_DEVICE_SECONDS_PER_JOB, Cost, Policy
from quantum_provider.governance.retry_policy import QuantumRetryPolicy
from quantum_provider.hooks import get_hook
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from quantum_provider.storage.journal import JournalCorruptError
from tests.s3_helpers import warm_pool

RING = {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0]]}
WHO = {"dag_id": "nightly", "run_id": "r1", "task_id": "solve", "map_index": -1, "try_number": 1, "user": "ada"}


def spec(**execution) -> JobSpec:
    return JobSpec.parse({"problem": RING, "optimizer": {"kind": "spsa", "maxiter": 10}, "execution": execution})


def connection(monkeypatch, conn_id: str, conn_type: str = "quantum_lightning", **extra) -> str:
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps({"conn_type": conn_type, "extra": extra}))
    return conn_id


# -- policy -----------------------------------------------------------------------------------------------------


def test_policy_comes_from_the_connection_extras(monkeypatch):
    conn_id = connection(
        monkeypatch, "quantum_governed", allowed_devices="lightning.qubit, default.qubit", max_shots_per_job=5000,
        shot_budget_per_day="100000", device_seconds_per_dag_per_day=60, allow_sensitive="false",
    )  # fmt: skip
    policy = get_hook(conn_id).policy
    assert policy.allowed_devices == ("lightning.qubit", "default.qubit")
    assert (policy.max_shots_per_job, policy.shots_per_day, policy.seconds_per_dag_day) == (5000, 100000, 60.0)
    assert policy.allow_sensitive is False
    assert policy.seconds_per_job == DEFAULT_DEVICE_SECONDS_PER_JOB  # implied by the device-seconds budget


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"max_shots_per_job": "lots"}, "quantum_bad.extra.max_shots_per_job"),
        ({"shot_budget_per_day": -5}, "quantum_bad.extra.shot_budget_per_day"),
        ({"device_seconds_per_day": "nan"}, "quantum_bad.extra.device_seconds_per_day"),
        ({"allow_sensitive": "maybe"}, "quantum_bad.extra.allow_sensitive"),
        ({"allowed_devices": 7}, "quantum_bad.extra.allowed_devices"),
    ],
)
def test_a_malformed_policy_extra_is_a_spec_error_naming_it(monkeypatch, extra, field):
    conn_id = connection(monkeypatch, "quantum_bad", **extra)
    with pytest.raises(QuantumSpecError) as err:
        _ = get_hook(conn_id).policy
    assert err.value.field == field
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("policy", "job", "message"),
    [
        (
            Policy("c", allowed_devices=("lightning.qubit",)),
            spec(device="default.qubit"),
            "device 'default.qubit' is not allowed on connection 'c' (allowed_devices: lightning.qubit)",
        ),
        (
            Policy("c", max_shots_per_job=9_999),
            spec(shots=1000),
            "job needs 10,000 shots (execution.shots 1,000 x optimizer.maxiter 10); connection 'c' allows 9,999 per "
            "job (max_shots_per_job)",
        ),
        (
            Policy("c"),
            JobSpec.parse({"problem": RING, "sensitive": True}),
            "job is marked sensitive and connection 'c' is not allowed sensitive data (allow_sensitive is false)",
        ),
    ],
    ids=["device", "shots-per-job", "sensitive"],
)
def test_policy_refuses_with_one_line_that_is_never_retried(policy, job, message):
    with pytest.raises(QuantumPolicyError) as err:
        policy.check(job)
    assert str(err.value) == message
    assert failure_class(err.value) == "policy_error"
    assert QuantumRetryPolicy().evaluate(err.value, try_number=1, max_tries=5).action == RetryAction.FAIL


def test_sensitive_jobs_run_in_process_but_not_on_remote_clusters_by_default(monkeypatch):
    sensitive = JobSpec.parse({"problem": RING, "sensitive": True, "execution": {"device": "lightning.qubit"}})
    get_hook("quantum_lightning_default").policy.check(sensitive)  # the task's own process: allowed
    ray = connection(monkeypatch, "quantum_remote", "quantum_ray", address="http://127.0.0.1:1")
    with pytest.raises(QuantumPolicyError, match="not allowed sensitive data"):
        get_hook(ray).policy.check(sensitive)
    allowed = connection(
        monkeypatch, "quantum_trusted", "quantum_ray", address="http://127.0.0.1:1", allow_sensitive="true"
    )
    get_hook(allowed).policy.check(sensitive)


# -- the ledger ----------------------------------------------------------------------------------------------------


def test_budget_reserves_settles_and_refuses_naming_budget_usage_and_limit(tmp_path):
    store = ResultStore(f"file://{tmp_path}/store")
    policy = Policy("c", shots_per_dag_day=1000, shots_per_day=1500)
    ledger = BudgetLedger(store, day="2026-11-21")
    ledger.reserve(policy, dag_id="a", costs={"k1": Cost(600)}, who=WHO)
    ledger.reserve(policy, dag_id="a", costs={"k1": Cost(600)}, who=WHO)  # a retry: its open reservation counts
    assert ledger.usage("c", "a").dag_shots == 600
    with pytest.raises(QuantumPolicyError) as err:
        ledger.reserve(policy, dag_id="a", costs={"k2": Cost(500)}, who=WHO)
    assert str(err.value) == (
        "shot budget per DAG per day exhausted for DAG 'a' on connection 'c' (shot_budget_per_dag_per_day): used 600 "
        "of 1,000 shots today (2026-11-21 UTC), this submission needs 500"
    )
    ledger.settle(policy, dag_id="a", key="k1", shots=300, seconds=1.5)  # the job stopped early
    ledger.reserve(policy, dag_id="a", costs={"k2": Cost(500)}, who=WHO)
    ledger.reserve(policy, dag_id="b", costs={"k3": Cost(700)}, who=WHO)  # b has its own DAG budget...
    with pytest.raises(QuantumPolicyError, match=r"shot budget per day exhausted for connection 'c'.*used 1,500"):
        ledger.reserve(policy, dag_id="b", costs={"k4": Cost(1)}, who=WHO)  # ...but the connection's is shared
    usage = ledger.usage("c", "a")
    assert (usage.shots, usage.dag_shots) == (1500, 800)
    assert ledger.journal.verify().ok


def _reserve_at(args: tuple[str, int, float]) -> str:
    uri, index, start = args
    store = ResultStore(uri)
    policy = Policy("c", shots_per_day=1000)
    while time.time() < start:  # every process leaves the barrier at the same moment
        pass
    try:
        BudgetLedger(store, day="2026-11-21").reserve(
            policy, dag_id=f"dag{index}", costs={f"{index:064x}": Cost(300)}, who=WHO
        )
    except QuantumPolicyError as err:
        return f"refused: {err}"
    return "reserved"


def test_concurrent_reservations_never_overspend(tmp_path):
    # 8 processes race for 300 shots each against a 1,000-shot daily budget: exactly three can fit.
    uri = f"file://{tmp_path}/store"
    # Spawned, warmed processes (tests/s3_helpers.warm_pool): a fork of this process, once other tests have run
    # engines (JAX's threads), can deadlock in the child; one did in a fresh-clone `make test`.
    with warm_pool(8) as pool:
        start = time.time() + 2.0
        outcomes = pool.map(_reserve_at, [(uri, i, start) for i in range(8)], chunksize=1)
    assert outcomes.count("reserved") == 3
    assert all("used 900 of 1,000 shots" in o for o in outcomes if o != "reserved")
    ledger = BudgetLedger(ResultStore(uri), day="2026-11-21")
    assert ledger.usage("c", "-").shots == 900
    assert [e["seq"] for e in ledger.journal.entries()] == [0, 1, 2]


# -- the journal and the audit trail ------------------------------------------------------------------------------


def _append_many(args: tuple[str, int]) -> int:
    folder, count = args
    journal = ResultStore(f"file://{folder}").journal("j")
    for i in range(count):
        journal.append(lambda _, i=i: {"i": i})
    return count


def test_concurrent_appends_give_one_gapless_chain(tmp_path):
    with warm_pool(4) as pool:
        pool.map(_append_many, [(str(tmp_path), 25)] * 4, chunksize=1)
    journal = ResultStore(f"file://{tmp_path}").journal("j")
    assert len(journal.entries()) == 100
    assert journal.verify().ok


def audit_with_entries(tmp_path: Path, count: int) -> tuple[ResultStore, AuditTrail]:
    store = ResultStore(f"file://{tmp_path}/store")
    trail = AuditTrail(store)
    for i in range(count):
        trail.record("submission", who=WHO, key=f"{i:064x}", backend="lightning", shots=None, outcome="submitted")
    return store, trail


def verify_cli(store: ResultStore, *logs: Path, in_process: bool = True) -> subprocess.CompletedProcess:
    """``python -m quantum_provider.governance.audit verify``; in this process (its ``main``) unless asked otherwise."""
    args = ["verify", "--store", str(store.base)] + (["--logs", *map(str, logs)] if logs else [])
    if not in_process:
        command = [sys.executable, "-m", "quantum_provider.governance.audit", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)
    import contextlib
    import io

    from quantum_provider.governance.audit import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(args)
    return subprocess.CompletedProcess(args, code, out.getvalue(), "")


def test_audit_verify_detects_an_edited_or_removed_entry(tmp_path):
    store, _ = audit_with_entries(tmp_path, 5)
    intact = verify_cli(store, in_process=False)  # the command itself, once
    assert intact.returncode == 0, intact.stdout + intact.stderr
    assert "audit trail verifies: 5 entries" in intact.stdout

    folder = Path(str(store.base).removeprefix("file://")) / "audit" / today()
    entry = folder / f"{2:012d}.json"
    edited = json.loads(entry.read_text())
    edited["body"]["outcome"] = "reused"  # a quiet rewrite of history
    entry.write_text(json.dumps(edited))
    result = verify_cli(store)
    assert result.returncode == 1
    assert "entry 2 does not match its hash (edited)" in result.stdout

    entry.unlink()  # now removed altogether
    result = verify_cli(store)
    assert result.returncode == 1
    assert "entry 2: missing (removed)" in result.stdout
    with pytest.raises(JournalCorruptError):
        AuditTrail(store).entries()


def test_a_removed_tail_is_caught_by_the_anchors_in_the_task_log(tmp_path, caplog):
    caplog.set_level("INFO", logger="quantum_provider.governance.audit")
    store, _ = audit_with_entries(tmp_path, 3)
    task_log = tmp_path / "task.log"
    task_log.write_text(caplog.text)
    folder = Path(str(store.base).removeprefix("file://")) / "audit" / today()
    (folder / f"{2:012d}.json").unlink()  # the newest entry: the rest still chains
    assert verify_cli(store).returncode == 0  # undetectable from the store alone...
    result = verify_cli(store, task_log)
    assert result.returncode == 1  # ...but not against the log's anchors
    assert "entry 2: known from the task logs" in result.stdout


def test_days_chain_into_one_trail_so_a_removed_day_is_detected(tmp_path):
    store = ResultStore(f"file://{tmp_path}/store")
    trail = AuditTrail(store)
    trail.journal("2026-01-01").append(lambda _: {"event": "submission"})
    trail.record("reuse", who=WHO, key="a" * 64, backend="lightning", shots=None, outcome="reused")
    assert AuditTrail(store).verify().ok
    assert AuditTrail(store).entries()[1]["prev"] == AuditTrail(store).entries()[0]["hash"]
    day = Path(str(store.base).removeprefix("file://")) / "audit" / "2026-01-01"
    for path in day.iterdir():
        path.unlink()
    day.rmdir()
    problems = AuditTrail(store).verify().problems
    assert problems == [f"{today()} entry 0: does not chain to the end of the journal before it (removed?)"]
