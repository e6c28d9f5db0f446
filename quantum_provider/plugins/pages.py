"""The pages' HTML: one Jinja environment over ``templates/``, with the filters the templates share."""

from __future__ import annotations

from json import dumps
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from quantum_provider.plugins import URL_PREFIX

#: A list longer than this (edges, coordinates, Pauli terms) is summarized by its length, its JSON folded away.
_INLINE_ITEMS = 6


def prefix_of(request: Request) -> str:
    """Where the api-server mounted the plugin's app (``/quantum`` under the UI's base path)."""
    return request.scope.get("root_path", "")


def airflow_base(request: Request) -> str:
    """Where the api-server serves Airflow's own UI: the app's root without the plugin's mount point."""
    return prefix_of(request).removesuffix(URL_PREFIX)


def airflow_url(
    base: str,
    dag_id: str | None,
    run_id: str | None = None,
    task_id: str | None = None,
    map_index: int | None = None,
) -> str | None:
    """The page of Airflow 3's own UI for a DAG, a DAG run or a task instance (its react-router routes
    ``dags/:dagId``, ``.../runs/:runId``, ``.../tasks/:taskId`` and ``.../mapped/:mapIndex``); ``base`` is where
    the api-server serves that UI. ``None`` without a DAG."""
    if not dag_id:
        return None
    url = f"{base}/dags/{quote(dag_id, safe='')}"
    if run_id:
        url += f"/runs/{quote(run_id, safe='')}"
        if task_id:
            url += f"/tasks/{quote(task_id, safe='')}"
            if map_index is not None and map_index >= 0:
                url += f"/mapped/{map_index}"
    return url


def night_url(prefix: str, dag_id: str, run_id: str) -> str:
    """The plugin's overview of one DAG run (``prefix`` is ``prefix_of`` the request)."""
    return f"{prefix}/nights/{quote(dag_id, safe='')}/{quote(run_id, safe='')}"


def is_long(value: Any) -> bool:
    """Whether a list is shown as a count with its JSON folded: long, or of lists and dicts (edges, matrices)."""
    return isinstance(value, list) and (
        len(value) > _INLINE_ITEMS or any(isinstance(item, list | dict) for item in value)
    )


_templates = Environment(
    loader=PackageLoader("quantum_provider.plugins", "templates"), autoescape=select_autoescape(["html"])
)
_templates.filters["json"] = lambda value: dumps(value, indent=2, sort_keys=True, default=str)
_templates.tests["long_list"] = is_long
_templates.globals["airflow_url"] = airflow_url
_templates.globals["night_url"] = night_url


def render(template: str, *, status_code: int = 200, **values: Any) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(template).render(**values), status_code=status_code)
