"""QuantumPreprocessOperator: a problem table in, validated JobSpec dicts out, bad rows quarantined with reasons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from airflow.sdk import Asset, BaseOperator

from quantum_provider.governance.retry_policy import with_default_retry_policy

if TYPE_CHECKING:
    from airflow.sdk import Context


class QuantumPreprocessOperator(BaseOperator):
    """Validate a problem table with the Great Expectations input suite and emit JobSpec dicts for task mapping.

    Rows that fail land in ``rejects.parquet`` with one reason each (nothing is dropped silently); the suite's
    result and its Data Docs page are written beside it. The return value maps directly:
    ``QuantumSubmitOperator.partial(...).expand(job=pre.output)``, or with ``chunk_size`` set,
    ``QuantumBatchSubmitOperator.partial(...).expand(jobs=pre.output)``. Counts and output URIs are pushed as the
    XCom ``preprocess_summary``.

    :param source: the problem table: an Asset (recorded as the task's inlet) or an ObjectStoragePath URI
        (templated).
    :param kind: the problem kind, which fixes the table's layout (templated).
    :param job_defaults: ``ansatz``, ``optimizer``, ``execution`` and ``sensitive`` for every spec (templated).
    :param conn_id: the backend connection whose qubit limit problems must fit (templated).
    :param result_store: ObjectStoragePath URI of the result store (templated).
    :param output_folder: folder for rejects, suite result and Data Docs; default ``preprocess/<dag>/<run>/<task>`` in
        the result store (templated).
    :param table_format: ``"parquet"`` or ``"csv"``; default from the file name (templated).
    :param chunk_size: emit lists of at most this many specs, one per mapped task; ``None`` emits single specs.
    :param max_rejected_fraction: fail when more than this fraction of the problems is rejected; ``None`` never.
    """

    template_fields: Sequence[str] = (
        "source",
        "kind",
        "job_defaults",
        "conn_id",
        "result_store",
        "output_folder",
        "table_format",
    )
    template_fields_renderers = {"job_defaults": "json"}
    ui_color = "#f0e6c8"

    def __init__(
        self,
        *,
        source: str | Asset,
        kind: str,
        job_defaults: dict[str, Any] | None = None,
        conn_id: str = "quantum_lightning_default",
        result_store: str | None = None,
        output_folder: str | None = None,
        table_format: str | None = None,
        chunk_size: int | None = None,
        max_rejected_fraction: float | None = None,
        **kwargs: Any,
    ) -> None:
        with_default_retry_policy(kwargs)
        if isinstance(source, Asset):
            kwargs["inlets"] = [*(kwargs.get("inlets") or []), source]
            source = source.uri
        super().__init__(**kwargs)
        self.source = source
        self.kind = kind
        self.job_defaults = job_defaults
        self.conn_id = conn_id
        self.result_store = result_store
        self.output_folder = output_folder
        self.table_format = table_format
        self.chunk_size = chunk_size
        self.max_rejected_fraction = max_rejected_fraction

    def execute(self, context: Context) -> list[Any]:
        from quantum_provider.hooks import get_hook
        from quantum_provider.operators.summaries import task_context
        from quantum_provider.spec import decode_rendered
        from quantum_provider.storage import ResultStore
        from quantum_provider.tables.preprocessing import chunked, preprocess_table

        defaults = self.job_defaults
        if isinstance(defaults, str):
            defaults = decode_rendered(defaults, field="job_defaults", expected="a JSON object")
        output = self.output_folder or str(ResultStore(self.result_store).run_dir("preprocess", task_context(context)))
        result = preprocess_table(
            self.source,
            self.kind,
            job_defaults=defaults,
            max_qubits=get_hook(self.conn_id).extras["max_qubits"],
            output=output,
            fmt=self.table_format,
            max_rejected_fraction=self.max_rejected_fraction,
        )
        summary = result.summary
        self.log.info(
            "%s: %d rows, %d problems: %d accepted, %d rejected (%d rows) -> %s",
            self.source,
            summary["rows"],
            summary["problems"],
            summary["accepted_problems"],
            summary["rejected_problems"],
            summary["rejected_rows"],
            summary["rejects_uri"],
        )
        for failure in summary["failed_expectations"]:
            self.log.warning("Input suite: %s", failure)
        context["ti"].xcom_push(key="preprocess_summary", value=summary)
        return chunked(result.specs, self.chunk_size) if self.chunk_size else result.specs
