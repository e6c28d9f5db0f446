"""The FastAPI app the plugin mounts under ``/quantum``: the job list, the job page and the JSON API behind both.

Every route needs an authenticated Airflow user (the api-server's JWT, as a bearer header or the UI's cookie),
and a user sees only jobs asked for by DAGs the auth manager lets them read, and of a job shared with other DAGs
only what their DAGs asked for and wrote (``access.reader_view``). Pages send an anonymous browser to Airflow's
login; the API answers 401.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from quantum_provider.plugins import night_routes
from quantum_provider.plugins.auth import LoginRequired, api_user, page_user, readable_dags
from quantum_provider.plugins.charts import energy_trace_svg
from quantum_provider.plugins.jobs import JobDetail, JobFilter, JobList, job_detail, list_jobs
from quantum_provider.plugins.pages import airflow_base, prefix_of, render
from quantum_provider.storage import RECORD_STATES, ResultStore

if TYPE_CHECKING:
    from airflow.api_fastapi.auth.managers.models.base_user import BaseUser


def job_filter(
    dag_id: str | None = None,
    run_id: str | None = None,
    task_id: str | None = None,
    map_index: str | None = None,
    status: str | None = None,
    backend: str | None = None,
    date: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
    reused: bool | None = None,
) -> JobFilter:
    blank = {None, ""}
    return JobFilter(
        dag_id=None if dag_id in blank else dag_id,
        run_id=None if run_id in blank else run_id,
        task_id=None if task_id in blank else task_id,
        map_index=_map_index(map_index),
        status=None if status in blank else status,
        backend=None if backend in blank else backend,
        date=date,
        reused=reused,
    )


def _query_value(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _map_index(value: str | None) -> int | None:
    # The UI leaves {MAP_INDEX} unfilled on the page of an unmapped task: any map index of that task matches.
    if value in (None, "", _UNFILLED_MAP_INDEX):
        return None
    try:
        return int(value)
    except ValueError:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, f"map_index: must be an integer, got {value!r}"
        ) from None


_UNFILLED_MAP_INDEX = "{MAP_INDEX}"
#: Past this, an offset is a typo or a probe: a page costs O(offset) reads of the store's index.
MAX_OFFSET = 1_000_000
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Limit = Annotated[int, Query(ge=1, le=1000)]


def _is_page(request: Request) -> bool:
    return not request.url.path.removeprefix(prefix_of(request)).startswith("/api/")


def _validation_message(error: dict[str, Any]) -> str:
    field = ".".join(str(part) for part in error.get("loc", ())[1:]) or "request"
    reason = "must be a date as YYYY-MM-DD" if field == "date" else error.get("msg", "is not valid")
    return f"{field}: {reason}, got {error.get('input')!r}"


def _error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(
        "error.html",
        status_code=status_code,
        code=status_code,
        prefix=prefix_of(request),
        airflow=airflow_base(request),
        message=message,
    )


def create_app() -> FastAPI:
    app = FastAPI(
        title="Quantum jobs",
        description="Jobs of the quantum provider: list, detail and the JSON API behind the pages.",
        docs_url="/docs",
        openapi_url="/openapi.json",
    )

    @app.exception_handler(LoginRequired)
    async def _to_login(request: Request, _: LoginRequired) -> RedirectResponse:
        from airflow.api_fastapi.app import get_auth_manager

        target = get_auth_manager().get_url_login(next_url=str(request.url))
        return RedirectResponse(target, status_code=status.HTTP_303_SEE_OTHER)

    # A person reading a page gets a page; the API, and its clients, keep FastAPI's JSON errors.
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException) -> Response:
        if not _is_page(request) or error.status_code < 400:
            return await http_exception_handler(request, error)
        return _error_page(request, error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, error: RequestValidationError) -> Response:
        if not _is_page(request):
            return await request_validation_exception_handler(request, error)
        message = "; ".join(_validation_message(e) for e in error.errors()) or "the request is not valid"
        return _error_page(request, status.HTTP_422_UNPROCESSABLE_CONTENT, message)

    @app.get("/api/jobs", response_model=JobList)
    def api_jobs(
        user: Annotated[Any, Depends(api_user)],
        filters: Annotated[JobFilter, Depends(job_filter)],
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> JobList:
        return list_jobs(ResultStore(), filters, readable_dags=readable_dags(user), limit=limit, offset=offset)

    @app.get("/api/jobs/{key}", response_model=JobDetail)
    def api_job(key: str, user: Annotated[Any, Depends(api_user)]) -> JobDetail:
        return _readable_detail(key, user)

    @app.get("/", include_in_schema=False)
    def index(request: Request) -> RedirectResponse:
        return RedirectResponse(f"{prefix_of(request)}/jobs")

    @app.get("/jobs", response_class=HTMLResponse, include_in_schema=False)
    def jobs_page(
        request: Request,
        user: Annotated[Any, Depends(page_user)],
        filters: Annotated[JobFilter, Depends(job_filter)],
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Any:
        prefix = prefix_of(request)
        listing = list_jobs(ResultStore(), filters, readable_dags=readable_dags(user), limit=limit, offset=offset)
        keys = {row.key for row in listing.jobs}
        # The task-instance tab asks for one task's jobs: a task that ran one job goes straight to its page.
        if filters.task_id and filters.run_id and len(keys) == 1:
            return RedirectResponse(f"{prefix}/jobs/{keys.pop()}", status_code=status.HTTP_303_SEE_OTHER)
        return render(
            "jobs.html",
            prefix=prefix,
            airflow=airflow_base(request),
            listing=listing,
            filters=filters,
            statuses=RECORD_STATES,
            # Paging keeps the filters: the page links carry them before offset and limit.
            query="".join(f"{quote(k)}={quote(_query_value(v))}&" for k, v in vars(filters).items() if v is not None),
            limit=limit,
            offset=offset,
            user=user.get_name(),
        )

    @app.get("/jobs/{key}", response_class=HTMLResponse, include_in_schema=False)
    def job_page(request: Request, key: str, user: Annotated[Any, Depends(page_user)]) -> HTMLResponse:
        detail = _readable_detail(key, user)
        chart = energy_trace_svg(detail.energy_trace, exact=detail.exact_energy)
        return render(
            "job.html",
            prefix=prefix_of(request),
            airflow=airflow_base(request),
            job=detail,
            chart=chart,
            user=user.get_name(),
        )

    app.include_router(night_routes.router)
    return app


def _readable_detail(key: str, user: BaseUser) -> JobDetail:
    """What ``user`` may see of job ``key``: only what their DAGs asked for and wrote (``access.reader_view``)."""
    detail = job_detail(ResultStore(), key, readable_dags=readable_dags(user))
    # A job the user may not read is answered exactly like a job that does not exist.
    if detail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"No quantum job {key!r}")
    return detail
