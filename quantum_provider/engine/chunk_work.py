"""The work of one chunk, shared by the task process and the pool's feeder thread (engine/batch.py): its items,
their outcomes, and the chunk's progress lines.

The task process computes jobs itself while the pool's workers start (the head start), so the groups of the chunk
wait here for whoever comes first: the pool takes the largest from the front, the task process the smallest from
the back, one job at a time, until the pool is up. Outcomes are kept per job, in the order the chunk gave them.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quantum_provider.engine.progress import PROGRESS_EVERY_S, InfoLogger, duration


@dataclass(frozen=True)
class BatchItem:
    """One job of a chunk: its key, its resolved spec (JSON) and the handle its record keeps."""

    key: str
    spec: dict[str, Any]
    handle: dict[str, Any]
    #: Qubits the job needs when the spec tells without building the problem (0: unknown); orders the work.
    qubits: int = 0


@dataclass(frozen=True)
class BatchOutcome:
    key: str
    #: The exception class a failed job raised (``QuantumSpecError`` for a spec error); ``None`` on success.
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class ChunkProgress:
    """A chunk's progress between job completions: jobs done, failures, elapsed and an estimate of the time left.

    Each finished job is already a line (``on_done``); this fills the silences: a line once nothing finished for
    ``interval_s`` seconds, and again every ``interval_s`` while it stays so.
    """

    def __init__(
        self,
        total: int,
        target: InfoLogger,
        *,
        interval_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.target = target
        self.interval_s = PROGRESS_EVERY_S if interval_s is None else interval_s
        self.clock = clock
        self.started = self.last = clock()
        self.done = 0
        self.failed = 0

    def finished(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        self.last = self.clock()

    def wait_s(self) -> float:
        """How long to wait for a completion before a chunk line is due."""
        return max(0.0, self.last + self.interval_s - self.clock())

    def tick(self) -> None:
        now = self.clock()
        if now - self.last < self.interval_s:
            return
        self.last = now
        elapsed = now - self.started
        # Largest jobs run first, so the mean time per job so far overestimates the rest: an upper estimate.
        eta = duration(elapsed / self.done * (self.total - self.done)) if self.done else "unknown"
        self.target.info(
            "chunk: %d/%d jobs done (%d failed), %d to go, elapsed %s, eta %s",
            self.done,
            self.total,
            self.failed,
            self.total - self.done,
            duration(elapsed),
            eta,
        )


class ChunkWork:
    """The groups still to run, the outcomes so far, and the pool's state, behind one lock.

    :param groups: the chunk's groups, largest jobs first (``batch.groups(batch.schedule(items), workers)``).
    :param progress: counts finished jobs and logs the silences between them.
    :param on_done: called with each finished job and its outcome, from whichever thread ran it (never two at once).
    """

    def __init__(
        self,
        groups: list[list[BatchItem]],
        progress: ChunkProgress,
        on_done: Callable[[BatchItem, BatchOutcome], None] | None = None,
    ) -> None:
        self._groups = deque(groups)
        self.total = sum(map(len, groups))
        self.progress = progress
        self.on_done = on_done
        self.outcomes: dict[str, BatchOutcome] = {}
        self._changed = threading.Condition()
        #: Set when the pool's first worker answered: the task process then stops taking jobs.
        self.pool_ready = threading.Event()
        #: Set when the pool can take no job (it failed to start, or it was abandoned or killed).
        self.pool_gone = threading.Event()
        self.pool_error: BaseException | None = None

    def take_smallest(self) -> BatchItem | None:
        """One job for the task process: the last of the last group (the chunk's smallest), or None."""
        with self._changed:
            while self._groups and not self._groups[-1]:
                self._groups.pop()
            if not self._groups:
                return None
            group = self._groups[-1]
            item = group.pop()
            if not group:
                self._groups.pop()
            return item

    def take_all_groups(self) -> list[list[BatchItem]]:
        """Every group not yet taken, for the pool."""
        with self._changed:
            taken = [group for group in self._groups if group]
            self._groups.clear()
            return taken

    def finished(self, item: BatchItem, outcome: BatchOutcome) -> None:
        with self._changed:
            self.outcomes[item.key] = outcome
            self.progress.finished(outcome.ok)
            if self.on_done is not None:
                self.on_done(item, outcome)
            self._changed.notify_all()

    def lost_pool(self, error: BaseException | None) -> None:
        """The pool will take no more jobs; ``error`` is why, when it failed to start."""
        with self._changed:
            self.pool_error = error
            self.pool_gone.set()
            self._changed.notify_all()

    def complete(self) -> bool:
        with self._changed:
            return len(self.outcomes) >= self.total

    def wait(self) -> None:
        """Until a job finishes, the pool goes, or a chunk progress line is due (then it is logged)."""
        with self._changed:
            if len(self.outcomes) >= self.total or self.pool_gone.is_set():
                return
            if not self._changed.wait(timeout=self.progress.wait_s()):
                self.progress.tick()
