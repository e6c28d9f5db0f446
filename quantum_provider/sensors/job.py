"""QuantumJobSensor: wait for a job submitted to an asynchronous backend, in poke, reschedule or deferrable mode."""

from __future__ import annotations

import time
from collections.abc import Sequence
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any, NoReturn

from airflow.sdk import BaseSensorOperator, PokeReturnValue
from airflow.sdk.configuration import conf
from airflow.sdk.exceptions import AirflowSensorTimeout, AirflowSkipException

from quantum_provider.exceptions import QuantumConfigError, QuantumSpecError, error_for_class
from quantum_provider.governance.retry_policy import fails_in_one_line, with_default_retry_policy
from quantum_provider.observability import metrics
from quantum_provider.observability.links import QuantumJobLink, forget_job_key, publish_job_key
from quantum_provider.spec import decode_rendered
from quantum_provider.storage import is_content_key, record_detail
from quantum_provider.triggers.job import (
    QuantumJobTrigger,
    log_tail_detail,
    one_line,
    outcome_failure,
    outcome_message,
    read_record,
    validate_trigger_event,
)

if TYPE_CHECKING:
    from airflow.sdk import Context

    from quantum_provider.hooks.base import Handle, QuantumBackendHook

HANDLE_FIELDS = ("backend", "conn_id", "key", "store")


class QuantumJobSensor(BaseSensorOperator):
    """Wait until a quantum job succeeds, and return the same XCom summary as ``QuantumSubmitOperator``.

    A failed or cancelled job fails the sensor with the backend's message and the class of the failure the job's
    record names (``DeviceTimeExceededError`` for a device-time stop, a policy error; ``JobFailedOnBackendError``
    for anything the job met on the backend), as the submitting operator would have raised it. The sensor never
    cancels the job it watches: it belongs to its submitter.
    Every poke reads the job's state afresh, so the sensor works in ``poke`` and ``reschedule`` mode; with
    ``deferrable=True`` it checks once and then waits in the triggerer (``QuantumJobTrigger``).

    :param job: the job to wait for (templated): its content key, to be looked up in ``result_store``; its
        handle; or the XCom summary of a ``QuantumSubmitOperator`` run that did not wait, which carries the
        handle under ``"handle"``. A JSON or Python-literal string of either dict is accepted too.
    :param conn_id: the backend connection; default the one in the handle (templated).
    :param result_store: ObjectStoragePath URI of the store holding the job record, used when ``job`` is a
        key; default ``[quantum] result_store``, else ``$AIRFLOW_HOME/quantum/results`` (templated).
    :param deferrable: wait in the triggerer instead of holding a worker slot.
    """

    template_fields: Sequence[str] = ("job", "conn_id", "result_store")
    operator_extra_links = (QuantumJobLink(),)
    template_fields_renderers = {"job": "json"}
    ui_color = "#e8dcf7"

    def __init__(
        self,
        *,
        job: str | dict[str, Any],
        conn_id: str | None = None,
        result_store: str | None = None,
        deferrable: bool = conf.getboolean("operators", "default_deferrable", fallback=False),
        **kwargs: Any,
    ) -> None:
        # Watching a failed job again changes nothing: only an unreachable backend is worth a retry.
        with_default_retry_policy(kwargs, job_failure_retries=0)
        super().__init__(**kwargs)
        self.job = job
        self.conn_id = conn_id
        self.result_store = result_store
        self.deferrable = deferrable

    @cached_property
    def handle(self) -> Handle:
        """The job's handle, resolved from the rendered ``job``."""
        return resolve_handle(self.job, self.result_store)

    @cached_property
    def hook(self) -> QuantumBackendHook:
        from quantum_provider.hooks import get_hook

        return get_hook(self.backend_conn_id)

    @property
    def backend_conn_id(self) -> str:
        return self.conn_id or self.handle["conn_id"]

    def poke(self, context: Context) -> bool | PokeReturnValue:
        handle = self.handle
        state = self.hook.status(handle)
        if state == "succeeded":
            self.log.info("Job %s succeeded", handle["key"])
            return PokeReturnValue(is_done=True, xcom_value=self.summary(handle))
        if state in ("failed", "cancelled"):
            failure = outcome_failure(state, self._record(handle))
            raise error_for_class(failure["failure_class"], self.failure_message(handle, state), error=failure["error"])
        record = self._record(handle)
        waited = waited_since_submission(record)
        waited_text = f"{waited:.0f}s since submission" if waited is not None else "since an unknown time"
        if state == "queued":
            position = self._queue_position(handle)
            where = f" at position {position}" if position is not None else ""
            self.log.info("Job %s is queued%s, waiting %s", handle["key"], where, waited_text)
        else:
            self.log.info("Job %s is %s, waiting %s", handle["key"], state, waited_text)
        return False

    @fails_in_one_line
    @metrics.counts_failures
    def execute(self, context: Context) -> Any:
        # A job that cannot be resolved fails in poke, with the sensor's own handling; the link just has no key.
        forget_job_key(self)
        with suppress(QuantumSpecError):
            publish_job_key(context, self.handle["key"], self)
        if not self.deferrable:
            return super().execute(context)
        # A job that already ended needs no trigger: answer now, as a poke would.
        try:
            done = self.poke(context)
        except Exception as err:
            self._raise_failure(err)
        if done:
            return done.xcom_value
        self.defer(
            trigger=QuantumJobTrigger(
                handle=dict(self.handle),
                conn_id=self.backend_conn_id,
                poll_interval=self.poke_interval,
                end_time=time.time() + self.timeout,
                cancel_on_kill=False,  # someone else's job: a killed sensor stops watching, the job goes on
            ),
            method_name="execute_complete",
            timeout=timedelta(seconds=self.timeout),
        )

    @fails_in_one_line
    @metrics.counts_failures
    def execute_complete(self, context: Context, event: dict[str, Any] | None = None) -> dict[str, Any]:
        """Turn the trigger's event into the summary, a timeout, or the job's failure with the event's class.

        A malformed event is a ``QuantumConfigError`` (never retried), as Databricks' ``validate_trigger_event``
        makes it an error.
        """
        forget_job_key(self)
        try:
            event = validate_trigger_event(event)
        except QuantumConfigError as err:
            self._raise_failure(err)
        status, message = event["status"], event["message"]
        publish_job_key(context, event["key"], self)
        self.log.info("Trigger event: %s (%s)", status, message)
        if status == "succeeded":
            return self.summary(self.handle)
        if status == "timeout":
            # The same outcome as BaseSensorOperator.execute's own timeout, soft_fail included.
            text = one_line(f"Sensor has timed out after {self.timeout}s: {message}")
            if self.soft_fail:
                raise AirflowSkipException(text)
            raise AirflowSensorTimeout(text)
        if status == "error" and event["failure_class"] not in ("spec_error", "config_error"):
            # The trigger lost track of the job; the class says whether that is worth a retry (an unreachable
            # backend) or not (a deleted connection, whose spec error names its field first).
            message = one_line(f"could not follow job {event['key']}: {message}")
        self._raise_failure(
            error_for_class(event["failure_class"], message, error=event["error"], field=event["field"])
        )

    def summary(self, handle: Handle) -> dict[str, Any]:
        from quantum_provider.operators.summaries import summarize

        result = self.hook.result(handle)
        metrics.job_done(self._record(handle), result, tags=metrics.task_tags(self, self.backend_conn_id), watched=True)
        uri = self.hook.store_of(handle).uri(handle["key"])
        return summarize(result, reused=False, backend=self.backend_conn_id, uri=uri)

    def failure_message(self, handle: Handle, state: str) -> str:
        detail = None
        if state == "failed":
            try:
                detail = log_tail_detail(self.hook.log_tail(handle))
            except Exception as err:
                self.log.warning("Log of job %s unavailable: %s", handle["key"], one_line(err))
        if detail is None:
            detail = record_detail(self._record(handle), state)
        return outcome_message(handle, state, detail)

    def _queue_position(self, handle: Handle) -> int | None:
        try:
            return self.hook.queue_position(handle)
        except Exception as err:
            # Only information for the log; the state, which decides, came from the hook already.
            self.log.warning("Queue position of job %s unavailable: %s", handle["key"], one_line(err))
            return None

    def _record(self, handle: Handle) -> dict[str, Any] | None:
        # The record only adds information (waiting time, the failure's words); the state came from the hook.
        try:
            return read_record(handle)
        except Exception as err:
            self.log.warning("Record of job %s unavailable: %s", handle["key"], one_line(err))
            return None

    def _raise_failure(self, err: Exception) -> NoReturn:
        # never_fail skips on any failure in poke mode (BaseSensorOperator.execute); the deferrable path matches.
        if self.never_fail:
            raise AirflowSkipException(f"Skipping due to never_fail is set to True: {one_line(err)}") from err
        raise err


def resolve_handle(job: Any, result_store: str | None) -> Handle:
    """The handle of ``job``: a content key looked up in the store, a handle, or a summary carrying one."""
    if isinstance(job, str):
        text = job.strip()
        if is_content_key(text):
            return handle_from_store(text, result_store)
        job = decode_rendered(text, field="job", expected="a 64-hex content key or a handle dict")
    if not isinstance(job, dict):
        raise QuantumSpecError("job", f"must be a content key, a handle or a submit summary, got {type(job).__name__}")
    if "handle" in job:
        if not isinstance(job["handle"], dict):
            raise QuantumSpecError("job", "the summary's 'handle' is empty: was the job submitted without waiting?")
        return check_handle(job["handle"])
    if "status" in job and is_content_key(job.get("key")):
        # A summary of a finished or reused submission has the key but no handle: the store's record has it.
        return handle_from_store(job["key"], result_store)
    return check_handle(job)


def check_handle(handle: dict[str, Any]) -> Handle:
    missing = [name for name in HANDLE_FIELDS if not handle.get(name)]
    if missing:
        raise QuantumSpecError("job", f"the handle lacks {', '.join(missing)} (has {', '.join(sorted(handle))})")
    if not is_content_key(handle["key"]):
        raise QuantumSpecError("job", f"the handle's key {handle['key']!r} is not a 64-hex content key")
    return handle


def handle_from_store(key: str, result_store: str | None) -> Handle:
    from quantum_provider.storage import ResultStore

    store = ResultStore(result_store)
    record = store.read_record(key)
    if record is None:
        raise QuantumSpecError("job", f"no job {key} in the result store {store.base}")
    if not isinstance(record.get("handle"), dict):
        raise QuantumSpecError("job", f"the record of job {key} in {store.base} has no handle to wait on")
    return check_handle(record["handle"])


def waited_since_submission(record: dict[str, Any] | None) -> float | None:
    """Seconds since the job was first recorded, from ``created_at`` or the first history entry."""
    if not record:
        return None
    history = record.get("history") or [{}]
    stamp = record.get("created_at") or history[0].get("at")
    try:
        since = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return max(0.0, (datetime.now(UTC) - since).total_seconds())
