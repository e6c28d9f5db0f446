"""Governance per connection: which devices, how many shots per job, sensitive data, and daily budgets.

The policy lives in the connection's extras (the connection form shows every field, see ``get_provider_info``).
Budgets are enforced *before* submission against a usage ledger in the result store: a journal per UTC day
(``ledger/<YYYY-MM-DD>/``, see ``storage/journal.py``) of reservations and settlements that every worker sees. A
reservation is decided on the complete ledger and appended exclusively, so concurrent submissions cannot
overspend: of two racing for the last shots, one is refused.

Units:
- **shots of a job**: ``execution.shots`` x ``optimizer.maxiter`` reserved (the most the loop can run), settled to
  shots x iterations run when the job finishes; analytic jobs use none.
- **device-seconds**: the simulator's wall time of a job. A job reserves ``max_device_seconds_per_job`` (the
  engine stops it there, a policy error) and settles to its measured ``runtime_s``.
A job that fails or is killed keeps its reservation charged (it may have spent it); its retry reuses the open
reservation instead of taking a second one.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import QuantumPolicyError, QuantumSpecError
from quantum_provider.storage.index import path_segment

if TYPE_CHECKING:
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

#: A device-seconds budget without ``max_device_seconds_per_job`` reserves this much per job.
DEFAULT_DEVICE_SECONDS_PER_JOB = 600.0

#: extra name -> (Policy attribute, kind); the connection form's fields (get_provider_info) use the same names.
POLICY_EXTRAS: dict[str, tuple[str, str]] = {
    "allowed_devices": ("allowed_devices", "devices"),
    "max_shots_per_job": ("max_shots_per_job", "int"),
    "shot_budget_per_dag_per_day": ("shots_per_dag_day", "int"),
    "shot_budget_per_day": ("shots_per_day", "int"),
    "device_seconds_per_dag_per_day": ("seconds_per_dag_day", "float"),
    "device_seconds_per_day": ("seconds_per_day", "float"),
    "max_device_seconds_per_job": ("max_seconds_per_job", "float"),
    "allow_sensitive": ("allow_sensitive", "bool"),
}


@dataclass(frozen=True)
class Cost:
    """What a job may spend: shots and device-seconds."""

    shots: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class Policy:
    """The governance rules of one connection; ``None`` means "no limit"."""

    conn_id: str
    allowed_devices: tuple[str, ...] | None = None
    max_shots_per_job: int | None = None
    shots_per_dag_day: int | None = None
    shots_per_day: int | None = None
    seconds_per_dag_day: float | None = None
    seconds_per_day: float | None = None
    max_seconds_per_job: float | None = None
    allow_sensitive: bool = False

    @classmethod
    def from_extras(cls, conn_id: str, extras: dict[str, Any], *, allow_sensitive: bool) -> Policy:
        """Read the policy from connection extras; a malformed value is a spec error naming the extra."""
        values: dict[str, Any] = {"allow_sensitive": allow_sensitive}
        for name, (attribute, kind) in POLICY_EXTRAS.items():
            raw = extras.get(name)
            if raw is None or raw == "":
                continue
            values[attribute] = _parse(raw, kind, f"{conn_id}.extra.{name}")
        return cls(conn_id=conn_id, **values)

    @property
    def budgets_seconds(self) -> bool:
        return self.seconds_per_day is not None or self.seconds_per_dag_day is not None

    @property
    def has_budgets(self) -> bool:
        return self.shots_per_day is not None or self.shots_per_dag_day is not None or self.budgets_seconds

    @property
    def seconds_per_job(self) -> float | None:
        """The device-time cap of one job: set, or implied by a device-seconds budget."""
        if self.max_seconds_per_job is not None:
            return self.max_seconds_per_job
        return DEFAULT_DEVICE_SECONDS_PER_JOB if self.budgets_seconds else None

    def cost(self, spec: JobSpec) -> Cost:
        shots = (spec.execution.shots or 0) * spec.optimizer.maxiter
        return Cost(shots=shots, seconds=self.seconds_per_job or 0.0)

    def check(self, spec: JobSpec) -> None:
        """The rules one job must meet whatever else runs: device, shots per job, sensitive data."""
        device = spec.execution.device
        if self.allowed_devices is not None and device not in self.allowed_devices:
            raise QuantumPolicyError(
                f"device {device!r} is not allowed on connection {self.conn_id!r} "
                f"(allowed_devices: {', '.join(self.allowed_devices) or 'none'})"
            )
        shots = self.cost(spec).shots
        if self.max_shots_per_job is not None and shots > self.max_shots_per_job:
            raise QuantumPolicyError(
                f"job needs {shots:,} shots (execution.shots {spec.execution.shots:,} x optimizer.maxiter "
                f"{spec.optimizer.maxiter}); connection {self.conn_id!r} allows {self.max_shots_per_job:,} per job "
                "(max_shots_per_job)"
            )
        if spec.sensitive and not self.allow_sensitive:
            raise QuantumPolicyError(
                f"job is marked sensitive and connection {self.conn_id!r} is not allowed sensitive data "
                "(allow_sensitive is false)"
            )


def _parse(raw: Any, kind: str, field: str) -> Any:
    if kind == "devices":
        items = raw.split(",") if isinstance(raw, str) else raw
        if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
            raise QuantumSpecError(field, f"must be a list of device names or a comma-separated string, got {raw!r}")
        return tuple(item.strip() for item in items if item.strip())
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        if str(raw).strip().lower() in ("true", "1", "yes", "on"):
            return True
        if str(raw).strip().lower() in ("false", "0", "no", "off"):
            return False
        raise QuantumSpecError(field, f"must be true or false, got {raw!r}")
    try:
        number = float(raw)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or number < 0 or (kind == "int" and number != int(number)):
        raise QuantumSpecError(field, f"must be a non-negative {'integer' if kind == 'int' else 'number'}, got {raw!r}")
    return int(number) if kind == "int" else number


# -- the usage ledger -------------------------------------------------------------------------------------------


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
