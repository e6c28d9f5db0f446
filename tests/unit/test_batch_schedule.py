"""How a chunk is laid out on the worker processes (engine/batch.py): largest jobs first, small jobs in groups."""

from __future__ import annotations

from quantum_provider.engine.batch import MAX_GROUP, SMALL_QUBITS, BatchItem, groups, schedule


def items(*qubits: int) -> list[BatchItem]:
    return [BatchItem(key=f"{i:064x}", spec={}, handle={}, qubits=q) for i, q in enumerate(qubits)]


def test_largest_jobs_run_first_and_ties_keep_the_chunk_order():
    chunk = items(8, 14, 10, 14, 8, 0)
    ordered = schedule(chunk)
    assert [item.qubits for item in ordered] == [14, 14, 10, 8, 8, 0]
    assert [item.key for item in ordered[:2]] == [chunk[1].key, chunk[3].key]


def test_many_small_jobs_travel_in_groups_of_at_most_a_quarter_share():
    chunk = items(*[4] * 200)
    laid_out = groups(chunk, workers=2)
    assert [len(group) for group in laid_out] == [MAX_GROUP] * (200 // MAX_GROUP)
    assert [item for group in laid_out for item in group] == chunk  # every job once, in order
    few = groups(items(*[4] * 12), workers=2)  # 12 // (4 * 2) = 1: no grouping, the two workers stay balanced
    assert [len(group) for group in few] == [1] * 12


def test_large_and_unknown_jobs_always_go_alone():
    chunk = schedule(items(*([14] * 3 + [SMALL_QUBITS + 1] * 3 + [0] * 3 + [4] * 64)))
    laid_out = groups(chunk, workers=2)
    assert all(len(group) == 1 for group in laid_out if group[0].qubits > SMALL_QUBITS or group[0].qubits == 0)
    assert {len(group) for group in laid_out if group[0].qubits == 4} == {8}
    assert sum(map(len, laid_out)) == len(chunk)
