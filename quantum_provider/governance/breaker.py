"""A circuit breaker per backend connection, kept in the result store so that every worker sees it.

After ``threshold`` consecutive failures to reach a backend the breaker opens: for ``cooldown_s`` seconds jobs go
straight to the fallback backend instead of spending their retries on a backend known to be down. After the
cool-down one attempt is let through (half-open); a success closes the breaker, a failure opens it again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from quantum_provider.storage import CorruptFileError, ResultStore


class CircuitBreaker:
    """
    :param store: the result store that holds the breaker's state.
    :param conn_id: the backend connection the breaker guards.
    :param threshold: consecutive failures that open the breaker.
    :param cooldown_s: how long an open breaker stays open.
    :param clock: seconds since the epoch; injectable so tests need not sleep.
    """

    def __init__(
        self,
        store: ResultStore,
        conn_id: str,
        *,
        threshold: int = 3,
        cooldown_s: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = store.base / "breakers" / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', conn_id)}.json"
        self.store = store
        self.conn_id = conn_id
        self.threshold = threshold
        self.cooldown_s = cooldown_s
        self.clock = clock

    def state(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"failures": 0, "opened_at": None}
        try:
            return self.store.read_json(self.path)
        except CorruptFileError:
            return {"failures": 0, "opened_at": None}  # a damaged breaker must not block a healthy backend

    def is_open(self) -> bool:
        opened_at = self.state()["opened_at"]
        return opened_at is not None and self.clock() - opened_at < self.cooldown_s

    def record_failure(self) -> bool:
        """Count a failure; return True when this failure opened (or re-opened) the breaker."""
        state = self.state()
        failures = state["failures"] + 1
        opens = failures >= self.threshold
        self.store.write_json(self.path, {"failures": failures, "opened_at": self.clock() if opens else None})
        return opens

    def record_success(self) -> None:
        if self.state() != {"failures": 0, "opened_at": None}:
            self.store.write_json(self.path, {"failures": 0, "opened_at": None})
