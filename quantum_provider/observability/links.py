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
#: The same key on the operator instance: Airflow builds extra links in the process that ran the task, right after
#: it (``task_runner.finalize``), so the link learns the key there without asking for an XCom that may not exist.
_KEY_ATTRIBUTE = "_quantum_job_key"


def forget_job_key(operator: BaseOperator) -> None:
    """Note that this execution has published no key yet (call it first in ``execute``).

    A task that fails before it knows its key (a spec error) then gets the link to its job list, without the
    ``XCom not found`` error Airflow logs when the link asks for a key that was never pushed.
    """
    setattr(operator, _KEY_ATTRIBUTE, None)


def publish_job_key(context: Context, key: str, operator: BaseOperator | None = None) -> None:
    """Tell the extra link which job this task instance is about, as soon as the key is known.

    :param context: the task's context (its ``ti`` pushes the XCom).
    :param key: the job's content key.
    :param operator: the running operator, which remembers the key for the link; default ``context["task"]``.
    """
    operator = operator if operator is not None else context.get("task")
    if operator is not None:
        setattr(operator, _KEY_ATTRIBUTE, key)
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
        if hasattr(operator, _KEY_ATTRIBUTE):  # this process ran the task: it knows whether a key was published
            key = getattr(operator, _KEY_ATTRIBUTE)
        else:
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
