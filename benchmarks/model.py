"""What peers return and what workloads report: plain dataclasses, JSON-ready through ``asdict``."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass
class InstanceRun:
    """One problem solved by one peer."""

    name: str
    #: Final <H>; ``None`` when the peer did not run every step (a measured subset, extrapolated).
    energy: float | None
    #: trace[k] is the energy after k optimizer steps (k = 0 is the starting point).
    trace: list[float]
    iterations: int
    seconds: float
    #: Seconds spent inside circuit executions (value-and-gradient, final energy, probabilities); expert only.
    sim_seconds: float | None = None
    #: The final distribution over bitstrings (MaxCut), in ``qml.probs`` order.
    probs: list[float] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class PeerRun:
    """One peer's pass over a workload: its wall time and its answers."""

    peer: str
    wall_s: float
    instances: list[InstanceRun]
    #: True when ``wall_s`` is partly extrapolated from a measured subset of steps (said in ``notes``).
    extrapolated: bool = False
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def by_name(self) -> dict[str, InstanceRun]:
        return {run.name: run for run in self.instances}


@dataclass
class Check:
    """An agreement check: the peers solved the same problem and agree on the answer."""

    workload: str
    name: str
    passed: bool
    detail: str


@dataclass
class Ratio:
    """A measured ratio, with the target it is judged against (``met`` is None when there is no target)."""

    name: str
    value: float | None
    definition: str
    #: ``"<= 0.35"`` or ``">= 20"``; None when the ratio is reported without a target.
    target: str | None = None
    met: bool | None = None

    def judged(self) -> Ratio:
        """Set ``met`` from ``target``; a ratio that could not be measured has not met its target."""
        if self.target is not None:
            operator, bound = self.target.split()
            if self.value is None:
                self.met = False
            else:
                self.met = self.value <= float(bound) if operator == "<=" else self.value >= float(bound)
        return self


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]]


@dataclass
class WorkloadResult:
    key: str
    title: str
    tables: list[Table] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def check(self, name: str, passed: bool, detail: str) -> None:
        self.checks.append(Check(self.key, name, bool(passed), detail))


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as elapsed: ...`` then ``elapsed[0]`` holds the wall seconds."""
    elapsed = [0.0]
    started = time.perf_counter()
    try:
        yield elapsed
    finally:
        elapsed[0] = time.perf_counter() - started


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator
