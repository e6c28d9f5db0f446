"""The circuit breaker opens after N consecutive failures and closes after its cool-down (injected clock)."""

from __future__ import annotations

from quantum_provider.governance.breaker import CircuitBreaker
from quantum_provider.storage import ResultStore


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_opens_after_threshold_and_closes_after_cooldown(store_uri):
    clock = Clock()
    breaker = CircuitBreaker(ResultStore(store_uri), "ray", threshold=3, cooldown_s=60, clock=clock)
    assert [breaker.record_failure() for _ in range(2)] == [False, False]
    assert not breaker.is_open()
    assert breaker.record_failure() is True
    assert breaker.is_open()
    clock.now += 59.9
    assert breaker.is_open()
    clock.now += 0.2
    assert not breaker.is_open()  # half-open: one attempt goes through
    assert breaker.record_failure() is True  # ...and fails: open again for a full cool-down
    clock.now += 30
    assert breaker.is_open()
    clock.now += 31
    breaker.record_success()
    assert not breaker.is_open()
    assert breaker.state() == {"failures": 0, "opened_at": None}


def test_a_success_resets_the_count_and_breakers_are_per_connection(store_uri):
    store = ResultStore(store_uri)
    ray = CircuitBreaker(store, "ray", threshold=2)
    other = CircuitBreaker(store, "other", threshold=2)
    ray.record_failure()
    ray.record_success()
    ray.record_failure()
    assert not ray.is_open()
    ray.record_failure()
    assert ray.is_open()
    assert not other.is_open()


def test_a_damaged_breaker_file_does_not_block_a_healthy_backend(store_uri):
    store = ResultStore(store_uri)
    breaker = CircuitBreaker(store, "ray", threshold=1)
    breaker.record_failure()
    assert breaker.is_open()
    breaker.path.write_bytes(b"{not json")
    assert not breaker.is_open()
