"""The night overview, its rejects and reports, and budgets and queues: routes the app includes.

URL patterns (under the plugin's root, ``/quantum``), each page with a JSON twin under ``/api``:

* ``/nights`` and ``/nights?dag_id=<dag>``: the DAGs with runs, the runs of one DAG newest first;
* ``/nights/<dag>/<run>``: the overview of one run;
* ``/nights/<dag>/<run>/rejects``: the preprocess rejects with their reasons;
* ``/nights/<dag>/<run>/reports/<area>/<task>/<name>.json``: a suite result as a table of checks;
* ``/nights/<dag>/<run>/docs/<area>/<task>/<name>.html``: the stored Data Docs page, served as is;
  both take ``?map_index=<n>`` for a mapped task's instance;
* ``/budgets``: today's usage per connection against its limits, and the jobs waiting on a backend.

A DAG or run the user may not read is answered exactly like one that does not exist: 404.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse, Response

from quantum_provider.plugins import URL_PREFIX, night_outputs, nights, reports
from quantum_provider.plugins.auth import api_user, page_user, readable_dags
from quantum_provider.plugins.budgets import BudgetsPage, budgets
from quantum_provider.plugins.pages import airflow_url, night_url, prefix_of, render
from quantum_provider.storage import ResultStore
from quantum_provider.tables.preprocessing import OUTPUT_FILES

router = APIRouter()


def _runs(dag_id: str | None, user: Any) -> dict[str, Any]:
    store, dags = ResultStore(), readable_dags(user)
    if dag_id in (None, ""):
        return {"dag_id": None, "dags": nights.dags_with_runs(store, dags), "runs": []}
    if dag_id not in dags:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"dag_id: no DAG {dag_id!r}")
    return {"dag_id": dag_id, "dags": [], "runs": nights.list_runs(store, dag_id)}


def _overview(dag_id: str, run_id: str, user: Any) -> nights.NightOverview:
    overview = nights.night_overview(ResultStore(), dag_id, run_id, readable_dags=readable_dags(user))
    if overview is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No run {run_id!r} of DAG {dag_id!r}")
    return overview


def _readable_run(dag_id: str, run_id: str, user: Any) -> ResultStore:
    store = ResultStore()
    if not nights.exists(store, dag_id, run_id, readable_dags(user)):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No run {run_id!r} of DAG {dag_id!r}")
    return store


def _rejects(dag_id: str, run_id: str, user: Any) -> dict[str, list[dict[str, Any]]]:
    """Rejected rows per preprocess task instance (``task`` or ``task [map_index]``)."""
    store = _readable_run(dag_id, run_id, user)
    return {out.label: rows for out, rows in night_outputs.read_rejects(store, dag_id, run_id)}


def _report(dag_id: str, run_id: str, out: night_outputs.Output, user: Any) -> reports.Report:
    store = _readable_run(dag_id, run_id, user)
    report = reports.suite_report(store, dag_id, run_id, out)
    if report is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No report {out.area}/{out.label}/{out.name} in run {run_id!r}")
    return report


def _links(prefix: str, dag_id: str, run_id: str) -> dict[str, str | None]:
    night = night_url(prefix, dag_id, run_id)
    jobs = f"{prefix}/jobs?dag_id={quote(dag_id, safe='')}&run_id={quote(run_id, safe='')}"
    return {
        "night": night,
        "jobs": jobs,
        "airflow_run": airflow_url(prefix.removesuffix(URL_PREFIX), dag_id, run_id),
    }


# -- JSON ----------------------------------------------------------------------------------------------------


@router.get("/api/nights")
def api_nights(user: Annotated[Any, Depends(api_user)], dag_id: str | None = None) -> dict[str, Any]:
    return _runs(dag_id, user)


@router.get("/api/nights/{dag_id}/{run_id}", response_model=nights.NightOverview)
def api_night(dag_id: str, run_id: str, user: Annotated[Any, Depends(api_user)]) -> nights.NightOverview:
    return _overview(dag_id, run_id, user)


@router.get("/api/nights/{dag_id}/{run_id}/rejects")
def api_rejects(dag_id: str, run_id: str, user: Annotated[Any, Depends(api_user)]) -> dict[str, Any]:
    return {"rejects": _rejects(dag_id, run_id, user)}


@router.get("/api/nights/{dag_id}/{run_id}/reports/{area}/{task}/{name}", response_model=reports.Report)
def api_report(
    dag_id: str, run_id: str, area: str, task: str, name: str, user: Annotated[Any, Depends(api_user)],
    map_index: int | None = None,
) -> reports.Report:  # fmt: skip
    return _report(dag_id, run_id, night_outputs.Output(area=area, task=task, name=name, map_index=map_index), user)


@router.get("/api/budgets", response_model=BudgetsPage)
def api_budgets(user: Annotated[Any, Depends(api_user)]) -> BudgetsPage:
    return budgets(ResultStore(), readable_dags(user))


# -- pages ---------------------------------------------------------------------------------------------------


@router.get("/nights", response_class=HTMLResponse, include_in_schema=False)
def nights_page(request: Request, user: Annotated[Any, Depends(page_user)], dag_id: str | None = None) -> Any:
    prefix = prefix_of(request)
    listing = _runs(dag_id, user)
    links = {run.run_id: _links(prefix, run.dag_id, run.run_id) for run in listing["runs"]}
    return render("nights.html", prefix=prefix, user=user.get_name(), links=links, quote=quote, **listing)


@router.get("/nights/{dag_id}/{run_id}", response_class=HTMLResponse, include_in_schema=False)
def night_page(request: Request, dag_id: str, run_id: str, user: Annotated[Any, Depends(page_user)]) -> Any:
    prefix = prefix_of(request)
    overview = _overview(dag_id, run_id, user)
    return render(
        "night.html", prefix=prefix, user=user.get_name(), night=overview, links=_links(prefix, dag_id, run_id),
        quote=quote, rejects_file=OUTPUT_FILES["rejects"], summary_file=OUTPUT_FILES["summary"],
    )  # fmt: skip


@router.get("/nights/{dag_id}/{run_id}/rejects", response_class=HTMLResponse, include_in_schema=False)
def rejects_page(request: Request, dag_id: str, run_id: str, user: Annotated[Any, Depends(page_user)]) -> Any:
    prefix = prefix_of(request)
    return render(
        "rejects.html", prefix=prefix, user=user.get_name(), dag_id=dag_id, run_id=run_id,
        rejects=_rejects(dag_id, run_id, user), links=_links(prefix, dag_id, run_id),
    )  # fmt: skip


@router.get("/nights/{dag_id}/{run_id}/reports/{area}/{task}/{name}", response_class=HTMLResponse,
            include_in_schema=False)  # fmt: skip
def report_page(
    request: Request, dag_id: str, run_id: str, area: str, task: str, name: str,
    user: Annotated[Any, Depends(page_user)], map_index: int | None = None,
) -> Any:  # fmt: skip
    prefix = prefix_of(request)
    report = _report(dag_id, run_id, night_outputs.Output(area=area, task=task, name=name, map_index=map_index), user)
    return render("report.html", prefix=prefix, user=user.get_name(), dag_id=dag_id, run_id=run_id, report=report,
                  links=_links(prefix, dag_id, run_id))  # fmt: skip


@router.get("/nights/{dag_id}/{run_id}/docs/{area}/{task}/{name}", include_in_schema=False)
def data_docs(
    dag_id: str, run_id: str, area: str, task: str, name: str, user: Annotated[Any, Depends(page_user)],
    map_index: int | None = None,
) -> Response:  # fmt: skip
    from quantum_provider.storage.objects import read_file

    store = _readable_run(dag_id, run_id, user)
    path = None
    if name.endswith(".html"):
        path = night_outputs.output_path(store, dag_id, run_id, area, task, name, map_index)
    if path is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No Data Docs {area}/{task}/{name} in run {run_id!r}")
    # Stored HTML is Great Expectations' own page: sandboxed, so no script in it runs with the plugin's origin.
    headers = {"Content-Security-Policy": "sandbox", "X-Content-Type-Options": "nosniff"}
    return Response(read_file(path), media_type="text/html; charset=utf-8", headers=headers)


@router.get("/budgets", response_class=HTMLResponse, include_in_schema=False)
def budgets_page(request: Request, user: Annotated[Any, Depends(page_user)]) -> Any:
    prefix = prefix_of(request)
    page = budgets(ResultStore(), readable_dags(user))
    return render("budgets.html", prefix=prefix, user=user.get_name(), page=page, quote=quote)
