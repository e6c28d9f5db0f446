"""Rewrite a stored result the way a buggy engine would have written it: consistent checksums, wrong numbers.

The store's integrity checks then pass, so only the result suites can catch it.
"""

from __future__ import annotations

from typing import Any

from quantum_provider.storage import ResultStore


def tamper_result(store: ResultStore, key: str, *, scale_distribution: float | None = None, **changes: Any) -> None:
    stored = store.load_result(key)
    assert stored is not None, f"no stored result for {key}"
    job = store.job_dir(key)
    tables = {path.stem: store.read_table(path) for path in job.iterdir() if path.name.endswith(".parquet")}
    if scale_distribution is not None:
        import pyarrow as pa
        import pyarrow.compute as pc

        table = tables["distribution"]
        scaled = pc.multiply(table.column("probability"), pa.scalar(scale_distribution))
        tables["distribution"] = table.set_column(1, "probability", scaled)
    store.write_result(key, result={**stored.result, **changes}, provenance=stored.provenance, tables=tables)
