"""The error taxonomy: every failure the provider raises belongs to exactly one class.

Airflow's retry policy (``quantum_provider.governance.retry_policy.QuantumRetryPolicy``) maps these classes onto retry
decisions, so the class of an error, not its message, decides whether a task is retried.
"""

from __future__ import annotations


class QuantumError(Exception):
    """Base class of every error the provider raises on purpose."""

    retriable: bool = False


class QuantumSpecError(QuantumError, ValueError):
    """The job specification is invalid: never retried.

    The message is one line that names the offending field and the reason.
    """

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


class QuantumConfigError(QuantumError, ValueError):
    """The deployment's configuration cannot work (a result store URI with an unknown scheme, a missing filesystem
    package or connection, a bucket that does not exist, refused credentials, a store without the primitives the
    provider needs): never retried. The message is one line naming the setting and the reason."""

    def __init__(self, setting: str, reason: str) -> None:
        self.setting = setting
        self.reason = reason
        super().__init__(f"{setting}: {reason}")


class QuantumPolicyError(QuantumError):
    """A governance rule refused the job (budget, device, qubit limit of the connection): never retried."""


class DeviceTimeExceededError(QuantumPolicyError):
    """The job ran longer than its device-time cap (``max_seconds``) in one attempt: never retried.

    The loop stopped at an iteration boundary and kept its checkpoints, so a rerun with a larger cap resumes
    where it stopped.
    """


class BackendUnavailableError(QuantumError):
    """The backend could not be reached or refused service for now: retried with backoff."""

    retriable = True


class QuantumValidationError(QuantumError):
    """Results failed their validation suite: never retried (the same results fail again); they are kept and
    marked rejected, and nothing downstream publishes them."""


class JobFailedOnBackendError(QuantumError):
    """The backend ran the job and the job failed there: retried once, then failed with the backend's message."""

    retriable = True


#: The class of every error, as retries, metrics and the UI name it; the first match wins, anything else is "other".
#: Subclasses are listed too, so that a class *name* written into a record (``DeviceTimeExceededError``) maps to its
#: failure class without importing anything: the UI and the trigger read names, not exceptions.
FAILURE_CLASSES: tuple[tuple[type[BaseException], str], ...] = (
    (QuantumSpecError, "spec_error"),
    (QuantumConfigError, "config_error"),
    (DeviceTimeExceededError, "policy_error"),
    (QuantumPolicyError, "policy_error"),
    (BackendUnavailableError, "backend_unavailable"),
    (JobFailedOnBackendError, "job_failed"),
    (QuantumValidationError, "validation_error"),
)


def failure_class(err: BaseException) -> str:
    """``spec_error``, ``config_error``, ``policy_error``, ``backend_unavailable``, ``job_failed``,
    ``validation_error`` or ``other``."""
    return next((name for cls, name in FAILURE_CLASSES if isinstance(err, cls)), "other")


#: Every value ``failure_class`` can return.
FAILURE_CLASS_NAMES: tuple[str, ...] = (*dict.fromkeys(name for _, name in FAILURE_CLASSES), "other")

_CLASS_OF_ERROR_NAME: dict[str, str] = {cls.__name__: name for cls, name in FAILURE_CLASSES}


def failure_class_of_error(error: str | None, default: str = "job_failed") -> str:
    """The failure class of an error recorded by its class name (the engine writes ``error`` into job records).

    A name outside the taxonomy (``MemoryError``, ``RuntimeError``, a worker that died) was raised by the engine
    while the job ran on the backend, so it is ``default``: ``job_failed``.

    :param error: the exception class name, as a record or a batch outcome carries it.
    :param default: the class of a name outside the taxonomy.
    """
    return _CLASS_OF_ERROR_NAME.get(error or "", default)


def error_for_class(kind: str | None, message: str, *, error: str | None = None, field: str | None = None) -> Exception:
    """The exception to raise for a failure known only by its class, e.g. from a trigger event or a batch outcome.

    The operator, the sensor and the batch operator all rebuild failures here, so a failure keeps its class (and
    with it its retry decision) whichever path it took. ``error`` picks a subclass where the class has one
    (``DeviceTimeExceededError`` for a device-time stop); ``field`` is the spec field or configuration setting of a
    spec or configuration error. An unknown class is ``other``: a plain ``QuantumError``, which the retry policy
    leaves to the task's own retry settings, as it does for an unexpected error raised in process.

    :param kind: a failure class (``FAILURE_CLASS_NAMES``).
    :param message: the failure's one-line message.
    :param error: the original exception class name, when known.
    :param field: the field (spec error) or setting (configuration error) the failure names.
    """
    if kind in ("spec_error", "config_error"):
        name = field or ("job" if kind == "spec_error" else "configuration")
        prefix = f"{name}: "
        reason = message[len(prefix) :] if message.startswith(prefix) else message
        return QuantumSpecError(name, reason) if kind == "spec_error" else QuantumConfigError(name, reason)
    if kind == "policy_error":
        return (
            DeviceTimeExceededError(message)
            if error == DeviceTimeExceededError.__name__
            else QuantumPolicyError(message)
        )
    simple: dict[str, type[QuantumError]] = {
        "backend_unavailable": BackendUnavailableError,
        "job_failed": JobFailedOnBackendError,
        "validation_error": QuantumValidationError,
    }
    return simple.get(kind or "", QuantumError)(message)


def error_field(err: BaseException) -> str | None:
    """The field of a spec error or the setting of a configuration error; ``None`` for any other error."""
    if isinstance(err, QuantumSpecError):
        return err.field
    if isinstance(err, QuantumConfigError):
        return err.setting
    return None
