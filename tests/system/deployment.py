"""A real Airflow deployment on loopback: PostgreSQL, Redis, scheduler, dag-processor, triggerer, api-server, two
Celery workers (one on the ``quantum`` queue) and a Ray head.

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

import httpx
import psutil

from tests.paths import REPO
from tests.ray_head import free_port, listening, start_ray_head, stop_ray

BIN = Path(sys.executable).parent
SYSTEM_DAGS = Path(__file__).resolve().parent / "dags"
USER, PASSWORD = "operator", "operator-" + secrets.token_hex(8)
QUANTUM_QUEUE = "quantum"
RAY_CONN_ID = "quantum_ray_system"
# Worker slots: the quantum queue's worker has fewer, as a deployment sizes it for CPU-heavy tasks.
DEFAULT_CONCURRENCY, QUANTUM_CONCURRENCY = 4, 2
# The Airflow services, in start order; the Celery workers follow with `start_worker`.
AIRFLOW_SERVICES = ("api-server", "scheduler", "dag-processor", "triggerer")
ROOT_PREFIX = "quantum-system-"


@dataclass
class Deployment:
    root: Path
    ports: dict[str, int] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)
    ray_address: str = ""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['api']}"

    @property
    def store(self) -> Path:
        return self.root / "store"

    @property
    def dags(self) -> Path:
        return self.root / "dags"

    # ----------------------------------------------------------------------------------------------- setup

    def up(self) -> None:
        """Start everything and return once the api-server reports every Airflow component healthy."""
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "logs").mkdir(exist_ok=True)
        self.ports = {name: free_port() for name in ("pg", "redis", "api", "trigger_logs", "logs_default", "logs_q")}
        self._write_dags_folder()
        self._start_postgres()
        self._start("redis", ["redis-server", "--port", str(self.ports["redis"]), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no", "--dir", str(self.root)])  # fmt: skip
        self._wait_port("redis", self.ports["redis"])
        self.ray_address = start_ray_head(self.root / "ray", num_cpus=2)
        (self.root / "passwords.json").write_text(json.dumps({USER: PASSWORD}))
        self._airflow(["db", "migrate"], timeout=600)
        for name in AIRFLOW_SERVICES:
            self.start_service(name)
        self.start_worker("default")
        self.start_worker(QUANTUM_QUEUE)
        self.wait_healthy()

    def env(self) -> dict[str, str]:
        pg = f"airflow@127.0.0.1:{self.ports['pg']}/airflow"
        ray_extra = {"address": self.ray_address, "num_cpus": 2, "python": sys.executable}
        secret = self._secret()
        return {
            **os.environ,
            "PATH": f"{BIN}:{os.environ['PATH']}",
            "AIRFLOW_HOME": str(self.root / "airflow"),
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CORE__DAGS_FOLDER": str(self.dags),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__FERNET_KEY": secret["fernet"],
            "AIRFLOW__CORE__PARALLELISM": "64",
            "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG": "20",
            "AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG": "64",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(self.root / "passwords.json"),
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
            "AIRFLOW__QUANTUM__RESULT_STORE": self.store.as_uri(),
            "AIRFLOW__QUANTUM__WORKER_QUEUE": QUANTUM_QUEUE,
            f"AIRFLOW_CONN_{RAY_CONN_ID.upper()}": json.dumps({"conn_type": "quantum_ray", "extra": ray_extra}),
            "OMP_NUM_THREADS": "1",
            "RAY_USAGE_STATS_ENABLED": "0",
        }

    def _secret(self) -> dict[str, str]:
        path = self.root / "secrets.json"
        if not path.exists():
            from cryptography.fernet import Fernet

            values = {"fernet": Fernet.generate_key().decode(), "api": secrets.token_hex(32),
                      "jwt": secrets.token_hex(32)}  # fmt: skip
            path.write_text(json.dumps(values))
        return json.loads(path.read_text())

    def _write_dags_folder(self) -> None:
        """The shipped example DAGs and their sample data, beside the system test's own DAGs."""
        self.dags.mkdir(exist_ok=True)
        for source in [*(REPO / "dags").glob("*.py"), REPO / "dags" / "data", *SYSTEM_DAGS.glob("*.py")]:
            target = self.dags / source.name
            if not target.exists():
                target.symlink_to(source)

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
                                 "-c", "fsync=off", "-c", "synchronous_commit=off"])  # fmt: skip
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
        self._start(name, [str(BIN / "airflow"), *args.get(name, [name])], env=self.env())

    def start_worker(self, queue: str) -> None:
        concurrency = QUANTUM_CONCURRENCY if queue == QUANTUM_QUEUE else DEFAULT_CONCURRENCY
        env = self.env()
        # Two workers on one host: each serves its task logs on a port of its own.
        env["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"] = str(
            self.ports["logs_q" if queue == QUANTUM_QUEUE else "logs_default"]
        )
        self._start(f"worker-{queue}", [str(BIN / "airflow"), "celery", "worker", "--queues", queue, "--concurrency",
                                        str(concurrency), "--celery-hostname", f"{queue}@%h", "--without-mingle",
                                        "--without-gossip"], env=env)  # fmt: skip
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
        stop_ray()
        # Fast shutdown of PostgreSQL: SIGINT to the postmaster.
        self.stop("postgres", signal.SIGINT, timeout=60)
        sweep(self.root)

    def log_path(self, name: str) -> Path:
        return self.root / "logs" / f"{name}.log"

    def tail(self, name: str, chars: int = 4000) -> str:
        path = self.log_path(name)
        return path.read_text(errors="replace")[-chars:] if path.exists() else "(no log)"

    # -------------------------------------------------------------------------------------------- helpers

    def _start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> None:
        log = self.log_path(name).open("ab")
        process = subprocess.Popen(argv, env=env or self.env() if name != "postgres" else None, stdout=log,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                                   cwd=self.root)  # fmt: skip
        log.close()
        self.processes[name] = process
        with (self.root / "pgids").open("a") as handle:
            handle.write(f"{process.pid}\n")

    def _airflow(self, args: list[str], timeout: float) -> None:
        done = subprocess.run([str(BIN / "airflow"), *args], env=self.env(), capture_output=True, text=True,
                              timeout=timeout)  # fmt: skip
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
