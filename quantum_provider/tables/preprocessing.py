"""Preprocessing as plain functions, for QuantumPreprocessOperator and for TaskFlow ``@task`` code alike.

``preprocess_table`` reads a problem table (tables.py layouts), validates it with the Great Expectations input
suite, writes every rejected row with its reason to ``rejects.parquet`` beside the suite's result and Data Docs,
and returns JobSpec dicts ready for dynamic task mapping (``chunked`` groups them for QuantumBatchSubmitOperator).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

OUTPUT_FILES = {
    "rejects": "rejects.parquet",
    "validation": "input_validation.json",
    "data_docs": "input_validation.html",
    # Written last: the counts of what the task read (the UI's "read"), present only when every other file is.
    "summary": "preprocess_summary.json",
}


@dataclass
class PreprocessResult:
    specs: list[dict[str, Any]]
    summary: dict[str, Any]


def preprocess_table(
    source: str,
    kind: str,
    *,
    job_defaults: dict[str, Any] | None = None,
    max_qubits: int = 26,
    output: str | None = None,
    fmt: str | None = None,
    max_rejected_fraction: float | None = None,
) -> PreprocessResult:
    """Validate the problem table at ``source`` and build a JobSpec dict per valid problem.

    :param source: ObjectStoragePath URI of a parquet or CSV table in ``kind``'s layout.
    :param kind: the problem kind, which fixes the layout (README, "Problem tables").
    :param job_defaults: ``ansatz``, ``optimizer``, ``execution`` and ``sensitive`` given to every spec.
    :param max_qubits: the backend's qubit limit; larger problems are rejected.
    :param output: folder URI for rejects, suite result and Data Docs; ``None`` writes nothing.
    :param fmt: ``"parquet"`` or ``"csv"``; default from the file name.
    :param max_rejected_fraction: fail (spec error) when more than this fraction of the problems is rejected,
        after writing the rejects; ``None`` never fails for rejects.
    """
    from quantum_provider.exceptions import QuantumSpecError
    from quantum_provider.tables.input_suite import validate_problem_table
    from quantum_provider.tables.layouts import read_table

    frame = read_table(source, fmt)
    checked = validate_problem_table(frame, kind, job_defaults=job_defaults, max_qubits=max_qubits)
    summary = {"source": source, "kind": kind, "max_qubits": max_qubits, **checked.summary()}
    if output is not None:
        summary.update(write_outputs(output, checked))
    problems, rejected = summary["problems"], summary["rejected_problems"]
    if max_rejected_fraction is not None and problems and rejected / problems > max_rejected_fraction:
        raise QuantumSpecError(
            "source",
            f"{rejected} of {problems} problems rejected, more than max_rejected_fraction={max_rejected_fraction}; "
            f"see {summary.get('rejects_uri', 'the rejects')}",
        )
    return PreprocessResult(specs=checked.specs, summary=summary)


def write_outputs(output: str, checked: Any) -> dict[str, str]:
    """Write the rejects, the suite's result (GE JSON), its Data Docs page and the counts, each atomically, under
    ``output``."""
    import pyarrow as pa

    from quantum_provider.storage import ResultStore, as_path, parquet_bytes
    from quantum_provider.validation.gx import data_docs_html

    folder = as_path(output)
    paths = {name: folder / filename for name, filename in OUTPUT_FILES.items()}
    rejects = pa.Table.from_pandas(checked.rejects, preserve_index=False)
    ResultStore.write_atomic(paths["rejects"], parquet_bytes(rejects))
    ResultStore.write_atomic(paths["validation"], json.dumps(checked.outcome.to_json(), indent=1).encode())
    ResultStore.write_atomic(paths["data_docs"], data_docs_html(checked.outcome.result).encode())
    ResultStore.write_atomic(paths["summary"], json.dumps(checked.summary(), indent=1).encode())
    return {f"{name}_uri": str(path) for name, path in paths.items()}


def chunked(items: list[Any], size: int | None) -> list[list[Any]]:
    """``items`` in consecutive chunks of at most ``size`` (one chunk per mapped task instance)."""
    from quantum_provider.exceptions import QuantumSpecError

    if size is None:
        return [items] if items else []
    if size < 1:
        raise QuantumSpecError("chunk_size", f"must be at least 1, got {size}")
    return [items[start : start + size] for start in range(0, len(items), size)]
