"""Job metrics through Airflow's own Stats: StatsD, Datadog or OpenTelemetry, whichever ``[metrics]`` turns on.

Plain StatsD drops tags, so what tells two series apart (the failure class) is part of the name; every emission
also carries the tags ``dag_id``, ``task_id`` and ``backend`` for OpenTelemetry and tagged StatsD.

==============================  =======  ============================================================================
name                            type     meaning
==============================  =======  ============================================================================
quantum.job.queued_time         timing   submitted -> running of a freshly computed job (its current attempt), ms
quantum.job.runtime             timing   the engine's ``runtime_s`` of a freshly computed job, ms
quantum.job.iterations          counter  optimizer iterations of a freshly computed job's result
quantum.job.shots               counter  shots mode only: shots per circuit execution x iterations (nominal)
quantum.result.computed         counter  a job's result was computed (not served from the store)
quantum.result.reused           counter  a stored, verified result was returned instead of computing
quantum.result.recomputed       counter  a stored succeeded result existed but is computed again (replay="force",
                                         rejected by validation, or it failed its checksum)
quantum.job.failed.<class>      counter  a task raised an error of that class (``failure_class``)
==============================  =======  ============================================================================

A finished job is counted by the task that returns its summary: QuantumSubmitOperator when it waits,
QuantumBatchSubmitOperator per job, QuantumJobSensor for a submission that did not wait (so a submit task with
``wait_for_completion=False`` and its sensor count the job once). ``recomputed`` is counted when the task decides to
compute, the other job metrics when it returns the result. Failures are counted where ``execute`` or
``execute_complete`` of an operator or the sensor raises; deferral, skip and reschedule are not failures.

Airflow's task runner initializes Stats from ``[metrics]``; ``dag.test()`` and other embedded runs may not, so the
first emission here does it when nobody has. Emitting never fails a task.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from airflow.sdk.observability import stats

from quantum_provider.exceptions import failure_class

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore, StoredResult

log = logging.getLogger(__name__)

QUEUED_TIME = "quantum.job.queued_time"
RUNTIME = "quantum.job.runtime"
ITERATIONS = "quantum.job.iterations"
SHOTS = "quantum.job.shots"
COMPUTED = "quantum.result.computed"
REUSED = "quantum.result.reused"
RECOMPUTED = "quantum.result.recomputed"
FAILED = "quantum.job.failed"

F = TypeVar("F", bound=Callable[..., Any])


def queued_time(record: dict[str, Any] | None) -> timedelta | None:
    """submitted -> running of the job's current attempt: the last ``running`` entry of the record's history and
    the last ``submitted`` entry before it; ``None`` when either is missing or unreadable."""
    history = (record or {}).get("history") or []
    states = [entry.get("state") for entry in history]
    if "running" not in states:
        return None
    running = len(states) - 1 - states[::-1].index("running")
    submitted = next((i for i in range(running - 1, -1, -1) if states[i] == "submitted"), None)
    if submitted is None:
        return None
    try:
        waited = datetime.fromisoformat(history[running]["at"]) - datetime.fromisoformat(history[submitted]["at"])
    except (KeyError, TypeError, ValueError):
        return None
    return max(waited, timedelta(0))


def shots_spent(result: dict[str, Any]) -> int | None:
    """Shots per circuit execution x optimizer iterations, ``None`` in analytic mode.

    Nominal: one energy estimate per iteration (for COBYLA one iteration is one evaluation). The engine does not
    count circuit executions, so gradient circuits (parameter shift) and the final sampling are not included.
    """
    shots = result.get("shots")
    return None if shots is None else int(shots) * int(result.get("iterations") or 0)


def task_tags(task: Any, backend: str | None = None) -> dict[str, str]:
    """The tags of an emission by ``task``: dag_id, task_id and backend (default the task's ``conn_id``)."""
    values = {
        "dag_id": getattr(task, "dag_id", None),
        "task_id": getattr(task, "task_id", None),
        "backend": backend or getattr(task, "conn_id", None),
    }
    return {name: str(value) for name, value in values.items() if value}


def ensure_initialized() -> None:
    """Initialize Airflow's Stats from ``[metrics]`` unless someone (the task runner, a daemon) already did.

    Airflow offers no public "is initialized" check: the factory ``initialize`` sets is read from the module that
    defines it, so a runner's own initialization (and any factory it chose) is never replaced. Should a later
    Airflow drop that attribute, Stats is left as Airflow set it up.
    """
    module = sys.modules[stats.initialize.__module__]
    if getattr(module, "_factory", True) is not None:
        return
    from airflow.sdk.configuration import conf
    from airflow.sdk.observability.metrics import stats_utils

    stats.initialize(
        factory=stats_utils.get_stats_factory(),
        export_legacy_names=conf.getboolean("metrics", "legacy_names_on", fallback=True),
    )


def _emit(kind: str, name: str, value: Any, tags: dict[str, str]) -> None:
    try:
        ensure_initialized()
        if kind == "timing":
            stats.timing(name, value, tags=tags)
        else:
            stats.incr(name, value, tags=tags)
    except Exception as err:  # metrics only observe: a broken metrics setup must never fail the task
        log.warning("Could not emit metric %s: %s", name, err)


def job_done(
    record: dict[str, Any] | None,
    result: dict[str, Any],
    *,
    tags: dict[str, str],
    reused: bool = False,
    watched: bool = False,
) -> None:
    """A task returns a finished job: counted as reused, or as computed with its queue time, runtime, iterations
    and shots. ``record`` is the job record (for the queue time), ``result`` the stored result.

    ``watched``: a sensor reports a job another task submitted. A submit task that waits reports the job itself;
    one that does not wait reports nothing, so the sensor does, unless the record shows the job's current result
    was returned as a reuse (a rerun's submit task found it stored, and counted that): then nothing is counted.
    """
    if reused:
        _emit("incr", REUSED, 1, tags)
        return
    if watched and served_as_reuse(record):
        return
    _emit("incr", COMPUTED, 1, tags)
    waited = queued_time(record)
    if waited is not None:
        _emit("timing", QUEUED_TIME, waited, tags)
    _emit("timing", RUNTIME, timedelta(seconds=float(result["runtime_s"])), tags)
    _emit("incr", ITERATIONS, int(result["iterations"]), tags)
    shots = shots_spent(result)
    if shots is not None:
        _emit("incr", SHOTS, shots, tags)


def served_as_reuse(record: dict[str, Any] | None) -> bool:
    """Whether the record's history has a ``reused`` event after the job's last ``succeeded`` state."""
    history = (record or {}).get("history") or []
    states = [entry.get("state") for entry in history]
    if "succeeded" not in states:
        return False
    last = len(states) - 1 - states[::-1].index("succeeded")
    return any(entry.get("event") == "reused" for entry in history[last + 1 :])


def reusable_result(store: ResultStore, key: str, replay: str, *, tags: dict[str, str]) -> StoredResult | None:
    """``store.reusable_result``, counting a reuse, or a recompute when a stored succeeded result is not served."""
    before = store.read_record(key) or {}
    stored = store.reusable_result(key, replay)
    if stored is not None:
        _emit("incr", REUSED, 1, tags)
    elif before.get("state") == "succeeded":
        _emit("incr", RECOMPUTED, 1, tags)
    return stored


def job_failed(err: BaseException, *, tags: dict[str, str]) -> None:
    _emit("incr", f"{FAILED}.{failure_class(err)}", 1, tags)


def counts_failures(method: F) -> F:
    """Decorate a task's ``execute`` / ``execute_complete``: an error it raises is counted by class, then re-raised.

    Airflow's control flow (deferral, skip, reschedule) passes uncounted.
    """

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as err:
            from airflow.sdk.exceptions import AirflowRescheduleException, AirflowSkipException, TaskDeferred

            if not isinstance(err, TaskDeferred | AirflowSkipException | AirflowRescheduleException):
                job_failed(err, tags=task_tags(self))
            raise

    return wrapper  # type: ignore[return-value]
