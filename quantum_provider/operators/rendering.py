"""Templated jobs checked as soon as Airflow has rendered them, before it stores them as rendered fields."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quantum_provider.exceptions import QuantumSpecError
from quantum_provider.spec import JobSpec, checked_rendering, decode_rendered

if TYPE_CHECKING:
    import jinja2
    from airflow.sdk import Context


class ChecksRenderedJob:
    """Mixin for an operator whose template field ``checked_field`` holds a job (or jobs) that ``parse_rendered``
    parses.

    Airflow renders the templates, stores the rendered fields as JSON, and only then runs ``execute``. A job holding
    a NaN would fail in between, inside Airflow's own JSON encoding, and be retried; so the rendered job is parsed
    here, and an invalid one is stored JSON-safe and its one-line spec error kept for ``raise_rendered_error``,
    which the operator calls before it uses the job. Mapped and unmapped tasks both render through
    ``render_template``.
    """

    checked_field: str
    _rendered_error: QuantumSpecError | None = None

    def parse_rendered(self, value: Any) -> Any:
        """The field's value parsed; raises QuantumSpecError naming the field."""
        raise NotImplementedError

    def render_template(
        self,
        content: Any,
        context: Context,
        jinja_env: jinja2.Environment | None = None,
        seen_oids: set[int] | None = None,
    ) -> Any:
        rendered = super().render_template(content, context, jinja_env, seen_oids)  # type: ignore[misc]
        if content is getattr(self, self.checked_field):  # the field itself, not a value nested in it
            rendered, self._rendered_error = checked_rendering(rendered, self.parse_rendered)
        return rendered

    def raise_rendered_error(self) -> None:
        """Fail with the rendered job's spec error, if it had one: once, naming the field, never retried."""
        if self._rendered_error is not None:
            raise self._rendered_error


def parse_job(value: Any) -> JobSpec:
    """Accept what templating produces: a dict, a JSON string, or a Python-literal string from xcom_pull."""
    if isinstance(value, str):
        value = decode_rendered(value, field="job", expected="a JSON object or a Python dict literal")
    return JobSpec.parse(value)


def parse_jobs(value: Any) -> list[JobSpec]:
    """A list of jobs as templating produces it (a list, or its JSON / Python-literal text); errors name
    ``jobs[i]``."""
    if isinstance(value, str):
        value = decode_rendered(value, field="jobs", expected="a JSON list of jobs")
    if not isinstance(value, list | tuple):
        raise QuantumSpecError("jobs", f"expected a list of jobs, got {type(value).__name__}")
    specs = []
    for position, job in enumerate(value):
        try:
            specs.append(parse_job(job))
        except QuantumSpecError as err:
            raise QuantumSpecError(f"jobs[{position}].{err.field}", err.reason) from None
    return specs
