"""Budgets and queues: today's shots and device-seconds per connection against its limits, and the jobs waiting.

Usage comes from the budget ledger (``governance/budget_ledger.py``): the newest entry of today's journal carries
the running totals per connection and DAG. Limits come from the connection's extras through the hook's ``policy``
(``BaseHook.get_connection`` underneath). A connection without budgets is never charged in the ledger, so it shows
only when one of its jobs is waiting.

Waiting jobs are found from the ask index of the user's DAGs, newest first and bounded (``MAX_ASKS_SCANNED``): a
job asked for earlier than that is not shown. Queue positions are asked of the backend for the first
``MAX_POSITIONS`` jobs not yet running (``submitted`` or ``queued``: the record says ``submitted`` until the engine
starts on the backend, whatever queue it waits in there), all at once and within ``POSITION_TIMEOUT_S``; the rest,
and jobs the backend does not hold in a queue, show "-".
"""

from __future__ import annotations

import heapq
from concurrent.futures import ThreadPoolExecutor, wait
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from quantum_provider.plugins.jobs import job_rows
from quantum_provider.storage import ACTIVE_STATES

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore

MAX_ASKS_SCANNED = 2000
MAX_POSITIONS = 50
_NOT_STARTED = ("submitted", "queued")
POSITION_TIMEOUT_S = 3.0


class DagUsage(BaseModel):
    dag_id: str
    shots: int = 0
    device_seconds: float = 0.0
    shots_limit: int | None = None
    device_seconds_limit: float | None = None


class ConnectionBudget(BaseModel):
    conn_id: str
    #: Today's usage of the connection by every DAG: the connection's daily limits count them all.
    shots: int = 0
    device_seconds: float = 0.0
    shots_limit: int | None = None
    device_seconds_limit: float | None = None
    max_shots_per_job: int | None = None
    dags: list[DagUsage] = []
    #: Why the connection's limits could not be read (undefined connection, malformed extra).
    error: str | None = None


class WaitingJob(BaseModel):
    key: str
    name: str | None = None
    dag_id: str | None = None
    run_id: str | None = None
    task_id: str | None = None
    conn_id: str | None = None
    backend: str | None = None
    state: str
    queued_at: str | None = None
    time_queued_s: float | None = None
    queue_position: int | None = None


class BudgetsPage(BaseModel):
    day: str
    connections: list[ConnectionBudget]
    waiting: list[WaitingJob]
    asks_scanned: int
    #: Whether the scan stopped at ``MAX_ASKS_SCANNED``: older waiting jobs are not shown.
    truncated: bool


def budgets(store: ResultStore, readable_dags: set[str], *, day: str | None = None) -> BudgetsPage:
    from quantum_provider.governance.budget_ledger import BudgetLedger

    ledger = BudgetLedger(store, day)
    newest = ledger.journal.newest()
    totals = ((newest or {}).get("body") or {}).get("totals") or {}
    waiting, handles, scanned, truncated = _waiting(store, readable_dags)
    used = {conn_id for conn_id, conn in totals.items() if set(conn.get("dags") or {}) & readable_dags}
    conn_ids = sorted(used | {job.conn_id for job in waiting if job.conn_id})
    connections = [_connection(ledger, conn_id, totals.get(conn_id) or {}, readable_dags) for conn_id in conn_ids]
    _queue_positions(waiting, handles)
    return BudgetsPage(day=ledger.day, connections=connections, waiting=waiting, asks_scanned=scanned,
                       truncated=truncated)  # fmt: skip


def _connection(ledger: Any, conn_id: str, total: dict[str, Any], readable_dags: set[str]) -> ConnectionBudget:
    from quantum_provider.exceptions import QuantumError
    from quantum_provider.hooks import get_hook

    budget = ConnectionBudget(conn_id=conn_id, shots=total.get("shots", 0), device_seconds=total.get("seconds", 0.0))
    dags = readable_dags & set(total.get("dags") or {})
    policy = None
    try:
        policy = get_hook(conn_id).policy
    except QuantumError as err:
        budget.error = str(err)
    if policy is not None:
        budget.shots_limit, budget.device_seconds_limit = policy.shots_per_day, policy.seconds_per_day
        budget.max_shots_per_job = policy.max_shots_per_job
    for dag_id in sorted(dags):
        usage = ledger.usage(conn_id, dag_id)
        budget.dags.append(
            DagUsage(
                dag_id=dag_id,
                shots=usage.dag_shots,
                device_seconds=usage.dag_seconds,
                shots_limit=policy.shots_per_dag_day if policy else None,
                device_seconds_limit=policy.seconds_per_dag_day if policy else None,
            )
        )
    return budget


def _waiting(store: ResultStore, readable_dags: set[str]) -> tuple[list[WaitingJob], dict[str, Any], int, bool]:
    """The waiting asks of the user's DAGs (newest first), each job's handle, how many asks were read, and
    whether the scan stopped at its bound."""
    scans = [store.asks.scan(store.asks.partition(dag), page=200) for dag in sorted(readable_dags)]
    asks = heapq.merge(*scans, key=lambda ask: ask.name)
    seen: set[str] = set()
    waiting: list[WaitingJob] = []
    handles: dict[str, Any] = {}
    now = datetime.now(UTC)
    scanned = 0
    for ask in asks:
        if scanned >= MAX_ASKS_SCANNED:
            return waiting, handles, scanned, True
        scanned += 1
        if ask.key in seen:
            continue
        seen.add(ask.key)
        record = store.read_record(ask.key) or {}
        if record.get("state") not in ACTIVE_STATES:
            continue
        handles[ask.key] = record.get("handle")
        for row in job_rows(store, ask.key, readable_dags=readable_dags):
            if row.status not in ACTIVE_STATES:
                continue
            since = _waiting_since(record)
            waiting.append(
                WaitingJob(
                    key=row.key, name=row.name, dag_id=row.dag_id, run_id=row.run_id, task_id=row.task_id,
                    conn_id=row.conn_id, backend=row.backend, state=row.status, queued_at=since,
                    time_queued_s=round((now - datetime.fromisoformat(since)).total_seconds(), 1) if since else None,
                )
            )  # fmt: skip
    return waiting, handles, scanned, False


def _waiting_since(record: dict[str, Any]) -> str | None:
    """When the job's current wait began: its latest submission (a resubmission starts a new wait)."""
    times = [e["at"] for e in record.get("history") or [] if e.get("state") in ("submitted", "queued") and e.get("at")]
    return times[-1] if times else None


def _queue_positions(waiting: list[WaitingJob], handles: dict[str, Any]) -> None:
    """Ask the backends where the first queued jobs stand, in parallel and within the timeout; "-" otherwise."""
    from quantum_provider.hooks import get_hook

    asked = [job for job in waiting if job.state in _NOT_STARTED and isinstance(handles.get(job.key), dict)]
    asked = asked[:MAX_POSITIONS]
    if not asked:
        return
    hooks: dict[str, Any] = {}

    def position(job: WaitingJob) -> int | None:
        handle = handles[job.key]
        conn_id = handle.get("conn_id")
        if conn_id not in hooks:
            hooks[conn_id] = get_hook(conn_id)
        hook = hooks[conn_id]
        return None if hook.runs_in_process else hook.queue_position(handle)

    pool = ThreadPoolExecutor(max_workers=8)
    futures = {pool.submit(position, job): job for job in asked}
    done, _ = wait(futures, timeout=POSITION_TIMEOUT_S)
    # A backend that does not answer in time must not hold the page: its calls are abandoned, not awaited.
    pool.shutdown(wait=False, cancel_futures=True)
    for future in done:
        if future.exception() is None:
            futures[future].queue_position = future.result()
