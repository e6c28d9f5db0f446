"""A connection's policy: which devices, how many shots per job, sensitive data, and daily budgets.

The policy lives in the connection's extras (the connection form shows every field, see ``get_provider_info``).
Budgets are enforced before submission by ``budget_ledger.BudgetLedger``.

Units:
- **shots of a job**: ``execution.shots`` x ``optimizer.maxiter`` reserved (the most the loop can run), settled to
  shots x iterations run when the job finishes; analytic jobs use none.
- **device-seconds**: the simulator's wall time of a job. A job reserves ``max_device_seconds_per_job`` (the
  engine stops it there, a policy error) and settles to its measured ``runtime_s``.
A job that fails or is killed keeps its reservation charged (it may have spent it); its retry reuses the open
reservation instead of taking a second one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import QuantumPolicyError, QuantumSpecError

if TYPE_CHECKING:
    from quantum_provider.spec import JobSpec

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
