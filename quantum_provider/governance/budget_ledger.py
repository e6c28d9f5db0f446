"""The daily budget ledger: reservations and settlements of shots and device-seconds, in the result store.

Budgets (``connection_policy.Policy``) are enforced *before* submission against this ledger: a journal per UTC day
(``ledger/<YYYY-MM-DD>/``, see ``storage/journal.py``) of reservations and settlements that every worker sees. A
reservation is decided on the complete ledger and appended exclusively, so concurrent submissions cannot
overspend: of two racing for the last shots, one is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import QuantumPolicyError
from quantum_provider.storage.index import path_segment

if TYPE_CHECKING:
    from quantum_provider.governance.connection_policy import Cost, Policy
    from quantum_provider.storage import ResultStore


def today() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d")


@dataclass
class Usage:
    """Shots and device-seconds charged today, for one connection and for one DAG on it."""

    shots: int = 0
    seconds: float = 0.0
    dag_shots: int = 0
    dag_seconds: float = 0.0


class BudgetLedger:
    """Reservations and settlements of one UTC day, in the result store.

    The day's journal (``ledger/<day>/``) is the order of every decision; each entry carries the day's running
    totals per connection and DAG, so a decision reads the newest entry only, whatever the day's length. Which keys
    hold an open reservation is kept beside it, one small object per (connection, DAG, key) under
    ``ledger/<day>/open/``, so a retry finds its own reservation in one read. Every step that can be interrupted
    errs towards charging: a reservation is appended before its marker is written (a crash in between charges a
    retry twice), and a settlement closes the marker by compare-and-swap before it appends the refund (a crash in
    between keeps the reservation charged); neither lets a budget be overspent.

    :param store: the result store every worker of the deployment shares.
    :param day: ``YYYY-MM-DD`` (UTC); default today.
    """

    def __init__(self, store: ResultStore, day: str | None = None) -> None:
        self.day = day or today()
        self.store = store
        self.journal = store.journal("ledger", self.day)

    def _marker(self, conn_id: str, dag_id: str, key: str) -> str:
        return f"{self.journal.root}/open/{path_segment(conn_id)}/{path_segment(dag_id)}/{path_segment(key)}.json"

    def _open(self, conn_id: str, dag_id: str, key: str) -> tuple[dict[str, Any] | None, str | None]:
        """The reservation marker of ``key`` (``None`` when it has none) and its version."""
        try:
            data, version = self.store.objects.read_versioned(self._marker(conn_id, dag_id, key))
        except FileNotFoundError:
            return None, None
        return json.loads(data), version

    @staticmethod
    def _totals(entry: dict[str, Any] | None) -> dict[str, Any]:
        return json.loads(json.dumps(((entry or {}).get("body") or {}).get("totals") or {}))

    def usage(self, conn_id: str, dag_id: str) -> Usage:
        """What connection ``conn_id``, and DAG ``dag_id`` on it, have charged today (the newest entry's totals)."""
        conn = self._totals(self.journal.newest()).get(conn_id) or {}
        dag = (conn.get("dags") or {}).get(dag_id) or {}
        return Usage(
            shots=conn.get("shots", 0),
            seconds=conn.get("seconds", 0.0),
            dag_shots=dag.get("shots", 0),
            dag_seconds=dag.get("seconds", 0.0),
        )

    def reserve(
        self, policy: Policy, *, dag_id: str, costs: dict[str, Cost], who: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Reserve ``costs`` (content key -> cost) for ``dag_id`` on the policy's connection, all or nothing.

        Keys with an open reservation of this DAG on this connection (a retry) are not charged again. Raises
        ``QuantumPolicyError`` naming the budget, today's usage and the limit when the reservation does not fit.
        Returns the ledger entry, or ``None`` when nothing needed reserving.
        """
        if not policy.has_budgets or not costs:
            return None
        conn_id = policy.conn_id
        new = {key: cost for key, cost in costs.items() if not (self._open(conn_id, dag_id, key)[0] or {}).get("open")}
        if not new:
            return None
        shots = sum(cost.shots for cost in new.values())
        seconds = sum(cost.seconds for cost in new.values())

        def decide(newest: dict[str, Any] | None) -> dict[str, Any]:
            totals = self._totals(newest)
            conn = totals.setdefault(conn_id, {"shots": 0, "seconds": 0.0, "dags": {}})
            dag = conn["dags"].setdefault(dag_id, {"shots": 0, "seconds": 0.0})
            limits = (
                ("shot budget per DAG per day", "shot_budget_per_dag_per_day", dag["shots"], shots,
                 policy.shots_per_dag_day, "shots"),
                ("shot budget per day", "shot_budget_per_day", conn["shots"], shots, policy.shots_per_day, "shots"),
                ("device-seconds budget per DAG per day", "device_seconds_per_dag_per_day", dag["seconds"],
                 seconds, policy.seconds_per_dag_day, "device-seconds"),
                ("device-seconds budget per day", "device_seconds_per_day", conn["seconds"], seconds,
                 policy.seconds_per_day, "device-seconds"),
            )  # fmt: skip
            for title, extra, used, needed, limit, unit in limits:
                if limit is not None and used + needed > limit:
                    whose = f"DAG {dag_id!r} on connection {conn_id!r}" if "DAG" in title else f"connection {conn_id!r}"
                    raise QuantumPolicyError(
                        f"{title} exhausted for {whose} ({extra}): used {_fmt(used)} of {_fmt(limit)} {unit} today "
                        f"({self.day} UTC), this submission needs {_fmt(needed)}"
                    )
            _charge(conn, dag, shots, seconds)
            jobs = [{"key": key, "shots": cost.shots, "seconds": cost.seconds} for key, cost in new.items()]
            return {"op": "reserve", "conn_id": conn_id, "dag_id": dag_id, "jobs": jobs, "who": who, "totals": totals}

        entry = self.journal.append(decide)
        for job in entry["body"]["jobs"]:
            marker = {"open": True, "seq": entry["seq"], "shots": job["shots"], "seconds": job["seconds"]}
            self.store.objects.write(self._marker(conn_id, dag_id, job["key"]), json.dumps(marker).encode())
        return entry

    def settle(self, policy: Policy, *, dag_id: str, key: str, shots: int, seconds: float) -> dict[str, Any] | None:
        """Replace the open reservation of ``key`` with what the job spent (no-op without one)."""
        if not policy.has_budgets:
            return None
        conn_id = policy.conn_id
        path = self._marker(conn_id, dag_id, key)
        while True:
            marker, version = self._open(conn_id, dag_id, key)
            if marker is None or not marker.get("open"):
                return None
            closed = {**marker, "open": False, "settled": {"shots": shots, "seconds": round(seconds, 6)}}
            if self.store.objects.replace(path, json.dumps(closed).encode(), version):
                break
        refund_shots, refund_seconds = shots - marker["shots"], seconds - marker["seconds"]

        def decide(newest: dict[str, Any] | None) -> dict[str, Any]:
            totals = self._totals(newest)
            conn = totals.setdefault(conn_id, {"shots": 0, "seconds": 0.0, "dags": {}})
            _charge(conn, conn["dags"].setdefault(dag_id, {"shots": 0, "seconds": 0.0}), refund_shots, refund_seconds)
            return {"op": "settle", "conn_id": conn_id, "dag_id": dag_id, "key": key, "shots": shots,
                    "seconds": round(seconds, 6), "reservation": marker["seq"], "totals": totals}  # fmt: skip

        return self.journal.append(decide)


def _charge(conn: dict[str, Any], dag: dict[str, Any], shots: int, seconds: float) -> None:
    for scope in (conn, dag):
        scope["shots"] += shots
        scope["seconds"] = round(scope["seconds"] + seconds, 6)


class _NothingToReserve(Exception):
    """Internal: the decision appends nothing."""


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
