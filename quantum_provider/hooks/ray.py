"""RayHook: runs the engine as a Ray job (Ray Jobs REST API); Ray's queue is the queue the sensors wait on.

Longer than 400 lines because it is one hook class whose verbs share one connection, one HTTP client and one
mapping of Ray's answers onto the record states and the error taxonomy; the client itself (retries, status-code
classification) is already apart, in ``ray_client.py``.
"""

from __future__ import annotations

import json
import shlex
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from quantum_provider.exceptions import (
    JobFailedOnBackendError,
    QuantumConfigError,
    QuantumError,
    QuantumSpecError,
    failure_class,
)
from quantum_provider.hooks.base import Handle, QuantumBackendHook, _positive_number
from quantum_provider.hooks.ray_client import JOBS_PATH, NODES_PATH, VERSION_PATH, RayJobsClient
from quantum_provider.storage import ACTIVE_STATES

if TYPE_CHECKING:
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

#: Ray job status -> record state (docs/architecture.md section 4, "RayHook"; the states: section 3, "Records").
#: Ray 2.60 has exactly these (``ray.job_submission.JobStatus``).
RAY_STATES = {
    "PENDING": "queued",
    "RUNNING": "running",
    "SUCCEEDED": "succeeded",
    "FAILED": "failed",
    "STOPPED": "cancelled",
}
#: Jobs needing less memory than this are not checked against the cluster's nodes (no request for them).
MEMORY_CHECK_FROM_BYTES = 2**30


class RayHook(QuantumBackendHook):
    """Submit jobs to a Ray cluster through its Jobs REST API (``ray_client.RayJobsClient``; the ``ray`` package is
    not needed on the Airflow side, only on the cluster's workers).

    The submission id is the job's content key, so a second submission of the same job (a retry, a crashed
    task, another DAG) attaches to the first instead of computing twice. Ray ids can never be reused: after a
    failed or stopped submission the next one is ``key-2``, ``key-3``, ... A submission looks its key up by id
    (``GET /api/jobs/{key}``, then ``{key}-2`` ... until Ray answers 404), never by listing the cluster's history.

    Connection: ``host`` and ``port`` of the Ray dashboard, or the extra ``address`` (``http://127.0.0.1:8265``).

    Authentication, one scheme: the connection's **password is a bearer token**, sent as
    ``Authorization: Bearer <password>`` on every request (Ray's own token authentication and the usual gateway
    in front of a dashboard take it so). The login is not used. User info in the address or host
    (``http://user:token@host``) is refused with a ``QuantumConfigError`` naming the field: HTTP clients turn it
    into ``Authorization: Basic``, which silently replaces the bearer token.

    Extras: ``runtime_env`` (a Ray runtime environment dict; ``working_dir``/``py_modules`` must be remote URIs,
    since nothing is uploaded from the Airflow worker), ``num_cpus`` and ``num_gpus`` per job, ``python`` (the
    interpreter on the workers, default ``python``), ``device``, ``max_qubits``, ``shots``, ``threads``, and the
    HTTP client's ``request_timeout`` (s, default 10), ``request_retries`` (default 3) and
    ``request_retry_delay`` (s before the first retry, doubling; default 1).

    What each failure raises (``ray_client``): unreachable, HTTP 429 or 5xx → ``BackendUnavailableError`` after
    the request's own retries; HTTP 401/403 → ``QuantumPolicyError``; another 4xx → ``QuantumConfigError``; a job
    Ray does not have → ``JobFailedOnBackendError`` (``status``), a free id (``submit``), nothing to do
    (``cancel``). A Ray job state this provider does not know (a newer Ray) → ``JobFailedOnBackendError`` naming
    the state: Ray answered, so the backend is not unavailable and backing off would not teach the provider the
    state; as a job failure it is retried once, and the retry's submission, meeting the same state, fails rather
    than start a second job under the key.

    :param conn_id: a ``quantum_ray`` connection id.
    """

    conn_type = "quantum_ray"
    default_conn_name = "quantum_ray_default"
    hook_name = "Quantum (Ray cluster)"
    backend_name = "ray"
    default_extras = {
        **QuantumBackendHook.default_extras,
        "num_cpus": 1,
        "num_gpus": 0,
        "runtime_env": None,
        "request_timeout": 10.0,
        "request_retries": 3,
        "request_retry_delay": 1.0,
    }

    @cached_property
    def address(self) -> str:
        """The dashboard's base URL; refused when it carries user info (see the class docstring)."""
        extras = self.extras
        if extras.get("address"):
            field = f"{self.conn_id}.extra.address"
            address = str(extras["address"]).strip().rstrip("/")
            address = address if "://" in address else f"http://{address}"
        else:
            conn = self.connection
            if conn is None or not conn.host:
                raise QuantumSpecError(
                    "conn_id", f"connection {self.conn_id!r} names no Ray address (host or extra.address)"
                )
            field = f"{self.conn_id}.host"
            scheme = "" if "://" in conn.host else "http://"
            address = f"{scheme}{conn.host.strip().rstrip('/')}"
        try:
            parts = urlsplit(address)
            if field.endswith(".host") and parts.port is None:
                address = f"{address}:{self.connection.port or 8265}"
        except ValueError as err:  # e.g. a port that is not a number
            raise QuantumConfigError(field, f"is not a URL: {self.redact(str(err))}") from None
        if parts.username is not None or parts.password is not None:
            # The value itself is never quoted: the user info is the credential.
            raise QuantumConfigError(
                field,
                "holds user info (user:token@); this connection authenticates with its password as a bearer "
                "token only: put the token in the password field and the address without it",
            )
        return address

    @property
    def display_address(self) -> str:
        """The address as messages, logs and provenance show it (it holds no user info: that is refused)."""
        return self.address

    @cached_property
    def headers(self) -> dict[str, str]:
        """HTTP headers of every request: the connection's password as a bearer token (the one scheme)."""
        token = self.connection.password if self.connection is not None else None
        return {"Authorization": f"Bearer {token}"} if token else {}

    @cached_property
    def client(self) -> RayJobsClient:
        """The hook's one HTTP client of Ray's Jobs API (a sync and an async httpx client, built once)."""
        extras, field = self.extras, f"{self.conn_id}.extra"
        return RayJobsClient(
            self.address,
            headers=self.headers,
            timeout=_positive_number(extras["request_timeout"], f"{field}.request_timeout"),
            retries=int(_positive_number(extras["request_retries"], f"{field}.request_retries", zero=True)),
            retry_delay=_positive_number(extras["request_retry_delay"], f"{field}.request_retry_delay", zero=True),
            redact=self.redact,
            setting=f"connection {self.conn_id!r}",
            log=self.log,
        )

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
        """Queue the engine as a Ray job, or attach to the live (or finished) job already queued for ``key``.

        A fresh key costs two requests (a 404 lookup and the submission); a key submitted ``n`` times before,
        ``n + 1`` lookups. When Ray refuses the submission, the record does not stay ``submitted``: it ends
        ``failed``, its history entry naming the error, its ``failure_class`` and the redacted reason. For an
        unavailable Ray (``backend_unavailable``) the entry says the submission was not accepted and that a
        retry submits again; the task's retry, or a fallback backend, moves the record on.
        """
        posted = False
        try:
            submission_id, existing = self._submission_for(key)
            if existing is not None:
                self.log.info("Attaching to Ray job %s already submitted for this key", submission_id)
                return self.make_handle(key, store, submission_id=submission_id)
            handle = self.make_handle(key, store, submission_id=submission_id)
            # The worker reads the spec from the store, so it must be there before the job can start; the record
            # is written first too, so the engine's `running` can never be overwritten by a late `submitted`.
            store.write_spec(key, spec.model_dump(mode="json"))
            store.update_record(key, state="submitted", event={"context": context or {}}, handle=handle)
            posted = True
            self.client.request(
                "POST",
                JOBS_PATH,
                json=self._submission(spec, key, submission_id, store, context, checkpoint_every, options),
                recheck=f"{JOBS_PATH}{submission_id}",
            )
        except QuantumError as err:
            if posted and self._accepted_anyway(submission_id, err):
                self.log.info("Ray job %s exists after all (a concurrent submission): attaching", submission_id)
                return handle
            self._record_refusal(store, key, spec, err, context, ours=posted)
            raise
        self.log.info("Submitted Ray job %s (%s CPUs)", submission_id, self.extras["num_cpus"])
        return handle

    def _submission(
        self,
        spec: JobSpec,
        key: str,
        submission_id: str,
        store: ResultStore,
        context: dict[str, Any] | None,
        checkpoint_every: int,
        options: dict[str, Any],
    ) -> dict[str, Any]:
        """The body of ``POST /api/jobs/`` (Ray's ``JobSubmitRequest``)."""
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
        body = {
            "entrypoint": entrypoint,
            "submission_id": submission_id,
            "runtime_env": runtime_env or None,
            "metadata": {"key": key, **{k: str(v) for k, v in (context or {}).items() if v is not None}},
            "entrypoint_num_cpus": float(self.extras["num_cpus"]),
            "entrypoint_num_gpus": float(self.extras["num_gpus"]),
        }
        return {name: value for name, value in body.items() if value is not None}

    def _submission_for(self, key: str) -> tuple[str, dict[str, Any] | None]:
        """The submission id to use for ``key`` and, when one is queued, running or succeeded, its Ray job.

        Walks ``key``, ``key-2``, ... by id until Ray has no such job (O(submissions of this key), never the
        cluster's history). A live or succeeded submission ends the walk: a next one is only ever made after the
        previous one failed or was stopped.
        """
        attempt = 1
        while True:
            submission_id = key if attempt == 1 else f"{key}-{attempt}"
            job = self.client.request("GET", f"{JOBS_PATH}{submission_id}", missing_ok=True)
            if job is None:
                return submission_id, None
            if self._state(job, submission_id) in (*ACTIVE_STATES, "succeeded"):
                return submission_id, job
            attempt += 1

    def _accepted_anyway(self, submission_id: str, err: QuantumError) -> bool:
        """After an unavailable answer, whether Ray has the job anyway: Ray answers a submission id that already
        exists (a concurrent submitter won the race) with HTTP 500, and a lost reply looks like a timeout."""
        if failure_class(err) != "backend_unavailable":
            return False
        try:
            return self.client.request("GET", f"{JOBS_PATH}{submission_id}", missing_ok=True, retry=False) is not None
        except QuantumError:
            return False

    def _record_refusal(
        self,
        store: ResultStore,
        key: str,
        spec: JobSpec,
        err: QuantumError,
        context: dict[str, Any] | None,
        *,
        ours: bool,
    ) -> None:
        """Make a refused submission visible in the job's record: ``failed``, with the class and redacted reason.

        ``ours``: this call wrote ``submitted`` just before the refused request. A record that someone else moved
        on (an engine computing an earlier accepted submission, a stored result) keeps its state and gets the
        refusal as an event: it tells its own truth. (Read, then write, as ``Governance.refused`` does: a racing
        writer's next state change puts the record right.)
        """
        kind = failure_class(err)
        message = self.redact(str(err))
        if kind == "backend_unavailable":
            message = f"Ray did not accept the submission ({message}); a retry of the task submits it again"
        event = {
            "event": "submission_refused",
            "context": context or {},
            "error": type(err).__name__,
            "failure_class": kind,
            "message": message,
            "backend": self.conn_id,
        }
        state = (store.read_record(key) or {}).get("state")
        if (ours and state == "submitted") or (not ours and state in (None, "failed", "cancelled")):
            store.update_record(key, state="failed", event=event, name=spec.name, kind=spec.problem.kind)
        else:
            store.append_event(key, event)

    # -- the shared verbs --------------------------------------------------------------------------------------

    def _state(self, job: dict[str, Any], submission_id: str) -> str:
        """The record state of Ray's job details; an unknown Ray state is a job failure (see the class)."""
        status = str(job.get("status"))
        if status not in RAY_STATES:
            raise JobFailedOnBackendError(
                f"Ray at {self.display_address} reports job {submission_id} in state {status!r}, which this "
                f"provider does not know (it knows {', '.join(RAY_STATES)})"
            )
        return RAY_STATES[status]

    def _missing(self, submission_id: str) -> JobFailedOnBackendError:
        return JobFailedOnBackendError(
            f"Ray at {self.display_address} has no job {submission_id} (deleted, or the cluster was restarted)"
        )

    def status(self, handle: Handle) -> str:
        submission_id = handle["submission_id"]
        job = self.client.request("GET", f"{JOBS_PATH}{submission_id}", missing_ok=True)
        if job is None:
            raise self._missing(submission_id)
        return self._state(job, submission_id)

    async def astatus(self, handle: Handle) -> str:
        """Job status on the async client: never blocks the triggerer's loop."""
        submission_id = handle["submission_id"]
        job = await self.client.arequest("GET", f"{JOBS_PATH}{submission_id}", missing_ok=True)
        if job is None:
            raise self._missing(submission_id)
        return self._state(job, submission_id)

    def result(self, handle: Handle) -> dict[str, Any]:
        stored = self.store_of(handle).load_result(handle["key"])
        if stored is not None:
            return stored.result
        raise JobFailedOnBackendError(
            f"Ray job {handle['submission_id']} is {self.status(handle)} without a verified result: "
            f"{self.log_tail(handle, lines=1) or 'no log'}"
        )

    def cancel(self, handle: Handle | None) -> None:
        """Stop the Ray job (``POST /api/jobs/{id}/stop``); never raises: a failure is logged."""
        if not (handle and handle.get("submission_id")):
            return
        try:
            answer = self.client.request("POST", f"{JOBS_PATH}{handle['submission_id']}/stop", missing_ok=True)
        except QuantumError as err:
            self.log.warning("Could not stop Ray job %s: %s", handle["submission_id"], err)
            return
        self._log_stop(handle["submission_id"], answer)

    async def acancel(self, handle: Handle | None) -> None:
        """``cancel`` on the async client, for a trigger's cleanup; never raises."""
        if not (handle and handle.get("submission_id")):
            return
        try:
            path = f"{JOBS_PATH}{handle['submission_id']}/stop"
            answer = await self.client.arequest("POST", path, missing_ok=True)
        except QuantumError as err:
            self.log.warning("Could not stop Ray job %s: %s", handle["submission_id"], err)
            return
        self._log_stop(handle["submission_id"], answer)

    def _log_stop(self, submission_id: str, answer: Any) -> None:
        if answer is None:
            self.log.info("Ray has no job %s: nothing to stop", submission_id)
        elif not answer.get("stopped"):
            self.log.info("Ray job %s had already ended", submission_id)
        else:
            self.log.info("Stopping Ray job %s", submission_id)

    def log_tail(self, handle: Handle, lines: int = 20) -> str:
        """The last ``lines`` lines of the Ray job's log (the engine's progress and any traceback)."""
        try:
            answer = self.client.request("GET", f"{JOBS_PATH}{handle['submission_id']}/logs", missing_ok=True)
        except QuantumError as err:
            return f"(log unavailable: {err})"
        if answer is None:
            return f"(no log: {self._missing(handle['submission_id'])})"
        return _tail(answer, lines)

    async def alog_tail(self, handle: Handle, lines: int = 20) -> str:
        answer = await self.client.arequest("GET", f"{JOBS_PATH}{handle['submission_id']}/logs", missing_ok=True)
        if answer is None:
            raise self._missing(handle["submission_id"])
        return _tail(answer, lines)

    def queue_position(self, handle: Handle) -> int | None:
        """1 for the next pending job to start; None when the job is not pending (a listing: only while queued)."""
        return _queue_position(self.client.request("GET", JOBS_PATH), handle)

    async def aqueue_position(self, handle: Handle) -> int | None:
        return _queue_position(await self.client.arequest("GET", JOBS_PATH), handle)

    def _dashboard_get(self, path: str, *, retry: bool) -> Any:
        """GET a dashboard path that every Ray dashboard has: a 404 means the server is not one."""
        answer = self.client.request("GET", path, missing_ok=True, retry=retry)
        if answer is None:
            raise QuantumSpecError(
                "conn_id",
                f"{self.display_address} answered {path} with HTTP 404 and no Ray answer: "
                "is it a Ray dashboard (Jobs API)?",
            )
        return answer

    def describe(self) -> dict[str, Any]:
        """Ray version, alive nodes, their logical CPUs and memory, and the job queue, over the dashboard's REST
        API."""
        return self._describe(retry=True)

    def worker_memory(self, num_qubits: int) -> tuple[int, str] | None:
        """The memory Ray gives tasks on its largest node; asked only for jobs big enough for it to matter
        (a state over ``MEMORY_CHECK_FROM_BYTES``), so small jobs cost no request."""
        from quantum_provider.engine.memory import job_memory_bytes

        if job_memory_bytes(num_qubits) < MEMORY_CHECK_FROM_BYTES:
            return None
        largest = self._largest_node_memory
        return (largest, f"the largest Ray node at {self.display_address} has") if largest > 0 else None

    @cached_property
    def _largest_node_memory(self) -> int:
        # Asked once per hook: a chunk of large jobs checks them all against one answer.
        return self.describe()["largest_node_memory_bytes"]

    def _describe(self, *, retry: bool) -> dict[str, Any]:
        version = self._dashboard_get(VERSION_PATH, retry=retry)
        listed = self._dashboard_get(f"{NODES_PATH}?limit=10000", retry=retry)
        nodes = [n for n in listed["data"]["result"]["result"] if n.get("state") == "ALIVE"]
        cpus = [float((n.get("resources_total") or {}).get("CPU", 0)) for n in nodes]
        memory = [float((n.get("resources_total") or {}).get("memory", 0)) for n in nodes]
        jobs = [j for j in self._dashboard_get(JOBS_PATH, retry=retry) if j.get("type") != "DRIVER"]
        return {
            "backend": "ray",
            "address": self.display_address,
            "ray_version": version.get("ray_version"),
            "device": self.extras["device"],
            "max_qubits": self.extras["max_qubits"],
            "nodes": len(nodes),
            "cpus": _count(sum(cpus)),
            "largest_node_cpus": _count(max(cpus, default=0.0)),
            "largest_node_memory_bytes": int(max(memory, default=0.0)),
            "num_cpus_per_job": self.extras["num_cpus"],
            "queue_depth": sum(1 for j in jobs if j.get("status") == "PENDING"),
            "running": sum(1 for j in jobs if j.get("status") == "RUNNING"),
        }

    def check_connection(self) -> tuple[bool, str]:
        """Reach the Jobs API; report Ray's version, the cluster's nodes and CPUs, the queue and the limits.

        One attempt per request, without the client's retries: the Test button answers now.
        """
        try:
            info = self._describe(retry=False)
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


def _tail(answer: Any, lines: int) -> str:
    text = str((answer or {}).get("logs", "") if isinstance(answer, dict) else "")
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _queue_position(jobs: list[dict[str, Any]], handle: Handle) -> int | None:
    pending = [j.get("submission_id") for j in jobs if j.get("status") == "PENDING"]
    if handle["submission_id"] not in pending:
        return None
    return pending.index(handle["submission_id"]) + 1


def _count(value: float) -> int | float:
    """A resource amount as Ray shows it: 2 rather than 2.0."""
    return int(value) if float(value).is_integer() else value
