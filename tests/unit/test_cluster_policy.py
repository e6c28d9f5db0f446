"""The provider's cluster policy: opt-in from airflow_local_settings.py, quantum tasks to ``[quantum] worker_queue``."""

from __future__ import annotations

import sys
from datetime import datetime
from importlib import metadata
from pathlib import Path

import pytest
from airflow import settings
from airflow.sdk import DAG

from quantum_provider.governance import cluster_policy
from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.submit import QuantumSubmitOperator

JOB = {"problem": {"kind": "maxcut", "edges": [[0, 1, 1.0]]}, "ansatz": {"kind": "qaoa", "layers": 1}}
ROUTED = {"submit": "quantum", "pinned": "gpu", "batch": "quantum", "preprocess": "default"}


def policy_dag() -> DAG:
    with DAG(dag_id="policy", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        QuantumSubmitOperator(task_id="submit", job=JOB)
        QuantumSubmitOperator(task_id="pinned", job=JOB, queue="gpu")
        QuantumBatchSubmitOperator.partial(task_id="batch").expand(jobs=[[JOB]])
        QuantumPreprocessOperator(task_id="preprocess", source="file:///tmp/graphs.csv", kind="maxcut")
    return dag


def queues_after(policy) -> dict[str, str]:
    dag = policy_dag()
    for task in dag.tasks:
        policy(task)
    return {task.task_id: task.queue for task in dag.tasks}


def test_installing_the_provider_installs_no_cluster_policy(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AIRFLOW__QUANTUM__WORKER_QUEUE", "quantum")
    ours = [ep for ep in metadata.entry_points(group="airflow.policy") if ep.value.startswith("quantum_provider")]
    assert ours == []
    # Airflow's own policy hook, as this process loaded it (entry points, no airflow_local_settings): nothing moves.
    assert set(queues_after(settings.task_policy).values()) == {"default", "gpu"}


def test_quantum_tasks_on_the_default_queue_move_to_the_worker_queue(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("AIRFLOW__QUANTUM__WORKER_QUEUE", "quantum")
    assert queues_after(cluster_policy.task_policy) == ROUTED


def test_without_a_worker_queue_nothing_moves(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("AIRFLOW__QUANTUM__WORKER_QUEUE", raising=False)
    assert set(queues_after(cluster_policy.task_policy).values()) == {"default", "gpu"}


#: What docs/deployment.md tells a deployment to write.
LOCAL_SETTINGS = "from quantum_provider.governance.cluster_policy import task_policy\n"


def test_opting_in_from_airflow_local_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Airflow's own import of airflow_local_settings.py, as each component does when it starts."""
    (tmp_path / "airflow_local_settings.py").write_text(LOCAL_SETTINGS)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "airflow_local_settings", raising=False)
    # A policy manager of its own, as a starting component builds it, so this process's stays as it was.
    manager = settings.get_policy_plugin_manager.__wrapped__()
    settings.load_policy_plugins(manager)
    monkeypatch.setattr(settings, "get_policy_plugin_manager", lambda: manager)
    settings.import_local_settings()
    monkeypatch.setenv("AIRFLOW__QUANTUM__WORKER_QUEUE", "quantum")
    assert queues_after(settings.task_policy) == ROUTED
