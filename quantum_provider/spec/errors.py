"""One line per invalid spec: pydantic's report collapsed to the most specific field and its reason."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec.fields import FieldError


def _format_location(loc: tuple[Any, ...], tags: frozenset[str], *, last_is_key: bool = False) -> str:
    """A pydantic location as a field path; ``last_is_key``: its last item is a key the caller wrote (extra field)."""
    parts: list[str] = []
    for position, item in enumerate(loc):
        callers_key = last_is_key and position == len(loc) - 1
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif callers_key and not (item and item.isprintable()):
            parts.append(f"[{item!r}]")  # escaped, so a key holding a line break keeps the message on one line
        elif not callers_key and (item in tags or "[" in item):
            continue  # discriminator tags and union-member labels that pydantic inserts into the path
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "job"


def spec_error_from_validation(err: ValidationError, *, tags: frozenset[str]) -> QuantumSpecError:
    """Collapse pydantic's multi-line report into one line naming the most specific offending field.

    :param tags: the discriminator values of the spec's unions, which pydantic inserts into locations.
    """
    errors = err.errors(include_url=False)
    # Each union member reports its own failure for the same value; the deepest path is the informative one.
    first = max(errors, key=lambda e: len(e["loc"]))
    field = _format_location(tuple(first["loc"]), tags, last_is_key=first["type"] == "extra_forbidden")
    ctx = first.get("ctx") or {}
    if isinstance(ctx.get("error"), FieldError):
        inner = ctx["error"]
        return QuantumSpecError(inner.field if field == "job" else f"{field}.{inner.field}", inner.reason)
    if first["type"] == "finite_number":
        return QuantumSpecError(field, f"must be a finite number, got {first.get('input')!r}")
    if first["type"] == "union_tag_invalid":
        return QuantumSpecError(
            f"{field}.kind", f"unknown kind {ctx.get('tag')!r}, expected one of {ctx.get('expected_tags')}"
        )
    return QuantumSpecError(field, first["msg"].removeprefix("Value error, "))
