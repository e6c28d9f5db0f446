"""Canonical JSON, and templated values as Airflow renders them: decoded, checked and stored JSON-safe."""

from __future__ import annotations

import json
import math
from typing import Any

from quantum_provider.exceptions import QuantumSpecError


def decode_rendered(text: str, *, field: str, expected: str) -> Any:
    """A rendered template string: JSON, or the Python literal Jinja makes of an XCom dict."""
    import ast

    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise QuantumSpecError(field, f"{shown!r} is not {expected}") from None


def checked_rendering(value: Any, parse: Any) -> tuple[Any, QuantumSpecError | None]:
    """A templated job field as Airflow rendered it, checked by ``parse`` before Airflow stores it.

    Returns the value to store, and the spec error to raise when the task runs. A rendered field is stored as
    JSON, which has no NaN or infinity: a job holding one would fail inside Airflow (and be retried) instead of
    failing once with the field named, so an invalid job is stored with such numbers spelled as text.
    """
    try:
        parse(value)
    except QuantumSpecError as err:
        return json_safe(value), err
    return value, None


def json_safe(value: Any) -> Any:
    """``value`` with every non-finite float spelled as text (``nan``, ``inf``), containers rebuilt as lists and
    dicts."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


def canonical_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, no whitespace, NaN refused."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), allow_nan=False)
