"""The "Quantum job" extra link: from a task instance to the page of the job it ran or waited on."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from airflow.sdk import BaseOperatorLink

if TYPE_CHECKING:
    from airflow.sdk import BaseOperator, Context
    from airflow.sdk.types import TaskInstanceKey

#: The XCom the operator and the sensor push as soon as they know the job's content key.
JOB_KEY_XCOM = "quantum_job_key"


def publish_job_key(context: Context, key: str) -> None:
    """Tell the extra link which job this task instance is about, as soon as the key is known."""
    ti = context.get("ti")
    if ti is not None:
        ti.xcom_push(key=JOB_KEY_XCOM, value=key)


def job_page_url(key: str | None, *, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> str:
    """The job's page, or the list of the task instance's jobs when the key is not known (yet)."""
    from airflow.sdk.configuration import conf

    base = (conf.get("api", "base_url", fallback="") or "").rstrip("/")
    if key:
        return f"{base}/quantum/jobs/{key}"
    query = urlencode({"dag_id": dag_id, "run_id": run_id, "task_id": task_id, "map_index": map_index})
    return f"{base}/quantum/jobs?{query}"


class QuantumJobLink(BaseOperatorLink):
    """Extra link "Quantum job" on QuantumSubmitOperator and QuantumJobSensor."""

    name = "Quantum job"

    def get_link(self, operator: BaseOperator, *, ti_key: TaskInstanceKey) -> str:
        from airflow.sdk.execution_time.xcom import XCom

        key = XCom.get_value(ti_key=ti_key, key=JOB_KEY_XCOM)
        return job_page_url(
            key, dag_id=ti_key.dag_id, run_id=ti_key.run_id, task_id=ti_key.task_id, map_index=ti_key.map_index
        )


class QuantumJobsLink(BaseOperatorLink):
    """Extra link "Quantum jobs" on QuantumBatchSubmitOperator: the list of the jobs of one chunk task instance."""

    name = "Quantum jobs"

    def get_link(self, operator: BaseOperator, *, ti_key: TaskInstanceKey) -> str:
        return job_page_url(
            None, dag_id=ti_key.dag_id, run_id=ti_key.run_id, task_id=ti_key.task_id, map_index=ti_key.map_index
        )
