"""The hook protocol every backend implements, so operators and sensors never branch on the backend."""

from __future__ import annotations

import asyncio
import re
from abc import abstractmethod
from functools import cached_property
from typing import TYPE_CHECKING, Any

from airflow.sdk import BaseHook
from airflow.sdk.exceptions import AirflowNotFoundException

from quantum_provider.exceptions import QuantumSpecError

if TYPE_CHECKING:
    from airflow.sdk import Connection

    from quantum_provider.policy import Policy
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
        from quantum_provider.policy import Policy

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
        return problem

    def backend_identity(self) -> dict[str, Any]:
        """Device name and version: part of every content key.

        The orchestrator (in-process, Ray, ...) is deliberately not part of it: it does not change the numbers, so
        a job moved to a fallback backend keeps its key, its checkpoints and its stored result.
        """
        device = self.extras["device"]
        from quantum_provider.engine.fast import compiler_version

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
    # (The connection forms are the provider info's conn-fields; each hook derives its legacy form methods from
    # them with ``connection_form_widgets`` and ``ui_field_behaviour`` below.)

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
        """``text`` without the connection's credentials: its password, sensitive extras, URL user info."""
        try:
            conn = self.connection
        except Exception:
            conn = None
        for secret in sorted(credentials_of(conn), key=len, reverse=True):
            text = text.replace(secret, "***")
        return strip_userinfo(text)


def credentials_of(conn: Connection | None) -> set[str]:
    """Every credential a connection holds: its password, sensitive extras, the user info of URLs in it."""
    if conn is None:
        return set()
    secrets = {conn.password or ""}
    extras = conn.extra_dejson
    secrets.update(v for k, v in extras.items() if _is_sensitive(k) and isinstance(v, str))
    for value in [conn.host, *extras.values()]:
        if isinstance(value, str) and "@" in value:
            for userinfo in _URL_USERINFO.findall(value):
                secrets.update({userinfo, userinfo.partition(":")[2]})
    return {secret for secret in secrets if secret}


def register_secrets(conn: Connection) -> None:
    """Hand the connection's credentials to Airflow's secret masker, so task logs and rendered fields show ***.

    Airflow masks a connection's password and sensitive-named extras itself; URL user info (``user:token@``) in
    the host or an extra it does not know about, so every credential is registered here, once per lookup.
    """
    try:
        from airflow.sdk.log import mask_secret
    except ImportError:  # pragma: no cover - the SDK always has it; never fail a lookup over masking
        return
    for secret in credentials_of(conn):
        mask_secret(secret)


def device_version(device: str) -> str | None:
    """The installed version of the package that provides ``device``."""
    from importlib import metadata

    package = "pennylane-lightning" if device.startswith("lightning.") else "pennylane"
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def one_line(err: BaseException) -> str:
    """An error as one line: its class and the first line of its message."""
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0] if text else ''}"[:500]


#: ``user:password@`` in a URL (group 1: what the connection test must not show).
_URL_USERINFO = re.compile(r"(?<=://)([^/@\s]+)@")


def strip_userinfo(text: str) -> str:
    """``text`` with the user info (``user:token@``) of every URL in it removed."""
    return _URL_USERINFO.sub("", text)


#: Extras whose names contain one of these hold credentials.
_SENSITIVE_MARKERS = ("password", "passwd", "passphrase", "secret", "token", "auth", "credential", "apikey", "_key")


def _is_sensitive(key: str) -> bool:
    return any(marker in key.lower() for marker in _SENSITIVE_MARKERS)


def conn_fields(conn_type: str) -> dict[str, dict[str, Any]]:
    """The ``conn-fields`` of ``conn_type``, as the provider info declares them (the single definition)."""
    from quantum_provider.get_provider_info import connection_type_info

    return connection_type_info(conn_type).get("conn-fields", {})


def ui_field_behaviour(conn_type: str) -> dict[str, Any]:
    """The provider info's ``ui-field-behaviour`` of ``conn_type`` in the hook methods' snake_case form."""
    from quantum_provider.get_provider_info import connection_type_info

    behaviour = connection_type_info(conn_type).get("ui-field-behaviour", {})
    return {
        "hidden_fields": list(behaviour.get("hidden-fields", [])),
        "relabeling": dict(behaviour.get("relabeling", {})),
        "placeholders": dict(behaviour.get("placeholders", {})),
    }


def connection_form_widgets(conn_type: str) -> dict[str, Any]:
    """wtforms fields built from the ``conn-fields`` of ``conn_type``; empty when wtforms is not installed.

    Only the field classes Airflow accepts (string, integer, password, boolean) are used: numbers and JSON
    objects are string fields. Field arguments are limited to label, validators, description, default and
    widget, which is also what Airflow's stand-in fields accept when it renders forms without FAB.
    """
    import json

    try:
        from wtforms import BooleanField, IntegerField, PasswordField, StringField
        from wtforms.validators import NumberRange, Optional, any_of
    except ImportError:
        return {}
    try:
        from flask_babel import lazy_gettext
    except ImportError:

        def lazy_gettext(text: str) -> str:
            return text

    try:
        from flask_appbuilder.fieldwidgets import BS3PasswordFieldWidget, BS3TextAreaFieldWidget, BS3TextFieldWidget
    except ImportError:  # plain wtforms widgets
        BS3PasswordFieldWidget = BS3TextAreaFieldWidget = BS3TextFieldWidget = None

    def widget(factory: Any) -> Any:
        return factory() if factory is not None else None

    widgets: dict[str, Any] = {}
    for name, field in conn_fields(conn_type).items():
        schema = field.get("schema", {})
        kind = schema.get("type", "string")
        kinds = {kind} if isinstance(kind, str) else set(kind)
        validators: list[Any] = [Optional()] if "null" in kinds else []
        default = schema.get("default")
        if "enum" in schema:
            validators.append(any_of([v for v in schema["enum"] if v is not None]))
        arguments: dict[str, Any] = {"description": field.get("description", "")}
        if schema.get("format") == "password":
            field_class, arguments["widget"] = PasswordField, widget(BS3PasswordFieldWidget)
        elif "boolean" in kinds:
            field_class = BooleanField
        elif "integer" in kinds:
            field_class, arguments["widget"] = IntegerField, widget(BS3TextFieldWidget)
            if "minimum" in schema or "maximum" in schema:
                validators.append(NumberRange(min=schema.get("minimum"), max=schema.get("maximum")))
        elif kinds & {"object", "array"}:  # JSON text
            field_class, arguments["widget"] = StringField, widget(BS3TextAreaFieldWidget)
            default = None if default is None else json.dumps(default)
        else:  # strings, and numbers (Airflow accepts no float field)
            field_class, arguments["widget"] = StringField, widget(BS3TextFieldWidget)
            default = None if default is None else str(default)
        if default is not None:
            arguments["default"] = default
        widgets[name] = field_class(lazy_gettext(field.get("label", name)), validators=validators, **arguments)
    return widgets


def _positive_int(value: Any, field: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise QuantumSpecError(field, f"must be a positive integer, got {value!r}") from None
    if number < 1:
        raise QuantumSpecError(field, f"must be a positive integer, got {value!r}")
    return number
