"""Metrics of real DAG runs reach a StatsD listener through Airflow's own Stats and ``[metrics]`` configuration.

The DAG runs with ``dag.test()`` in a child process, configured only through Airflow's environment variables (the
pytest process may have initialized Stats already). A UDP listener thread on loopback catches the packets.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from datetime import datetime

import pytest

from quantum_provider.storage import ResultStore

pytestmark = pytest.mark.integration

PREFIX = "qmetrics"
BOUNDARY = b"test.run_boundary:1|c"

GOOD = [
    {"name": "ring-4", "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0]]}},
    {"name": "kite-5", "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 0], [2, 3], [3, 4]]}},
]
WATCHED = {"name": "path-6", "problem": {"kind": "maxcut", "edges": [[i, i + 1] for i in range(5)]}}
SELF_LOOP = {"name": "bad", "problem": {"kind": "maxcut", "edges": [[0, 1], [2, 2]]}}
for job in [*GOOD, WATCHED]:
    job.update(ansatz={"kind": "qaoa", "layers": 1}, optimizer={"kind": "adam", "stepsize": 0.1, "maxiter": 8})

_DAG = """
import json
from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.sensors.job import QuantumJobSensor

with DAG(dag_id={dag_id!r}, schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    QuantumSubmitOperator.partial(task_id="solve", result_store={store!r}).expand(job=json.loads({jobs!r}))
    nowait = QuantumSubmitOperator(
        task_id="submit_nowait", job=json.loads({watched!r}), result_store={store!r}, wait_for_completion=False
    )
    nowait >> QuantumJobSensor(
        task_id="wait",
        job="{{{{ ti.xcom_pull(task_ids='submit_nowait')['key'] }}}}",
        result_store={store!r},
        poke_interval=1,
    )
"""

_CHILD = """
import json, socket, sys
from devtools.demo import load_dag, run_dag, task_states

# The database is the session's, migrated by the airflow_db fixture; AIRFLOW_HOME and the rest come by environment.
dag = load_dag(sys.argv[1])
runs = []
for _ in range(2):
    dagrun, values = run_dag(dag)
    runs.append({"states": {f"{t}[{i}]": s[0] for (t, i), s in task_states(dagrun).items()},
                 "values": {f"{t}[{i}]": v for (t, i), v in values.items()}})
    # Everything run 1 sent is in the listener's queue before this: the same host, sent in order.
    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(__BOUNDARY__, ("127.0.0.1", int(sys.argv[3])))
with open(sys.argv[2], "w") as out:
    json.dump(runs, out)
"""


class StatsdListener:
    """A StatsD server as far as the test needs one: a UDP socket on loopback and a thread keeping every line."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.lines: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, daemon=True)

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(65535)
            except TimeoutError:
                continue
            self.lines.extend(data.decode().splitlines())

    def wait_for(self, line: str, times: int, timeout: float = 10.0) -> None:
        """Until ``line`` has arrived ``times`` times (the child's last packets may still be in flight)."""
        deadline = time.monotonic() + timeout
        while self.lines.count(line) < times:
            assert time.monotonic() < deadline, f"{line!r} arrived {self.lines.count(line)} of {times} times"
            time.sleep(0.05)

    def __enter__(self) -> StatsdListener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


def quantum_packets(lines: list[str]) -> list[tuple[str, float, str]]:
    """(name without prefix, value, type) of the provider's packets; Airflow's own metrics are left out."""
    out = []
    for line in lines:
        name, rest = line.split(":", 1)
        if name.startswith(f"{PREFIX}.quantum."):
            value, kind = rest.split("|")[:2]
            out.append((name.removeprefix(f"{PREFIX}."), float(value), kind))
    return out


def counts(packets: list[tuple[str, float, str]]) -> Counter:
    total: Counter = Counter()
    for name, value, kind in packets:
        if kind == "c":
            total[name] += value
    return total


def timings(packets: list[tuple[str, float, str]], name: str) -> list[float]:
    return sorted(value for n, value, kind in packets if n == name and kind == "ms")


def queued_ms(record: dict) -> float:
    history = record["history"]
    running = max(i for i, h in enumerate(history) if h.get("state") == "running")
    submitted = max(i for i, h in enumerate(history[:running]) if h.get("state") == "submitted")
    delta = datetime.fromisoformat(history[running]["at"]) - datetime.fromisoformat(history[submitted]["at"])
    return delta.total_seconds() * 1000


def test_metrics_of_a_dag_run_and_its_rerun_reach_a_statsd_listener(dags_folder, store_uri, tmp_path):
    dag_file = dags_folder / "metrics_statsd.py"
    dag_file.write_text(
        _DAG.format(
            dag_id="metrics_statsd", store=store_uri, jobs=json.dumps([*GOOD, SELF_LOOP]), watched=json.dumps(WATCHED)
        )
    )
    out = tmp_path / "runs.json"
    with StatsdListener() as listener:
        env = {
            **os.environ,
            "AIRFLOW__METRICS__STATSD_ON": "True",
            "AIRFLOW__METRICS__STATSD_HOST": "127.0.0.1",
            "AIRFLOW__METRICS__STATSD_PORT": str(listener.port),
            "AIRFLOW__METRICS__STATSD_PREFIX": PREFIX,
        }
        child = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_CHILD).replace("__BOUNDARY__", repr(BOUNDARY)), dag_file, out,
             str(listener.port)],
            env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert child.returncode == 0, child.stdout[-3000:] + child.stderr[-3000:]
        listener.wait_for(BOUNDARY.decode(), times=2)

    first_run, second_run = json.loads(out.read_text())
    lines = listener.lines
    end_first = lines.index(BOUNDARY.decode())
    end_second = lines.index(BOUNDARY.decode(), end_first + 1)
    first, second = quantum_packets(lines[:end_first]), quantum_packets(lines[end_first + 1 : end_second])

    # The DAG itself: two jobs solved and one spec error in the mapped task; the watched job submitted and waited on.
    for run in (first_run, second_run):
        assert run["states"] == {
            "solve[0]": "success",
            "solve[1]": "success",
            "solve[2]": "failed",
            "submit_nowait[-1]": "success",
            "wait[-1]": "success",
        }
    summaries = [first_run["values"][name] for name in ("solve[0]", "solve[1]", "wait[-1]")]
    assert [s["reused"] for s in summaries] == [False, False, False]
    assert first_run["values"]["submit_nowait[-1]"]["handle"] is not None  # it did not wait

    store = ResultStore(store_uri)
    results = [store.load_result(s["key"]).result for s in summaries]
    records = [store.read_record(s["key"]) for s in summaries]

    # First run: three computed jobs, each counted once, although the watched one passed through two tasks.
    c = counts(first)
    assert c["quantum.result.computed"] == 3
    assert c["quantum.result.reused"] == 0
    assert c["quantum.result.recomputed"] == 0
    assert c["quantum.job.iterations"] == sum(r["iterations"] for r in results)
    assert c["quantum.job.failed.spec_error"] == 1
    assert "quantum.job.shots" not in c  # analytic mode
    assert [name for name in c if name.startswith("quantum.job.failed.")] == ["quantum.job.failed.spec_error"]
    runtimes = timings(first, "quantum.job.runtime")
    assert runtimes == pytest.approx(sorted(r["runtime_s"] * 1000 for r in results), abs=1e-3)
    queued = timings(first, "quantum.job.queued_time")
    assert queued == pytest.approx(sorted(queued_ms(record) for record in records), abs=1e-3)
    assert all(q >= 0 for q in queued)

    # The rerun computes nothing: every job is reused (counted once, by the submit tasks), the spec error repeats.
    assert [second_run["values"][name]["reused"] for name in ("solve[0]", "solve[1]", "submit_nowait[-1]")] == [
        True,
        True,
        True,
    ]
    c = counts(second)
    assert c["quantum.result.reused"] == 3
    assert c["quantum.result.computed"] == 0
    assert c["quantum.result.recomputed"] == 0
    assert c["quantum.job.failed.spec_error"] == 1
    assert not timings(second, "quantum.job.runtime")
    assert not timings(second, "quantum.job.queued_time")
