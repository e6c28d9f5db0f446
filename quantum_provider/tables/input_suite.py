"""The input suite: a problem table is checked with Great Expectations before any job is built from it.

Every row either becomes part of a JobSpec or lands in the rejects table with a reason; nothing is dropped
silently. A problem with one bad row is rejected whole (its other rows say why), because solving what is left
of it would answer a question nobody asked.

Longer than 400 lines because the suite is one table's checks in one pass: the typed columns, then each kind's
row checks and qubit count, which all read the same checked frame; the suite runner is ``validation/gx.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec import JobSpec
from quantum_provider.tables.layouts import Column, Layout, is_missing, layout_for, problem_dict
from quantum_provider.validation.gx import Check, SuiteOutcome, expectations, run_suite

#: Beyond this a float column value counts as not finite (GE compares, it has no isfinite expectation).
FINITE_BOUND = 1e300
JOB_DEFAULT_KEYS = frozenset({"ansatz", "optimizer", "execution", "sensitive"})
_KIND_OF = {"int": "an integer", "float": "a number", "float_list": "a list of numbers", "str": "text"}


@dataclass
class InputValidation:
    """What preprocessing made of a table: specs for the valid problems, and every other row with its reason."""

    specs: list[dict[str, Any]]
    rejects: pd.DataFrame
    outcome: SuiteOutcome
    rows: int
    problems: int

    def summary(self) -> dict[str, Any]:
        rejected_problems = self.rejects["problem_id"].dropna().nunique() if len(self.rejects) else 0
        return {
            "rows": self.rows,
            "problems": self.problems,
            "accepted_problems": len(self.specs),
            "rejected_problems": int(rejected_problems),
            "rejected_rows": len(self.rejects),
            "input_suite_success": self.outcome.success,
            "failed_expectations": self.outcome.failures,
        }


def validate_problem_table(
    frame: pd.DataFrame, kind: str, *, job_defaults: dict[str, Any] | None = None, max_qubits: int
) -> InputValidation:
    """Check ``frame`` against ``kind``'s layout and turn its valid problems into JobSpec dicts."""
    layout = layout_for(kind)
    defaults = dict(job_defaults or {})
    unknown = sorted(set(defaults) - JOB_DEFAULT_KEYS)
    if unknown:
        raise QuantumSpecError("job_defaults", f"unknown keys {unknown}, expected some of {sorted(JOB_DEFAULT_KEYS)}")
    missing = [name for name in layout.required if name not in frame.columns]
    if missing:
        raise QuantumSpecError(
            "source", f"missing required columns {missing}; the {kind} layout is {_describe_layout(layout)}"
        )
    repeated = sorted({str(name) for name in frame.columns[frame.columns.duplicated()]})
    if repeated:  # which of the copies would be the data? (read_table trims names, so " u" repeats "u")
        raise QuantumSpecError("source", f"columns {repeated} appear more than once")

    frame = frame.reset_index(drop=True)
    checked, checks = _checked_frame(frame, layout, max_qubits=max_qubits)
    outcome = run_suite(checked, f"{kind}_input", checks)

    reasons: dict[int, str] = {row: "; ".join(texts) for row, texts in outcome.row_reasons.items()}
    problem_ids = checked["problem_id__typed"]
    first_reason: dict[str, str] = {}
    for row, text in sorted(reasons.items()):
        pid = problem_ids.iloc[row]
        if not is_missing(pid):
            first_reason.setdefault(pid, f"row {row}: {text}")

    specs: list[dict[str, Any]] = []
    order = list(dict.fromkeys(pid for pid in problem_ids if not is_missing(pid)))
    for pid in order:
        rows = problem_ids.index[problem_ids == pid]
        if pid in first_reason:
            for row in rows:
                reasons.setdefault(int(row), f"rejected with problem {pid}, whose {first_reason[pid]}")
            continue
        try:
            specs.append(_spec(layout, pid, _typed_rows(checked, layout, rows), defaults))
        except QuantumSpecError as err:
            # The problem_id becomes the job's name: a bad name is the problem's own fault, not job_defaults'.
            field = "problem_id" if err.field == "name" else err.field
            if not field.startswith("problem"):
                raise QuantumSpecError(f"job_defaults.{err.field}", err.reason) from None
            for row in rows:
                reasons[int(row)] = f"{field}: {err.reason}"

    rejects = _rejects(frame, reasons, problem_ids)
    return InputValidation(specs=specs, rejects=rejects, outcome=outcome, rows=len(frame), problems=len(order))


def _describe_layout(layout: Layout) -> str:
    return ", ".join(c.name if c.required else f"[{c.name}]" for c in layout.columns)


def _spec(layout: Layout, pid: str, rows: pd.DataFrame, defaults: dict[str, Any]) -> dict[str, Any]:
    from quantum_provider.problems import precheck

    spec = JobSpec.parse({**defaults, "name": pid, "problem": problem_dict(layout.kind, rows)})
    precheck(spec.problem)
    return spec.model_dump(mode="json")


def _typed_rows(checked: pd.DataFrame, layout: Layout, rows: pd.Index) -> pd.DataFrame:
    return pd.DataFrame({c.name: checked.loc[rows, f"{c.name}__typed"] for c in layout.columns})


# -- the frame GE validates: raw columns, typed columns, and per-problem helper columns --------------------------


def _checked_frame(frame: pd.DataFrame, layout: Layout, *, max_qubits: int) -> tuple[pd.DataFrame, list[Check]]:
    columns: dict[str, pd.Series] = {}
    checks: list[Check] = []
    for column in layout.columns:
        raw = frame[column.name] if column.name in frame.columns else pd.Series([None] * len(frame), dtype=object)
        typed, type_ok = _typed(raw, column.type)
        columns[column.name] = raw
        columns[f"{column.name}__typed"] = typed
        columns[f"{column.name}__type_ok"] = type_ok
        checks.extend(_column_checks(column))
    checked = pd.DataFrame(columns)
    problem_ids = checked["problem_id__typed"]
    for column in layout.columns:
        if column.per_problem:
            # Rows may leave a per-problem column empty; the values they do give must agree.
            typed = checked[f"{column.name}__typed"]
            distinct = typed.groupby(problem_ids, dropna=True).transform(lambda s: s.nunique(dropna=True))
            checked[f"{column.name}__consistent"] = distinct.reindex(checked.index).fillna(0).le(1)
            checks.append(
                Check(
                    expectations.ExpectColumnValuesToBeInSet(column=f"{column.name}__consistent", value_set=[True]),
                    lambda row, name=column.name: f"{name} differs between the rows of problem {row['problem_id']}",
                    f"{column.name} is one value per problem",
                )
            )
    helpers, kind_checks = _KIND_HELPERS[layout.kind](checked)
    for name, values in helpers.items():
        checked[name] = values
    checks.extend(kind_checks)
    checked["__qubits"] = _QUBITS[layout.kind](checked).astype("float64")
    checks.append(
        Check(
            expectations.ExpectColumnValuesToBeBetween(column="__qubits", max_value=max_qubits),
            lambda row: f"problem needs {int(row['__qubits'])} qubits, the backend allows at most {max_qubits}",
            f"problem size within the backend's {max_qubits} qubits",
        )
    )
    return checked, checks


def _typed(raw: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    # Built element by element: Series.map keeps pandas' string dtype, which turns None back into NaN.
    present = pd.Series([not is_missing(v) for v in raw], index=raw.index, dtype=bool)
    if kind == "str":
        texts = [None if is_missing(v) else (str(v).strip() or None) for v in raw]
        return pd.Series(texts, index=raw.index, dtype=object), pd.Series(True, index=raw.index, dtype=bool)
    if kind == "float_list":
        typed = pd.Series([_parse_list(v) for v in raw], index=raw.index, dtype=object)
        return typed, ~present | typed.notna()
    numbers = pd.to_numeric(raw.map(lambda v: v.strip() if isinstance(v, str) else v), errors="coerce")
    numbers = numbers.astype("float64")
    ok = ~present | numbers.notna()
    if kind == "int":
        integral = numbers.isna() | (np.isfinite(numbers) & (numbers == np.round(numbers)))
        ok &= integral
        numbers = numbers.where(integral)
    return numbers, ok


def _parse_list(value: Any) -> list[float] | None:
    if is_missing(value):
        return None
    try:
        if isinstance(value, str):
            items = [float(item) for item in value.replace(",", ";").split(";") if item.strip()]
        else:
            items = [float(item) for item in value]
    except (TypeError, ValueError):
        return None
    if not items or not all(np.isfinite(items)):
        return None
    return items


def _column_checks(column: Column) -> list[Check]:
    name = column.name
    checks = []
    if column.required:
        checks.append(
            Check(
                # Text is typed by trimming, so a blank cell counts as missing (a blank problem_id names no problem).
                expectations.ExpectColumnValuesToNotBeNull(column=f"{name}__typed" if column.type == "str" else name),
                lambda row: f"{name} is missing",
                f"{name} is present",
            )
        )
    if column.type != "str":
        checks.append(
            Check(
                expectations.ExpectColumnValuesToBeInSet(column=f"{name}__type_ok", value_set=[True]),
                lambda row: f"{name}={_shown(row[name])} is not {_KIND_OF[column.type]}",
                f"{name} is {_KIND_OF[column.type]}",
            )
        )
    if column.type in ("int", "float"):
        low = column.min_value if column.min_value is not None else -FINITE_BOUND
        high = column.max_value if column.max_value is not None else FINITE_BOUND
        checks.append(
            Check(
                expectations.ExpectColumnValuesToBeBetween(
                    column=f"{name}__typed", min_value=low, max_value=high, strict_min=column.strict_min
                ),
                lambda row: _range_reason(name, row[f"{name}__typed"], low, high),
                f"{name} within [{low:g}, {high:g}]",
            )
        )
    if column.allowed:
        checks.append(
            Check(
                expectations.ExpectColumnValuesToBeInSet(column=f"{name}__typed", value_set=list(column.allowed)),
                lambda row: f"{name}={_shown(row[name])} is not one of {list(column.allowed)}",
                f"{name} in {list(column.allowed)}",
            )
        )
    return checks


def _range_reason(name: str, value: float, low: float, high: float) -> str:
    if not np.isfinite(value) or abs(value) >= FINITE_BOUND:
        return f"{name}={value} is not finite"
    return f"{name}={value:g} is below {low:g}" if value < low else f"{name}={value:g} is above {high:g}"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _flag(column: str, label: str, reason: Any) -> Check:
    return Check(expectations.ExpectColumnValuesToBeInSet(column=column, value_set=[False]), reason, label)


# -- per-kind helper columns: things a row cannot tell about itself ----------------------------------------------


def _duplicated(checked: pd.DataFrame, *columns: str, unordered: bool = False) -> pd.Series:
    values = [checked[f"{c}__typed"] for c in columns]
    if unordered:
        values = [np.minimum(values[0], values[1]), np.maximum(values[0], values[1])]
    keys = pd.DataFrame({"pid": checked["problem_id__typed"], **{str(i): v for i, v in enumerate(values)}})
    complete = keys.notna().all(axis=1)
    return keys.duplicated(keep="first") & complete


def _maxcut_helpers(checked: pd.DataFrame) -> tuple[dict[str, pd.Series], list[Check]]:
    u, v = checked["u__typed"], checked["v__typed"]
    helpers = {
        "__self_loop": (u == v) & u.notna(),
        "__duplicate": _duplicated(checked, "u", "v", unordered=True),
    }
    checks = [
        _flag("__self_loop", "no self-loops", lambda row: f"edge ({row['u']}, {row['v']}) is a self-loop"),
        _flag(
            "__duplicate",
            "no duplicate edges",
            lambda row: f"edge ({row['u']}, {row['v']}) repeats an earlier edge of problem {row['problem_id']}",
        ),
    ]
    return helpers, checks


def _qubo_helpers(checked: pd.DataFrame) -> tuple[dict[str, pd.Series], list[Check]]:
    helpers = {"__duplicate": _duplicated(checked, "i", "j", unordered=True)}
    checks = [
        _flag(
            "__duplicate",
            "each matrix entry once",
            lambda row: f"entry ({row['i']}, {row['j']}) repeats an earlier entry of problem {row['problem_id']}",
        )
    ]
    return helpers, checks


def _portfolio_helpers(checked: pd.DataFrame) -> tuple[dict[str, pd.Series], list[Check]]:
    assets = checked.groupby("problem_id__typed", dropna=True)["asset"].transform("size")
    lengths = checked["covariance__typed"].map(lambda row: len(row) if isinstance(row, list) else np.nan)
    helpers = {
        "__duplicate": _duplicated(checked, "asset"),
        "__covariance_length": lengths.ne(assets.reindex(checked.index)) & lengths.notna(),
    }
    checks = [
        _flag("__duplicate", "each asset once", lambda row: f"asset {row['asset']!r} is listed twice"),
        _flag(
            "__covariance_length",
            "covariance row as long as the number of assets",
            lambda row: (
                f"covariance has {len(row['covariance__typed'])} entries, the problem has a different number of assets"
            ),
        ),
    ]
    return helpers, checks


def _molecule_helpers(checked: pd.DataFrame) -> tuple[dict[str, pd.Series], list[Check]]:
    from quantum_provider.spec.elements import SUPPORTED_ELEMENTS

    symbols = checked["symbol__typed"]
    helpers = {"__unknown_element": symbols.notna() & ~symbols.isin(SUPPORTED_ELEMENTS)}
    checks = [_flag("__unknown_element", "known elements", lambda row: f"symbol {row['symbol']!r} is not an element")]
    return helpers, checks


def _pauli_helpers(checked: pd.DataFrame) -> tuple[dict[str, pd.Series], list[Check]]:
    terms = checked["term__typed"]
    width = terms.map(lambda t: len(t) if isinstance(t, str) else np.nan)
    first_width = width.groupby(checked["problem_id__typed"], dropna=True).transform("first")
    helpers = {
        "__bad_word": terms.notna() & ~terms.map(lambda t: isinstance(t, str) and set(t) <= set("IXYZ")),
        "__width": width.ne(first_width.reindex(checked.index)) & width.notna() & first_width.notna(),
    }
    checks = [
        _flag("__bad_word", "terms over I, X, Y, Z", lambda row: f"term {row['term']!r} is not a word over I, X, Y, Z"),
        _flag(
            "__width",
            "terms of one width per problem",
            lambda row: f"term {row['term']!r} has a different number of letters than the problem's first term",
        ),
    ]
    return helpers, checks


_KIND_HELPERS = {
    "maxcut": _maxcut_helpers,
    "qubo": _qubo_helpers,
    "portfolio": _portfolio_helpers,
    "molecule": _molecule_helpers,
    "pauli": _pauli_helpers,
}


def _per_problem(checked: pd.DataFrame, count: Any) -> pd.Series:
    """``count(rows)`` of each problem broadcast to its rows; NaN where it cannot be told."""
    pids = checked["problem_id__typed"]
    values = {pid: count(checked[pids == pid]) for pid in pids.dropna().unique()}
    return pd.Series([np.nan if is_missing(pid) else values.get(pid, np.nan) for pid in pids], index=pids.index)


def _maxcut_qubits(checked: pd.DataFrame) -> pd.Series:
    return _per_problem(checked, lambda rows: len(set(rows["u__typed"].dropna()) | set(rows["v__typed"].dropna())))


def _qubo_qubits(checked: pd.DataFrame) -> pd.Series:
    def count(rows: pd.DataFrame) -> float:
        largest = max(rows["i__typed"].max(), rows["j__typed"].max())
        return np.nan if pd.isna(largest) else largest + 1

    return _per_problem(checked, count)


def _molecule_qubits(checked: pd.DataFrame) -> pd.Series:
    from quantum_provider.spec.elements import SUPPORTED_ELEMENTS

    def count(rows: pd.DataFrame) -> float:
        orbitals = rows["active_orbitals__typed"].dropna()
        if len(orbitals):
            return 2 * orbitals.iloc[0]
        basis = rows["basis__typed"].dropna()
        symbols = list(rows["symbol__typed"].dropna())
        if not set(symbols) <= SUPPORTED_ELEMENTS:
            return np.nan
        from quantum_provider.problems.molecule import orbital_count

        try:
            return 2 * orbital_count(basis.iloc[0] if len(basis) else "sto-3g", symbols)
        except (KeyError, ValueError):
            return np.nan  # no basis data for an element: the spec's own checks say so

    return _per_problem(checked, count)


_QUBITS = {
    "maxcut": _maxcut_qubits,
    "qubo": _qubo_qubits,
    "portfolio": lambda checked: _per_problem(checked, len),
    "molecule": _molecule_qubits,
    "pauli": lambda checked: _per_problem(checked, lambda rows: rows["term__typed"].map(len, na_action="ignore").max()),
}


def _rejects(frame: pd.DataFrame, reasons: dict[int, str], problem_ids: pd.Series) -> pd.DataFrame:
    """The rejected rows as read (values as text, so malformed cells survive), with their row number and reason."""
    rows = sorted(reasons)
    rejects = pd.DataFrame(
        {
            "source_row": pd.Series(rows, dtype="int64"),
            "problem_id": pd.Series([problem_ids.iloc[r] for r in rows], dtype=object),
            "reason": pd.Series([reasons[r] for r in rows], dtype=object),
        }
    )
    for name in frame.columns:
        if name in ("source_row", "problem_id", "reason"):
            continue
        rejects[name] = pd.Series([_as_text(frame[name].iloc[r]) for r in rows], dtype=object)
    return rejects


def _as_text(value: Any) -> str | None:
    if is_missing(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple | np.ndarray):
        return json.dumps([v.item() if hasattr(v, "item") else v for v in value])
    return str(value.item() if hasattr(value, "item") else value)
