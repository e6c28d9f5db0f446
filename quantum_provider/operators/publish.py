"""QuantumPublishOperator: validated results out as a parquet dataset partitioned by run date, an Airflow Asset."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from airflow.sdk import Asset, BaseOperator

from quantum_provider.exceptions import QuantumValidationError
from quantum_provider.governance.retry_policy import with_default_retry_policy

if TYPE_CHECKING:
    from airflow.sdk import Context


class QuantumPublishOperator(BaseOperator):
    """Publish validated results: one parquet file per DAG run under ``run_date=YYYY-MM-DD/`` of ``dataset``.

    Give ``dataset`` as an Asset and it becomes the task's outlet, so downstream DAGs can be scheduled on it;
    the asset event carries the run date, the row count and the file. Only results whose job record says
    validation ``passed`` are published: anything else fails the task (not retried) and publishes nothing. A
    rerun of the same DAG run replaces its own file, so no problem appears twice for one run.

    :param dataset: the published dataset: an Asset or an ObjectStoragePath URI (templated when a URI).
    :param validation: what QuantumValidateOperator returned, or a list of content keys / job summaries
        (templated).
    :param result_store: ObjectStoragePath URI of the result store (templated).
    :param run_date: the partition, ``YYYY-MM-DD``; default the DAG run's logical date (templated).
    """

    template_fields: Sequence[str] = ("dataset_uri", "validation", "result_store", "run_date")
    ui_color = "#f0c8d8"

    def __init__(
        self,
        *,
        dataset: str | Asset,
        validation: Any,
        result_store: str | None = None,
        run_date: str | None = None,
        **kwargs: Any,
    ) -> None:
        with_default_retry_policy(kwargs)
        self.asset = dataset if isinstance(dataset, Asset) else None
        if self.asset is not None:
            kwargs["outlets"] = [*(kwargs.get("outlets") or []), self.asset]
        super().__init__(**kwargs)
        self.dataset_uri = dataset.uri if isinstance(dataset, Asset) else dataset
        self.validation = validation
        self.result_store = result_store
        self.run_date = run_date

    def execute(self, context: Context) -> dict[str, Any]:
        from quantum_provider.operators.validate import job_keys
        from quantum_provider.storage import ResultStore
        from quantum_provider.tables.publication import published_row, write_partition

        store = ResultStore(self.result_store)
        keys = job_keys(self.validation.get("keys") if isinstance(self.validation, dict) else self.validation)
        names = published_names(self.validation)
        rows, refused = [], []
        for key, stored in zip(keys, store.load_results(keys), strict=True):
            outcome = (stored.record.get("validation") or {}).get("outcome") if stored else None
            if outcome != "passed":
                refused.append(f"{key[:12]}: {'no verified result' if stored is None else f'validation {outcome}'}")
                continue
            who = {"dag_id": context["ti"].dag_id, "run_id": context["ti"].run_id}
            rows += [published_row(stored, **who, name=name) for name in names.get(key) or [None]]
        if refused:
            raise QuantumValidationError(
                f"refusing to publish {len(refused)} of {len(keys)} results not validated as passed: "
                + "; ".join(refused[:5])
            )
        run_date = self.run_date or _run_date(context)
        uri = write_partition(
            self.dataset_uri, run_date, rows, dag_id=context["ti"].dag_id, run_id=context["ti"].run_id
        )
        self.log.info("Published %d results to %s", len(rows), uri)
        if self.asset is not None:
            context["outlet_events"][self.asset].extra = {"run_date": run_date, "rows": len(rows), "file": uri}
        return {"dataset": self.dataset_uri, "run_date": run_date, "rows": len(rows), "file": uri}


def published_names(validation: Any) -> dict[str, list[str]]:
    """The asking specs' names by key: from the validate task's ``names``, or from summaries given directly. One
    problem asked under two names in one night is one computation and two rows."""
    from quantum_provider.operators.validate import asking_names

    if isinstance(validation, dict) and isinstance(validation.get("names"), dict):
        return {
            key: [name for name in names if isinstance(name, str)]
            for key, names in validation["names"].items()
            if isinstance(names, list)
        }
    return asking_names(validation)


def _run_date(context: Context) -> str:
    when = context.get("logical_date") or context["dag_run"].run_after
    return when.strftime("%Y-%m-%d")
