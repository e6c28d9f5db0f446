"""W6, store scaling: the result store's hot paths cost O(page) or O(1) store requests, whatever it holds.

At each size (1,000, 10,000 and 100,000 stored jobs in the full run) and on each store (a local folder, and S3:
moto's S3 server over HTTP), four operations are timed and their store requests counted:

- **job list page**: ``list_jobs(store, JobFilter(), limit=100)``, the UI's first page;
- **job list page, one DAG**: ``list_jobs(store, JobFilter(dag_id=...), limit=100)``;
- **budget reservation**: ``BudgetLedger(store, day).reserve(...)`` of one new key, on a day whose ledger already
  holds one entry per stored job (a fresh ``BudgetLedger`` each time, as a new task process has: no cached head);
- **claim**: ``store.acquire_claim(new_key)``.

Every size's stores are populated first and stay up together (one moto server per size); then the operations run
in rounds over every size and store, one untimed round and ``w6_repetitions`` timed ones (the median is reported),
so that a load that comes and goes on a shared machine falls on every size alike. Store requests are counted twice:
every call on ``store.objects`` (a counting proxy over the store's own ObjectStore: the primitives ``read``,
``read_versioned``, ``write``, ``create``, ``replace``, ``list_names``, ``exists``, ``delete``), and on S3 every
HTTP request botocore sends (its ``before-send`` event on the s3fs client, retries included). The ratios are the
largest size's over the smallest's: O(1) and O(page) operations stay near 1.

**Population.** Writing 100,000 jobs through the API would take hours (an fsync per write locally, ~10 ms a
request on moto), so the jobs are generated once through the provider's own code on an in-memory ObjectStore
(``MemoryObjects``: ``ResultStore`` rewired to it) and the objects it wrote are copied: to a local folder with
plain writes (no fsync), and into moto's backend directly (``S3Backend.put_object``, what a PutObject ends in).
Per job, in order: ``BudgetLedger.reserve`` (a ledger entry with its running totals and hash chain, the head hint,
the open-reservation marker), ``mark_submitted`` with the task instance's context (the record, and its three ask
index names), ``acquire_claim``, ``write_spec``, ``update_record(running)``, ``result.json`` (an engine-shaped
result), ``update_record(succeeded)``, ``release_claim``, each job asked for on its DAG run's night
(``asked_at``: a run a night per DAG, 6 s apart within a run), as a deployment's history is spread. Not written:
``provenance.json``, ``manifest.json`` and the
parquet tables, which no measured operation reads or lists (they only would make moto's memory larger).
Every store of one size holds byte for byte the same objects.

**S3: stock and indexed LIST.** moto's LIST walks every key of the bucket on every request (O(objects), not
O(page) as S3's own index), so on stock moto any operation that lists gets slower with the store however few
names it asks for. W6 measures S3 twice on the same server: with moto's stock LIST, and with an indexed LIST
(``w6_s3_server.py``: the same answers from a sorted list of key names, at S3's cost); the S3 ratios are judged on
the indexed one. Request counts are the same in both.
"""

from __future__ import annotations

import gc
import hashlib
import json
import marshal
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.config import Config
from benchmarks.model import Ratio, Table, WorkloadResult, ratio
from quantum_provider.storage.objects import ObjectStore

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore

TARGET = 1.5
DAGS = 4
#: Jobs per DAG run (a nightly chunked batch), split over mapped task instances of this many jobs each.
JOBS_PER_RUN = 50
JOBS_PER_TASK = 8
#: The ledger's day (fixed, so every run writes the same journal) and the policy's connection.
DAY = "2026-06-01"
CONN_ID = "quantum_w6"
PAGE = 100
BACKEND = {"backend": "lightning", "conn_id": "quantum_default", "device": "lightning.qubit"}
PRIMITIVES = ("read", "read_versioned", "write", "create", "replace", "list_names", "exists", "delete")
SERVER_SCRIPT = Path(__file__).with_name("w6_s3_server.py")

LOCAL, S3_STOCK, S3 = "local disk", "S3 (moto, stock LIST)", "S3 (moto, indexed LIST)"


def label(size: int) -> str:
    """1000 -> ``1k``."""
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


# -- object stores of the benchmark -------------------------------------------------------------------------------


class CountingObjects(ObjectStore):
    """A proxy over the store's own ObjectStore that counts every primitive called on it (``calls``, by name)."""

    def __init__(self, inner: ObjectStore) -> None:
        super().__init__(inner.fs)
        self.inner = inner
        self.kind = inner.kind
        self.calls: Counter[str] = Counter()

    def __getattr__(self, name: str) -> Any:  # anything else the store's objects have, uncounted
        return getattr(self.__dict__["inner"], name)


def _counted(name: str) -> Callable[..., Any]:
    def primitive(self: CountingObjects, *args: Any, **kwargs: Any) -> Any:
        self.calls[name] += 1
        return getattr(self.inner, name)(*args, **kwargs)

    primitive.__name__ = name
    return primitive


# Every primitive ObjectStore declares (today's eight, and any added later), counted and passed through.
for _name in set(ObjectStore.__abstractmethods__) | set(PRIMITIVES):
    setattr(CountingObjects, _name, _counted(_name))
CountingObjects.__abstractmethods__ = frozenset()


class MemoryObjects(ObjectStore):
    """An in-memory ObjectStore with the primitives' semantics (population only: one process, no fsync)."""

    kind = "memory"

    def __init__(self) -> None:
        super().__init__(None)
        self.data: dict[str, bytes] = {}
        self.versions: dict[str, str] = {}
        self.children: dict[str, set[str]] = {}
        self._next = 0

    def _put(self, path: str, data: bytes) -> None:
        self.data[path] = bytes(data)
        self._next += 1
        self.versions[path] = str(self._next)
        folder, name = path.rsplit("/", 1)
        while True:  # the name in its folder, and each folder in its parent, until one is already there
            names = self.children.setdefault(folder, set())
            if name in names or "/" not in folder:
                names.add(name)
                return
            names.add(name)
            folder, name = folder.rsplit("/", 1)

    def read(self, path: str) -> bytes:
        try:
            return self.data[path]
        except KeyError:
            raise FileNotFoundError(path) from None

    def read_versioned(self, path: str) -> tuple[bytes, str]:
        return self.read(path), self.versions[path]

    def write(self, path: str, data: bytes, *, self_verifying: bool = False) -> None:
        self._put(path, data)

    def create(self, path: str, data: bytes) -> bool:
        if path in self.data:
            return False
        self._put(path, data)
        return True

    def replace(self, path: str, data: bytes, version: str) -> bool:
        if path not in self.data or self.versions[path] != version:
            return False
        self._put(path, data)
        return True

    def list_names(self, folder: str, *, start_after: str | None = None, limit: int | None = None) -> list[str]:
        names = sorted(self.children.get(folder.rstrip("/"), ()))
        if start_after is not None:
            names = [name for name in names if name > start_after]
        return names if limit is None else names[:limit]

    def exists(self, path: str) -> bool:
        return path in self.data

    def delete(self, path: str) -> None:
        if self.data.pop(path, None) is not None:
            folder, name = path.rsplit("/", 1)
            self.children.get(folder, set()).discard(name)


def rewire(store: ResultStore, objects: ObjectStore) -> None:
    """Make every part of ``store`` (records, claims, asks, results, checkpoints, journals) use ``objects``."""
    old = store.objects
    store.objects = objects
    for part in list(vars(store).values()):
        if part is not objects and getattr(part, "objects", None) is old:
            part.objects = objects
    left = [name for name, part in vars(store).items() if getattr(part, "objects", None) is old]
    if left:
        raise RuntimeError(f"ResultStore parts still on the old objects: {left}")


class HttpCounter:
    """Every HTTP request the s3fs client of ``fs`` sends (botocore's ``before-send``), by operation."""

    def __init__(self, fs: Any) -> None:
        self.requests: Counter[str] = Counter()
        fs.s3.meta.events.register("before-send.s3", self._count)

    def _count(self, event_name: str = "", **_: Any) -> None:  # must return None: a value would replace the send
        self.requests[event_name.rsplit(".", 1)[-1]] += 1


# -- population -----------------------------------------------------------------------------------------------


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def context_of(i: int) -> dict[str, Any]:
    """The task instance that asked for job ``i``: DAG i mod 4, 50 jobs per DAG run (a run a day), 8 per task."""
    n = i // DAGS
    run = n // JOBS_PER_RUN
    day = date(2025, 1, 1) + timedelta(days=run)
    return {
        "dag_id": dag_id(i % DAGS),
        "run_id": f"scheduled__{day.isoformat()}T02:00:00+00:00",
        "task_id": "solve",
        "map_index": (n % JOBS_PER_RUN) // JOBS_PER_TASK,
        "try_number": 1,
        "user": None,
    }


def asked_at(i: int) -> str:
    """When job ``i`` was asked for: its DAG run's night (``context_of``), 02:00 UTC, then 6 s per job of the run.

    The ask index buckets names by time (``storage/index.py``), so the history's spread shapes what a page lists:
    the population's asks are spread as nights of a real deployment's are, not all in the minutes generating them.
    """
    n = i // DAGS
    night = datetime(2025, 1, 1, 2, tzinfo=UTC) + timedelta(days=n // JOBS_PER_RUN)
    return (night + timedelta(seconds=6 * (n % JOBS_PER_RUN) + i % DAGS)).isoformat(timespec="milliseconds")


def dag_id(index: int) -> str:
    return f"w6_nightly_{index:02d}"


class Population:
    """The jobs, generated through the provider's own code on an in-memory ObjectStore; ``grow`` adds jobs."""

    def __init__(self, work: Path) -> None:
        from quantum_provider.governance.budget_ledger import BudgetLedger
        from quantum_provider.governance.connection_policy import Policy
        from quantum_provider.spec import JobSpec
        from quantum_provider.storage import ResultStore

        self.memory = MemoryObjects()
        self.store = ResultStore(f"file://{work}/w6-population")  # opened (probed) on disk, then rewired
        rewire(self.store, self.memory)
        self.prefix = self.store.root + "/"
        self.ledger = BudgetLedger(self.store, DAY)
        self.policy = Policy(CONN_ID, shots_per_day=10**15)
        template = {
            "name": "w6",
            "problem": {"kind": "maxcut", "edges": [[0, 1, 1.0], [1, 2, 1.0], [2, 3, 1.0], [0, 3, 1.0], [0, 2, 1.0]]},
            "ansatz": {"kind": "qaoa", "layers": 1},
            "optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 20, "tol": 0.0},
            "execution": {"seed": 0, "shots": 1000},
        }
        self.template = JobSpec.parse(template).model_dump(mode="json")
        self.jobs = 0
        self.seconds = 0.0

    def spec(self, i: int) -> dict[str, Any]:
        spec = json.loads(json.dumps(self.template))
        spec["name"] = f"w6-maxcut-{i:06d}"
        digits = [(i // 1000**d) % 1000 for d in range(5)]  # five edge weights: one job, one content key
        edges = spec["problem"]["edges"]
        spec["problem"]["edges"] = [[u, v, 1.0 + d / 1000] for (u, v, _), d in zip(edges, digits, strict=True)]
        return spec

    def grow(self, jobs: int) -> float:
        """Add jobs until there are ``jobs``; returns the seconds it took."""
        from quantum_provider.governance.connection_policy import Cost
        from quantum_provider.spec import canonical_json
        from quantum_provider.storage import store as store_module
        from quantum_provider.storage.codec import envelope

        started = time.perf_counter()
        store = self.store
        clock = store_module.utcnow
        try:
            for i in range(self.jobs, jobs):
                # The ask's time (the record's history and the ask index name) is the job's night, not now.
                store_module.utcnow = lambda i=i: asked_at(i)
                context = context_of(i)
                spec = self.spec(i)
                key = _sha(canonical_json({"spec": {k: v for k, v in spec.items() if k != "name"}, "backend": BACKEND}))
                shots = spec["execution"]["shots"] * spec["optimizer"]["maxiter"]
                self.ledger.reserve(self.policy, dag_id=context["dag_id"], costs={key: Cost(shots=shots)}, who=context)
                handle = {**BACKEND, "key": key, "store": str(store.base)}
                store.mark_submitted(key, event={"context": context}, handle=handle)
                claim = store.acquire_claim(key, context=context)
                store.write_spec(key, spec)
                store.update_record(
                    key,
                    state="running",
                    event={"context": context, "resumed_from": None, "claim": claim.generation},
                    backend=BACKEND,
                    name=spec["name"],
                    kind="maxcut",
                    num_qubits=4,
                )
                store.objects.write(f"{store.results.folder(key)}/result.json", envelope(_result(key, spec, i)))
                store.update_record(key, state="succeeded", event={"context": context})
                store.release_claim(claim, "succeeded")
        finally:
            store_module.utcnow = clock
        self.jobs = max(self.jobs, jobs)
        elapsed = time.perf_counter() - started
        self.seconds += elapsed
        return elapsed

    def objects(self) -> dict[str, bytes]:
        """Every object written, by its name relative to the store's root."""
        cut = len(self.prefix)
        return {path[cut:]: data for path, data in self.memory.data.items() if path.startswith(self.prefix)}


def _result(key: str, spec: dict[str, Any], i: int) -> dict[str, Any]:
    """What the engine's result.json holds for a 4-qubit, 20-step QAOA job (after its tables moved out)."""
    from quantum_provider.spec import RESULT_SCHEMA_VERSION

    trace = [round(-1.0 - 2.5 * (1 - 0.9**step) - i * 1e-9, 12) for step in range(21)]
    top = [
        {"bitstring": format(b, "04b"), "probability": round(0.3 / (r + 1), 6), "cost": 3.0 - r / 4, "feasible": True}
        for r, b in enumerate((5, 10, 3, 6, 9, 12, 1, 2, 4, 8))
    ]
    return {
        "key": key,
        "schema_version": RESULT_SCHEMA_VERSION,
        "name": spec["name"],
        "kind": "maxcut",
        "num_qubits": 4,
        "energy": trace[-1],
        "exact_energy": -4.0,
        "energy_error": trace[-1] + 4.0,
        "baseline": {"value": 4.0, "method": "brute_force", "exact": True, "optimum_bitstring": "0101"},
        "parameters": [[0.3751], [0.3749]],
        "initial_parameters": [[0.375], [0.375]],
        "iterations": 20,
        "converged": False,
        "stop_reason": "maxiter",
        "energy_trace": trace,
        "device": "lightning.qubit",
        "shots": 1000,
        "seed": 0,
        "engine_path": "catalyst",
        "fast_path": {"used": True, "reason": None},
        "top_bitstrings": top,
        "best_bitstring": "0101",
        "best_cost": 3.0,
        "approximation_ratio_expected": round(-trace[-1] / 4.0, 6),
        "distribution_rows": 16,
        "runtime_s": 0.05,
    }


def write_tree(objects: dict[str, bytes], folder: Path) -> None:
    """The objects as files under ``folder``: plain writes, no fsync (a population, not a store's write)."""
    made: set[str] = set()
    root = str(folder)
    for name, data in objects.items():
        path = f"{root}/{name}"
        parent = path.rsplit("/", 1)[0]
        if parent not in made:
            os.makedirs(parent, exist_ok=True)
            made.add(parent)
        with open(path, "wb") as handle:
            handle.write(data)


# -- the S3 server ----------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class S3Server:
    """``w6_s3_server.py`` in a process of its own, its bucket loaded with ``objects`` (``{key: bytes}``)."""

    def __init__(self, work: Path, bucket: str, objects: dict[str, bytes]) -> None:
        self.bucket = bucket
        self.conn_id = "quantum_w6_" + bucket.replace("-", "_")
        self.port = _free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        load = work / f"{bucket}.marshal"
        started = time.perf_counter()
        load.write_bytes(marshal.dumps(objects))
        self.log = (work / f"{bucket}.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER_SCRIPT), "--port", str(self.port), "--bucket", bucket, "--load", str(load)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        self.ready = self._answer()
        self.ready["total_s"] = time.perf_counter() - started

    def _answer(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait(10)
            raise RuntimeError(f"the W6 S3 server exited ({self.process.returncode}); see {self.log.name}")
        return json.loads(line)

    def command(self, text: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        return self._answer()

    def connection(self, conn_id: str) -> dict[str, str]:
        extra = {"endpoint_url": self.endpoint, "region_name": "us-east-1"}
        body = {"conn_type": "aws", "login": "testing", "password": "testing", "extra": extra}
        return {f"AIRFLOW_CONN_{conn_id.upper()}": json.dumps(body)}

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


# -- the operations ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    name: str
    #: (store, a key never stored, size) -> what the operation returned
    call: Callable[[Any, str, int], Any]
    #: (what it returned, size, how many reservations this store made before) -> (as expected, detail)
    expect: Callable[[Any, int, int], tuple[bool, str]]


def _list_all(store: Any, key: str, size: int) -> Any:
    from quantum_provider.plugins.jobs import JobFilter, list_jobs

    return list_jobs(store, JobFilter(), limit=PAGE)


def _list_dag(store: Any, key: str, size: int) -> Any:
    from quantum_provider.plugins.jobs import JobFilter, list_jobs

    return list_jobs(store, JobFilter(dag_id=dag_id(0)), limit=PAGE)


def _reserve(store: Any, key: str, size: int) -> Any:
    from quantum_provider.governance.budget_ledger import BudgetLedger
    from quantum_provider.governance.connection_policy import Cost, Policy

    who = {**context_of(size), "dag_id": dag_id(0)}
    policy = Policy(CONN_ID, shots_per_day=10**15)
    return BudgetLedger(store, DAY).reserve(policy, dag_id=dag_id(0), costs={key: Cost(shots=20_000)}, who=who)


def _claim(store: Any, key: str, size: int) -> Any:
    return store.acquire_claim(key, context={**context_of(size), "task_id": "w6_claim"})


def _page_ok(page: Any, expected: int, more: bool, dag: str | None) -> tuple[bool, str]:
    rows = page.jobs
    complete = all(row.name and row.energy is not None and row.status == "succeeded" for row in rows)
    dags = {row.dag_id for row in rows}
    ok = len(rows) == expected and page.has_more == more and complete and (dag is None or dags == {dag})
    return ok, f"{len(rows)} rows, has_more {page.has_more}, spec and result on every row: {complete}"


def _reserve_ok(entry: Any, size: int, before: int) -> tuple[bool, str]:
    seq = (entry or {}).get("seq")
    return seq == size + before, f"appended entry {seq}: the day held {size + before} entries before it"


def _claim_ok(claim: Any, size: int, before: int) -> tuple[bool, str]:
    generation = getattr(claim, "generation", None)
    return generation == 1, f"claim generation {generation}"


OPERATIONS = (
    Operation("job list page", _list_all, lambda out, n, _: _page_ok(out, min(PAGE, n), n > PAGE, None)),
    Operation(
        "job list page, one DAG",
        _list_dag,
        lambda out, n, _: _page_ok(out, min(PAGE, n // DAGS), n // DAGS > PAGE, dag_id(0)),
    ),
    Operation("budget reservation", _reserve, _reserve_ok),
    Operation("claim", _claim, _claim_ok),
)


@dataclass
class Measured:
    """One operation on one store at one size: every timed repetition."""

    store: str
    size: int
    operation: str
    times_s: list[float] = field(default_factory=list)
    primitives: list[dict[str, int]] = field(default_factory=list)
    http: list[dict[str, int]] | None = None
    failures: list[str] = field(default_factory=list)
    detail: str = ""
    rows: list[list[Any]] | None = None

    @property
    def expected(self) -> bool:
        return not self.failures

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times_s) * 1000

    @property
    def primitive_count(self) -> int:
        return int(statistics.median(sum(calls.values()) for calls in self.primitives))

    @property
    def http_count(self) -> int | None:
        return None if self.http is None else int(statistics.median(sum(r.values()) for r in self.http))

    @property
    def requests(self) -> int:
        """What the ratios use: HTTP requests on S3, primitive calls on local disk."""
        return self.http_count if self.http_count is not None else self.primitive_count


@dataclass
class Target:
    """One store of one size, as measured: the local folder, or the S3 server with one of its LIST modes."""

    name: str
    size: int
    store: Any
    counting: CountingObjects
    http: HttpCounter | None = None
    server: S3Server | None = None
    mode: str | None = None
    #: reservations this benchmark made on the ledger (shared by the two LIST modes of one server)
    reservations: list[int] = field(default_factory=lambda: [0])


def measure_once(target: Target, operation: Operation, repetition: int, into: Measured | None) -> None:
    """Run ``operation`` once on ``target`` with a key never stored; record it in ``into`` (None: untimed)."""
    key = _sha(f"w6/new/{target.name}/{target.size}/{operation.name}/{repetition}")
    target.counting.calls.clear()
    if target.http is not None:
        target.http.requests.clear()
    started = time.perf_counter()
    outcome = operation.call(target.store, key, target.size)
    elapsed = time.perf_counter() - started
    ok, detail = operation.expect(outcome, target.size, target.reservations[0])
    if operation.call is _reserve:
        target.reservations[0] += 1
    if into is None:
        return
    into.times_s.append(elapsed)
    into.primitives.append(dict(target.counting.calls))
    if target.http is not None:
        into.http = (into.http or []) + [dict(target.http.requests)]
    into.detail = detail
    if not ok:
        into.failures.append(detail)
    if operation.call in (_list_all, _list_dag):
        into.rows = [[row.key, row.dag_id, row.run_id, row.name, row.energy] for row in outcome.jobs]


def measure(targets: list[Target], repetitions: int) -> list[Measured]:
    """Every operation on every target, in rounds: round 0 untimed (connections, first-call caches), then
    ``repetitions`` timed rounds. Interleaved, so a load that comes and goes on a shared machine falls on every
    size alike instead of on whichever size ran at the time."""
    measured = {(t.name, t.size, op.name): Measured(t.name, t.size, op.name) for t in targets for op in OPERATIONS}
    for repetition in range(repetitions + 1):
        for target in targets:
            if target.server is not None:
                target.server.command(f"list {target.mode}")
            for operation in OPERATIONS:
                into = measured[target.name, target.size, operation.name] if repetition else None
                measure_once(target, operation, repetition, into)
        print(f"    round {repetition} of {repetitions} done{' (untimed)' if not repetition else ''}", flush=True)
    return list(measured.values())


# -- the workload -----------------------------------------------------------------------------------------------


def run(config: Config, work: Path) -> WorkloadResult:
    result = WorkloadResult("W6", "Store scaling: hot paths against the number of stored jobs")
    sizes = tuple(sorted(config.w6_sizes))
    stores = (LOCAL, S3, S3_STOCK) if config.w6_stock_moto else (LOCAL, S3)
    print(f"W6: sizes {', '.join(label(n) for n in sizes)}; {config.w6_repetitions} repetitions", flush=True)
    population = Population(work)
    populations: list[dict[str, Any]] = []
    servers: list[S3Server] = []
    folders: list[Path] = []
    targets: list[Target] = []
    try:
        for size in sizes:
            described = populate(work, population, size, servers, folders)
            populations.append(described)
            targets += open_targets(size, folders[-1], servers[-1], stores)
        del population  # its memory (and its garbage collector's work) is not the measured operations'
        gc.collect()
        measured = measure(targets, config.w6_repetitions)
        for described, server in zip(populations, servers, strict=True):
            described["moto_rss_bytes"] = server.command("rss")["rss_bytes"]
    finally:
        for server in servers:
            server.stop()
            for name in server.connection(server.conn_id):
                os.environ.pop(name, None)
        removed_s = remove(folders)
    print(f"  local stores removed in {removed_s:.1f} s", flush=True)
    for m in measured:
        print(f"    {label(m.size):>5} {m.store:24} {m.operation:24} {m.median_ms:9.2f} ms {m.requests:4d} requests")
    _report(result, sizes, stores, config.w6_repetitions, measured, populations)
    result.notes.append(f"Removing the local stores afterwards (rm -rf, not timed): {removed_s:.0f} s.")
    result.raw["local_remove_s"] = removed_s
    return result


def populate(work: Path, population: Population, size: int, servers: list[S3Server], folders: list[Path]) -> dict:
    """Grow the population to ``size`` jobs and copy it to a local folder and an S3 server (appended to the
    lists as soon as they exist, so that they are cleaned up whatever happens next)."""
    generate_s = population.grow(size)
    objects = population.objects()
    folder = work / f"w6-local-{size}"
    folders.append(folder)
    started = time.perf_counter()
    write_tree(objects, folder)
    local_s = time.perf_counter() - started
    count, volume = len(objects), sum(len(data) for data in objects.values())
    server = S3Server(work, f"quantum-w6-{size}", {f"store/{name}": data for name, data in objects.items()})
    servers.append(server)
    del objects
    gc.collect()
    print(
        f"  {label(size)} jobs: {count:,} objects ({volume / 2**20:.0f} MiB) generated in {generate_s:.1f} s, "
        f"written locally in {local_s:.1f} s, loaded into moto in {server.ready['load_s']:.1f} s "
        f"(moto resident {server.ready['rss_bytes'] / 2**30:.2f} GiB)",
        flush=True,
    )
    return {
        "jobs": size,
        "objects": count,
        "bytes": volume,
        "generate_s": generate_s,
        "local_write_s": local_s,
        "moto_load_s": server.ready["load_s"],
        "moto_ready_s": server.ready["total_s"],
        "moto_rss_bytes": server.ready["rss_bytes"],
    }


def open_targets(size: int, folder: Path, server: S3Server, stores: tuple[str, ...]) -> list[Target]:
    """The stores of one size, opened through ``ResultStore`` as a deployment opens them, objects counted."""
    from quantum_provider.storage import ResultStore

    local = ResultStore(f"file://{folder}")
    counting = CountingObjects(local.objects)
    rewire(local, counting)
    targets = [Target(LOCAL, size, local, counting)]
    os.environ.update(server.connection(server.conn_id))
    remote = ResultStore(f"s3://{server.conn_id}@{server.bucket}/store")
    counting = CountingObjects(remote.objects)
    rewire(remote, counting)
    http = HttpCounter(counting.inner.fs)
    shared = [0]  # one ledger behind both LIST modes
    for name, mode in ((S3_STOCK, "stock"), (S3, "indexed")):
        if name in stores:
            targets.append(Target(name, size, remote, counting, http, server, mode, shared))
    return targets


def remove(folders: list[Path]) -> float:
    """Remove the local stores; returns the seconds it took. ``rm -rf`` rather than ``shutil.rmtree``: GNU rm
    unlinks a large folder's entries in inode order, many times faster on a cold cache than rmtree's directory
    order (a million files: minutes instead of most of an hour on a busy disk)."""
    started = time.perf_counter()
    if folders and shutil.which("rm"):
        subprocess.run(["rm", "-rf", "--", *map(str, folders)], check=False)
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    return time.perf_counter() - started


def _report(
    result: WorkloadResult,
    sizes: tuple[int, ...],
    stores: tuple[str, ...],
    repetitions: int,
    measured: list[Measured],
    populations: list[dict[str, Any]],
) -> None:
    small, large = sizes[0], sizes[-1]
    span = f"{label(large)}/{label(small)}"
    by = {(m.store, m.operation, m.size): m for m in measured}
    rows = []
    for store in stores:
        for operation in OPERATIONS:
            cells = [by[store, operation.name, size] for size in sizes]
            rows.append(
                [
                    store,
                    operation.name,
                    *[f"{m.median_ms:.2f}" for m in cells],
                    _ratio_text(ratio(cells[-1].median_ms, cells[0].median_ms)),
                    *[_requests_text(m) for m in cells],
                    _ratio_text(ratio(cells[-1].requests, cells[0].requests)),
                ]
            )
    result.tables.append(
        Table(
            f"Median wall ms over {repetitions} repetition{'s' if repetitions != 1 else ''}, and store requests "
            "(S3: HTTP requests, in parentheses the primitive calls on store.objects when they differ; local disk: "
            "primitive calls), per stored jobs",
            [
                "store",
                "operation",
                *[f"{label(n)} ms" for n in sizes],
                f"time {span}",
                *[f"{label(n)} requests" for n in sizes],
                f"requests {span}",
            ],
            rows,
        )
    )
    kinds = []
    for store in (LOCAL, S3):
        for operation in OPERATIONS:
            m = by[store, operation.name, large]
            http = m.http[-1] if m.http else None
            kinds.append([store, operation.name, _kinds(m.primitives[-1]), _kinds(http) if http else "-"])
    result.tables.append(
        Table(
            f"What one operation asks the store at {label(large)} jobs",
            ["store", "operation", "primitive calls", "HTTP requests"],
            kinds,
        )
    )
    result.tables.append(
        Table(
            "Population (generated through the provider's code in memory, then copied to each store)",
            ["jobs", "objects", "MiB", "generated s", "local write s", "moto load s", "moto resident GiB"],
            [
                [
                    f"{p['jobs']:,}",
                    f"{p['objects']:,}",
                    f"{p['bytes'] / 2**20:.0f}",
                    f"{p['generate_s']:.1f}",
                    f"{p['local_write_s']:.1f}",
                    f"{p['moto_load_s']:.1f}",
                    f"{p['moto_rss_bytes'] / 2**30:.2f}",
                ]
                for p in populations
            ],
        )
    )
    result.notes.append(
        "Generated s: jobs added since the previous size (the population grows: each size's stores hold the first "
        "N jobs). Local write: plain writes, no fsync. Moto load: S3Backend.put_object of every object."
    )
    result.notes.append(
        f"S3 ratios are judged on the indexed LIST; with moto's stock LIST (every request walks every key of the "
        f"bucket) listing operations slow down with the bucket, not the page: see the {S3_STOCK} rows."
        if S3_STOCK in stores
        else "S3 was measured with the indexed LIST only (moto's stock LIST is measured in the full run)."
    )

    for operation in OPERATIONS:
        for store in stores:
            for size in sizes:
                m = by[store, operation.name, size]
                result.check(
                    f"{store}, {label(size)} jobs: {operation.name} did its job",
                    m.expected,
                    m.failures[0] if m.failures else m.detail,
                )
        for size in sizes:
            local = by[LOCAL, operation.name, size]
            same_calls = all(by[s, operation.name, size].primitives[-1] == local.primitives[-1] for s in stores)
            result.check(
                f"{label(size)} jobs: {operation.name} made the same primitive calls on every store",
                same_calls,
                "; ".join(f"{s}: {_kinds(by[s, operation.name, size].primitives[-1])}" for s in stores),
            )
            if local.rows is not None:
                same_rows = all(by[s, operation.name, size].rows == local.rows for s in stores)
                result.check(
                    f"{label(size)} jobs: {operation.name} shows the same rows on every store",
                    same_rows,
                    f"{len(local.rows)} rows; first {local.rows[0][0][:12] if local.rows else '-'}",
                )
    for store in (LOCAL, S3):
        unit = "HTTP requests" if store == S3 else "calls on store.objects"
        for operation in OPERATIONS:
            first, last = by[store, operation.name, small], by[store, operation.name, large]
            result.ratios += [
                Ratio(
                    f"W6 {store}: {operation.name} requests {span}",
                    ratio(last.requests, first.requests),
                    f"{unit} at {label(large)} stored jobs / at {label(small)}",
                    f"<= {TARGET:g}",
                ).judged(),
                Ratio(
                    f"W6 {store}: {operation.name} time {span}",
                    ratio(last.median_ms, first.median_ms),
                    f"median wall time at {label(large)} stored jobs / at {label(small)}",
                    f"<= {TARGET:g}",
                ).judged(),
            ]
    result.raw = {
        "sizes": list(sizes),
        "repetitions": repetitions,
        "populations": populations,
        "measurements": [
            {
                "store": m.store,
                "jobs": m.size,
                "operation": m.operation,
                "times_s": m.times_s,
                "median_ms": m.median_ms,
                "primitives": m.primitives,
                "http": m.http,
            }
            for m in measured
        ],
    }


def _ratio_text(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _requests_text(m: Measured) -> str:
    if m.http_count is None or m.http_count == m.primitive_count:
        return str(m.requests)
    return f"{m.http_count} ({m.primitive_count})"


def _kinds(calls: dict[str, int] | None) -> str:
    return ", ".join(f"{name} {count}" for name, count in sorted((calls or {}).items())) or "none"
