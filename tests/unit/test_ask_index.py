"""The ask index (storage/index.py): newest first across its day and slot buckets, from any cursor, on both stores.

The job list's own tests (test_ui_plugin.py) cover what a page shows; these pin the layout that keeps a page's
listings small: no folder holds more than one bucket's names, and a walk lists only the buckets it reaches.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from quantum_provider.storage import ResultStore
from quantum_provider.storage.index import path_segment, segment_value, stamp, stamped_at

T0 = datetime(2026, 3, 1, 2, 0, tzinfo=UTC)
#: Offsets in seconds: several asks in one 100 s slot, slots across a day, days across a month.
OFFSETS = (0, 1, 2, 150, 151, 4000, 90_000, 90_050, 200_000, 2_600_000)


def _key(i: int) -> str:
    return hashlib.sha256(str(i).encode()).hexdigest()


def _context(i: int) -> dict:
    return {"dag_id": f"dag_{i % 2}", "run_id": f"run_{i % 3}", "task_id": "solve", "map_index": -1}


def _filled(uri: str) -> tuple[ResultStore, list[str]]:
    """A store with one ask per offset; returns it and the asks' keys, newest first."""
    store = ResultStore(uri)
    for i, offset in enumerate(OFFSETS):
        store.asks.add(_key(i), _context(i), (T0 + timedelta(seconds=offset)).isoformat())
    return store, [_key(i) for i in reversed(range(len(OFFSETS)))]


class CountingLists:
    """Counts ``list_names`` calls, over the store's own primitives."""

    def __init__(self, objects) -> None:
        self.objects, self.calls = objects, 0

    def __getattr__(self, name):
        return getattr(self.objects, name)

    def list_names(self, folder, **kwargs):
        names = self.objects.list_names(folder, **kwargs)
        self.calls += 1
        return names


def test_a_partition_lists_newest_first_across_buckets(shared_store_uri: str) -> None:
    store, newest_first = _filled(shared_store_uri)
    assert [ask.key for ask in store.asks.scan(store.asks.partition())] == newest_first
    dag_0 = [key for i, key in zip(reversed(range(len(OFFSETS))), newest_first, strict=True) if i % 2 == 0]
    assert [ask.key for ask in store.asks.scan(store.asks.partition("dag_0"))] == dag_0
    run = [key for i, key in zip(reversed(range(len(OFFSETS))), newest_first, strict=True) if i % 6 == 0]
    assert [ask.key for ask in store.asks.scan(store.asks.partition("dag_0", "run_0"))] == run


def test_a_scan_resumes_after_any_cursor_and_pages_every_level(shared_store_uri: str) -> None:
    store, newest_first = _filled(shared_store_uri)
    names = [ask.name for ask in store.asks.scan(store.asks.partition())]
    for at, name in enumerate(names):
        # A page of 1 name per listing makes every level (days, slots, names) page through its cursor.
        after = [ask.key for ask in store.asks.scan(store.asks.partition(), start_after=name, page=1)]
        assert after == newest_first[at + 1 :]
    # A cursor between asks (the date filter's: after every ask of the later days) starts at the next older ask.
    day_after = stamp((T0 + timedelta(seconds=90_000)).isoformat()) + "_~"
    assert [ask.key for ask in store.asks.scan(store.asks.partition(), start_after=day_after)] == newest_first[4:]


def test_a_slot_holds_its_100_seconds_and_the_newest_ask_costs_three_listings(shared_store_uri: str) -> None:
    store, _ = _filled(shared_store_uri)
    counting = CountingLists(store.objects)
    store.asks.objects = counting
    first = next(iter(store.asks.scan(store.asks.partition())))
    assert first.key == _key(len(OFFSETS) - 1)
    # The newest ask: one listing of days, one of that day's slots, one of the slot's names.
    assert counting.calls == 3
    # The asks of one 100 s slot share a folder and nothing else is in it (T0 starts a slot: a whole hour).
    names = sorted(ask.name for ask in store.asks.scan(store.asks.partition()))
    slot = names[-1]
    assert counting.list_names(f"{store.asks.partition()}/{slot[:5]}/{slot[5:8]}") == names[-3:]


def test_entries_of_the_flat_layout_are_skipped_until_reindexed(shared_store_uri: str) -> None:
    store, newest_first = _filled(shared_store_uri)
    flat = f"{stamp(T0.isoformat())}_{_key(99)}_{'0' * 16}"
    store.objects.write(f"{store.asks.partition()}/{flat}", b"")
    assert [ask.key for ask in store.asks.scan(store.asks.partition())] == newest_first


def test_reindex_writes_every_recorded_ask_into_the_buckets(shared_store_uri: str) -> None:
    store = ResultStore(shared_store_uri)
    keys = [_key(100 + i) for i in range(3)]
    for i, key in enumerate(keys):
        store.mark_submitted(key, event={"context": _context(i)}, handle={"key": key})
    listed = [(ask.key, ask.asker) for ask in store.asks.scan(store.asks.partition())]
    assert sorted(key for key, _ in listed) == sorted(keys)
    # A store whose index is gone (or was written in the flat layout): reindex finds the asks in the records.
    for ask in list(store.asks.scan(store.asks.partition())):
        store.objects.delete(f"{store.asks.partition()}/{ask.name[:5]}/{ask.name[5:8]}/{ask.name}")
    assert list(store.asks.scan(store.asks.partition())) == []
    assert store.reindex() == 3
    assert [(ask.key, ask.asker) for ask in store.asks.scan(store.asks.partition())] == listed


def test_run_partitions_read_back_as_the_ids_and_times_that_made_them(shared_store_uri: str) -> None:
    store = ResultStore(shared_store_uri)
    run_id = "scheduled__2026-03-01T02:00:00+00:00"
    at = T0 + timedelta(seconds=7)
    store.asks.add(_key(0), {"dag_id": "dag a", "run_id": run_id, "task_id": "solve", "map_index": -1}, at.isoformat())
    assert [segment_value(name) for name in store.objects.list_names(store.asks.runs_folder())] == ["dag a"]
    (segment,) = store.objects.list_names(store.asks.runs_folder("dag a"))
    assert segment == path_segment(run_id) != run_id
    assert segment_value(segment) == run_id
    (ask,) = store.asks.scan(store.asks.partition("dag a", run_id))
    assert stamped_at(ask.name) == at.isoformat(timespec="seconds")
