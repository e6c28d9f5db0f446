"""RayHook: runs the engine as a Ray job (Ray Jobs API); Ray's queue is the queue the sensors wait on."""

from __future__ import annotations

import json
import shlex
from functools import cached_property
from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import (
    BackendUnavailableError,
    JobFailedOnBackendError,
    QuantumError,
    QuantumPolicyError,
    QuantumSpecError,
)
from quantum_provider.hooks.base import (
    Handle,
    QuantumBackendHook,
    connection_form_widgets,
    strip_userinfo,
    ui_field_behaviour,
)
from quantum_provider.hooks.base import one_line as _one_line
from quantum_provider.storage import ACTIVE_STATES

if TYPE_CHECKING:
    from ray.job_submission import JobSubmissionClient

    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

#: Ray job status -> record state (DESIGN.md).
RAY_STATES = {
    "PENDING": "queued",
    "RUNNING": "running",
    "SUCCEEDED": "succeeded",
    "FAILED": "failed",
    "STOPPED": "cancelled",
}
_HTTP_TIMEOUT_S = 10.0


class RayHook(QuantumBackendHook):
    """Submit jobs to a Ray cluster through its Jobs API.

    The submission id is the job's content key, so a second submission of the same job (a retry, a crashed
    task, another DAG) attaches to the first instead of computing twice. Connection: ``host`` and ``port`` of
    the Ray dashboard (Jobs API), or the extra ``address`` (``http://127.0.0.1:8265``). Extras: ``runtime_env``
    (a Ray runtime environment dict), ``num_cpus`` and ``num_gpus`` per job, ``device``, ``max_qubits``,
    ``shots``, ``threads``, ``python`` (the interpreter on the workers, default ``python``).

    :param conn_id: a ``quantum_ray`` connection id.
    """

    conn_type = "quantum_ray"
    default_conn_name = "quantum_ray_default"
    hook_name = "Quantum (Ray cluster)"
    backend_name = "ray"
    default_extras = {**QuantumBackendHook.default_extras, "num_cpus": 1, "num_gpus": 0, "runtime_env": None}

    # Derived from the provider info's conn-fields / ui-field-behaviour; Airflow reads them per class.
    @classmethod
    def get_connection_form_widgets(cls) -> dict[str, Any]:
        return connection_form_widgets(cls.conn_type)

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        return ui_field_behaviour(cls.conn_type)

    @cached_property
    def address(self) -> str:
        extras = self.extras
        if extras.get("address"):
            address = str(extras["address"]).strip().rstrip("/")
            return address if "://" in address else f"http://{address}"
        conn = self.connection
        if conn is None or not conn.host:
            raise QuantumSpecError(
                "conn_id", f"connection {self.conn_id!r} names no Ray address (host or extra.address)"
            )
        scheme = "" if "://" in conn.host else "http://"
        return f"{scheme}{conn.host}:{conn.port or 8265}"

    @cached_property
    def display_address(self) -> str:
        """The address without user info (``user:token@``): what messages, logs and provenance show."""
        return strip_userinfo(self.address)

    @cached_property
    def headers(self) -> dict[str, str]:
        """HTTP headers of every request: an authenticating proxy in front of the dashboard takes the connection's
        password as a bearer token."""
        token = self.connection.password if self.connection is not None else None
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _unreachable(self, err: BaseException) -> Exception:
        line = self.redact(_one_line(err))
        if "401 Client Error" in line or "403 Client Error" in line:
            return _classify(err, self.display_address, line)
        return BackendUnavailableError(f"Ray at {self.display_address} is unreachable: {line}")

    @cached_property
    def client(self) -> JobSubmissionClient:
        try:
            from ray.job_submission import JobSubmissionClient
        except ImportError:
            raise QuantumSpecError(
                "conn_id", "a quantum_ray connection needs Ray: pip install 'airflow-provider-quantum[ray]'"
            ) from None
        try:
            return JobSubmissionClient(self.address, headers=self.headers or None)
        except (ConnectionError, OSError) as err:
            raise self._unreachable(err) from None
        except RuntimeError as err:  # the client raises RuntimeError when the dashboard does not answer
            raise self._unreachable(err) from None

    # -- submission --------------------------------------------------------------------------------------------

    def submit(
        self,
        spec: JobSpec,
        *,
        key: str,
        store: ResultStore,
        context: dict[str, Any] | None = None,
        checkpoint_every: int = 10,
        **options: Any,
    ) -> Handle:
        """Queue the engine as a Ray job, or attach to the live (or finished) job already queued for ``key``."""
        existing = self._live_submission(key)
        if existing is not None:
            self.log.info("Attaching to Ray job %s already submitted for this key", existing)
            return self.make_handle(key, store, submission_id=existing)
        submission_id = self._next_submission_id(key)
        handle = self.make_handle(key, store, submission_id=submission_id)
        # The worker reads the spec from the store, so it must be there before the job can start.
        store.write_spec(key, spec.model_dump(mode="json"))
        store.update_record(key, state="submitted", event={"context": context or {}}, handle=handle)
        backend = self.backend_identity() | {
            "backend": self.backend_name,
            "conn_id": self.conn_id,
            "address": self.display_address,
        }
        entrypoint = " ".join(
            [
                shlex.quote(str(self.extras.get("python") or "python")),
                "-m quantum_provider.engine",
                f"--store {shlex.quote(str(store.base))}",
                f"--key {key}",
                f"--backend {shlex.quote(json.dumps(backend, sort_keys=True))}",
                f"--context {shlex.quote(json.dumps(context or {}, sort_keys=True))}",
                f"--checkpoint-every {int(checkpoint_every)}",
                *([f"--max-seconds {float(options['max_seconds'])!r}"] if options.get("max_seconds") else []),
            ]
        )
        runtime_env = dict(self.extras.get("runtime_env") or {})
        if self.extras.get("threads"):
            env_vars = dict(runtime_env.get("env_vars") or {})
            env_vars.setdefault("OMP_NUM_THREADS", str(self.extras["threads"]))
            runtime_env["env_vars"] = env_vars
        try:
            self.client.submit_job(
                entrypoint=entrypoint,
                submission_id=submission_id,
                runtime_env=runtime_env or None,
                entrypoint_num_cpus=float(self.extras["num_cpus"]),
                entrypoint_num_gpus=float(self.extras["num_gpus"]),
                metadata={"key": key, **{k: str(v) for k, v in (context or {}).items() if v is not None}},
            )
        except Exception as err:
            if "already exists" in str(err):  # a concurrent submitter won the race: attach to its job
                return self.make_handle(key, store, submission_id=submission_id)
            raise _classify(err, self.display_address, self.redact(_one_line(err))) from None
        self.log.info("Submitted Ray job %s (%s CPUs)", submission_id, self.extras["num_cpus"])
        return handle

    def _submissions(self, key: str) -> list[Any]:
        """Every Ray job ever submitted for ``key`` (``key``, then ``key-2``, ``key-3`` after failures)."""
        try:
            jobs = self.client.list_jobs()
        except Exception as err:
            raise _classify(err, self.display_address, self.redact(_one_line(err))) from None
        mine = [
            j for j in jobs if j.submission_id and (j.submission_id == key or j.submission_id.startswith(key + "-"))
        ]
        return sorted(mine, key=lambda j: _attempt(j.submission_id, key))

    def _live_submission(self, key: str) -> str | None:
        """The newest submission for ``key`` that is queued, running or succeeded; failed ones do not count."""
        for job in reversed(self._submissions(key)):
            if RAY_STATES.get(str(job.status).split(".")[-1]) in (*ACTIVE_STATES, "succeeded"):
                return job.submission_id
        return None

    def _next_submission_id(self, key: str) -> str:
        # A Ray submission id can never be reused, so a resubmission after a failure gets the next suffix.
        count = len(self._submissions(key))
        return key if count == 0 else f"{key}-{count + 1}"

    # -- the shared verbs --------------------------------------------------------------------------------------

    def status(self, handle: Handle) -> str:
        try:
            status = self.client.get_job_status(handle["submission_id"])
        except Exception as err:
            raise _classify(err, self.display_address, self.redact(_one_line(err))) from None
        return RAY_STATES[str(status).split(".")[-1]]

    async def astatus(self, handle: Handle) -> str:
        """Job status over the Jobs REST API with an async HTTP client: never blocks the triggerer's loop."""
        data = await self._aget(f"/api/jobs/{handle['submission_id']}")
        return RAY_STATES[data["status"]]

    async def _aget(self, path: str) -> Any:
        import httpx

        try:
            async with httpx.AsyncClient(timeout=_HTTP_TIMEOUT_S) as client:
                response = await client.get(self.address + path, headers=self.headers)
        except httpx.HTTPError as err:
            raise self._unreachable(err) from None
        if response.status_code == 429 or response.status_code >= 500:
            raise BackendUnavailableError(f"Ray at {self.display_address} answered HTTP {response.status_code}")
        if response.status_code == 404:
            raise JobFailedOnBackendError(f"Ray has no job {path.rsplit('/', 1)[-1]}")
        response.raise_for_status()
        return response.json()

    def result(self, handle: Handle) -> dict[str, Any]:
        stored = self.store_of(handle).load_result(handle["key"])
        if stored is not None:
            return stored.result
        raise JobFailedOnBackendError(
            f"Ray job {handle['submission_id']} is {self.status(handle)} without a verified result: "
            f"{self.log_tail(handle, lines=1) or 'no log'}"
        )

    def cancel(self, handle: Handle | None) -> None:
        if handle and handle.get("submission_id"):
            try:
                self.client.stop_job(handle["submission_id"])
            except Exception as err:
                self.log.warning("Could not stop Ray job %s: %s", handle["submission_id"], self.redact(_one_line(err)))

    def log_tail(self, handle: Handle, lines: int = 20) -> str:
        """The last ``lines`` lines of the Ray job's log (the engine's progress and any traceback)."""
        try:
            text = self.client.get_job_logs(handle["submission_id"])
        except Exception as err:
            return f"(log unavailable: {self.redact(_one_line(err))})"
        return "\n".join(text.rstrip().splitlines()[-lines:])

    async def alog_tail(self, handle: Handle, lines: int = 20) -> str:
        data = await self._aget(f"/api/jobs/{handle['submission_id']}/logs")
        return "\n".join(str(data.get("logs", "")).rstrip().splitlines()[-lines:])

    def queue_position(self, handle: Handle) -> int | None:
        """1 for the next pending job to start; None when the job is not pending."""
        try:
            jobs = self.client.list_jobs()
        except Exception as err:
            raise _classify(err, self.display_address, self.redact(_one_line(err))) from None
        return _queue_position([(j.submission_id, str(j.status).split(".")[-1], j.start_time) for j in jobs], handle)

    async def aqueue_position(self, handle: Handle) -> int | None:
        jobs = await self._aget("/api/jobs/")
        return _queue_position([(j["submission_id"], j["status"], j.get("start_time")) for j in jobs], handle)

    def _get(self, path: str) -> Any:
        """GET a dashboard REST path; unreachable or overloaded is retriable, anything else not Ray is not."""
        import httpx

        try:
            response = httpx.get(self.address + path, timeout=_HTTP_TIMEOUT_S, headers=self.headers)
        except (httpx.HTTPError, httpx.InvalidURL) as err:
            raise self._unreachable(err) from None
        if response.status_code == 429 or response.status_code >= 500:
            raise BackendUnavailableError(
                f"Ray at {self.display_address} answered HTTP {response.status_code} for {path.split('?')[0]}"
            )
        try:
            response.raise_for_status()
            return response.json()
        except (httpx.HTTPStatusError, ValueError):
            raise QuantumSpecError(
                "conn_id",
                f"{self.display_address} answered {path.split('?')[0]} with HTTP {response.status_code} "
                "and no Ray answer: is it a Ray dashboard (Jobs API)?",
            ) from None

    def describe(self) -> dict[str, Any]:
        """Ray version, alive nodes, their logical CPUs and the job queue, over the dashboard's REST API.

        Plain HTTP, so it works where Ray itself is not installed (an api-server testing the connection).
        """
        version = self._get("/api/version")
        listed = self._get("/api/v0/nodes?limit=10000")
        nodes = [n for n in listed["data"]["result"]["result"] if n.get("state") == "ALIVE"]
        cpus = [float((n.get("resources_total") or {}).get("CPU", 0)) for n in nodes]
        jobs = [j for j in self._get("/api/jobs/") if j.get("type") != "DRIVER"]
        return {
            "backend": "ray",
            "address": self.display_address,
            "ray_version": version.get("ray_version"),
            "device": self.extras["device"],
            "max_qubits": self.extras["max_qubits"],
            "nodes": len(nodes),
            "cpus": _count(sum(cpus)),
            "largest_node_cpus": _count(max(cpus, default=0.0)),
            "num_cpus_per_job": self.extras["num_cpus"],
            "queue_depth": sum(1 for j in jobs if j.get("status") == "PENDING"),
            "running": sum(1 for j in jobs if j.get("status") == "RUNNING"),
        }

    def check_connection(self) -> tuple[bool, str]:
        """Reach the Jobs API; report Ray's version, the cluster's nodes and CPUs, the queue and the limits."""
        try:
            info = self.describe()
        except QuantumError as err:  # one line naming the address and the cause
            return False, str(err)
        except (KeyError, TypeError, AttributeError) as err:
            return False, f"Ray at {self.display_address} gave an answer this provider does not understand: {err!r}"
        per_job = _count(float(info["num_cpus_per_job"]))
        message = (
            f"Ray {info['ray_version']} at {info['address']} is reachable: {info['nodes']} node(s), "
            f"{info['cpus']} CPUs; queue: {info['queue_depth']} job(s) pending, {info['running']} running; "
            f"jobs take {per_job} CPU(s), device {info['device']}, max_qubits={info['max_qubits']}"
        )
        if per_job > info["largest_node_cpus"]:
            message += f"; warning: no node has {per_job} CPUs, so jobs wait until one joins"
        return True, message


def _attempt(submission_id: str, key: str) -> int:
    suffix = submission_id[len(key) + 1 :]
    return int(suffix) if suffix.isdigit() else 1


def _queue_position(jobs: list[tuple[str, str, Any]], handle: Handle) -> int | None:
    pending = [submission_id for submission_id, status, _ in jobs if status == "PENDING"]
    if handle["submission_id"] not in pending:
        return None
    return pending.index(handle["submission_id"]) + 1


def _count(value: float) -> int | float:
    """A resource amount as Ray shows it: 2 rather than 2.0."""
    return int(value) if float(value).is_integer() else value


def _classify(err: BaseException, address: str, line: str) -> Exception:
    """Map a Ray client failure onto the error taxonomy: unreachable or overloaded is retriable.

    ``line`` is the failure as one line, already redacted of the connection's credentials (a rejecting server may
    echo them back).
    """
    text = str(err)
    unreachable = isinstance(err, (ConnectionError, OSError, TimeoutError)) or any(
        marker in text for marker in ("Connection refused", "Failed to connect", "Max retries exceeded", "timed out")
    )
    overloaded = any(f"status code {code}" in text for code in (429, 500, 502, 503, 504))
    rejected = ("status code 401", "status code 403", "401 Client Error", "403 Client Error", "Authentication required")
    if type(err).__name__ == "AuthenticationError" or any(marker in text for marker in rejected):
        # Credentials do not fix themselves: a policy error, never retried.
        return QuantumPolicyError(f"Ray at {address} refused the connection's credentials: {line}")
    if unreachable or overloaded:
        return BackendUnavailableError(f"Ray at {address} is unavailable: {line}")
    return JobFailedOnBackendError(f"Ray at {address}: {line}")
