"""Opening a result store: what cannot work is refused at once with one line, before anything is written; what
can work is probed once per process; hot paths cost the same number of store operations at any store size."""

from __future__ import annotations

import threading

import fsspec
import pytest
from airflow.sdk.definitions.retry_policy import RetryAction

from quantum_provider.exceptions import BackendUnavailableError, QuantumConfigError
from quantum_provider.governance.budget_ledger import BudgetLedger
from quantum_provider.governance.connection_policy import Cost, Policy
from quantum_provider.governance.retry_policy import QuantumRetryPolicy
from quantum_provider.storage import ResultStore
from quantum_provider.storage.location import forget_probes
from quantum_provider.storage.objects import ObjectStore

WHO = {"dag_id": "d", "run_id": "r", "task_id": "t", "map_index": -1, "try_number": 1}


def refused(uri: str) -> QuantumConfigError:
    forget_probes()
    with pytest.raises(QuantumConfigError) as err:
        ResultStore(uri)
    assert "\n" not in str(err.value)
    assert QuantumRetryPolicy().evaluate(err.value, 1, 3).action == RetryAction.FAIL
    return err.value


def test_an_unknown_scheme_is_a_configuration_error():
    assert "unknown scheme 'nosuch'" in str(refused("nosuch://bucket/results"))


def test_a_missing_filesystem_package_names_the_extra_to_install():
    # gcsfs is not installed here: the user is told which extra brings it.
    message = str(refused("gs://bucket/results"))
    assert message.startswith("gs://bucket/results: ")
    assert "airflow-provider-quantum[gcs]" in message


def test_a_store_without_conditional_writes_is_refused_and_nothing_is_written(monkeypatch):
    # fsspec's in-memory filesystem is a real filesystem with neither exclusive create nor compare-and-swap
    # (Airflow registers no scheme for it, so it is handed over as the path's filesystem directly).
    from quantum_provider.storage.location import open_objects

    class MemoryPath:
        fs = fsspec.filesystem("memory")
        path = "/quantum/results"

        def __str__(self) -> str:
            return "memory://quantum/results"

    from quantum_provider.storage import location

    probes = []
    real = location.probe
    monkeypatch.setattr(location, "probe", lambda *args: probes.append(args) or real(*args))
    forget_probes()
    with pytest.raises(QuantumConfigError) as err:
        open_objects(MemoryPath())
    assert str(err.value).startswith("memory://quantum/results: the result store needs ")
    assert "compare-and-swap" in str(err.value)
    assert not MemoryPath.fs.exists("/quantum/results")
    # Refused only after three probes in a row agree, and not remembered: the next open probes again.
    assert len(probes) == 3
    with pytest.raises(QuantumConfigError):
        open_objects(MemoryPath())
    assert len(probes) == 6


def test_a_connection_that_does_not_exist_is_refused(s3_server):
    assert "the connection 'no_such_conn' it names does not exist" in str(refused("s3://no_such_conn@bucket/x"))


def test_a_bucket_that_does_not_exist_is_refused(s3_server):
    message = str(refused(s3_server.uri("x").replace("quantum-results", "no-such-bucket")))
    assert "does not exist" in message


def test_refused_credentials_are_a_configuration_error(monkeypatch):
    # A second moto server that checks credentials (it knows none): every request after the bucket's creation is
    # refused with 403. Its own connection id: Airflow caches one filesystem per connection id.
    from tests.s3_server import start_s3_server

    monkeypatch.setenv("INITIAL_NO_AUTH_ACTION_COUNT", "1")
    server = start_s3_server()
    try:
        monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_S3_LOCKED", server.connection)
        assert "access refused" in str(refused("s3://quantum_s3_locked@quantum-results/x"))
    finally:
        server.stop()


def test_an_unreachable_store_is_retried_not_refused(monkeypatch):
    import json

    from tests.ray_head import free_port

    extra = {"endpoint_url": f"http://127.0.0.1:{free_port()}", "region_name": "us-east-1", "config_kwargs": {
        "retries": {"max_attempts": 1}, "connect_timeout": 1}}  # fmt: skip
    conn = {"conn_type": "aws", "login": "a", "password": "b", "extra": extra}
    monkeypatch.setenv("AIRFLOW_CONN_QUANTUM_S3_NOWHERE", json.dumps(conn))
    forget_probes()
    with pytest.raises(BackendUnavailableError, match="cannot be reached"):
        ResultStore("s3://quantum_s3_nowhere@bucket/x")


def test_the_probe_runs_once_per_process_and_leaves_nothing(shared_store_uri, monkeypatch):
    from quantum_provider.storage import location

    probes = []
    real = location.probe
    monkeypatch.setattr(location, "probe", lambda *args: probes.append(args) or real(*args))
    forget_probes()
    store = ResultStore(shared_store_uri)
    ResultStore(shared_store_uri)
    assert len(probes) == 1
    assert store.objects.list_names(f"{store.root}/_probe") == []


# -- readers never fail on an object changing under them --------------------------------------------------------


def test_a_waiter_reads_a_claim_while_its_owner_refreshes_it(shared_store_uri):
    store = ResultStore(shared_store_uri)
    key = "c" * 64
    claim = store.acquire_claim(key)
    stop = threading.Event()
    errors: list[BaseException] = []

    def refresh() -> None:
        try:
            while not stop.is_set():
                store.refresh_claim(claim)
        except BaseException as err:  # pragma: no cover - the failure this test exists for
            errors.append(err)

    thread = threading.Thread(target=refresh)
    thread.start()
    try:
        reads = [ResultStore(shared_store_uri).newest_claim(key) for _ in range(60)]
    finally:
        stop.set()
        thread.join(60)
    assert not errors
    assert all(generation == 1 and body["token"] == claim.token for generation, body in reads)


# -- hot paths: the same store operations whatever the store's size ---------------------------------------------


class Counting(ObjectStore):
    """The store's own primitives, counting each call (one store request each, but for list paging)."""

    def __init__(self, inner: ObjectStore) -> None:
        super().__init__(inner.fs)
        self.inner = inner
        self.total = 0

    def _call(self, name: str, *args, **kwargs):
        self.total += 1
        return getattr(self.inner, name)(*args, **kwargs)

    def read(self, path):
        return self._call("read", path)

    def read_versioned(self, path):
        return self._call("read_versioned", path)

    def write(self, path, data, *, self_verifying=False):
        return self._call("write", path, data, self_verifying=self_verifying)

    def create(self, path, data):
        return self._call("create", path, data)

    def replace(self, path, data, version):
        return self._call("replace", path, data, version)

    def list_names(self, folder, **kwargs):
        return self._call("list_names", folder, **kwargs)

    def exists(self, path):
        return self._call("exists", path)

    def delete(self, path):
        return self._call("delete", path)


def counted(store: ResultStore) -> Counting:
    """Route every part of ``store`` through one counting proxy."""
    proxy = Counting(store.objects)
    for part in (store, store.records, store.results, store.checkpoints, store.claims, store.asks):
        part.objects = proxy
    return proxy


def add_jobs(store: ResultStore, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        # The first 30 jobs spread over three DAGs; every later one is dag0's, so dag1's page lies ever deeper in
        # the index of all asks: only its own partition keeps its cost flat.
        dag = f"dag{i % 3}" if i < 30 else "dag0"
        context = {"dag_id": dag, "run_id": f"run{i % 7}", "task_id": "solve", "map_index": -1}
        store.update_record(f"{i:064x}", state="submitted", event={"context": context})


def test_a_job_list_page_costs_the_same_store_operations_at_any_store_size(tmp_path):
    from quantum_provider.plugins.jobs import JobFilter, list_jobs

    store = ResultStore(f"file://{tmp_path}/store")
    costs = []
    for size in (30, 300):
        add_jobs(store, size - (30 if costs else 0), start=30 if costs else 0)
        # All asks; one DAG's; those of the DAGs a user may read (the UI's view for a user with some DAGs).
        for filters, readable in ((JobFilter(), None), (JobFilter(dag_id="dag1"), None), (JobFilter(), {"dag1"})):
            proxy = counted(store)
            listing = list_jobs(store, filters, limit=5, readable_dags=readable)
            assert len(listing.jobs) == 5
            assert listing.has_more
            costs.append((filters.dag_id, readable, proxy.total))
    small, large = costs[:3], costs[3:]
    assert small == large, f"a page's store operations grew with the store: {small} -> {large}"


def test_a_reservation_costs_the_same_store_operations_whatever_the_ledger_holds(tmp_path):
    store = ResultStore(f"file://{tmp_path}/store")
    policy = Policy("c", shots_per_day=10**9)
    costs = []
    done = 0
    for size in (10, 100):
        ledger = BudgetLedger(ResultStore(f"file://{tmp_path}/store"), day="2026-12-01")
        for i in range(done, size):
            ledger.reserve(policy, dag_id="d", costs={f"{i:064x}": Cost(10)}, who=WHO)
        done = size
        fresh = ResultStore(f"file://{tmp_path}/store")  # a new process: nothing cached
        proxy = counted(fresh)
        BudgetLedger(fresh, day="2026-12-01").reserve(policy, dag_id="d", costs={f"{size:064x}f": Cost(10)}, who=WHO)
        done += 1
        costs.append(proxy.total)
    assert costs[0] == costs[1], f"a reservation's store operations grew with the ledger: {costs}"
    assert BudgetLedger(store, day="2026-12-01").usage("c", "d").shots == 10 * done
