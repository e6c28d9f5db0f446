"""A real Airflow deployment on loopback: PostgreSQL, Redis, scheduler, dag-processor, triggerer, api-server, two
Celery workers (one on the ``quantum`` queue), a Ray head and an S3 API (moto's server) holding the result store.

Each Airflow service is a host of its own that shares no disk with the others: its own AIRFLOW_HOME (config, DAGs
folder with the same DAG files, logs) and temp dir under ``<root>/hosts/<service>``. What they share is what a
deployment shares: PostgreSQL, Redis, Ray and the result store, ``s3://quantum_s3_test@quantum-results/system``.

Every service runs in a process group of its own with its log in ``<root>/logs``; ``down()`` stops them all, and
the process groups are also listed in ``<root>/pgids`` so ``python -m tests.system.deployment sweep`` can clean up
after a driver that was itself killed.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import psutil

from tests.paths import REPO
from tests.ray_head import free_port, listening, start_ray_head, stop_ray
from tests.s3_server import S3Server, create_bucket, moto_command

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore

BIN = Path(sys.executable).parent
SYSTEM_DAGS = Path(__file__).resolve().parent / "dags"
USER, PASSWORD = "operator", "operator-" + secrets.token_hex(8)
QUANTUM_QUEUE, DEFAULT_QUEUE = "quantum", "default"
RAY_CONN_ID = "quantum_ray_system"
#: Each Airflow host's $AIRFLOW_HOME/config/airflow_local_settings.py: the opt-in to the provider's cluster policy.
LOCAL_SETTINGS = "from quantum_provider.governance.cluster_policy import task_policy  # noqa: F401\n"
# Worker slots: the quantum queue's worker has fewer, as a deployment sizes it for CPU-heavy tasks.
DEFAULT_CONCURRENCY, QUANTUM_CONCURRENCY = 4, 2
# The Airflow services, in start order; the Celery workers follow with `start_worker`.
AIRFLOW_SERVICES = ("api-server", "scheduler", "dag-processor", "triggerer")
ROOT_PREFIX = "quantum-system-"
#: The result store's folder in the S3 server's bucket.
STORE_PREFIX = "system"


@dataclass
class Deployment:
    """The deployment under ``root``. The optional settings keep the system test's defaults; a benchmark (W5 in
    benchmarks/) changes them: ``quantum_concurrency`` is the quantum queue worker's Celery slots (read when the
    worker starts, so a restarted worker takes a new value), ``ray=False`` starts no Ray head (and leaves any other
    Ray on the machine alone at ``down()``), ``extra_dags`` are more DAG files every Airflow host loads."""

    root: Path
    quantum_concurrency: int = QUANTUM_CONCURRENCY
    ray: bool = True
    extra_dags: tuple[Path, ...] = ()
    ports: dict[str, int] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    ray_address: str = ""
    s3: S3Server | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['api']}"

    @property
    def store_uri(self) -> str:
        """The result store every service uses, on the S3 server."""
        return self.s3.uri(STORE_PREFIX)

    def result_store(self) -> ResultStore:
        """The result store as the driver (the test process) reads it: through S3, like every service."""
        from quantum_provider.storage import ResultStore  # not at import: `sweep` needs no Airflow

        return ResultStore(self.store_uri)

    def home(self, host: str) -> Path:
        """The host ``host`` (a service): ``airflow/`` is its AIRFLOW_HOME, ``tmp/`` its TMPDIR."""
        return self.root / "hosts" / host

    def airflow_home(self, host: str) -> Path:
        return self.home(host) / "airflow"

    def local_store_files(self) -> list[Path]:
        """Result-store files on any host's local disk: there must be none, every service writes to S3."""
        hosts = self.root / "hosts"
        found = [*hosts.glob("*/airflow/quantum"), *hosts.glob("**/record.json"), *hosts.glob("**/manifest.json")]
        return sorted(set(found))

    # ----------------------------------------------------------------------------------------------- setup

    def up(self) -> None:
        """Start everything and return once the api-server reports every Airflow component healthy."""
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "logs").mkdir(exist_ok=True)
        names = ("pg", "redis", "s3", "api", "trigger_logs", "logs_default", "logs_q")
        self.ports = {name: free_port() for name in names}
        self._start_postgres()
        self._start("redis", ["redis-server", "--port", str(self.ports["redis"]), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no", "--dir", str(self._host("redis"))],
                    env=self._plain_env("redis"), host="redis")  # fmt: skip
        self._wait_port("redis", self.ports["redis"])
        self._start_s3()
        if self.ray:
            self.ray_address = start_ray_head(self.root / "ray", num_cpus=2)
        self._airflow(["db", "migrate"], timeout=600)
        for name in AIRFLOW_SERVICES:
            self.start_service(name)
        self.start_worker(DEFAULT_QUEUE)
        self.start_worker(QUANTUM_QUEUE)
        self.wait_healthy()

    def env(self, host: str) -> dict[str, str]:
        """The environment of Airflow host ``host``: the same configuration everywhere but for the host's own
        AIRFLOW_HOME, DAGs folder, temp dir and (Celery workers) log server port."""
        pg = f"airflow@127.0.0.1:{self.ports['pg']}/airflow"
        # The Ray cluster is a host of its own too: its jobs (the engine) get the S3 connection with the job.
        ray_extra = {"address": self.ray_address, "num_cpus": 2, "python": sys.executable,
                     "runtime_env": {"env_vars": self.s3.env}}  # fmt: skip
        ray = {f"AIRFLOW_CONN_{RAY_CONN_ID.upper()}": json.dumps({"conn_type": "quantum_ray", "extra": ray_extra})}
        secret = self._secret()
        home = self._airflow_host(host)
        airflow_home = home / "airflow"
        # Task logs stay on the worker that ran the task, which serves them on a port of its own (two workers on
        # one machine); the api-server fetches them from the task's hostname at its [logging]
        # worker_log_server_port. Both workers have the same hostname, so the UI can reach one: the quantum queue's
        # (the default queue's task logs are on disk in worker-default's home only).
        log_port = {
            "api-server": "logs_q",
            f"worker-{QUANTUM_QUEUE}": "logs_q",
            f"worker-{DEFAULT_QUEUE}": "logs_default",
        }
        logs = {"AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(self.ports[log_port[host]])} if host in log_port else {}
        return {
            **os.environ,
            **self.s3.env,
            "PATH": f"{BIN}:{os.environ['PATH']}",
            "AIRFLOW_HOME": str(airflow_home),
            "TMPDIR": str(home / "tmp"),
            # The host's own program cache (engine/program_cache.py), on its own disk like everything else it keeps.
            "AIRFLOW__QUANTUM__PROGRAM_CACHE": str(home / "program-cache"),
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CORE__DAGS_FOLDER": str(airflow_home / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__FERNET_KEY": secret["fernet"],
            "AIRFLOW__CORE__PARALLELISM": "64",
            "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG": "20",
            "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "64",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(airflow_home / "passwords.json"),
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{self.base_url}/execution/",
            "AIRFLOW__API__BASE_URL": self.base_url,
            "AIRFLOW__API__SECRET_KEY": secret["api"],
            "AIRFLOW__API_AUTH__JWT_SECRET": secret["jwt"],
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"postgresql+psycopg2://{pg}",
            "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:{self.ports['redis']}/0",
            "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql+psycopg2://{pg}",
            "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(self.ports["trigger_logs"]),
            # A worker that dies stops heartbeating its tasks; the scheduler fails them after this many seconds
            # (default 300) and applies the task's retries.
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "30",
            "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
            "AIRFLOW__QUANTUM__RESULT_STORE": self.store_uri,
            "AIRFLOW__QUANTUM__WORKER_QUEUE": QUANTUM_QUEUE,
            "OMP_NUM_THREADS": "1",
            "RAY_USAGE_STATS_ENABLED": "0",
            **(ray if self.ray else {}),
            **logs,
        }

    def _secret(self) -> dict[str, str]:
        path = self.root / "secrets.json"
        if not path.exists():
            from cryptography.fernet import Fernet

            values = {"fernet": Fernet.generate_key().decode(), "api": secrets.token_hex(32),
                      "jwt": secrets.token_hex(32)}  # fmt: skip
            path.write_text(json.dumps(values))
        return json.loads(path.read_text())

    def _plain_env(self, host: str) -> dict[str, str]:
        """The environment of a host that is not Airflow's (Redis, the S3 server): only its own temp dir."""
        return {**os.environ, "TMPDIR": str(self._host(host) / "tmp")}

    def _host(self, host: str) -> Path:
        """The host's home with its temp dir, created on first use."""
        home = self.home(host)
        (home / "tmp").mkdir(parents=True, exist_ok=True)
        return home

    def _airflow_host(self, host: str) -> Path:
        """An Airflow host's home, created on first use: a temp dir and an AIRFLOW_HOME with its DAGs folder (the
        same DAG files on every host, as a deployment ships them) and the Simple auth manager's users."""
        home = self._host(host)
        airflow_home = home / "airflow"
        if not airflow_home.exists():
            dags = airflow_home / "dags"
            dags.mkdir(parents=True)
            sources = [*(REPO / "dags").glob("*.py"), REPO / "dags" / "data", *SYSTEM_DAGS.glob("*.py")]
            for source in [*sources, *self.extra_dags]:
                (dags / source.name).symlink_to(source)
            (airflow_home / "passwords.json").write_text(json.dumps({USER: PASSWORD}))
        # The deployment opts in to the provider's routing of quantum tasks to [quantum] worker_queue, as
        # docs/deployment.md says: the dag-processor applies it; every host gets the same config.
        (airflow_home / "config").mkdir(exist_ok=True)
        (airflow_home / "config" / "airflow_local_settings.py").write_text(LOCAL_SETTINGS)
        return home

    def _start_s3(self) -> None:
        """The S3 API on loopback (moto, its conditional writes atomic) with the result store's bucket; the
        driver's own environment gets its connection too, so the scenarios read the store as a service does."""
        port = self.ports["s3"]
        env = {**self._plain_env("s3"), "PYTHONPATH": str(REPO)}  # `python -m tests.s3_server` from its home
        self._start("s3", moto_command(port, atomic=True), env=env, host="s3")
        self._wait_port("s3", port)
        self.s3 = S3Server(self.processes["s3"], f"http://127.0.0.1:{port}")
        create_bucket(self.s3.endpoint)
        os.environ.update(self.s3.env)

    def _start_postgres(self) -> None:
        """A private PostgreSQL cluster (trust auth on loopback only) owned by the ``postgres`` user when root."""
        pg_bin = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1])
        data = self.root / "pg"
        as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if not data.exists():
            data.mkdir()
            if as_postgres:
                self.root.chmod(0o755)
                shutil.chown(data, "postgres", "postgres")
            subprocess.run([*as_postgres, str(pg_bin / "initdb"), "-D", str(data), "-U", "airflow", "--auth=trust",
                            "-E", "UTF8", "--no-sync"], check=True, capture_output=True, timeout=300)  # fmt: skip
        self._start("postgres", [*as_postgres, str(pg_bin / "postgres"), "-D", str(data), "-p", str(self.ports["pg"]),
                                 "-k", str(data), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300",
                                 "-c", "fsync=off", "-c", "synchronous_commit=off"], env=None)  # fmt: skip
        self._wait_port("postgres", self.ports["pg"])
        deadline = time.monotonic() + 60
        while True:
            created = subprocess.run([str(pg_bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.ports["pg"]), "-U",
                                      "airflow", "airflow"], capture_output=True, text=True)  # fmt: skip
            if created.returncode == 0 or "already exists" in created.stderr:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"createdb failed: {created.stderr.strip()}")
            time.sleep(0.5)  # the postmaster accepts connections a moment after it listens

    # ------------------------------------------------------------------------------------------- services

    def start_service(self, name: str) -> None:
        args = {"api-server": ["api-server", "-H", "127.0.0.1", "-p", str(self.ports["api"]), "-w", "1"]}
        self._start(name, [str(BIN / "airflow"), *args.get(name, [name])], env=self.env(name), host=name)

    def start_worker(self, queue: str) -> None:
        """A Celery worker on host ``worker-<queue>`` (a restarted worker comes back on the same host). The two
        workers run on one machine, so each serves its task logs on a port of its own."""
        concurrency = self.quantum_concurrency if queue == QUANTUM_QUEUE else DEFAULT_CONCURRENCY
        host = f"worker-{queue}"
        self._start(host, [str(BIN / "airflow"), "celery", "worker", "--queues", queue, "--concurrency",
                           str(concurrency), "--celery-hostname", f"{queue}@%h", "--without-mingle",
                           "--without-gossip"], env=self.env(host), host=host)  # fmt: skip
        self.wait_worker_ready(queue)

    def wait_worker_ready(self, queue: str, timeout: float = 180) -> None:
        log = self.log_path(f"worker-{queue}")
        offset = log.stat().st_size if log.exists() else 0
        self._wait(f"Celery worker {queue}", lambda: " ready." in log.read_text(errors="replace")[offset:],
                   timeout, f"worker-{queue}")  # fmt: skip

    def wait_healthy(self, timeout: float = 300) -> None:
        """Every Airflow component healthy, as the api-server's health endpoint reports it."""

        def healthy() -> bool:
            try:
                health = httpx.get(f"{self.base_url}/api/v2/monitor/health", timeout=5).json()
            except (httpx.HTTPError, ValueError):
                return False
            parts = ("metadatabase", "scheduler", "triggerer", "dag_processor")
            return all((health.get(part) or {}).get("status") == "healthy" for part in parts)

        self._wait("the Airflow components", healthy, timeout, "api-server")

    def stop(self, name: str, sig: signal.Signals = signal.SIGTERM, timeout: float = 60) -> None:
        """Signal a service's whole process group; SIGKILL what is left after ``timeout`` seconds."""
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        descendants = _descendants(process.pid)
        _signal_group(process.pid, sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _signal_group(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
        _signal_group(process.pid, signal.SIGKILL)  # children that outlived their leader
        for child in descendants:  # task processes sit in process groups of their own
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()

    def kill_tree(self, name: str) -> list[int]:
        """SIGKILL a service and every process descended from it, as a machine loss would: return their pids.

        A task's supervisor and task process sit in process groups of their own, so killing the service's
        group alone would leave them running.
        """
        process = self.processes.pop(name)
        leader = psutil.Process(process.pid)
        victims = [leader, *leader.children(recursive=True)]
        for victim in victims:
            with contextlib.suppress(psutil.NoSuchProcess):
                victim.kill()
        psutil.wait_procs(victims, timeout=30)
        process.wait(timeout=30)
        return [victim.pid for victim in victims]

    def down(self) -> None:
        for name in reversed(list(self.processes)):
            if name != "postgres":
                self.stop(name, timeout=30)
        if self.ray:
            stop_ray()
        # Fast shutdown of PostgreSQL: SIGINT to the postmaster.
        self.stop("postgres", signal.SIGINT, timeout=60)
        sweep(self.root)
        if self.s3 is not None:
            for name in self.s3.env:
                os.environ.pop(name, None)

    def log_path(self, name: str) -> Path:
        return self.root / "logs" / f"{name}.log"

    def tail(self, name: str, chars: int = 4000) -> str:
        path = self.log_path(name)
        return path.read_text(errors="replace")[-chars:] if path.exists() else "(no log)"

    # -------------------------------------------------------------------------------------------- helpers

    def _start(self, name: str, argv: list[str], env: dict[str, str] | None, host: str | None = None) -> None:
        """Start ``name`` in a process group of its own (listed in ``pgids``), in its host's home when it has one;
        ``env`` ``None`` is the driver's own environment (PostgreSQL)."""
        log = self.log_path(name).open("ab")
        process = subprocess.Popen(argv, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   start_new_session=True,
                                   cwd=self.root if host is None else self._host(host))  # fmt: skip
        log.close()
        self.processes[name] = process
        with (self.root / "pgids").open("a") as handle:
            handle.write(f"{process.pid}\n")

    def _airflow(self, args: list[str], timeout: float) -> None:
        """An Airflow CLI command, run from a host of its own (``cli``), as an operator's shell would."""
        done = subprocess.run([str(BIN / "airflow"), *args], env=self.env("cli"), capture_output=True, text=True,
                              timeout=timeout, cwd=self._host("cli"))  # fmt: skip
        if done.returncode:
            raise RuntimeError(f"airflow {' '.join(args)} failed:\n{(done.stdout + done.stderr)[-4000:]}")

    def _wait_port(self, name: str, port: int, timeout: float = 60) -> None:
        self._wait(name, lambda: listening(port), timeout, name)

    def _wait(self, what: str, ready, timeout: float, log_name: str) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            process = self.processes.get(log_name)
            if process is not None and process.poll() is not None:
                raise RuntimeError(f"{log_name} exited with {process.returncode}:\n{self.tail(log_name)}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} not ready after {timeout:.0f} s:\n{self.tail(log_name)}")
            time.sleep(0.5)


def _descendants(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)


def sweep(root: Path) -> None:
    """SIGKILL every process group the deployment under ``root`` ever started (harmless when already gone)."""
    pgids = root / "pgids"
    if pgids.exists():
        for line in pgids.read_text().split():
            _signal_group(int(line), signal.SIGKILL)


if __name__ == "__main__":
    # `sweep`: after a driver that could not tear its deployments down (killed itself), stop what they left.
    if sys.argv[1:] != ["sweep"]:
        sys.exit("usage: python -m tests.system.deployment sweep")
    for root in Path(tempfile.gettempdir()).glob(f"{ROOT_PREFIX}*"):
        sweep(root)
    stop_ray()
