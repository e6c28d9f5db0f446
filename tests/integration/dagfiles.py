"""Writes small DAG files for the integration tests, so a child process can run exactly the same DAG."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_TEMPLATE = """
from datetime import datetime, timedelta

from airflow.sdk import DAG

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.governance.retry_policy import QuantumRetryPolicy

JOBS = json.loads({jobs!r})

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    kwargs = dict(task_id="solve", result_store={store!r}, retry_delay=timedelta(seconds=0),
                  retry_policy=QuantumRetryPolicy(backoff_base=timedelta(seconds={backoff_s!r})),
                  **json.loads({operator_kwargs!r}))
    if {chunk_size!r}:
        chunks = [JOBS[i : i + {chunk_size!r}] for i in range(0, len(JOBS), {chunk_size!r})]
        QuantumBatchSubmitOperator.partial(**kwargs).expand(jobs=chunks)
    elif {mapped!r}:
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
    chunk_size: int | None = None,
    backoff_s: float = 0.0,
    **operator_kwargs: Any,
) -> Path:
    """A DAG ``dag_id`` with a task ``solve``: a QuantumSubmitOperator mapped over ``jobs`` or on ``jobs[0]``, or
    with ``chunk_size`` a QuantumBatchSubmitOperator mapped over chunks of ``jobs``.

    Retries back off by ``backoff_s`` seconds (doubling), so tests of retry classes need not wait.
    """
    path = folder / f"{dag_id}.py"
    body = _TEMPLATE.format(
        jobs=json.dumps(jobs),
        dag_id=dag_id,
        mapped=mapped,
        chunk_size=chunk_size,
        backoff_s=backoff_s,
        store=store,
        operator_kwargs=json.dumps(operator_kwargs),
    )
    path.write_text("import json\n" + body)
    return path


_PIPELINE = """
import json
from datetime import datetime, timedelta

from airflow.sdk import DAG, Asset

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.publish import QuantumPublishOperator
from quantum_provider.operators.validate import QuantumValidateOperator

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False,
         default_args={{"retries": 1, "retry_delay": timedelta(seconds=0)}}) as dag:
    pre = QuantumPreprocessOperator(task_id="preprocess", source=Asset(name={dag_id!r} + "_in", uri={source!r}),
                                    kind={kind!r}, job_defaults=json.loads({job_defaults!r}),
                                    chunk_size={chunk_size!r}, result_store={store!r})
    solved = QuantumBatchSubmitOperator.partial(task_id="solve", result_store={store!r}).expand(jobs=pre.output)
    checked = QuantumValidateOperator(task_id="validate", results=solved.output, result_store={store!r},
                                      **json.loads({validate_kwargs!r}))
    QuantumPublishOperator(task_id="publish", dataset=Asset(name={dag_id!r} + "_out", uri={dataset!r}),
                           validation=checked.output, result_store={store!r})
"""


def write_pipeline_dag(
    folder: Path,
    dag_id: str,
    *,
    source: str,
    kind: str,
    store: str,
    dataset: str,
    job_defaults: dict[str, Any],
    chunk_size: int = 4,
    **validate_kwargs: Any,
) -> Path:
    """preprocess -> solve (chunks) -> validate -> publish, all on ``store``, publishing to ``dataset``."""
    path = folder / f"{dag_id}.py"
    path.write_text(
        _PIPELINE.format(
            dag_id=dag_id,
            source=source,
            kind=kind,
            store=store,
            dataset=dataset,
            chunk_size=chunk_size,
            job_defaults=json.dumps(job_defaults),
            validate_kwargs=json.dumps(validate_kwargs),
        )
    )
    return path
