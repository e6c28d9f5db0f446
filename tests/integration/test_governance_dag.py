"""Governance in real DAG runs: budgets refuse before submission, never retried; every event is in the audit trail."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.governance.audit import AuditTrail
from quantum_provider.governance.budget_ledger import BudgetLedger
from quantum_provider.plugins.jobs import job_detail
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file

pytestmark = pytest.mark.integration


def job(i: int) -> dict:
    # 100 shots x 5 iterations = 500 shots reserved per job
    diagonals = ([[0, 2]], [[1, 3]], [[0, 2], [1, 3]])[i % 3]
    return {
        "name": f"budgeted-{i}",
        "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0], *diagonals]},
        "optimizer": {"kind": "spsa", "maxiter": 5},
        "execution": {"shots": 100, "seed": i},
    }


def test_a_shot_budget_refuses_the_job_that_does_not_fit_and_the_trail_records_everything(
    dags_folder, store_uri, monkeypatch
):
    extra = {"shot_budget_per_dag_per_day": 1200, "max_qubits": 8}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_BUDGETED", json.dumps({"conn_type": "quantum_lightning", "extra": extra}))
    path = write_dag_file(
        dags_folder, "budgeted", [job(0), job(1), job(2)], store_uri, mapped=True, retries=2, conn_id="quantum_budgeted"
    )
    dag = load_dag(path)
    first, values = run_dag(dag, logical_date=datetime(2026, 5, 1, tzinfo=UTC))
    states = task_states(first)
    # Whichever task comes last finds the budget spent: a policy error, never retried though retries=2.
    assert sorted(states.values()) == [("failed", 1), ("success", 1), ("success", 1)]
    refused_index = next(index for (_, index), (state, _) in states.items() if state == "failed")

    store = ResultStore(store_uri)
    entries = [e["body"] for e in AuditTrail(store).entries()]
    refusal = next(e for e in entries if e["event"] == "policy_refusal")
    assert refusal["who"] | {"run_id": None} == {
        "dag_id": "budgeted", "run_id": None, "task_id": "solve", "map_index": refused_index, "try_number": 1,
        "user": "dag_test",
    }  # fmt: skip
    assert refusal["who"]["run_id"] == first.run_id
    assert refusal["detail"].startswith("shot budget per DAG per day exhausted for DAG 'budgeted'")
    assert "used 1,000 of 1,200 shots today" in refusal["detail"]  # both finished jobs settled at 100 x 5
    assert [(e["event"], e["outcome"], e["what"]["shots"]) for e in entries] == [
        ("submission", "submitted", 100),
        ("completion", "succeeded", 100),
        ("submission", "submitted", 100),
        ("completion", "succeeded", 100),
        ("policy_refusal", "refused", 100),
    ]
    keys = [values[("solve", i)]["key"] for i in range(3) if i != refused_index]
    assert sorted(e["what"]["key"] for e in entries[:4:2]) == sorted(keys)
    refused_key = refusal["what"]["key"]
    # Refused before anything was computed, yet visible where the task's "Quantum job" link leads: a failed record
    # with the refusal's class and reason, listed for the refused task instance.
    assert_refusal_recorded(store, refused_key, "shot budget per DAG per day exhausted for DAG 'budgeted'")
    assert store.load_result(refused_key) is None

    usage = BudgetLedger(store).usage("quantum_budgeted", "budgeted")
    assert usage.dag_shots == 1000

    # A second run reuses the two results (no shots spent, audited as reuse) and is refused again.
    second, _ = run_dag(dag, logical_date=datetime(2026, 5, 2, tzinfo=UTC))
    assert task_states(second)[("solve", refused_index)][0] == "failed"
    assert sorted(state for state, _ in task_states(second).values()) == ["failed", "success", "success"]
    later = [e["body"] for e in AuditTrail(store).entries()][5:]
    assert sorted((e["event"], e["who"]["run_id"]) for e in later) == [
        ("policy_refusal", second.run_id),
        ("reuse", second.run_id),
        ("reuse", second.run_id),
    ]
    assert BudgetLedger(store).usage("quantum_budgeted", "budgeted").dag_shots == 1000

    verified = subprocess.run(
        [sys.executable, "-m", "quantum_provider.governance.audit", "verify", "--store", store_uri],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "audit trail verifies: 8 entries" in verified.stdout


def assert_refusal_recorded(store: ResultStore, key: str, reason: str) -> None:
    record = store.read_record(key)
    assert record["state"] == "failed"
    refusal = record["history"][-1]
    assert (refusal["event"], refusal["error"], refusal["failure_class"]) == (
        "policy_refusal", "QuantumPolicyError", "policy_error",
    )  # fmt: skip
    assert refusal["message"].startswith(reason)
    detail = job_detail(store, key)  # the job page the extra link opens
    assert detail.failure.failure_class == "policy_error"
    assert detail.failure.message.startswith(reason)
    assert [row.task_id for row in detail.requests] == ["solve"]


def test_a_sensitive_job_is_refused_by_a_remote_cluster_before_any_contact(dags_folder, store_uri, monkeypatch):
    # Nothing listens at this address: the refusal must come before the hook ever tries to reach it.
    conn = {"conn_type": "quantum_ray", "extra": {"address": "http://127.0.0.1:9"}}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_REMOTE", json.dumps(conn))
    sensitive = {**job(0), "sensitive": True, "execution": {"seed": 1}}
    path = write_dag_file(dags_folder, "sensitive_remote", [sensitive], store_uri, mapped=False, retries=2,
                          conn_id="quantum_remote")  # fmt: skip
    run, _ = run_dag(load_dag(path), logical_date=datetime(2026, 5, 1, tzinfo=UTC))
    assert task_states(run)[("solve", -1)] == ("failed", 1)
    entries = [e["body"] for e in AuditTrail(ResultStore(store_uri)).entries()]
    assert [(e["event"], e["outcome"]) for e in entries] == [("policy_refusal", "refused")]
    assert "marked sensitive and connection 'quantum_remote' is not allowed sensitive data" in entries[0]["detail"]
    store = ResultStore(store_uri)
    assert_refusal_recorded(store, entries[0]["what"]["key"], "job is marked sensitive")
    assert store.read_optional_json(entries[0]["what"]["key"], "spec.json") is None  # nothing went to the cluster


def test_the_per_job_device_time_cap_stops_a_long_job_as_a_policy_error(dags_folder, store_uri, monkeypatch):
    extra = {"device_seconds_per_day": 100, "max_device_seconds_per_job": 1.5}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_CAPPED", json.dumps({"conn_type": "quantum_lightning", "extra": extra}))
    ring = [[i, (i + 1) % 10] for i in range(10)] + [[0, 5], [2, 7]]
    long_job = {"name": "too-long", "problem": {"kind": "maxcut", "edges": ring},
                "optimizer": {"kind": "spsa", "maxiter": 100000, "tol": 0.0},  # never done before the cap
                "execution": {"shots": 10, "seed": 3}}  # fmt: skip
    path = write_dag_file(dags_folder, "capped", [long_job], store_uri, mapped=False, retries=2,
                          conn_id="quantum_capped", checkpoint_every=1)  # fmt: skip
    run, _ = run_dag(load_dag(path), logical_date=datetime(2026, 5, 1, tzinfo=UTC))
    assert task_states(run)[("solve", -1)] == ("failed", 1)  # a policy error: not retried
    store = ResultStore(store_uri)
    entries = [e["body"] for e in AuditTrail(store).entries()]
    outcomes = [(e["event"], e["outcome"]) for e in entries]
    assert outcomes == [("submission", "submitted"), ("completion", "policy_error")]
    assert "max_seconds" in entries[1]["detail"]
    key = entries[0]["what"]["key"]
    assert store.read_record(key)["state"] == "failed"
    # The record and the job page name the class exceptions.failure_class gives: a policy error, not job_failed.
    assert job_detail(store, key).failure.failure_class == "policy_error"
    assert store.latest_checkpoint(key)["iteration"] > 0  # stopped with its checkpoints kept
    assert BudgetLedger(store).usage("quantum_capped", "capped").seconds == 1.5  # the reservation stays charged
