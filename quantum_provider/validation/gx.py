"""Run a Great Expectations suite on a pandas frame and turn its result into what tasks need.

great_expectations takes seconds to import, so every module that uses it imports this one inside a function.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

# GE would otherwise try to send usage statistics; workers often have no internet.
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

import great_expectations as gx
import pandas as pd
from great_expectations.core import ExpectationSuiteValidationResult
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.expectations import Expectation

expectations = gx.expectations


@dataclass(frozen=True)
class Check:
    """An expectation and how to phrase a failing row: ``reason(row)`` -> text, or ``None`` for table-level checks."""

    expectation: Expectation
    reason: Any = None
    label: str = ""


@dataclass
class SuiteOutcome:
    result: ExpectationSuiteValidationResult
    #: Row index -> the reasons of every row-level check it failed, in suite order.
    row_reasons: dict[int, list[str]] = field(default_factory=dict)
    #: One line per failed expectation: its label, and how many rows failed it.
    failures: list[str] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return bool(self.result.success)

    def to_json(self) -> dict[str, Any]:
        return self.result.to_json_dict()


def run_suite(frame: pd.DataFrame, suite_name: str, checks: list[Check]) -> SuiteOutcome:
    """Validate ``frame`` (any index) with ``checks``; row reasons refer to ``frame``'s positional rows."""
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    batch = (
        context.data_sources.add_pandas(f"{suite_name}_source")
        .add_dataframe_asset(suite_name)
        .add_batch_definition_whole_dataframe("whole_table")
        .get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    )
    for number, check in enumerate(checks):
        check.expectation.meta = {**(check.expectation.meta or {}), "check": number, "label": check.label}
    suite = gx.ExpectationSuite(name=suite_name, expectations=[check.expectation for check in checks])
    result = batch.validate(suite, result_format={"result_format": "COMPLETE"})

    outcome = SuiteOutcome(result=result)
    by_number = sorted(result.results, key=lambda r: r.expectation_config.meta["check"])
    records = frame.reset_index(drop=True)
    for item in by_number:
        if item.success:
            continue
        check = checks[item.expectation_config.meta["check"]]
        rows = item.result.get("unexpected_index_list") or []
        outcome.failures.append(f"{check.label or item.expectation_config.type}: {len(rows) or 'table'} failing")
        if check.reason is None:
            continue
        for row in rows:
            outcome.row_reasons.setdefault(int(row), []).append(check.reason(records.iloc[int(row)]))
    return outcome


def data_docs_html(result: ExpectationSuiteValidationResult) -> str:
    """Static Data Docs HTML of one validation result, as GE's own Data Docs site renders it."""
    from great_expectations.render.renderer import ValidationResultsPageRenderer
    from great_expectations.render.view import DefaultJinjaPageView

    return DefaultJinjaPageView().render(ValidationResultsPageRenderer().render(result))
