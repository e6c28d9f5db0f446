"""A night's suite reports: a stored Great Expectations suite result as a table of checks and outcomes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel

from quantum_provider.plugins.night_outputs import AREAS, Output, read_json

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore


class Check(BaseModel):
    expectation: str
    label: str | None = None
    column: str | None = None
    success: bool
    unexpected: int | None = None
    checked: int | None = None


class Report(BaseModel):
    """A Great Expectations suite result as a table of checks."""

    area: str
    task: str
    name: str
    map_index: int | None = None
    suite: str | None = None
    success: bool | None = None
    checks: list[Check]


def suite_report(store: ResultStore, dag_id: str, run_id: str, out: Output) -> Report | None:
    """The suite result JSON ``out`` (a GE ``ExpectationSuiteValidationResult``) as its checks and outcomes."""
    if out.area not in AREAS or not out.name.endswith(".json") or out.name == "summary.json":
        return None
    body = read_json(store, dag_id, run_id, out)
    if not body:
        return None
    checks = []
    for item in body.get("results") or []:
        config = item.get("expectation_config") or {}
        result = item.get("result") or {}
        checks.append(
            Check(
                expectation=config.get("type") or config.get("expectation_type") or "?",
                label=(config.get("meta") or {}).get("label"),
                column=(config.get("kwargs") or {}).get("column"),
                success=bool(item.get("success")),
                unexpected=result.get("unexpected_count"),
                checked=result.get("element_count"),
            )
        )
    meta = body.get("meta") or {}
    return Report(area=out.area, task=out.task, name=out.name, map_index=out.map_index,
                  suite=meta.get("expectation_suite_name"), success=body.get("success"), checks=checks)  # fmt: skip
