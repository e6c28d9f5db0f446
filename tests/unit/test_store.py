"""ResultStore: atomic checksummed files; corrupt results and checkpoints are detected, never served."""

from __future__ import annotations

import pyarrow as pa
import pytest

from quantum_provider.storage import CorruptFileError, ResultStore

KEY = "a" * 64


@pytest.fixture
def store_uri(shared_store_uri: str) -> str:
    """Every test of the store runs on local disk and on S3 (a moto server on loopback)."""
    return shared_store_uri


def complete_job(store: ResultStore, key: str = KEY, energy: float = -1.5) -> None:
    store.write_spec(key, {"problem": "p"})
    store.update_record(key, state="running")
    store.write_result(
        key,
        result={"key": key, "energy": energy},
        provenance={"key": key},
        tables={"trace": pa.table({"energy": [0.0, energy]})},
    )
    store.update_record(key, state="succeeded")


def flip_one_byte(path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_complete_result_loads_and_verifies(store_uri):
    store = ResultStore(store_uri)
    complete_job(store)
    loaded = store.load_result(KEY)
    assert loaded is not None
    assert loaded.result == {"key": KEY, "energy": -1.5}
    assert [h["state"] for h in loaded.record["history"]] == ["running", "succeeded"]
    assert not [p for p in store.job_dir(KEY).iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("name", ["result.json", "provenance.json", "trace.parquet", "spec.json", "manifest.json"])
@pytest.mark.parametrize("damage", ["truncate", "bitflip", "empty"])
def test_damaged_result_file_is_never_served(store_uri, name, damage):
    """ "empty" is what a power loss can leave of a file renamed into place before it reached the disk."""
    store = ResultStore(store_uri)
    complete_job(store)
    path = store.job_dir(KEY) / name
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:-7])
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        flip_one_byte(path)
    assert store.load_result(KEY) is None


def test_many_results_read_at_once_come_back_in_order_and_verified(store_uri):
    """``load_results`` (validate and publish read a night's results with it) answers exactly as ``load_result``
    does key by key: in the asked order, ``None`` for a missing and for a damaged result."""
    store = ResultStore(store_uri)
    keys = [f"{number:064x}" for number in range(1, 41)]
    for number, key in enumerate(keys[:-1]):  # the last key has no result
        complete_job(store, key, energy=-float(number))
    flip_one_byte(store.job_dir(keys[7]) / "result.json")
    loaded = store.load_results(keys)
    assert [None if item is None else item.result["energy"] for item in loaded] == [
        None if number in (7, 39) else -float(number) for number in range(40)
    ]
    assert loaded == [store.load_result(key) for key in keys]

    outcomes = {key: {"outcome": "rejected" if number % 3 else "passed"} for number, key in enumerate(keys[:-1])}
    store.set_validations(outcomes)
    for key, validation in outcomes.items():
        record = store.read_record(key)
        assert record["validation"] == validation
        assert [entry.get("outcome") for entry in record["history"] if entry.get("event") == "validation"] == [
            validation["outcome"]
        ]


def test_result_is_invisible_until_record_says_succeeded(store_uri):
    store = ResultStore(store_uri)
    store.write_spec(KEY, {"problem": "p"})
    store.update_record(KEY, state="running")
    store.write_result(KEY, result={"key": KEY}, provenance={}, tables={})
    assert store.load_result(KEY) is None


def test_corrupt_checkpoint_is_skipped_for_the_previous_one(store_uri):
    store = ResultStore(store_uri)
    for iteration in (0, 10, 20):
        store.save_checkpoint(KEY, {"iteration": iteration, "params": [iteration]})
    assert store.latest_checkpoint(KEY)["iteration"] == 20
    flip_one_byte(store.job_dir(KEY) / "checkpoints" / f"{20:09d}.json")
    assert store.latest_checkpoint(KEY)["iteration"] == 10
    with pytest.raises(CorruptFileError):
        store.read_json(store.job_dir(KEY) / "checkpoints" / f"{20:09d}.json")
    (store.job_dir(KEY) / "checkpoints" / f"{20:09d}.json").write_bytes(b"")  # what a power loss can leave
    assert store.latest_checkpoint(KEY)["iteration"] == 10


def test_a_local_disk_flushes_what_commits_a_job_and_not_what_verifies_itself(tmp_path, monkeypatch):
    """On a local disk, a job's checkpoints and result files are not flushed one by one: each is checked when read
    (tests above), so a copy torn by a power loss is skipped or recomputed. What commits the job is flushed: the
    manifest, the record, the claim."""
    import os

    from quantum_provider.engine.runner import prepare, run_job
    from quantum_provider.spec import JobSpec

    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    store = ResultStore(f"file://{tmp_path}/store")
    spec = JobSpec.parse(
        {
            "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 0]]},
            "ansatz": {"kind": "qaoa", "layers": 1},
            "optimizer": {"kind": "adam", "maxiter": 25},
        }
    )
    job = prepare(spec)
    monkeypatch.setattr(os, "fsync", fsync)
    run_job(job, key=KEY, store=store, backend={}, checkpoint_every=10)
    monkeypatch.undo()
    assert store.load_result(KEY) is not None
    assert store.list_checkpoints(KEY)
    # Staged as <folder>/.<name>.<uuid>.tmp
    staged = [(path.rsplit("/", 2)[-2], path.rsplit("/", 1)[-1].split(".")[1]) for path in flushed]
    names = {name for folder, name in staged if folder == KEY}
    assert {"manifest", "record"} <= names
    assert "claims" in {folder for folder, _ in staged}
    assert "checkpoints" not in {folder for folder, _ in staged}
    assert not {"result", "provenance", "trace", "distribution", "bitstrings"} & names


def test_archive_keeps_the_previous_version(store_uri):
    store = ResultStore(store_uri)
    complete_job(store, energy=-1.0)
    archived = store.archive(KEY)
    assert store.load_result(KEY) is None
    assert store.read_record(KEY) is None
    complete_job(store, energy=-2.0)
    assert store.load_result(KEY).result["energy"] == -2.0
    previous = store.job_dir(KEY) / "previous"
    [old] = list(previous.iterdir())
    assert str(old) == archived
    assert store.read_json(old / "result.json")["energy"] == -1.0


def test_keys_are_validated_so_paths_cannot_escape_the_store(store_uri):
    store = ResultStore(store_uri)
    with pytest.raises(ValueError, match="not a content key"):
        store.job_dir("../../etc")


def test_store_location_comes_from_the_quantum_config_section(monkeypatch, tmp_path):
    from quantum_provider.storage import default_store_uri

    monkeypatch.setenv("AIRFLOW__QUANTUM__RESULT_STORE", f"file://{tmp_path}/configured")
    assert default_store_uri() == f"file://{tmp_path}/configured"
    assert str(ResultStore().base) == f"file://{tmp_path}/configured"
    monkeypatch.delenv("AIRFLOW__QUANTUM__RESULT_STORE")
    monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "home"))
    assert default_store_uri() == f"file://{tmp_path}/home/quantum/results"


def test_concurrent_record_updates_lose_no_history_entry(store_uri):
    """Read-modify-write updates of one record from concurrent writers are serialized (the record lock)."""
    import threading

    store = ResultStore(store_uri)
    store.update_record(KEY, state="submitted")
    barrier = threading.Barrier(4)

    def append(worker: int) -> None:
        mine = ResultStore(store_uri)  # every writer its own store object, as separate processes have
        barrier.wait()
        for i in range(25):
            mine.append_event(KEY, {"event": "tick", "worker": worker, "i": i})

    threads = [threading.Thread(target=append, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    ticks = [(h["worker"], h["i"]) for h in store.read_record(KEY)["history"] if h.get("event") == "tick"]
    assert sorted(ticks) == [(worker, i) for worker in range(4) for i in range(25)]
    assert store.read_record(KEY)["state"] == "submitted"


def test_archive_leaves_the_claims_in_place(store_uri):
    store = ResultStore(store_uri)
    complete_job(store)
    claim = store.acquire_claim(KEY)
    store.release_claim(claim, "succeeded")
    archived = store.archive(KEY)
    names = {p.name for p in store.job_dir(KEY).iterdir()}
    assert names == {"claims", "previous"}
    assert {p.name for p in (store.job_dir(KEY) / "previous").iterdir()} == {archived.rsplit("/", 1)[-1]}
    assert "record.json" in {
        p.name for p in store.job_dir(KEY).joinpath("previous", archived.rsplit("/", 1)[-1]).iterdir()
    }
