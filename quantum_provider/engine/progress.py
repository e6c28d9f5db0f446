"""Progress an operator can read: one line at a steady rate, whatever the engine path.

The loops report every iteration (the compiled path: every segment); :class:`ProgressReporter` turns that into a
line at most every ``interval_s`` seconds, plus the first iteration of the attempt and a final line, with the
iteration, the energy, the gap to the exact energy when the problem knows it (it is computed when the problem is
built, before the loop), the elapsed time and an estimate of the time left.

The final line carries the energy the result reports: the energy at the optimized parameters, evaluated after the
last update. Every iteration line carries the energy of that iteration's step, evaluated *before* its update (what
``step_and_cost`` returns and the trace holds), so no iteration line can carry the result's energy.

Only the standard library: the batch fork server and remote workers import it cheaply.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

#: A progress line at most this often (seconds), besides the attempt's first iteration and its final line.
PROGRESS_EVERY_S = 10.0
#: The compiled loop cuts its segments to about this share of the interval, so a segment ending late delays a due
#: line by a fraction of the interval (the longest silence stays near ``interval_s * (1 + SEGMENT_SHARE)``); a
#: segment of a few seconds costs one Python round trip (under a millisecond), nothing measurable.
SEGMENT_SHARE = 0.25


@runtime_checkable
class InfoLogger(Protocol):
    """Anything that logs like ``logging.Logger.info(msg, *args)``: a stdlib logger or an Airflow task's ``log``."""

    def info(self, msg: str, *args: Any) -> Any: ...


#: What ``run_job(progress=...)`` takes: a logger (it gets the formatted lines) or ``callback(iteration, energy)``,
#: called at the same steady rate, last with the final energy.
ProgressTarget = InfoLogger | Callable[[int, float], None]


def duration(seconds: float) -> str:
    """``42.0 s``, ``4m05s``, ``2h03m``: short enough for a log line, exact enough to plan by."""
    if not math.isfinite(seconds):
        return "unknown"
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes}m{secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


class ProgressReporter:
    """Rate-limited progress of one attempt of one job.

    :param target: a logger, or ``callback(iteration, energy)``; ``None`` reports nothing.
    :param maxiter: the spec's iteration limit (the loop may stop earlier on ``tol``).
    :param exact_energy: the problem's exact ground energy (or brute-force optimum), ``None`` when unknown.
    :param interval_s: seconds between lines (default ``PROGRESS_EVERY_S``).
    :param start_iteration: where this attempt starts (a resume's checkpoint iteration, else 0); elapsed time and
        the time left count only this attempt's iterations.
    :param clock: monotonic seconds; injected by tests.
    """

    def __init__(
        self,
        target: ProgressTarget | None,
        *,
        maxiter: int,
        exact_energy: float | None = None,
        start_iteration: int = 0,
        interval_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.target = target
        self.maxiter = maxiter
        self.exact_energy = exact_energy
        self.start_iteration = start_iteration
        self.interval_s = PROGRESS_EVERY_S if interval_s is None else interval_s  # read now: tests may lower it
        self.clock = clock
        self.started = clock()
        self.last_line: float | None = None
        self.lines = 0

    @property
    def segment_s(self) -> float:
        """How long (seconds) a compiled segment should last so that lines stay steady."""
        return self.interval_s * SEGMENT_SHARE

    def update(self, iteration: int, energy: float) -> None:
        """The loop finished ``iteration`` with ``energy``: report it if it is the attempt's first or a line is due."""
        if self.target is None:
            return
        now = self.clock()
        if self.last_line is not None and now - self.last_line < self.interval_s:
            return
        self._emit(now, iteration, energy, final=None)

    __call__ = update  # a LoopHooks.progress callable

    def finish(self, iteration: int, energy: float, stop_reason: str | None = None) -> None:
        """The final line, always: ``energy`` is the result's energy (at the optimized parameters)."""
        if self.target is None:
            return
        self._emit(self.clock(), iteration, energy, final=stop_reason or "done")

    def _emit(self, now: float, iteration: int, energy: float, *, final: str | None) -> None:
        self.last_line = now
        self.lines += 1
        target = self.target
        if not isinstance(target, InfoLogger):
            target(iteration, energy)  # type: ignore[operator]  # a callback: the numbers, not the line
            return
        elapsed = now - self.started
        done = iteration - self.start_iteration
        parts = ["iteration %d/%d energy %.10f"]
        args: list[Any] = [iteration, self.maxiter, energy]
        if self.exact_energy is not None:
            parts.append("gap %.3e")
            args.append(abs(energy - self.exact_energy))
        parts.append("elapsed %s")
        args.append(duration(elapsed))
        if final is None:
            # The mean time per iteration of this attempt so far; the loop may stop earlier (tol), never later.
            eta = elapsed / done * (self.maxiter - iteration) if done > 0 else math.inf
            parts.append("eta %s")
            args.append(duration(eta))
        else:
            parts.append("finished (%s; final energy, at the optimized parameters)")
            args.append(final)
        target.info(" ".join(parts), *args)
