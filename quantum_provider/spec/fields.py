"""The spec's field types: numbers, integers and flags as DAG files and templates spell them, and matrices.

What a numeric field accepts (README, "Numbers, booleans and templated values") is defined here once, for every
model of the spec.
"""

from __future__ import annotations

import json
import math
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict


class SpecModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# What a numeric field accepts (README, "Numbers, booleans and templated values"): a number, or a string that is
# exactly a JSON number, because Jinja renders templated values as strings unless the DAG sets
# ``render_template_as_native_obj``. Nothing looser: no booleans (pydantic would take ``true`` as 1), no blanks,
# signs, underscores, hex, ``"nan"`` or ``"inf"``; an integer field takes only an integer's spelling ("100", not
# "1e2" or "100.0").
_NUMBER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_INTEGER_TEXT = re.compile(r"-?(?:0|[1-9][0-9]*)")


def _shown(value: Any) -> str:
    """A value as the error names it: JSON's spelling (true, nan, "0.1")."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _spelled(noun: str, text: re.Pattern[str], convert: Any) -> Any:
    """A before-validator for a numeric field: booleans refused, text accepted only as ``text`` spells it."""

    def check(value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError(f"must be {noun}, got {_shown(value)}")
        if isinstance(value, str):
            if not text.fullmatch(value):
                raise ValueError(f"must be {noun}, got {_shown(value[:40])}")
            return convert(value)
        return value

    return check


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):  # "1e999"
        raise ValueError(f"must be a finite number, got {_shown(text[:40])}")
    return number


def _flag(value: Any) -> Any:
    # JSON's and Python's spellings (Jinja renders a Python bool as "True"); not pydantic's "yes", "on", 1 or 0.
    flags = {"true": True, "false": False, "True": True, "False": False}
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value in flags:
        return flags[value]
    raise ValueError(f"must be true or false, got {_shown(value)}")


#: A float field: a number or a string that spells exactly one (``_NUMBER_TEXT``), never a boolean.
Number = Annotated[float, BeforeValidator(_spelled("a number", _NUMBER_TEXT, _finite))]
#: An int field: an integer or a string that spells exactly one, never a boolean.
Integer = Annotated[int, BeforeValidator(_spelled("an integer", _INTEGER_TEXT, int))]
#: A bool field: true or false (or their spellings as text), never a number.
Flag = Annotated[bool, BeforeValidator(_flag)]


def _square(rows: list[list[float]]) -> list[list[float]]:
    n = len(rows)
    if n == 0:
        raise ValueError("must not be empty")
    for i, row in enumerate(rows):
        if len(row) != n:
            raise ValueError(f"must be square, row {i} has {len(row)} entries, expected {n}")
    return rows


def _half_sum(a: float, b: float) -> float:
    """``(a + b) / 2``, exact for ``a == b``; halved first only where the sum overflows (entries beyond ~9e307)."""
    total = a + b
    return total / 2.0 if math.isfinite(total) else a / 2.0 + b / 2.0


def _symmetric_part(rows: list[list[float]]) -> list[list[float]]:
    """``(Q + Q^T) / 2``, entry by entry, so a symmetric matrix comes back bit-identical; ``x^T Q x`` is unchanged."""
    rows = _square(rows)
    n = len(rows)
    return [[rows[i][j] if i == j else _half_sum(rows[i][j], rows[j][i]) for j in range(n)] for i in range(n)]


def _square_symmetric(rows: list[list[float]], *, tol: float = 1e-12) -> list[list[float]]:
    rows = _square(rows)
    n = len(rows)
    for i, row in enumerate(rows):
        for j in range(i + 1, n):
            if abs(row[j] - rows[j][i]) > tol * max(1.0, abs(row[j]), abs(rows[j][i])):
                raise ValueError(f"must be symmetric, entry [{i}][{j}]={row[j]} differs from [{j}][{i}]={rows[j][i]}")
    return rows


#: A square matrix of finite floats, stored as its symmetric part (finiteness comes from allow_inf_nan=False).
SquareMatrix = Annotated[list[list[Number]], AfterValidator(_symmetric_part)]
#: A square, symmetric matrix of finite floats, stored as given (a covariance: asymmetry is a mistake, not a
#: convention).
SymmetricMatrix = Annotated[list[list[Number]], AfterValidator(_square_symmetric)]


def exact_sum(values: list[float]) -> float:
    """The correctly rounded sum, whatever the order; fsum refuses an overflowing partial sum, Fraction does not."""
    try:
        return math.fsum(values)
    except OverflowError:
        from fractions import Fraction

        try:
            return float(sum(Fraction(value) for value in values))
        except OverflowError:
            return math.inf


class FieldError(ValueError):
    """Raised inside validators that know a more precise field path than pydantic's location."""

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(reason)
