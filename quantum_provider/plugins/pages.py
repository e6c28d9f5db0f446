"""The pages' HTML: one Jinja environment over ``templates/``, with the filters the templates share."""

from __future__ import annotations

from json import dumps
from typing import Any

from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

_templates = Environment(
    loader=PackageLoader("quantum_provider.plugins", "templates"), autoescape=select_autoescape(["html"])
)
_templates.filters["json"] = lambda value: dumps(value, indent=2, sort_keys=True, default=str)


def render(template: str, **values: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(**values))
