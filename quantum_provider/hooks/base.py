"""The hook protocol every backend implements, so operators and sensors never branch on the backend."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import math
import re
from abc import abstractmethod
from functools import cached_property
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, quote_plus, unquote

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

from quantum_provider.exceptions import QuantumSpecError

if TYPE_CHECKING:
    from airflow.sdk import Connection

    from quantum_provider.governance.connection_policy import Policy
    from quantum_provider.problems.base import ProblemInstance
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore

#: A handle identifies a submitted job to its backend; it is a plain dict so it travels through XCom and triggers.
Handle = dict[str, Any]


class QuantumBackendHook(BaseHook):
    """Base class of the backend hooks: connection handling and the shared verbs.

    :param conn_id: the Airflow connection of the backend.
    """

    conn_name_attr = "conn_id"
    #: The orchestrator's name, as handles and provenance record it.
    backend_name: str = ""
    #: True when ``submit`` runs the job to completion in the calling process (no queue to wait on).
    runs_in_process: bool = False
    #: Connection extras every backend understands, with their defaults.
    default_extras: dict[str, Any] = {"device": "lightning.qubit", "max_qubits": 26, "shots": None, "threads": 1}
    #: Whether jobs marked sensitive may run here when the connection's ``allow_sensitive`` extra does not say:
    #: the task's own process may; anything that ships the problem to other machines may not.
    allows_sensitive_by_default: bool = False

    def __init__(self, conn_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.conn_id = conn_id or self.default_conn_name

    @cached_property
    def connection(self) -> Connection | None:
        """The connection, looked up once; ``None`` when the default id is not defined (defaults apply)."""
        try:
            conn = self.get_connection(self.conn_id)
        except AirflowNotFoundException:
            if self.conn_id == self.default_conn_name:
                return None
            raise
        register_secrets(conn)
        return conn

    @cached_property
    def policy(self) -> Policy:
        """The connection's governance rules (policy.py): devices, shots per job, sensitive data, budgets."""
        from quantum_provider.governance.connection_policy import Policy

        return Policy.from_extras(self.conn_id, self.extras, allow_sensitive=self.allows_sensitive_by_default)

    @cached_property
    def extras(self) -> dict[str, Any]:
        raw = self.connection.extra_dejson if self.connection is not None else {}
        merged = {**self.default_extras, **{k: v for k, v in raw.items() if v not in (None, "")}}
        for name in ("max_qubits", "threads", "shots"):
            if merged.get(name) is not None:
                merged[name] = _positive_int(merged[name], f"{self.conn_id}.extra.{name}")
        return merged

    def resolve_spec(self, spec: JobSpec) -> JobSpec:
        """Fill what the spec leaves to the connection: the device, and shots when the spec does not say."""
        changes: dict[str, Any] = {}
        if spec.execution.device is None:
            changes["device"] = self.extras["device"]
        if "shots" not in spec.execution.model_fields_set and self.extras.get("shots") is not None:
            changes["shots"] = self.extras["shots"]
        return spec.with_execution(**changes) if changes else spec

    def validate(self, spec: JobSpec) -> ProblemInstance:
        """Build the problem and check it against this backend's limits, before anything is written."""
        from quantum_provider.problems import build_problem

        problem = build_problem(spec.problem)
        limit = self.extras["max_qubits"]
        if problem.num_qubits > limit:
            raise QuantumSpecError(
                "problem",
                f"needs {problem.num_qubits} qubits, connection {self.conn_id!r} allows at most {limit} (max_qubits)",
            )
        refusal = self.memory_refusal(problem.num_qubits)
        if refusal is not None:
            raise QuantumSpecError("problem", refusal)
        return problem

    def memory_refusal(self, num_qubits: int) -> str | None:
        """Why a job on ``num_qubits`` wires cannot fit where it would run (engine/memory.py); ``None`` if it fits.

        The connection's ``max_memory_gib`` extra bounds it when set; otherwise ``worker_memory`` does.
        """
        from quantum_provider.engine.memory import memory_refusal

        cap = self.extras.get("max_memory_gib")
        if cap is not None:
            size = _positive_number(cap, f"{self.conn_id}.extra.max_memory_gib")
            where = f"connection {self.conn_id!r} allows (max_memory_gib)"
            return memory_refusal(num_qubits, int(size * 2**30), where=where)
        available = self.worker_memory(num_qubits)
        return None if available is None else memory_refusal(num_qubits, available[0], where=available[1])

    def worker_memory(self, num_qubits: int) -> tuple[int, str] | None:
        """The memory a job may use where it runs, and how to name it; ``None`` when unknown (no check).

        In-process backends and batches run on this worker: its memory, or its container's limit.
        """
        from quantum_provider.engine.memory import machine_memory_bytes

        return machine_memory_bytes(), "this worker has"

    def backend_identity(self) -> dict[str, Any]:
        """Device name and version: part of every content key.

        The orchestrator (in-process, Ray, ...) is deliberately not part of it: it does not change the numbers, so
        a job moved to a fallback backend keeps its key, its checkpoints and its stored result.
        """
        device = self.extras["device"]
        from quantum_provider.observability.provenance import compiler_version, device_version

        # OpenMP threads change the order of floating-point sums, hence the last bits of every number. The compiler
        # of the fast path (engine/fast.py) decides which path a spec takes and the last bits of its numbers.
        return {
            "device": device,
            "device_version": device_version(device),
            "threads": self.extras.get("threads"),
            "compiler": compiler_version(),
        }

    @abstractmethod
    def submit(self, spec: JobSpec, *, key: str, store: ResultStore, **options: Any) -> Handle:
        """Start the job (or attach to the one already running under ``key``) and return its handle."""

    @abstractmethod
    def status(self, handle: Handle) -> str:
        """One of the record states: submitted, queued, running, succeeded, failed, cancelled."""

    async def astatus(self, handle: Handle) -> str:
        """``status`` without blocking the event loop."""
        return await asyncio.to_thread(self.status, handle)

    @abstractmethod
    def result(self, handle: Handle) -> dict[str, Any]:
        """The finished job's result."""

    @abstractmethod
    def cancel(self, handle: Handle) -> None:
        """Stop the job; a cancelled job keeps its checkpoints."""

    async def acancel(self, handle: Handle) -> None:
        """``cancel`` without blocking the event loop (a trigger's cleanup); by default ``cancel`` in a thread."""
        await asyncio.to_thread(self.cancel, handle)

    def queue_position(self, handle: Handle) -> int | None:
        """1 for the next queued job to start; ``None`` when the job is not queued or the backend has no queue."""
        return None

    async def aqueue_position(self, handle: Handle) -> int | None:
        return None

    def make_handle(self, key: str, store: ResultStore, **extra: Any) -> Handle:
        """The handle of job ``key``: plain JSON, so it travels through XCom, triggers and task_state_store."""
        return {"backend": self.backend_name, "conn_id": self.conn_id, "key": key, "store": str(store.base), **extra}

    @staticmethod
    def store_of(handle: Handle) -> ResultStore:
        """The result store the handle's job writes to."""
        from quantum_provider.storage import ResultStore

        return ResultStore(handle["store"])

    def log_tail(self, handle: Handle, lines: int = 20) -> str:
        """The end of the job's log; by default what the record says about the job's current state."""
        from quantum_provider.storage import record_detail

        record = self.store_of(handle).read_record(handle["key"]) or {}
        return record_detail(record, record.get("state", "")) or ""

    async def alog_tail(self, handle: Handle, lines: int = 20) -> str:
        return await asyncio.to_thread(self.log_tail, handle, lines)

    @abstractmethod
    def describe(self) -> dict[str, Any]:
        """Device, qubit limit and queue depth, for logs and the UI."""

    # -- Airflow's connection test ----------------------------------------------------------------------------
    # (The connection forms are the provider info's conn-fields and ui-field-behaviour, which Airflow reads
    # without importing a hook; the hooks define no get_connection_form_widgets / get_ui_field_behaviour.)

    def test_connection(self) -> tuple[bool, str]:
        """Airflow's connection test: reach the backend and say what it offers, in one line.

        Never raises: a failure is ``(False, reason)``. Credentials of the connection never appear in the message.
        """
        try:
            ok, message = self.check_connection()
        except Exception as err:
            ok, message = False, one_line(err)
        return ok, self.redact(" ".join(str(message).split()))

    def check_connection(self) -> tuple[bool, str]:
        """What ``test_connection`` reports; may raise, the error becomes the failure message."""
        raise NotImplementedError(f"{type(self).__name__} has no connection test")

    def redact(self, text: str) -> str:
        """``text`` without the connection's credentials, in every form ``credentials_of`` knows (plain,
        URL-encoded, JSON-escaped, base64 ``user:password``), and without the user info of any URL in it."""
        try:
            conn = self.connection
        except Exception:
            conn = None
        return redact_credentials(text, credentials_of(conn))


def redact_credentials(text: str, secrets: set[str]) -> str:
    """``text`` with every one of ``secrets`` replaced by ``***`` (longest first, so a secret containing another
    is removed whole) and the user info of URLs removed."""
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return strip_userinfo(text)


def credentials_of(conn: Connection | None) -> set[str]:
    """Every credential a connection holds, in every form it may take on the wire or in an echo of it.

    What counts as a credential (the rule, also in the README's "Secrets and sensitive data"):

    - the password;
    - every string, at any depth of ``extra``, whose key or any parent key is sensitive (``_is_sensitive``): a
      key containing ``password``, ``passwd``, ``passphrase``, ``secret``, ``token``, ``auth``, ``credential``,
      ``apikey``, ``_key``, ``private``, ``dsn``, ``connection_string`` or ``webhook``, or named ``env_vars``
      (environment variables are how credentials travel to jobs, e.g. Ray's ``runtime_env.env_vars``; Ray's
      dashboard treats them as secrets too), so ``runtime_env.env_vars.*`` are credentials whatever their names;
    - the user info of every URL in the host or anywhere in ``extra`` (``user:password@``), whole and its
      password part.

    Each comes with its derived forms: URL-encoded (``quote``, ``quote_plus``) and URL-decoded, JSON-escaped, and
    the base64 of ``login:password`` and of each URL's ``user:password``, as an ``Authorization: Basic`` header
    carries them. Values shorter than Airflow's ``[logging] min_length_masked_secret`` (5) are left out, as
    Airflow's masker leaves them: masking ``1`` (an ``OMP_NUM_THREADS``) would garble every message.
    """
    if conn is None:
        return set()
    plain: set[str] = {conn.password or ""}
    pairs: set[tuple[str, str]] = set()
    if conn.login and conn.password:
        pairs.add((conn.login, conn.password))
    try:
        extras = conn.extra_dejson
    except Exception:  # an unparsable extra: the whole text is the secret
        extras = {}
        plain.add(conn.extra or "")
    host = conn.host or ""
    # A host may be written without a scheme (``user:token@ray-head``); in extras only URLs count.
    found: list[tuple[str, bool]] = [(host if "://" in host else f"http://{host}", False)]
    _collect(extras, False, found)
    for value, sensitive in found:
        if sensitive:
            plain.add(value)
        for userinfo in _URL_USERINFO.findall(value) if "@" in value else ():
            user, _, password = userinfo.partition(":")
            plain.update({userinfo, password})
            pairs.add((user, password))
            pairs.add((unquote(user), unquote(password)))
    forms: set[str] = set()
    for secret in plain:
        forms.update({secret, quote(secret, safe=""), quote_plus(secret), unquote(secret), json.dumps(secret)[1:-1]})
    for user, password in pairs:
        if password:
            forms.add(base64.b64encode(f"{user}:{password}".encode()).decode())
    shortest = _min_masked_length()
    return {form for form in forms if len(form) >= shortest}


def _collect(value: Any, sensitive: bool, found: list[tuple[str, bool]]) -> None:
    """Every string under ``value``, with whether its key or a parent key is sensitive."""
    if isinstance(value, dict):
        for key, item in value.items():
            _collect(item, sensitive or _is_sensitive(str(key)), found)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _collect(item, sensitive, found)
    elif isinstance(value, str):
        found.append((value, sensitive))
        if value.lstrip().startswith(("{", "[")):  # JSON typed into a text field: its keys count too
            with contextlib.suppress(ValueError):
                _collect(json.loads(value), sensitive, found)
    elif sensitive and isinstance(value, (int, float)) and not isinstance(value, bool):
        found.append((str(value), True))  # a numeric PIN is still a credential


def _min_masked_length() -> int:
    try:
        from airflow.sdk.configuration import conf

        return conf.getint("logging", "min_length_masked_secret", fallback=5)
    except Exception:  # pragma: no cover - configuration always loads in Airflow
        return 5


def register_secrets(conn: Connection | None) -> None:
    """Hand every credential of the connection, in all its forms (``credentials_of``), to Airflow's secret masker,
    so task logs, rendered fields and the supervisor's log show ``***``.

    Airflow itself masks the password and the extra as one whole JSON text when it looks a connection up; a
    nested value, URL user info or the base64 of ``user:password`` it does not know about. Called on every path
    that gets a hook a connection: ``get_hook``, ``QuantumBackendHook.connection`` (direct construction), and,
    async, ``aget_hook`` (``aregister_secrets``).
    """
    try:
        from airflow.sdk.log import mask_secret
    except ImportError:  # pragma: no cover - the SDK always has it; never fail a lookup over masking
        return
    for secret in credentials_of(conn):
        mask_secret(secret)


async def aregister_secrets(conn: Connection | None) -> None:
    """``register_secrets`` from the event loop: Airflow's ``amask_secret`` tells the triggerer's supervisor
    without blocking (a synchronous send from inside the loop could deadlock)."""
    try:
        from airflow.sdk.log import amask_secret
    except ImportError:  # pragma: no cover
        return
    for secret in credentials_of(conn):
        await amask_secret(secret)


def one_line(err: BaseException) -> str:
    """An error as one line: its class and the first line of its message."""
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0] if text else ''}"[:500]


#: ``user:password@`` in a URL (group 1: what the connection test must not show).
_URL_USERINFO = re.compile(r"(?<=://)([^/@\s]+)@")


def strip_userinfo(text: str) -> str:
    """``text`` with the user info (``user:token@``) of every URL in it removed."""
    return _URL_USERINFO.sub("", text)


#: Extras whose names contain one of these hold credentials (with Airflow's own sensitive names among them).
_SENSITIVE_MARKERS = (
    "password", "passwd", "passphrase", "secret", "token", "auth", "credential", "apikey", "_key", "private",
    "dsn", "connection_string", "webhook",
)  # fmt: skip
#: Extras holding credentials whatever the names inside them: environment variables of jobs.
_SENSITIVE_PARENTS = ("env_vars",)


def _is_sensitive(key: str) -> bool:
    name = key.lower()
    return name in _SENSITIVE_PARENTS or any(marker in name for marker in _SENSITIVE_MARKERS)


def _positive_number(value: Any, field: str, *, zero: bool = False) -> float:
    """A connection's finite number that must be positive (or zero, when ``zero``); a spec error naming it
    otherwise."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number) or not (number >= 0 if zero else number > 0):
        raise QuantumSpecError(field, f"must be a {'non-negative' if zero else 'positive'} number, got {value!r}")
    return number


def _positive_int(value: Any, field: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise QuantumSpecError(field, f"must be a positive integer, got {value!r}") from None
    if number < 1:
        raise QuantumSpecError(field, f"must be a positive integer, got {value!r}")
    return number
