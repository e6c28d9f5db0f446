"""A cluster policy that sends quantum tasks to their own worker queue; a deployment opts in to it.

Quantum tasks need CPU and memory that preprocessing, validation and publishing do not, so deployments give them
dedicated workers (a Celery queue). Installing the provider installs no policy: a cluster policy changes how every
DAG of a deployment is scheduled, so it belongs to the deployment's own ``airflow_local_settings.py``, where its
administrators review it beside their other policies and decide the order they apply in. To opt in, on the
dag-processor (which applies task policies when it parses DAG files)::

    # $AIRFLOW_HOME/config/airflow_local_settings.py
    from quantum_provider.governance.cluster_policy import task_policy

or, beside a policy of the deployment's own, call ``quantum_provider.governance.cluster_policy.task_policy(task)``
from it. The policy then acts only where ``[quantum] worker_queue`` is set, and only on quantum tasks still on the
default queue: a ``queue=`` in a DAG wins.
"""

from __future__ import annotations

from typing import Any

from airflow.configuration import conf

QUANTUM_TASK_TYPES = frozenset({"QuantumSubmitOperator", "QuantumBatchSubmitOperator"})


def task_policy(task: Any) -> None:
    """Move a quantum task on the default queue to ``[quantum] worker_queue``, when that is set."""
    queue = conf.get("quantum", "worker_queue", fallback=None)
    if not queue or task.task_type not in QUANTUM_TASK_TYPES:
        return
    if task.queue == conf.get("operators", "default_queue", fallback="default"):
        task.queue = queue
