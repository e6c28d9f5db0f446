"""W5, a night on the Celery deployment: 1,000 problems through one DAG run, wall time against the jobs' compute.

The deployment is the system test's (tests/system/deployment.py: PostgreSQL, Redis, scheduler, dag-processor,
triggerer, api-server, two Celery workers, the result store on moto's S3 server), without its Ray head. The night is
a DAG of the nightly batch's shape, written here for each setting and loaded by every host: one
QuantumPreprocessOperator per problem kind (MaxCut, QUBO, Pauli; the nightly DAG reads MaxCut only), their chunks
concatenated into one mapped QuantumBatchSubmitOperator, then validate and publish. The tables are uploaded to S3
(the hosts share no disk with this process) and the run is triggered and followed through the REST API. Several
settings (chunk size, max_workers, the quantum worker's slots) run the same night one after the other, each on a
result store and a worker program cache of its own, so that each computes every problem from nothing.

What is reported, per setting: the wall time from the trigger to the run's end; the jobs' own compute from their
provenance (``runtime_s`` inside the worker process, compilation included, with the compilation and the simulator
seconds apart); the ratio ``wall / (compute / worker cores)``, target at most 1.5; Airflow's share per task
instance (queued to started, started to its first job); where the CPU went (each service's process tree) and the
S3 requests by stage; the peak RSS of every worker process, from the jobs' provenance and from a sampler of the
Celery workers' process trees. After the nights, a few jobs of each shape run alone in a fresh interpreter: the
jobs' compute on a core of their own, for a second ratio beside the first, whose runtime_s counts the seconds a
job waited for a core. Checks (a failure fails the run): the run
succeeded, every problem has exactly one computed result, every baseline equals the answer computed here
(brute-force MaxCut, QUBO enumeration, dense diagonalization), and the published table holds each problem once.
"""

from __future__ import annotations

import ast
import heapq
import json
import os
import re
import shutil
import signal
import statistics
import string
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from benchmarks.config import Config, NightSetting
from benchmarks.model import Ratio, Table, WorkloadResult
from benchmarks.problems import brute_force_maxcut

REPO = Path(__file__).resolve().parents[2]
#: The nightly DAG, whose job defaults the night uses (read from its file: importing it would define its DAG here).
NIGHTLY_DAG = REPO / "dags" / "nightly_maxcut_batch.py"
TARGET_RATIO = 1.5
KINDS = ("maxcut", "qubo", "pauli")
#: The Pauli problems are transverse-field Ising chains: not diagonal, so QAOA cannot take them (it needs a Z-only
#: cost); they get the Hamiltonian-variational ansatz, the provider's default for such a Hamiltonian, with the
#: nightly optimizer. Its layers default to the qubit count.
PAULI_ANSATZ = {"kind": "hamiltonian_variational"}
#: Seconds a night may take before the workload gives up on it: a budget, not a measure.
NIGHT_BUDGET_S = 3600
#: The worker's program cache (engine/program_cache.py), read from its environment.
PROGRAM_CACHE = "AIRFLOW__QUANTUM__PROGRAM_CACHE"
#: Seconds between two samples of the workers' process trees.
SAMPLE_EVERY_S = 0.5

_DAG = string.Template('''"""W5 night, setting $name (written by benchmarks/workloads/w5_night.py for one run)."""
import json
from datetime import datetime, timedelta

from airflow.sdk import DAG, Param

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.publish import QuantumPublishOperator
from quantum_provider.operators.validate import QuantumValidateOperator

SETTINGS = json.loads($settings)
STORE = SETTINGS["store"]

with DAG(
    dag_id=SETTINGS["dag_id"],
    schedule=None,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    params={kind: Param("", type="string") for kind in SETTINGS["defaults"]},
    default_args=dict(retries=2, retry_delay=timedelta(minutes=1)),
    tags=["benchmark"],
) as dag:
    chunks = [
        QuantumPreprocessOperator(
            task_id=f"preprocess_{kind}",
            source="{{ params.%s }}" % kind,
            kind=kind,
            job_defaults=defaults,
            result_store=STORE,
            chunk_size=SETTINGS["chunk_size"],
        ).output
        for kind, defaults in SETTINGS["defaults"].items()
    ]
    # No more solve tasks queued than the quantum worker has slots: the others wait in the scheduler, not in the
    # broker, where [scheduler] task_queued_timeout (600 s) would take them for stuck and queue them again.
    solved = QuantumBatchSubmitOperator.partial(
        task_id="solve",
        result_store=STORE,
        max_workers=SETTINGS["max_workers"],
        max_active_tis_per_dagrun=SETTINGS["slots"],
    ).expand(jobs=chunks[0].concat(*chunks[1:]))
    validated = QuantumValidateOperator(
        task_id="validate", results=solved.output, result_store=STORE, min_expected_ratio=0.75
    )
    QuantumPublishOperator(
        task_id="publish", dataset=STORE + "/published/w5_night", validation=validated.output, result_store=STORE
    )
''')


# ------------------------------------------------------------------------------------------------------ the night


@dataclass(frozen=True)
class NightProblem:
    """One problem of the night: its table rows and the answer computed here, independently of the provider."""

    problem_id: str
    kind: str
    qubits: int
    rows: tuple[tuple[Any, ...], ...]
    #: The maximum cut (MaxCut), the lowest ``x^T Q x`` (QUBO), the ground energy (Pauli).
    answer: float


def nightly_job_defaults() -> dict[str, Any]:
    """``JOB_DEFAULTS`` of dags/nightly_maxcut_batch.py, read from its source."""
    for node in ast.parse(NIGHTLY_DAG.read_text()).body:
        names = [getattr(target, "id", None) for target in getattr(node, "targets", [])]
        if isinstance(node, ast.Assign) and "JOB_DEFAULTS" in names:
            return ast.literal_eval(node.value)
    raise RuntimeError(f"{NIGHTLY_DAG} defines no JOB_DEFAULTS")


def _regular_graphs(nodes: int, count: int, seed: int) -> Iterator[tuple[tuple[int, int], ...]]:
    """``count`` distinct labelled connected 3-regular graphs on ``nodes`` nodes, seeded: every problem of a size is
    a different job, so every one is computed."""
    import networkx as nx

    rng = np.random.default_rng(seed)
    drawn: set[tuple[tuple[int, int], ...]] = set()
    while len(drawn) < count:
        graph = nx.random_regular_graph(3, nodes, seed=int(rng.integers(1 << 30)))
        edges = tuple(sorted((min(u, v), max(u, v)) for u, v in graph.edges()))
        if nx.is_connected(graph) and edges not in drawn:
            drawn.add(edges)
            yield edges


def _qubo_minimum(matrix: np.ndarray) -> float:
    """The lowest ``x^T Q x`` over every binary vector, by enumeration."""
    n = len(matrix)
    bits = ((np.arange(1 << n)[:, None] >> np.arange(n)) & 1).astype(float)
    return float(np.einsum("bi,ij,bj->b", bits, matrix, bits).min())


def _ground_energy(terms: list[tuple[str, float]]) -> float:
    """The lowest eigenvalue of a sum of Pauli words, by dense diagonalization."""
    paulis = {
        "I": np.eye(2),
        "X": np.array([[0, 1], [1, 0]]),
        "Y": np.array([[0, -1j], [1j, 0]]),
        "Z": np.diag([1.0, -1.0]),
    }
    matrix = 0
    for word, coefficient in terms:
        term = np.array([[1.0]])
        for letter in word:
            term = np.kron(term, paulis[letter])
        matrix = matrix + coefficient * term
    return float(np.linalg.eigvalsh(matrix)[0])


def night_problems(config: Config) -> list[NightProblem]:
    """The night, seeded: MaxCut on random 3-regular graphs, largest first (the first chunks take longest, so
    the night's last tasks are short ones); QUBOs of weighted MaxCut on 10 variables; transverse-field Ising
    chains of 6 and 8 qubits as Pauli sums."""
    problems = []
    for nodes in sorted(config.w5_maxcut_sizes, reverse=True):
        for number, edges in enumerate(_regular_graphs(nodes, config.w5_maxcut_per_size, seed=5000 + nodes)):
            rows = tuple((u, v, 1.0) for u, v in edges)
            maxcut = brute_force_maxcut(nodes, rows)
            problems.append(NightProblem(f"maxcut-n{nodes}-{number:03d}", "maxcut", nodes, rows, maxcut))
    # A QUBO whose optimum is a weighted maximum cut: Q_ii = -(weighted degree), Q_uv = Q_vu = w_uv, so that
    # x^T Q x = -cut(x). A random dense QUBO is no fit for two QAOA layers (0.60 to 0.86 of the optimum in
    # expectation on 8 variables, below the nightly suite's 0.75).
    for number in range(config.w5_qubo):
        rng = np.random.default_rng(6000 + number)
        [edges] = _regular_graphs(10, 1, seed=6000 + number)
        weights = np.round(rng.uniform(0.5, 1.5, size=len(edges)), 3)
        matrix = np.zeros((10, 10))
        for (u, v), weight in zip(edges, weights, strict=True):
            matrix[u, v] = matrix[v, u] = weight
            matrix[u, u] -= weight
            matrix[v, v] -= weight
        matrix[np.diag_indices(10)] = np.round(np.diag(matrix), 3)
        rows = tuple((i, i, float(matrix[i, i])) for i in range(10)) + tuple(
            (u, v, float(w)) for (u, v), w in zip(edges, weights, strict=True)
        )
        problems.append(NightProblem(f"qubo-{number:03d}", "qubo", 10, rows, _qubo_minimum(matrix)))
    for number in range(config.w5_pauli):
        rng = np.random.default_rng(7000 + number)
        qubits = 6 if number % 2 == 0 else 8
        couplings = np.round(rng.uniform(0.5, 1.5, size=2 * qubits - 1), 3)
        words = [("I" * k + "ZZ").ljust(qubits, "I") for k in range(qubits - 1)]
        words += [("I" * k + "X").ljust(qubits, "I") for k in range(qubits)]
        terms = [(word, float(c)) for word, c in zip(words, couplings, strict=True)]
        problems.append(NightProblem(f"pauli-{number:03d}", "pauli", qubits, tuple(terms), _ground_energy(terms)))
    return problems


def write_tables(problems: list[NightProblem], folder: Path) -> dict[str, Path]:
    """One CSV per kind in its documented layout (quantum_provider/tables/layouts.py), problems in night order."""
    import pandas as pd

    columns = {"maxcut": ["u", "v", "weight"], "qubo": ["i", "j", "value"], "pauli": ["term", "coefficient"]}
    folder.mkdir(parents=True, exist_ok=True)
    tables = {}
    for kind in KINDS:
        rows = [(p.problem_id, *row) for p in problems if p.kind == kind for row in p.rows]
        tables[kind] = folder / f"{kind}.csv"
        pd.DataFrame(rows, columns=["problem_id", *columns[kind]]).to_csv(tables[kind], index=False)
    return tables


def write_dag(folder: Path, setting: NightSetting, store: str) -> tuple[str, Path]:
    """The night's DAG for ``setting`` (its chunk size and max_workers), on the result store ``store``."""
    defaults = nightly_job_defaults()
    dag_id = f"w5_night_{setting.name}"
    settings = {
        "dag_id": dag_id,
        "store": store,
        "chunk_size": setting.chunk_size,
        "max_workers": setting.max_workers,
        "slots": setting.concurrency,
        "defaults": {"maxcut": defaults, "qubo": defaults, "pauli": {**defaults, "ansatz": PAULI_ANSATZ}},
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{dag_id}.py"
    path.write_text(_DAG.substitute(name=setting.name, settings=repr(json.dumps(settings))))
    return dag_id, path


# ------------------------------------------------------------------------------------------ worker memory sampler


def _high_water_mib(pid: int) -> float | None:
    """The process's peak resident set so far (VmHWM), which a sample taken between two peaks would miss."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def _role(command: str, parent: str) -> str:
    """What a process under a Celery worker is, from its title (Airflow and Celery set them) and its parent's."""
    if "MainProcess" in command:
        return "Celery worker (main)"
    if "ForkPoolWorker" in command or "airflow supervisor:" in command:
        return "Celery pool process (a task's supervisor)"  # it takes the title of the task it supervises
    if "serve-logs" in command:
        return "log server"
    if "airflow worker --" in command:
        return "task process"
    if "forkserver" in command:
        return "batch pool worker" if "forkserver" in parent else "batch fork server"
    if "bin/catalyst" in command:
        return "Catalyst compiler (a job's compilation)"
    if command.split(" ", 1)[0].rsplit("/", 1)[-1] in ("gcc", "cc", "collect2", "ld"):
        return "linker (a job's compilation)"
    return "other: " + command[:60]


class TreeSampler:
    """Peak memory of every process under the Celery workers, sampled on a thread while a night runs.

    A process keeps the role of its newest title: a task process is forked from its supervisor and renames itself
    once it runs."""

    def __init__(self, roots: dict[str, int], every_s: float = SAMPLE_EVERY_S) -> None:
        self.roots = roots
        self.every_s = every_s
        self.peaks: dict[tuple[int, float], dict[str, Any]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="w5-sampler", daemon=True)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        while not self._stop.is_set():
            for worker, pid in self.roots.items():
                self._sample(worker, pid)
            self._stop.wait(self.every_s)

    def _sample(self, worker: str, pid: int) -> None:
        try:
            root = psutil.Process(pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            return
        seen = {}
        for process in tree:
            try:
                with process.oneshot():
                    seen[process.pid] = (process.ppid(), process.create_time(), " ".join(process.cmdline()),
                                         process.memory_info().rss)  # fmt: skip
            except psutil.Error:
                continue
        for pid, (parent, started, command, rss) in seen.items():
            entry = self.peaks.setdefault((pid, started), {"worker": worker, "pid": pid, "rss_mib": 0.0,
                                                           "high_water_mib": 0.0})  # fmt: skip
            entry["rss_mib"] = max(entry["rss_mib"], rss / 2**20)
            entry["high_water_mib"] = max(entry["high_water_mib"], _high_water_mib(pid) or 0.0)
            entry["role"] = _role(command, seen.get(parent, (0, 0, ""))[2])
            entry["command"] = command[:200]


# ------------------------------------------------------------------------------------------------- the deployment


def _timestamp(value: str | None) -> float | None:
    return None if value is None else datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


@contextmanager
def _deployment(first: NightSetting, dag_files: tuple[Path, ...], cache: Path) -> Iterator[Any]:
    """The system test's deployment without Ray, torn down whatever happens: ``down()`` here, and the process groups
    are listed under a ``quantum-system-`` root, which ``python -m tests.system.deployment sweep`` cleans after a
    driver that was killed. SIGTERM ends the workload through the same path as Ctrl-C."""
    from tests.system.deployment import ROOT_PREFIX, Deployment

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    # The harness quiets Airflow in this process; the services' logs keep Airflow's level (the harness reads
    # the workers' "ready." lines from them).
    quiet = os.environ.pop("AIRFLOW__LOGGING__LOGGING_LEVEL", None)
    harness_cache = os.environ.get(PROGRAM_CACHE)
    os.environ[PROGRAM_CACHE] = str(cache)
    root = Path(tempfile.mkdtemp(prefix=ROOT_PREFIX))
    deployment = Deployment(root, quantum_concurrency=first.concurrency, ray=False, extra_dags=dag_files)
    ok = False
    try:
        deployment.up()
        yield deployment
        ok = True
    finally:
        try:
            deployment.down()
        finally:
            signal.signal(signal.SIGTERM, previous)
            if quiet is not None:
                os.environ["AIRFLOW__LOGGING__LOGGING_LEVEL"] = quiet
            if harness_cache is None:
                os.environ.pop(PROGRAM_CACHE, None)
            else:
                os.environ[PROGRAM_CACHE] = harness_cache
            if ok:
                shutil.rmtree(root, ignore_errors=True)
            else:  # the logs stay for a look; the pgids file goes, its groups are gone (a later sweep must not
                (root / "pgids").unlink(missing_ok=True)  # signal whatever reuses those numbers)
                shutil.rmtree(root / "pg", ignore_errors=True)
                print(f"W5: the deployment's logs are in {root / 'logs'}", flush=True)


def _cpu_seconds(processes: dict[str, Any]) -> dict[str, float]:
    """CPU seconds used so far by each service's process tree (its reaped descendants included), and by the whole
    machine (every process, other users' too)."""
    used = {}
    for name, popen in processes.items():
        total = 0.0
        try:
            root = psutil.Process(popen.pid)
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            continue
        for process in tree:
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue
            total += times.user + times.system + times.children_user + times.children_system
        used[name] = total
    machine = psutil.cpu_times()
    used["the whole machine"] = sum(machine) - machine.idle - getattr(machine, "iowait", 0.0)
    return used


#: A request line of the S3 server's log (werkzeug's): its time, to the second in the server's local time, and method.
_REQUEST = re.compile(r'\[(\d{2}/\w{3}/\d{4} \d{2}:\d{2}:\d{2})\] "([A-Z]+) ')


def _s3_requests(log: Path, offset: int) -> dict[str, dict[str, int]]:
    """The S3 server's requests after ``offset`` in its log, counted by second (epoch, as a string) and method."""
    with log.open("rb") as handle:
        handle.seek(offset)
        text = handle.read().decode(errors="replace")
    counts: dict[str, dict[str, int]] = {}
    for match in _REQUEST.finditer(text):
        second = str(int(datetime.strptime(match[1], "%d/%b/%Y %H:%M:%S").timestamp()))
        methods = counts.setdefault(second, {})
        methods[match[2]] = methods.get(match[2], 0) + 1
    return counts


def _read_jobs(store: Any, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Each job's record and provenance from S3, read as any host reads them."""

    def read(key: str) -> dict[str, Any]:
        return {"record": store.read_record(key), "provenance": store.read_optional_json(key, "provenance.json")}

    with ThreadPoolExecutor(max_workers=8) as pool:
        return dict(zip(keys, pool.map(read, keys), strict=True))


def run_night(
    deployment: Any,
    api: Any,
    setting: NightSetting,
    dag_id: str,
    inputs: dict[str, str],
    store_uri: str,
    program_cache: Path,
) -> dict[str, Any]:
    """Trigger the night of ``setting`` and follow it to its end; return what the REST API and S3 say about it.

    The quantum worker runs the night with the setting's slots and an empty program cache under ``program_cache``
    (engine/program_cache.py): each night starts on a host that has compiled nothing, whichever ran before it."""
    from quantum_provider.storage import ResultStore
    from quantum_provider.tables.publication import read_published
    from tests.system.deployment import DEFAULT_QUEUE, QUANTUM_QUEUE

    quantum = f"worker-{QUANTUM_QUEUE}"
    cache = str(program_cache / setting.name)
    if deployment.quantum_concurrency != setting.concurrency or os.environ.get(PROGRAM_CACHE) != cache:
        deployment.stop(quantum)
        deployment.quantum_concurrency = setting.concurrency
        os.environ[PROGRAM_CACHE] = cache  # the worker's environment is this process's, read at its start
        deployment.start_worker(QUANTUM_QUEUE)
    worker_pid = deployment.processes[quantum].pid
    cores = len(psutil.Process(worker_pid).cpu_affinity())
    api.wait_for_dags([dag_id])
    api.unpause(dag_id)
    run_id = f"w5-{setting.name}"
    roots = {QUANTUM_QUEUE: worker_pid, DEFAULT_QUEUE: deployment.processes[f"worker-{DEFAULT_QUEUE}"].pid}
    load_before = os.getloadavg()
    s3_log = deployment.log_path("s3")
    s3_offset = s3_log.stat().st_size
    cpu_before = _cpu_seconds(deployment.processes)
    with TreeSampler(roots) as sampler:
        triggered = time.time()
        api.trigger(dag_id, run_id=run_id, conf=inputs)
        finished = api.wait_for_run(dag_id, run_id, timeout=NIGHT_BUDGET_S)
    cpu_after = _cpu_seconds(deployment.processes)
    print(f"W5 {setting.name}: run {finished['state']} in {time.time() - triggered:.0f} s", flush=True)
    tis = api.task_instances(dag_id, run_id)
    fields = ("task_id", "map_index", "state", "try_number", "queue", "hostname", "scheduled_when", "queued_when",
              "start_date", "end_date")  # fmt: skip
    night: dict[str, Any] = {
        "setting": asdict(setting),
        "dag_id": dag_id,
        "run_id": run_id,
        "store": store_uri,
        "worker_cores": cores,
        "triggered_at": triggered,
        "run": {name: finished.get(name) for name in ("state", "start_date", "end_date")},
        "task_instances": [{name: ti.get(name) for name in fields} for ti in tis],
        "s3_requests": _s3_requests(s3_log, s3_offset),
        "cpu_s": {name: cpu_after[name] - cpu_before.get(name, 0.0) for name in cpu_after},
        "machine_cores": psutil.cpu_count(),
        "sampled_processes": sorted(sampler.peaks.values(), key=lambda entry: (entry["worker"], entry["pid"])),
        "load_average_before": [round(value, 2) for value in load_before],
        "load_average_after": [round(value, 2) for value in os.getloadavg()],
    }
    if finished["state"] != "success":
        return night
    validation = api.xcom(dag_id, run_id, "validate")
    published = api.xcom(dag_id, run_id, "publish")
    night["validation"] = {name: validation.get(name) for name in ("success", "jobs", "passed", "rejected")}
    night["published"] = published
    table = read_published(published["dataset"], published["run_date"]).to_pandas()
    table = table[table["run_id"] == run_id]
    columns = ["problem_id", "kind", "key", "num_qubits", "baseline_cost", "exact_energy", "energy",
               "approximation_ratio_expected", "validation"]  # fmt: skip
    night["published_rows"] = table[columns].to_dict("records")
    started = time.perf_counter()
    stored = _read_jobs(ResultStore(store_uri), sorted(set(table["key"])))
    asked = {row["key"]: row for row in night["published_rows"]}
    jobs = []
    for key, found in stored.items():
        prov, record = found["provenance"] or {}, found["record"] or {}
        fast, env, context = prov.get("fast_path") or {}, prov.get("environment") or {}, prov.get("context") or {}
        jobs.append(
            {
                "key": key,
                "problem_id": asked[key]["problem_id"],
                "kind": asked[key]["kind"],
                "qubits": int(asked[key]["num_qubits"]),
                "state": record.get("state"),
                "computations": sum(entry.get("state") == "running" for entry in record.get("history") or []),
                "runtime_s": prov.get("runtime_s"),
                "simulator_s": prov.get("simulator_s"),
                "engine_path": prov.get("engine_path"),
                "compile_s": fast.get("compile_s") if fast.get("cache_hit") is False else None,
                "started_at": prov.get("started_at"),
                "finished_at": prov.get("finished_at"),
                "host": env.get("host"),
                "pid": env.get("pid"),
                "process_peak_rss_mib": env.get("process_peak_rss_mib"),
                "task_id": context.get("task_id"),
                "map_index": context.get("map_index"),
                "try_number": context.get("try_number"),
            }
        )
    night["jobs"] = jobs
    night["read_back_s"] = time.perf_counter() - started
    return night


# -------------------------------------------------------------------------------------------------- calibration

#: A fresh interpreter with one OpenMP thread, as a task process: per shape, the first job (it compiles), then the
#: others warm; every job's runtime_s and the compilation's seconds, from the stored provenance.
_ALONE = r"""
import json, sys
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
shapes, folder = json.loads(open(sys.argv[1]).read()), sys.argv[2]
store, report = ResultStore(f"file://{folder}"), {}
for shape, specs in shapes.items():
    runs = report[shape] = {"runtime_s": [], "compile_s": None, "first_runtime_s": None}
    for number, spec in enumerate(specs):
        key = f"{len(report):04d}{number:060d}"
        run_job(prepare(JobSpec.parse(spec)), key=key, store=store, backend={"device": "lightning.qubit"})
        prov = store.load_result(key).provenance
        if number == 0:  # compile_s is the program's, also when another shape compiled it first (cache_hit)
            runs.update(compile_s=prov["fast_path"].get("compile_s"), first_runtime_s=prov["runtime_s"],
                        first_compiled=prov["fast_path"].get("cache_hit") is False)
        else:
            runs["runtime_s"].append(prov["runtime_s"])
print(json.dumps(report))
"""


def _spec(problem: NightProblem, defaults: dict[str, Any]) -> dict[str, Any]:
    """The JobSpec the night's preprocess task makes of ``problem`` (tables/layouts.py, problem_dict)."""
    if problem.kind == "maxcut":
        body: dict[str, Any] = {"kind": "maxcut", "edges": [list(row) for row in problem.rows]}
    elif problem.kind == "qubo":
        matrix = [[0.0] * problem.qubits for _ in range(problem.qubits)]
        for i, j, value in problem.rows:
            matrix[i][j] = matrix[j][i] = value
        body = {"kind": "qubo", "matrix": matrix, "offset": 0.0}
    else:
        body = {"kind": "pauli", "terms": [list(row) for row in problem.rows]}
    return {"name": problem.problem_id, "problem": body, **defaults}


def compute_alone(problems: list[NightProblem], per_shape: int, work: Path) -> dict[str, dict[str, Any]]:
    """The night's jobs without a deployment around them: per shape (kind and qubits), ``per_shape`` of its
    problems one after the other in a fresh interpreter, on a local store, once the deployment is down. What a
    job costs on a core of its own, to set beside its runtime_s in the night, which counts every second the job
    waited for a core (more Celery slots than cores, the S3 server, other tasks) as its compute."""
    from benchmarks.child import run_json_child

    defaults = nightly_job_defaults()
    shapes: dict[str, list[dict[str, Any]]] = {}
    for problem in problems:
        chosen = shapes.setdefault(f"{problem.kind}-{problem.qubits}", [])
        if len(chosen) <= per_shape:  # the first one compiles and is not counted
            pauli = {**defaults, "ansatz": PAULI_ANSATZ} if problem.kind == "pauli" else defaults
            chosen.append(_spec(problem, pauli))
    folder = Path(tempfile.mkdtemp(prefix="w5-alone-", dir=work))
    path = folder / "shapes.json"
    path.write_text(json.dumps(shapes))
    env = {PROGRAM_CACHE: str(folder / "program-cache")}  # compiles as the night's first task on a host does
    args = [str(path), str(folder / "store")]
    return run_json_child(_ALONE, args, repo=REPO, what="W5 jobs alone", timeout=1800, env=env)


# ----------------------------------------------------------------------------------------------------- analysis


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _requests_by_stage(
    requests: dict[str, dict[str, int]], stages: list[list[Any]], triggered: float, problems: int
) -> list[list[Any]]:
    """The S3 requests of each stage's time window (whole seconds, so a request in the second a stage ends and the
    next starts counts for the earlier one), and of the night outside every stage."""
    rows = []
    left = {int(second): methods for second, methods in requests.items()}
    for stage, first, last in stages:
        low, high = int(triggered + first), int(triggered + last)
        inside = [left.pop(second) for second in sorted(left) if low <= second <= high]
        rows.append(_request_row(stage, inside, problems))
    rows.append(_request_row("outside the stages", list(left.values()), problems))
    rows.append(_request_row("the whole night", list(requests.values()), problems))
    return rows


def _request_row(stage: str, seconds: list[dict[str, int]], problems: int) -> list[Any]:
    get = sum(m.get("GET", 0) for m in seconds)
    put = sum(m.get("PUT", 0) for m in seconds)
    total = sum(sum(m.values()) for m in seconds)
    return [stage, get, put, total - get - put, total, total / problems]


#: What the raw numbers keep of each job, by column (the checks have used the rest: state, computations, key).
KEPT = ("problem_id", "kind", "qubits", "runtime_s", "simulator_s", "compile_s", "engine_path", "pid",
        "process_peak_rss_mib", "map_index", "try_number")  # fmt: skip


def by_column(jobs: list[dict[str, Any]], triggered: float) -> dict[str, list[Any]]:
    """The jobs' rows as one list per kept field, their start and end in seconds after the trigger."""
    columns: dict[str, list[Any]] = {name: [job.get(name) for job in jobs] for name in KEPT}
    for name in ("started_at", "finished_at"):
        columns[f"{name[:-3]}_s"] = [round(_timestamp(job[name]) - triggered, 3) for job in jobs]
    return columns


def _shape(job: dict[str, Any]) -> str:
    return f"{job['kind']}-{job['qubits']}"


def _alone_runtime(runs: dict[str, Any]) -> float:
    """A warm job's seconds alone: the median of the shape's warm runs, or its one run less its compilation."""
    if runs["runtime_s"]:
        return statistics.median(runs["runtime_s"])
    return max(runs["first_runtime_s"] - ((runs["compile_s"] or 0.0) if runs["first_compiled"] else 0.0), 0.0)


def analyse(
    night: dict[str, Any], problems: list[NightProblem], alone: dict[str, dict[str, Any]], result: WorkloadResult
) -> dict[str, Any]:
    """Checks, ratio and tables of one night; returns the derived numbers (also kept in the raw JSON)."""
    name = night["setting"]["name"]
    tis = night["task_instances"]
    states = sorted({ti["state"] for ti in tis})
    retried = [f"{ti['task_id']}[{ti['map_index']}]" for ti in tis if (ti["try_number"] or 1) > 1]
    ok = night["run"]["state"] == "success" and states == ["success"]
    result.check(
        f"{name}: the DAG run and every task instance succeeded",
        ok,
        f"run {night['run']['state']}; task instances {states}; {len(tis)} of them; retried: {retried or 'none'}",
    )
    if not ok or "jobs" not in night:
        return {}
    by_id = {problem.problem_id: problem for problem in problems}
    rows, jobs = night["published_rows"], night["jobs"]
    published_ids = sorted(row["problem_id"] for row in rows)
    result.check(
        f"{name}: the published table holds every problem once (nothing lost or duplicated)",
        published_ids == sorted(by_id) and night["published"]["rows"] == len(by_id),
        f"{len(published_ids)} rows, {len(set(published_ids))} distinct, {len(by_id)} problems; "
        f"publish reported {night['published']['rows']}",
    )
    validation = night["validation"]
    passed = validation["passed"] == len(by_id) and all(row["validation"] == "passed" for row in rows)
    result.check(
        f"{name}: every result passed validation",
        validation["success"] is True and passed,
        f"{validation['passed']} of {validation['jobs']} passed; rejected {len(validation['rejected'] or [])}",
    )
    once = [job for job in jobs if job["state"] == "succeeded" and job["computations"] == 1]
    keys = {row["key"] for row in rows}
    result.check(
        f"{name}: every problem has exactly one result, computed once",
        len(keys) == len(by_id) == len(jobs) == len(once),
        f"{len(keys)} distinct keys for {len(by_id)} problems; {len(once)} computed exactly once",
    )
    gaps = {"maxcut": [], "qubo": [], "pauli": []}
    for row in rows:
        problem = by_id.get(row["problem_id"])
        if problem is None:
            continue
        expected = -problem.answer if problem.kind == "maxcut" else problem.answer
        gaps[problem.kind].append(abs(row["baseline_cost"] - expected))
    answers = {"maxcut": "brute-force MaxCut", "qubo": "QUBO enumeration", "pauli": "dense diagonalization"}
    for kind, what in answers.items():
        count = sum(problem.kind == kind for problem in problems)
        worst = max(gaps[kind], default=None)
        result.check(
            f"{name}: every {kind} baseline equals the {what} here",
            len(gaps[kind]) == count and (worst is None or worst <= 1e-8),
            f"{len(gaps[kind])}/{count} compared; largest gap {worst if worst is None else f'{worst:.1e}'}",
        )

    cores = night["worker_cores"]
    triggered = night["triggered_at"]
    run_end = _timestamp(night["run"]["end_date"])
    wall = run_end - triggered
    by_task: dict[str, list[dict[str, Any]]] = {}
    for ti in tis:
        by_task.setdefault(ti["task_id"], []).append(ti)
    [publish] = by_task["publish"]
    compute = sum(job["runtime_s"] for job in jobs)
    compile_s = sum(job["compile_s"] for job in jobs if job["compile_s"] is not None)
    compiles = sum(job["compile_s"] is not None for job in jobs)
    simulator = sum(job["simulator_s"] for job in jobs)
    ratio = wall / (compute / cores)
    # The same jobs on a core of their own: each job at its shape's median warm runtime, plus the night's own
    # compilations at the seconds one took alone.
    own = sum(_alone_runtime(alone[_shape(job)]) for job in jobs)
    own += sum(alone[_shape(job)]["compile_s"] or 0.0 for job in jobs if job["compile_s"] is not None)
    result.ratios += [
        Ratio(
            f"W5 {name}: night wall / (jobs' compute / worker cores)",
            ratio,
            f"trigger to the run's end / (sum of the {len(jobs)} jobs' runtime_s in their workers / "
            f"{cores} cores of the quantum worker)",
            target=f"<= {TARGET_RATIO}",
        ).judged(),
        Ratio(
            f"W5 {name}: night wall / (the same jobs' compute alone / worker cores)",
            wall / (own / cores),
            "as above, each job's runtime_s replaced by its shape's median on a core of its own (local store, "
            "after the night), compilations included: without the seconds the night's jobs waited for a core",
        ),
    ]

    # Airflow's share of each solve task: queued to started (the scheduler and Celery handing it over), started
    # to its first job (the task process: interpreter, imports, DAG parse, admission), its last job to its end.
    first_job: dict[tuple[int, int], float] = {}
    last_job: dict[tuple[int, int], float] = {}
    for job in jobs:
        slot = (job["map_index"], job["try_number"])
        first_job[slot] = min(first_job.get(slot, float("inf")), _timestamp(job["started_at"]))
        last_job[slot] = max(last_job.get(slot, 0.0), _timestamp(job["finished_at"]))
    queued_s, slot_wait, pickup, startup, wind_down, durations = [], [], [], [], [], []
    # A Celery slot frees when its task ends: the wait for one is the night's queue, not overhead. Slots are given
    # to the task instances in the order they started, each the one that freed first.
    free = [float("-inf")] * night["setting"]["concurrency"]
    for ti in sorted(by_task["solve"], key=lambda ti: ti["start_date"]):
        queued, start, end = (_timestamp(ti[k]) for k in ("queued_when", "start_date", "end_date"))
        ready = max(queued, heapq.heapreplace(free, end))
        queued_s.append(start - queued)
        slot_wait.append(ready - queued)
        pickup.append(start - ready)
        durations.append(end - start)
        slot = (ti["map_index"], ti["try_number"])
        if slot in first_job:
            startup.append(first_job[slot] - start)
            wind_down.append(end - last_job[slot])
    solve_tis = len(by_task["solve"])
    overhead_rows = [
        ["queued -> started", sum(queued_s), _median(queued_s), max(queued_s)],
        ["  of which waiting for a free Celery slot", sum(slot_wait), _median(slot_wait), max(slot_wait)],
        ["  of which a free slot (or queued) -> started: scheduler and Celery pick-up", sum(pickup), _median(pickup),
         max(pickup)],
        ["started -> first job started (task process start, imports, admission)", sum(startup), _median(startup),
         max(startup, default=None)],
        ["last job finished -> task ended (summaries, XCom, exit)", sum(wind_down), _median(wind_down),
         max(wind_down, default=None)],
        ["whole task instance (started -> ended)", sum(durations), _median(durations), max(durations)],
    ]  # fmt: skip

    def span(task_ids: list[str]) -> tuple[float, float]:
        chosen = [ti for task in task_ids for ti in by_task.get(task, [])]
        return (min(_timestamp(ti["start_date"]) for ti in chosen) - triggered,
                max(_timestamp(ti["end_date"]) for ti in chosen) - triggered)  # fmt: skip

    stages = [
        ["preprocess (3 tasks)", *span([f"preprocess_{kind}" for kind in KINDS])],
        [f"solve ({solve_tis} mapped tasks)", *span(["solve"])],
        ["validate", *span(["validate"])],
        ["publish", *span(["publish"])],
    ]
    services = dict(night["cpu_s"])
    machine_cpu = services.pop("the whole machine")
    deployment_cpu = sum(services.values())
    capacity = wall * night["machine_cores"]
    cpu_rows = [[service, seconds, seconds / capacity] for service, seconds in sorted(services.items())]
    cpu_rows += [
        ["the deployment, all services", deployment_cpu, deployment_cpu / capacity],
        ["other processes on the machine (this driver, other users)", machine_cpu - deployment_cpu,
         (machine_cpu - deployment_cpu) / capacity],
        ["idle", capacity - machine_cpu, (capacity - machine_cpu) / capacity],
    ]  # fmt: skip
    request_rows = _requests_by_stage(night["s3_requests"], stages, triggered, len(by_id))
    rss_by_process: dict[tuple[str, int], dict[str, Any]] = {}
    for job in jobs:
        entry = rss_by_process.setdefault((job["host"], job["pid"]), {"jobs": 0, "peak": 0.0, "task": set()})
        entry["jobs"] += 1
        entry["peak"] = max(entry["peak"], job["process_peak_rss_mib"] or 0.0)
        entry["task"].add(job["map_index"])
    peaks = sorted(entry["peak"] for entry in rss_by_process.values())
    sampled: dict[str, list[float]] = {}
    for process in night["sampled_processes"]:
        role = f"{process['worker']}: {process['role']}"
        sampled.setdefault(role, []).append(max(process["rss_mib"], process["high_water_mib"]))

    verdict = "met" if ratio <= TARGET_RATIO else "missed"
    median_peak = statistics.median(peaks)
    result.tables += [
        Table(
            f"{name}: the night (chunk_size {night['setting']['chunk_size']}, max_workers "
            f"{night['setting']['max_workers']}, quantum worker concurrency {night['setting']['concurrency']})",
            ["quantity", "value"],
            [
                ["problems", len(by_id)],
                ["wall: trigger -> DAG run ended (s)", wall],
                ["wall: trigger -> publish ended (s)", _timestamp(publish["end_date"]) - triggered],
                ["jobs' compute, sum of runtime_s (s)", compute],
                ["  of which compilation (s, programs compiled)", f"{compile_s:.1f} ({compiles})"],
                ["  of which simulator (s)", simulator],
                ["the same jobs' compute alone, on a core of their own (s)", own],
                ["worker cores (the quantum worker's CPU affinity)", cores],
                ["wall / (compute / cores)", f"{ratio:.3f} (target <= {TARGET_RATIO}: {verdict})"],
                ["solve task instances", solve_tis],
                ["worker processes that ran jobs", len(rss_by_process)],
                ["peak RSS of a job's process: max / median (MiB)", f"{peaks[-1]:.0f} / {median_peak:.0f}"],
                ["load average before / after", f"{night['load_average_before']} / {night['load_average_after']}"],
            ],
        ),
        Table(
            f"{name}: where the wall time went (seconds after the trigger)",
            ["stage", "first start", "last end"],
            stages,
        ),
        Table(
            f"{name}: CPU seconds during the night, by service (of {night['machine_cores']} cores x the wall time)",
            ["process tree", "CPU s", "share"],
            cpu_rows,
        ),
        Table(
            f"{name}: S3 requests the night made, by stage (the S3 server's log)",
            ["stage", "GET", "PUT", "other", "total", "per problem"],
            request_rows,
        ),
        Table(
            f"{name}: Airflow's share of the {solve_tis} solve task instances (s)",
            ["interval", "sum", "median", "max"],
            overhead_rows,
        ),
        Table(
            f"{name}: peak RSS of the Celery workers' processes (MiB), sampled every {SAMPLE_EVERY_S} s with VmHWM",
            ["process", "count", "max", "median"],
            [[role, len(values), max(values), statistics.median(values)] for role, values in sorted(sampled.items())],
        ),
    ]
    return {
        "wall_s": wall,
        "publish_end_s": _timestamp(publish["end_date"]) - triggered,
        "compute_s": compute,
        "compute_alone_s": own,
        "compile_s": compile_s,
        "programs_compiled": compiles,
        "simulator_s": simulator,
        "worker_cores": cores,
        "ratio": ratio,
        "overhead": {
            "queued_to_start_s": queued_s,
            "slot_wait_s": slot_wait,
            "pickup_s": pickup,
            "startup_s": startup,
            "wind_down_s": wind_down,
            "solve_durations_s": durations,
        },
        "stages": stages,
        "peak_rss_by_process_mib": {f"{host}:{pid}": entry["peak"] for (host, pid), entry in rss_by_process.items()},
        "peak_rss_max_mib": peaks[-1],
    }


def run(config: Config, work: Path) -> WorkloadResult:
    from airflow.sdk import ObjectStoragePath

    from tests.s3_server import BUCKET, CONN_ID
    from tests.system.deployment import PASSWORD, USER
    from tests.system.rest import AirflowApi

    result = WorkloadResult("W5", "A night on the Celery deployment")
    problems = night_problems(config)
    counts = {kind: sum(problem.kind == kind for problem in problems) for kind in KINDS}
    print(f"W5: a night of {len(problems)} problems {counts}, settings {[s.name for s in config.w5_settings]}",
          flush=True)  # fmt: skip
    folder = work / "w5"
    tables = write_tables(problems, folder / "tables")
    stores = {setting.name: f"s3://{CONN_ID}@{BUCKET}/w5-{setting.name}" for setting in config.w5_settings}
    dags = {setting.name: write_dag(folder / "dags", setting, stores[setting.name]) for setting in config.w5_settings}
    inputs = {kind: f"s3://{CONN_ID}@{BUCKET}/w5-inputs/{kind}.csv" for kind in KINDS}
    nights, derived = [], {}
    started = time.perf_counter()
    caches = folder / "program-cache"
    dag_files = tuple(path for _, path in dags.values())
    with _deployment(config.w5_settings[0], dag_files, caches / config.w5_settings[0].name) as deployment:
        print(f"W5: deployment up in {time.perf_counter() - started:.0f} s", flush=True)
        for kind, uri in inputs.items():  # the hosts share no disk with this process: the tables go to S3
            ObjectStoragePath(uri).write_bytes(tables[kind].read_bytes())
        api = AirflowApi(deployment.base_url, USER, PASSWORD)
        for setting in config.w5_settings:
            dag_id, _ = dags[setting.name]
            nights.append(run_night(deployment, api, setting, dag_id, inputs, stores[setting.name], caches))
            # On disk at once: a night takes minutes, and a run stopped later would lose it (the work folder stays
            # when the harness does not finish).
            (folder / f"night-{setting.name}.json").write_text(json.dumps(nights[-1], default=str))
    alone = compute_alone(problems, config.w5_alone_per_shape, folder)
    for night in nights:
        derived[night["setting"]["name"]] = analyse(night, problems, alone, result)
        # Checked: the jobs' rows keep what a reader of the raw numbers needs, by column (the JSON stays small).
        night["published_rows"] = len(night.get("published_rows") or [])
        night["jobs"] = by_column(night.get("jobs") or [], night["triggered_at"])
    result.notes += [
        f"The night: {counts['maxcut']} MaxCut problems (random connected 3-regular graphs, "
        f"{config.w5_maxcut_per_size} each on {', '.join(map(str, config.w5_maxcut_sizes))} nodes, largest first), "
        f"{counts['qubo']} QUBOs (10 variables, weighted MaxCut as x^T Q x) and {counts['pauli']} Pauli sums "
        "(transverse-field Ising chains of 6 and 8 qubits); the nightly DAG's job defaults (QAOA; the Pauli sums "
        f"take the Hamiltonian-variational ansatz): {json.dumps(nightly_job_defaults())}.",
        "Compute is each job's runtime_s inside its worker process (claim to result, its compilation and its "
        "checkpoints on S3 included); wall is from the REST trigger to the DAG run's end_date; the task instances' "
        "times are the REST API's.",
        f"The jobs alone ({config.w5_alone_per_shape} per shape, warm, after a first that compiles; seconds): "
        + ", ".join(
            f"{shape} {_alone_runtime(runs):.3f} (compiling {runs['compile_s'] or 0:.2f})"
            for shape, runs in alone.items()
        )
        + ".",
        f"The whole workload (deployment start, nights, reading back, teardown, the jobs alone) took "
        f"{time.perf_counter() - started:.0f} s.",
    ]
    result.raw = {
        "problems": counts,
        "nights": nights,
        "alone": alone,
        "derived": derived,
    }
    return result
