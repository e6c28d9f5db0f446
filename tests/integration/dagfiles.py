"""Writes small DAG files for the integration tests, so a child process can run exactly the same DAG."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_TEMPLATE = """
from datetime import datetime, timedelta

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.retry import QuantumRetryPolicy

JOBS = json.loads({jobs!r})

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    kwargs = dict(task_id="solve", result_store={store!r}, retry_delay=timedelta(seconds=0),
                  retry_policy=QuantumRetryPolicy(backoff_base=timedelta(seconds={backoff_s!r})),
                  **json.loads({operator_kwargs!r}))
    if {mapped!r}:
        QuantumSubmitOperator.partial(**kwargs).expand(job=JOBS)
    else:
        QuantumSubmitOperator(job=JOBS[0], **kwargs)
"""


def write_dag_file(
    folder: Path,
    dag_id: str,
    jobs: list[dict[str, Any]],
    store: str,
    *,
    mapped: bool = True,
    backoff_s: float = 0.0,
    **operator_kwargs: Any,
) -> Path:
    """A DAG ``dag_id`` with a QuantumSubmitOperator task ``solve``: mapped over ``jobs``, or on ``jobs[0]``.

    Retries back off by ``backoff_s`` seconds (doubling), so tests of retry classes need not wait.
    """
    path = folder / f"{dag_id}.py"
    body = _TEMPLATE.format(
        jobs=json.dumps(jobs),
        dag_id=dag_id,
        mapped=mapped,
        backoff_s=backoff_s,
        store=store,
        operator_kwargs=json.dumps(operator_kwargs),
    )
    path.write_text("import json\n" + body)
    return path
