"""QuantumJobTrigger: wait in Airflow's triggerer until a submitted job reaches a terminal state."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from quantum_provider.exceptions import (
    FAILURE_CLASS_NAMES,
    QuantumConfigError,
    error_field,
    failure_class,
    failure_class_of_error,
)
from quantum_provider.storage import ACTIVE_STATES, TERMINAL_STATES, is_content_key, record_detail

if TYPE_CHECKING:
    from quantum_provider.hooks.base import Handle, QuantumBackendHook

#: Events and exception messages stay one line of at most this many characters: they end up in the UI and logs.
MESSAGE_LIMIT = 1000
#: How many of a failed job's last log lines make up its message: the exception is usually the last one.
TAIL_LINES = 3
#: The ``status`` of a trigger event: the job's terminal state, ``timeout`` or ``error``.
EVENT_STATUSES = ("succeeded", "failed", "cancelled", "timeout", "error")
#: Every key of a trigger event; ``validate_trigger_event`` requires them all.
EVENT_FIELDS = ("status", "key", "handle", "message", "waited_s", "failure_class", "error", "field")
#: How long ``on_kill`` waits for the backend to confirm a cancellation (Airflow bounds on_kill at 30 s).
CANCEL_CONFIRM_S = 15.0
#: Cancellations under way (``QuantumJobTrigger.on_kill``): the event loop keeps only weak references to tasks.
_KILLS: set[asyncio.Future] = set()


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    flat = " | ".join(line.strip() for line in str(text).splitlines() if line.strip())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def log_tail_detail(text: str | None) -> str | None:
    """The last non-empty lines of a backend's log, newest kept when it has to be cut."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return None
    tail = " | ".join(lines[-TAIL_LINES:])
    return tail if len(tail) <= MESSAGE_LIMIT // 2 else "..." + tail[-(MESSAGE_LIMIT // 2 - 3) :]


def outcome_message(handle: Handle, state: str, detail: str | None = None) -> str:
    """One line saying how the job ended, with the backend's own words when there are any."""
    key, backend = handle.get("key"), handle.get("backend")
    text = {
        "succeeded": f"job {key} succeeded on {backend}",
        "failed": f"job {key} failed on {backend}",
        "cancelled": f"job {key} was cancelled on {backend}",
    }.get(state, f"job {key} is {state} on {backend}")
    return one_line(f"{text}: {detail}" if detail else text)


def read_record(handle: Handle) -> dict[str, Any] | None:
    """The job's record from the store named in the handle (blocking I/O: run it in a thread from async code)."""
    from quantum_provider.hooks.base import QuantumBackendHook

    return QuantumBackendHook.store_of(handle).read_record(handle["key"])


def last_failure(record: dict[str, Any] | None) -> str | None:
    """The error class name the engine recorded for the job's newest failure."""
    for entry in reversed((record or {}).get("history") or []):
        if entry.get("state") == "failed":
            return entry.get("error")
    return None


def outcome_failure(state: str, record: dict[str, Any] | None) -> dict[str, Any]:
    """The failure class of a job that reached ``state``, from what its record says (the ``failure_class``,
    ``error`` and ``field`` of an event). A failed job takes the class of the error the engine recorded (a device-time
    stop is a policy error, a spec the worker rejected a spec error), any other error is ``job_failed``; a job
    cancelled on the backend by someone else failed there too."""
    if state == "failed":
        error = last_failure(record)
        return {"failure_class": failure_class_of_error(error), "error": error, "field": None}
    if state == "cancelled":
        return {"failure_class": "job_failed", "error": None, "field": None}
    return {"failure_class": None, "error": None, "field": None}


def validate_trigger_event(event: Any) -> dict[str, Any]:
    """Check an event of ``QuantumJobTrigger`` before acting on it, as the Databricks provider's
    ``validate_trigger_event`` does; returns it.

    A malformed event (a triggerer running another version of the provider, a hand-made event) is a
    ``QuantumConfigError`` naming what is wrong: never retried, since the same event would come back.

    :param event: what ``execute_complete`` received.
    """

    def bad(reason: str) -> QuantumConfigError:
        return QuantumConfigError("trigger event", one_line(f"{reason}; got {event!r}", MESSAGE_LIMIT // 2))

    if not isinstance(event, dict):
        raise bad("expected a dict from QuantumJobTrigger")
    missing = [name for name in EVENT_FIELDS if name not in event]
    if missing:
        raise bad(f"lacks {', '.join(missing)} (is the triggerer running another version of the provider?)")
    if event["status"] not in EVENT_STATUSES:
        raise bad(f"status must be one of {EVENT_STATUSES}")
    handle = event["handle"]
    if not isinstance(handle, dict) or not is_content_key(handle.get("key")) or handle["key"] != event["key"]:
        raise bad("handle must be a dict whose key is the event's 64-hex content key")
    if not isinstance(event["message"], str):
        raise bad("message must be a string")
    kind = event["failure_class"]
    if event["status"] in ("failed", "cancelled", "error") and kind not in FAILURE_CLASS_NAMES:
        raise bad(f"failure_class must be one of {FAILURE_CLASS_NAMES} for a {event['status']} job")
    return event


class QuantumJobTrigger(BaseTrigger):
    """Poll a job's state through its backend hook and fire one event when it ends or the deadline passes.

    The event is ``{"status", "key", "handle", "message", "waited_s", "failure_class", "error", "field"}``, only
    primitives, with ``status`` one of succeeded, failed, cancelled, ``timeout`` (``end_time`` passed first) or
    ``error`` (the state could not be read). ``failure_class`` is what ``exceptions.failure_class`` says of the
    failure (``None`` for succeeded and timeout): of the exception for ``error``, of the error the engine recorded
    for failed. ``error`` is that exception's class name and ``field`` the spec field or setting it names, so the
    task re-raises the same class (``exceptions.error_for_class``) and Airflow retries it, or not, as it would have
    in process. ``waited_s`` counts the seconds this trigger instance polled; it starts again if the triggerer
    restarts, while ``end_time`` is absolute and survives restarts.

    With ``cancel_on_kill`` the job belongs to the deferred task: when a user marks the task failed or succeeded or
    clears it, Airflow calls ``on_kill``, which cancels the backend job and marks its record cancelled. A sensor
    watches someone else's job and leaves it off. A triggerer restart, a trigger timeout or an event does not call
    ``on_kill``, so the job goes on and a new trigger instance attaches to it.

    :param handle: the job's handle, as the hook's ``submit`` returned it.
    :param conn_id: the backend connection the hook is built from.
    :param poll_interval: seconds between two status checks.
    :param end_time: deadline as epoch seconds; ``None`` waits without limit.
    :param cancel_on_kill: cancel the job when a user kills the deferred task (``QuantumSubmitOperator``).
    """

    def __init__(
        self,
        *,
        handle: Handle,
        conn_id: str,
        poll_interval: float = 10.0,
        end_time: float | None = None,
        cancel_on_kill: bool = False,
    ) -> None:
        super().__init__()
        self.handle = handle
        self.conn_id = conn_id
        self.poll_interval = poll_interval
        self.end_time = end_time
        self.cancel_on_kill = cancel_on_kill
        self._fired = False

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "quantum_provider.triggers.job.QuantumJobTrigger",
            {
                "handle": self.handle,
                "conn_id": self.conn_id,
                "poll_interval": self.poll_interval,
                "end_time": self.end_time,
                "cancel_on_kill": self.cancel_on_kill,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        started = time.monotonic()
        try:
            status, message, failure = await self._wait(started)
        except Exception as err:
            # Whatever went wrong, the task must hear about it once, with the error's class, rather than the trigger
            # dying silently: a deleted connection is a spec error (fail), an unreachable backend is retried.
            status, failure = (
                "error",
                {
                    "failure_class": failure_class(err),
                    "error": type(err).__name__,
                    "field": error_field(err),
                },
            )
            # A spec or configuration error's message names its field; anything else is named by its class.
            message = one_line(str(err) if failure["field"] else f"{type(err).__name__}: {err}")
            self.log.warning("Lost track of job %s (%s): %s", self.handle.get("key"), failure["failure_class"], message)
            self.log.debug("Trigger error of job %s", self.handle.get("key"), exc_info=True)
        self._fired = True
        yield TriggerEvent(
            {
                "status": status,
                "key": self.handle.get("key"),
                "handle": self.handle,
                "message": message,
                "waited_s": round(time.monotonic() - started, 3),
                **failure,
            }
        )

    async def on_kill(self) -> None:
        """Cancel the backend job when a user kills the deferred task, and mark its record cancelled.

        Airflow 3.3 calls this for mark failed / mark success / clear of the deferred task only, within
        ``[triggerer] on_kill_timeout``; the record is marked only once the backend confirms the job stopped.
        """
        if not self.cancel_on_kill or self._fired:
            return
        # The triggerer may cancel on_kill itself (seen in the system test: the trigger's task is cancelled again
        # about a second later, and Airflow swallows that), so the cancellation and its record are finished in a
        # task of their own, which the triggerer's event loop runs to its end.
        kill = asyncio.ensure_future(self._cancel_job())
        _KILLS.add(kill)
        kill.add_done_callback(_KILLS.discard)
        await asyncio.shield(kill)

    async def _cancel_job(self) -> None:
        from quantum_provider.hooks import aget_hook

        key = self.handle.get("key")
        self.log.info("The deferred task was killed by a user: cancelling job %s on %s", key, self.conn_id)
        hook = await aget_hook(self.conn_id)
        acancel = getattr(hook, "acancel", None)  # the async verb where the hook has one; else off the event loop
        if acancel is not None:
            await acancel(self.handle)
        else:
            await asyncio.to_thread(hook.cancel, self.handle)
        state = await self._confirm_stopped(hook)
        if state != "cancelled":
            # Finished before the stop reached it, or not stopped yet: the record keeps what the engine wrote.
            self.log.warning("Job %s is %s after the cancellation; its record is left as it is", key, state)
            return
        who = trigger_context(self)
        await asyncio.to_thread(record_cancellation, hook, self.handle, who)
        self.log.info("Job %s cancelled; its record says cancelled", key)

    async def _confirm_stopped(self, hook: QuantumBackendHook) -> str | None:
        deadline = time.monotonic() + CANCEL_CONFIRM_S
        state = None
        while time.monotonic() < deadline:
            try:
                state = await hook.astatus(self.handle)
            except Exception as err:
                self.log.warning("State of job %s unavailable after cancelling: %s", self.handle.get("key"), err)
                return None
            if state not in ACTIVE_STATES:
                return state
            await asyncio.sleep(min(0.5, self.poll_interval))
        return state

    async def _wait(self, started: float) -> tuple[str, str, dict[str, Any]]:
        from quantum_provider.hooks import aget_hook

        hook = await aget_hook(self.conn_id)
        key = self.handle["key"]
        last_state = None
        while True:
            state = await hook.astatus(self.handle)
            if state in TERMINAL_STATES:
                return (state, *await self._outcome(hook, state))
            waited = time.monotonic() - started
            if self.end_time is not None and time.time() >= self.end_time:
                message = one_line(
                    f"job {key} was still {state} on {self.handle.get('backend')} when the deadline passed "
                    f"({waited:.0f}s waited by this trigger)"
                )
                return "timeout", message, outcome_failure("timeout", None)
            if state == "queued":
                await self._log_queued(hook, waited)
            elif state != last_state:
                self.log.info("Job %s is %s (waited %.0fs)", key, state, waited)
            last_state = state
            await asyncio.sleep(self._next_delay())

    def _next_delay(self) -> float:
        # Wake up at the deadline rather than up to one poll interval after it.
        if self.end_time is None:
            return self.poll_interval
        return max(0.0, min(self.poll_interval, self.end_time - time.time()))

    async def _log_queued(self, hook: QuantumBackendHook, waited: float) -> None:
        position = None
        try:
            position = await hook.aqueue_position(self.handle)
        except Exception as err:
            # The position is only information for the log; the wait goes on without it.
            self.log.warning("Queue position of job %s unavailable: %s", self.handle["key"], one_line(err))
        if position is None:
            self.log.info("Job %s is queued (waited %.0fs)", self.handle["key"], waited)
        else:
            self.log.info("Job %s is queued at position %s (waited %.0fs)", self.handle["key"], position, waited)

    async def _outcome(self, hook: QuantumBackendHook, state: str) -> tuple[str, dict[str, Any]]:
        record = None
        if state != "succeeded":
            try:
                record = await asyncio.to_thread(read_record, self.handle)
            except Exception as err:
                # Without the record the class falls back to job_failed: the backend still said the job failed.
                self.log.warning("Record of job %s unavailable: %s", self.handle["key"], one_line(err))
        detail = None
        if state == "failed":
            try:
                detail = log_tail_detail(await hook.alog_tail(self.handle))
            except Exception as err:
                self.log.warning("Log of job %s unavailable: %s", self.handle["key"], one_line(err))
        if detail is None and state != "succeeded":
            detail = record_detail(record, state)
        return outcome_message(self.handle, state, detail), outcome_failure(state, record)


def trigger_context(trigger: BaseTrigger) -> dict[str, Any]:
    """The identifiers of the task instance a trigger runs for, as ``task_context`` gives them on a worker."""
    ti = trigger.task_instance
    fields = ("dag_id", "run_id", "task_id", "map_index", "try_number")
    return {**{name: getattr(ti, name, None) for name in fields}, "user": None}


def record_cancellation(hook: QuantumBackendHook, handle: Handle, who: dict[str, Any]) -> None:
    """Mark the job cancelled in its record and audit it, as the operator's ``on_kill`` does (blocking I/O)."""
    from quantum_provider.governance.admission import Governance

    Governance(hook.store_of(handle), who).cancelled(
        hook, handle["key"], None, reason="the deferred task was killed by a user (mark failed, mark success or clear)"
    )
