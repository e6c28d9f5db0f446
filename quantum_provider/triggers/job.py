"""QuantumJobTrigger: wait in Airflow's triggerer until a submitted job reaches a terminal state."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from airflow.triggers.base import BaseTrigger, TriggerEvent

from quantum_provider.storage import TERMINAL_STATES, record_detail

if TYPE_CHECKING:
    from quantum_provider.hooks.base import Handle, QuantumBackendHook

#: Events and exception messages stay one line of at most this many characters: they end up in the UI and logs.
MESSAGE_LIMIT = 1000
#: How many of a failed job's last log lines make up its message: the exception is usually the last one.
TAIL_LINES = 3


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


class QuantumJobTrigger(BaseTrigger):
    """Poll a job's state through its backend hook and fire one event when it ends or the deadline passes.

    The event is ``{"status", "key", "handle", "message", "waited_s"}`` with ``status`` one of succeeded,
    failed, cancelled, ``timeout`` (``end_time`` passed first) or ``error`` (the state could not be read).
    ``waited_s`` counts the seconds this trigger instance polled; it starts again if the triggerer restarts,
    while ``end_time`` is absolute and survives restarts.

    The trigger only watches: the job belongs to whoever submitted it, so a killed sensor does not cancel it.

    :param handle: the job's handle, as the hook's ``submit`` returned it.
    :param conn_id: the backend connection the hook is built from.
    :param poll_interval: seconds between two status checks.
    :param end_time: deadline as epoch seconds; ``None`` waits without limit.
    """

    def __init__(
        self,
        *,
        handle: Handle,
        conn_id: str,
        poll_interval: float = 10.0,
        end_time: float | None = None,
    ) -> None:
        super().__init__()
        self.handle = handle
        self.conn_id = conn_id
        self.poll_interval = poll_interval
        self.end_time = end_time

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return (
            "quantum_provider.triggers.job.QuantumJobTrigger",
            {
                "handle": self.handle,
                "conn_id": self.conn_id,
                "poll_interval": self.poll_interval,
                "end_time": self.end_time,
            },
        )

    async def run(self) -> AsyncIterator[TriggerEvent]:
        started = time.monotonic()
        try:
            status, message = await self._wait(started)
        except Exception as err:
            # Whatever went wrong, the task must hear about it once, rather than the trigger dying silently.
            status, message = "error", one_line(f"{type(err).__name__}: {err}")
        yield TriggerEvent(
            {
                "status": status,
                "key": self.handle.get("key"),
                "handle": self.handle,
                "message": message,
                "waited_s": round(time.monotonic() - started, 3),
            }
        )

    async def _wait(self, started: float) -> tuple[str, str]:
        from quantum_provider.hooks import aget_hook

        hook = await aget_hook(self.conn_id)
        key = self.handle["key"]
        last_state = None
        while True:
            state = await hook.astatus(self.handle)
            if state in TERMINAL_STATES:
                return state, await self._outcome(hook, state)
            waited = time.monotonic() - started
            if self.end_time is not None and time.time() >= self.end_time:
                return "timeout", one_line(
                    f"job {key} was still {state} on {self.handle.get('backend')} when the deadline passed "
                    f"({waited:.0f}s waited by this trigger)"
                )
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

    async def _outcome(self, hook: QuantumBackendHook, state: str) -> str:
        detail = None
        if state == "failed":
            try:
                detail = log_tail_detail(await hook.alog_tail(self.handle))
            except Exception as err:
                self.log.warning("Log of job %s unavailable: %s", self.handle["key"], one_line(err))
        if detail is None and state != "succeeded":
            try:
                detail = record_detail(await asyncio.to_thread(read_record, self.handle), state)
            except Exception as err:
                self.log.warning("Record of job %s unavailable: %s", self.handle["key"], one_line(err))
        return outcome_message(self.handle, state, detail)
