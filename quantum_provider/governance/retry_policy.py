"""Airflow RetryPolicy for the provider's error taxonomy: the class of an error decides the retry.

The classes and what each decides: docs/architecture.md section 4, "Error taxonomy".
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from airflow.sdk import RetryDecision, RetryPolicy

from quantum_provider.exceptions import QuantumError, failure_class

if TYPE_CHECKING:
    from airflow.sdk.definitions.context import Context


F = TypeVar("F", bound=Callable[..., Any])

#: Classes that fail at once, with how the decision names them.
_NOT_RETRIABLE = {
    "spec_error": "spec error",
    "config_error": "configuration error",
    "policy_error": "policy error",
    "validation_error": "validation failed",
}


class QuantumRetryPolicy(RetryPolicy):
    """Spec, configuration, policy and validation errors fail at once; an unavailable backend is retried with
    exponential backoff; a job that failed on the backend is retried once; anything else follows the task's own
    retry settings.

    :param backoff_base: delay before the first retry of an unavailable backend; doubled on every further try.
    :param backoff_max: the longest delay between two tries.
    :param job_failure_retries: how often a job that failed on the backend is retried (sensors use 0: watching a
        failed job again changes nothing).
    """

    def __init__(
        self,
        *,
        backoff_base: timedelta = timedelta(seconds=30),
        backoff_max: timedelta = timedelta(minutes=10),
        job_failure_retries: int = 1,
    ) -> None:
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.job_failure_retries = job_failure_retries

    def evaluate(
        self, exception: BaseException, try_number: int, max_tries: int, context: Context | None = None
    ) -> RetryDecision:
        kind = failure_class(exception)
        if kind in _NOT_RETRIABLE:
            return RetryDecision.fail(f"{_NOT_RETRIABLE[kind]}, not retriable: {exception}")
        if kind == "backend_unavailable":
            delay = min(self.backoff_base * 2 ** max(try_number - 1, 0), self.backoff_max)
            return RetryDecision.retry(delay=delay, reason=f"backend unavailable, retrying in {delay}: {exception}")
        if kind == "job_failed":
            if try_number <= self.job_failure_retries:
                return RetryDecision.retry(reason=f"job failed on the backend, retrying: {exception}")
            return RetryDecision.fail(f"job failed on the backend again: {exception}")
        return RetryDecision.default()

    def serialize(self) -> dict[str, Any]:
        return {
            "__type": "QuantumRetryPolicy",
            "backoff_base": self.backoff_base.total_seconds(),
            "backoff_max": self.backoff_max.total_seconds(),
            "job_failure_retries": self.job_failure_retries,
        }

    @classmethod
    def deserialize(cls, data: dict[str, Any]) -> QuantumRetryPolicy:
        return cls(
            backoff_base=timedelta(seconds=data["backoff_base"]),
            backoff_max=timedelta(seconds=data["backoff_max"]),
            job_failure_retries=data.get("job_failure_retries", 1),
        )


def with_default_retry_policy(kwargs: dict[str, Any], **policy: Any) -> dict[str, Any]:
    """Operator kwargs with a QuantumRetryPolicy unless the DAG author gave a policy.

    Mapped tasks pass ``retry_policy=None`` explicitly when they are unmapped, hence no ``setdefault``.
    """
    if kwargs.get("retry_policy") is None:
        kwargs["retry_policy"] = QuantumRetryPolicy(**policy)
    return kwargs


#: How the task log's one error line names each class of the taxonomy.
_LOG_LABELS = {
    "spec_error": "Spec error",
    "config_error": "Configuration error",
    "policy_error": "Policy error",
    "validation_error": "Validation failed",
    "backend_unavailable": "Backend unavailable",
    "job_failed": "Job failed on the backend",
}


def fails_in_one_line(method: F) -> F:
    """Log a failure of the taxonomy as one error line, ``<class>: <message>``, and its traceback at debug level.

    Every such message is one line naming the field, setting or backend at fault; the provider's frames below the
    operator say nothing more to the person reading the log, so the exception goes on to Airflow (which decides the
    retry by its class) without them. Airflow still logs "Task failed with exception" with its own frames. An error
    outside the taxonomy (``other``: a bug) keeps its whole traceback.

    :param method: an operator's ``execute`` or ``execute_complete``.
    """

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except QuantumError as err:
            kind = failure_class(err)
            if kind not in _LOG_LABELS:
                raise
            self.log.error("%s: %s", _LOG_LABELS[kind], err)
            self.log.debug("Traceback of the %s", kind, exc_info=err)
            raise err.with_traceback(None) from None

    return wrapper  # type: ignore[return-value]
