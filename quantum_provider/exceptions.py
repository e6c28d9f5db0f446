"""The error taxonomy: every failure the provider raises belongs to exactly one class.

Airflow's retry policy (``quantum_provider.retry.QuantumRetryPolicy``) maps these classes onto retry
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
FAILURE_CLASSES: tuple[tuple[type[BaseException], str], ...] = (
    (QuantumSpecError, "spec_error"),
    (QuantumConfigError, "config_error"),
    (QuantumPolicyError, "policy_error"),
    (BackendUnavailableError, "backend_unavailable"),
    (JobFailedOnBackendError, "job_failed"),
    (QuantumValidationError, "validation_error"),
)


def failure_class(err: BaseException) -> str:
    """``spec_error``, ``config_error``, ``policy_error``, ``backend_unavailable``, ``job_failed``,
    ``validation_error`` or ``other``."""
    return next((name for cls, name in FAILURE_CLASSES if isinstance(err, cls)), "other")
