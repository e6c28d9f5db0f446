"""The /quantum plugin inside Airflow's own api-server app (real auth manager, real JWTs) over real jobs."""

from __future__ import annotations

import json
import re

import pytest

from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.plugins.charts import energy_trace_svg
from quantum_provider.plugins.jobs import JobFilter, job_detail, list_jobs
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from tests.exact import brute_force_maxcut
from tests.ui_app import api_app
from tests.ui_app import token as app_token

MAXCUT = {"name": "square", "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0]]}}
H2 = {
    "name": "H2",
    "problem": {"kind": "molecule", "symbols": ["H", "H"], "coordinates": [[0, 0, 0], [0, 0, 0.74]]},
    "optimizer": {"maxiter": 40, "stepsize": 0.2},
}
FAILED = "f" * 64
PASSWORDS = {"admin": "admin-pw", "viewer": "viewer-pw"}


def who(dag_id: str, run_id: str, task_id: str, map_index: int = -1, try_number: int = 1) -> dict:
    return {"dag_id": dag_id, "run_id": run_id, "task_id": task_id, "map_index": map_index, "try_number": try_number}


@pytest.fixture(scope="module")
def jobs(tmp_path_factory) -> dict:
    """Two jobs run by the real lightning hook, one reused by a later run, and one that failed on the backend."""
    store = ResultStore(f"file://{tmp_path_factory.mktemp('ui')}/store")
    hook = LightningHook()
    keys = {}
    for name, job, context in (
        ("maxcut", MAXCUT, who("nightly", "run_1", "solve", map_index=0)),
        ("h2", H2, who("chemistry", "run_1", "vqe")),
    ):
        spec = hook.resolve_spec(JobSpec.parse(job))
        keys[name] = spec.content_key(backend=hook.backend_identity())
        hook.submit(spec, key=keys[name], store=store, context=context, checkpoint_every=5)
    store.append_event(keys["maxcut"], {"event": "reused", "context": who("nightly", "run_2", "solve", map_index=0)})
    store.set_validation(keys["maxcut"], {"outcome": "passed", "checks": 5})
    store.update_record(FAILED, state="submitted", event={"context": who("nightly", "run_2", "broken")})
    store.update_record(
        FAILED,
        state="failed",
        event={"context": who("nightly", "run_2", "broken"), "error": "MemoryError", "message": "worker died"},
    )
    return {"store": store, **keys}


def test_job_list_has_one_row_per_asking_task(jobs):
    listing = list_jobs(jobs["store"], JobFilter())
    rows = {(row.key, row.run_id): row for row in listing.jobs}
    assert listing.total_entries == 4
    first, rerun = rows[(jobs["maxcut"], "run_1")], rows[(jobs["maxcut"], "run_2")]
    result = jobs["store"].load_result(jobs["maxcut"]).result
    assert (first.reused, rerun.reused) == (False, True)
    assert first.status == rerun.status == "succeeded"
    assert first.iterations == result["iterations"]
    assert first.energy == result["energy"]
    assert first.runtime_s == result["runtime_s"]
    assert rerun.runtime_s is None
    assert first.time_queued_s is not None
    assert first.time_queued_s >= 0
    assert first.qubits == 4
    assert first.shots is None
    assert first.validation == "passed"
    assert first.backend == "lightning"
    assert first.conn_id == "quantum_lightning_default"
    assert first.approximation_ratio_expected == result["approximation_ratio_expected"]
    assert first.convergence == result["convergence"]
    # Newest first.
    assert [row.queued_at for row in listing.jobs] == sorted((row.queued_at for row in listing.jobs), reverse=True)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (JobFilter(dag_id="chemistry"), {("h2", "run_1")}),
        (JobFilter(dag_id="nightly", status="failed"), {("failed", "run_2")}),
        (JobFilter(backend="lightning"), {("maxcut", "run_1"), ("maxcut", "run_2"), ("h2", "run_1")}),
        (JobFilter(run_id="run_2", task_id="solve", map_index=0), {("maxcut", "run_2")}),
        (JobFilter(date="1999-01-01"), set()),
    ],
)
def test_job_list_filters(jobs, filters, expected):
    names = {jobs["maxcut"]: "maxcut", jobs["h2"]: "h2", FAILED: "failed"}
    rows = list_jobs(jobs["store"], filters).jobs
    assert {(names[row.key], row.run_id) for row in rows} == expected


def test_job_list_filters_by_day_and_readable_dags(jobs):
    today = list_jobs(jobs["store"], JobFilter()).jobs[0].queued_at[:10]
    assert list_jobs(jobs["store"], JobFilter(date=today)).total_entries == 4
    only = list_jobs(jobs["store"], JobFilter(), readable_dags={"chemistry"})
    assert [row.dag_id for row in only.jobs] == ["chemistry"]
    # A page that ends before the index does is not counted (that would read the whole index): it says more follow.
    second = list_jobs(jobs["store"], JobFilter(), limit=1, offset=1)
    assert (len(second.jobs), second.total_entries, second.has_more) == (1, None, True)
    assert second.jobs[0] == list_jobs(jobs["store"], JobFilter()).jobs[1]
    last = list_jobs(jobs["store"], JobFilter(), limit=2, offset=2)
    assert (len(last.jobs), last.total_entries, last.has_more) == (2, 4, False)


def test_job_detail_of_a_finished_job(jobs):
    detail = job_detail(jobs["store"], jobs["maxcut"])
    result = jobs["store"].load_result(jobs["maxcut"]).result
    assert detail.status == "succeeded"
    assert detail.failure is None
    assert detail.energy_trace == result["energy_trace"]
    assert detail.top_bitstrings == result["top_bitstrings"]
    # Costs are minimized: the negated cut, so the best bitstring shown cuts the brute-force maximum.
    assert -min(row["cost"] for row in detail.top_bitstrings) == brute_force_maxcut(MAXCUT["problem"]["edges"])
    assert [c.iteration for c in detail.checkpoints] == jobs["store"].list_checkpoints(jobs["maxcut"])
    assert detail.checkpoints[-1].energy == pytest.approx(result["energy_trace"][-1])
    assert detail.spec["name"] == "square"
    assert detail.provenance["key"] == jobs["maxcut"]
    assert detail.validation["outcome"] == "passed"


def test_job_detail_of_a_failed_job_names_its_class(jobs):
    detail = job_detail(jobs["store"], FAILED)
    assert detail.status == "failed"
    assert detail.failure.failure_class == "job_failed"
    assert (detail.failure.error, detail.failure.message) == ("MemoryError", "worker died")
    assert job_detail(jobs["store"], "0" * 64) is None
    assert job_detail(jobs["store"], "../etc") is None


# -- a job shared by two DAGs, seen by a user who may read one of them ---------------------------------------

#: What the computing DAG ``alpha`` wrote of the shared job: none of it may reach a reader of ``beta`` only.
ALPHA_ONLY = ("alpha", "alpha_run", "alice", "alpha-secret-name", "quantum_lightning_alpha")
BETA_ONLY = ("beta", "beta_run", "bob", "quantum_lightning_beta")


@pytest.fixture(scope="module")
def shared(tmp_path_factory) -> dict:
    """A job computed by DAG ``alpha`` (its name, connection, user), attached to while it ran and then reused by
    DAG ``beta`` (another user), and validated by ``alpha``; as the hook, the engine and the operators record it."""
    patch = pytest.MonkeyPatch()
    patch.setenv("AIRFLOW_CONN_QUANTUM_LIGHTNING_ALPHA", '{"conn_type": "quantum_lightning"}')
    store = ResultStore(f"file://{tmp_path_factory.mktemp('shared')}/store")
    hook = LightningHook(conn_id="quantum_lightning_alpha")
    spec = hook.resolve_spec(JobSpec.parse({**MAXCUT, "name": "alpha-secret-name"}))
    key = spec.content_key(backend=hook.backend_identity())
    alpha = {**who("alpha", "alpha_run", "solve"), "user": "alice"}
    beta = {**who("beta", "beta_run", "solve"), "user": "bob"}
    hook.submit(spec, key=key, store=store, context=alpha, checkpoint_every=5)
    patch.undo()
    owner = {"host": "worker-a", "pid": 7, "generation": 1, "token": "t", "context": alpha}
    store.append_event(key, {"event": "attached", "message": "the key was being computed by pid 7 on worker-a "
                             "(alpha/alpha_run/solve, claim 1)", "owner": owner, "context": beta})  # fmt: skip
    store.append_event(key, {"event": "reused", "context": beta})
    store.set_validation(key, {"outcome": "passed", "reasons": [], "context": alpha,
                               "validation_uri": "file:///store/validations/alpha/alpha_run/validate"})  # fmt: skip
    return {"store": store, "key": key}


def test_a_reader_of_one_dag_lists_only_its_own_asks_of_a_shared_job(shared):
    listing = list_jobs(shared["store"], JobFilter(), readable_dags={"beta"})
    assert [(row.dag_id, row.run_id, row.reused) for row in listing.jobs] == [("beta", "beta_run", True)]
    (row,) = listing.jobs
    assert (row.name, row.conn_id, row.backend, row.status, row.qubits) == (None, None, "lightning", "succeeded", 4)
    assert row.energy == shared["store"].load_result(shared["key"]).result["energy"]
    assert row.validation == "passed"
    leaked = [text for text in ALPHA_ONLY if text in listing.model_dump_json()]
    assert leaked == []
    assert list_jobs(shared["store"], JobFilter(dag_id="alpha"), readable_dags={"beta"}).jobs == []
    # A reader of the computing DAG sees its name and connection, and nothing of the reusing DAG.
    (own,) = list_jobs(shared["store"], JobFilter(), readable_dags={"alpha"}).jobs
    assert (own.name, own.conn_id, own.run_id) == ("alpha-secret-name", "quantum_lightning_alpha", "alpha_run")


def test_the_job_page_of_a_shared_job_shows_a_reader_of_one_dag_only_theirs(shared):
    store, key = shared["store"], shared["key"]
    full = job_detail(store, key)
    detail = job_detail(store, key, readable_dags={"beta"})
    text = detail.model_dump_json()
    assert [leak for leak in ALPHA_ONLY if leak in text] == []
    assert [(row.dag_id, row.run_id) for row in detail.requests] == [("beta", "beta_run")]
    assert detail.provenance is None
    assert set(detail.withheld) >= {"provenance", "name and connection", "tasks of other DAGs"}
    assert detail.record.get("name") is None
    assert "name" not in detail.spec
    assert "name" not in detail.result
    assert detail.validation == {"outcome": "passed", "reasons": []}
    # The job's own numbers are the same for every reader.
    assert (detail.energy_trace, detail.top_bitstrings, detail.checkpoints) == (
        full.energy_trace, full.top_bitstrings, full.checkpoints)  # fmt: skip
    assert detail.result["energy"] == full.result["energy"]
    assert detail.spec["problem"] == full.spec["problem"]
    # alpha's entries keep when and what, not who; beta's own entries stay whole but for the owner they name.
    history = detail.record["history"]
    assert [entry.get("state") or entry.get("event") for entry in history] == [
        entry.get("state") or entry.get("event") for entry in full.record["history"]]  # fmt: skip
    attached = next(entry for entry in history if entry.get("event") == "attached")
    assert attached["context"]["user"] == "bob"
    assert "owner" not in attached
    assert "message" not in attached


def test_a_reader_of_the_computing_dag_sees_its_provenance_but_not_the_other_dag(shared):
    detail = job_detail(shared["store"], shared["key"], readable_dags={"alpha"})
    assert detail.provenance["context"]["user"] == "alice"
    assert detail.provenance["backend"]["conn_id"] == "quantum_lightning_alpha"
    assert detail.record["name"] == detail.spec["name"] == "alpha-secret-name"
    assert detail.validation["context"]["dag_id"] == "alpha"
    assert [leak for leak in BETA_ONLY if leak in detail.model_dump_json()] == []


def test_a_reader_of_every_asking_dag_sees_the_whole_job(shared):
    everything = job_detail(shared["store"], shared["key"])
    assert job_detail(shared["store"], shared["key"], readable_dags={"alpha", "beta", "other"}) == everything
    assert everything.withheld == []
    assert everything.record == shared["store"].read_record(shared["key"])
    assert job_detail(shared["store"], shared["key"], readable_dags={"other"}) is None
    assert job_detail(shared["store"], shared["key"], readable_dags=set()) is None


def test_the_job_page_html_of_a_shared_job_for_a_reader_of_one_dag(shared):
    from quantum_provider.plugins.charts import energy_trace_svg
    from quantum_provider.plugins.pages import render

    detail = job_detail(shared["store"], shared["key"], readable_dags={"beta"})
    chart = energy_trace_svg(detail.energy_trace, exact=detail.exact_energy)
    html = render("job.html", prefix="/quantum", job=detail, chart=chart, user="reader").body.decode()
    assert [leak for leak in ALPHA_ONLY if leak in html] == []
    assert 'id="withheld"' in html
    assert "beta_run" in html
    assert "Computed by a DAG you may not read" in html


def test_energy_trace_svg_draws_every_point_and_the_exact_line():
    svg = energy_trace_svg([-1.0, -1.5, -1.8, -1.85], exact=-1.9)
    points = re.search(r'class="energy"[^>]*points="([^"]+)"', svg).group(1).split()
    assert len(points) == 4
    assert 'data-points="4"' in svg
    ys = [float(point.split(",")[1]) for point in points]
    assert ys == sorted(ys)  # a lower energy is drawn lower: a larger SVG y
    assert 'class="exact"' in svg
    assert "No energy trace" in energy_trace_svg([])


# -- through Airflow's api-server app ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api(jobs, airflow_db, tmp_path_factory):
    """Airflow's api-server app (all apps, plugins included) with two simple-auth-manager users."""
    users = {name: (name, password) for name, password in PASSWORDS.items()}
    home = tmp_path_factory.mktemp("auth")
    with api_app(home, users=users, store=str(jobs["store"].base), dags=("nightly", "chemistry")) as client:
        yield client


def token(api, user: str) -> str:
    return app_token(api, user, PASSWORDS[user])


def test_anonymous_requests_are_refused(api, jobs):
    assert api.get("/quantum/api/jobs").status_code == 401
    assert api.get(f"/quantum/api/jobs/{jobs['maxcut']}").status_code == 401
    page = api.get("/quantum/jobs", follow_redirects=False)
    assert page.status_code == 303
    assert "/auth/login" in page.headers["location"]
    assert jobs["maxcut"] not in page.text
    assert api.get("/quantum/api/jobs", headers={"Authorization": "Bearer forged"}).status_code == 401


def test_api_lists_and_details_jobs_for_a_signed_in_user(api, jobs):
    headers = {"Authorization": f"Bearer {token(api, 'viewer')}"}
    listing = api.get("/quantum/api/jobs", params={"dag_id": "nightly"}, headers=headers).json()
    assert listing["total_entries"] == 3
    assert {row["task_id"] for row in listing["jobs"]} == {"solve", "broken"}
    detail = api.get(f"/quantum/api/jobs/{jobs['h2']}", headers=headers).json()
    assert detail["status"] == "succeeded"
    assert detail["exact_energy"] is not None
    assert abs(detail["result"]["energy"] - detail["exact_energy"]) < 1.6e-3
    assert api.get(f"/quantum/api/jobs/{'0' * 64}", headers=headers).status_code == 404
    assert api.get("/quantum/api/jobs", params={"date": "yesterday"}, headers=headers).status_code == 422
    assert api.get("/quantum/api/jobs", params={"map_index": "first"}, headers=headers).status_code == 422
    # The UI leaves {MAP_INDEX} unfilled on an unmapped task's page: every map index of the task matches.
    tab = api.get("/quantum/api/jobs", params={"task_id": "solve", "map_index": "{MAP_INDEX}"}, headers=headers)
    assert tab.json()["total_entries"] == 2


def test_pages_render_the_list_and_the_job_from_the_ui_cookie(api, jobs):
    api.cookies.set("_token", token(api, "admin"))
    try:
        page = api.get("/quantum/jobs", params={"status": "failed"})
        assert page.status_code == 200
        assert "Signed in as admin" in page.text
        assert f'data-key="{FAILED}"' in page.text
        assert jobs["maxcut"] not in page.text
        job = api.get(f"/quantum/jobs/{jobs['maxcut']}").text
        for section in ('id="bitstrings"', 'class="energy"', 'id="checkpoints"', 'id="spec"', 'id="provenance"'):
            assert section in job
        failed = api.get(f"/quantum/jobs/{FAILED}").text
        assert "Failure: job_failed" in failed
        assert "worker died" in failed
        # The task-instance tab: one task's one job opens that job's page.
        tab = api.get(
            "/quantum/jobs",
            params={"dag_id": "chemistry", "run_id": "run_1", "task_id": "vqe", "map_index": -1},
            follow_redirects=False,
        )
        assert tab.status_code == 303
        assert tab.headers["location"].endswith(f"/quantum/jobs/{jobs['h2']}")
    finally:
        api.cookies.clear()


def test_plugin_registers_the_views_and_the_extra_link(api):
    headers = {"Authorization": f"Bearer {token(api, 'admin')}"}
    plugins = api.get("/api/v2/plugins", headers=headers).json()["plugins"]
    quantum = next(plugin for plugin in plugins if plugin["name"] == "quantum")
    assert quantum["fastapi_apps"][0]["url_prefix"] == "/quantum"
    views = {view["destination"]: view for view in quantum["external_views"]}
    assert views["nav"]["href"] == "quantum/jobs"
    assert "{DAG_ID}" in views["task_instance"]["href"]
    assert "{MAP_INDEX}" in views["task_instance"]["href"]


def test_batch_link_opens_the_list_of_its_chunks_jobs(monkeypatch):
    from types import SimpleNamespace
    from urllib.parse import parse_qs, urlsplit

    from quantum_provider.observability.links import QuantumJobsLink, job_page_url

    monkeypatch.setenv("AIRFLOW__API__BASE_URL", "http://airflow.example:8080/")
    ti = SimpleNamespace(dag_id="nightly", run_id="scheduled__2026-11-21T00:00:00+00:00", task_id="solve", map_index=3)
    url = urlsplit(QuantumJobsLink().get_link(None, ti_key=ti))
    assert (url.netloc, url.path) == ("airflow.example:8080", "/quantum/jobs")
    assert parse_qs(url.query) == {
        "dag_id": ["nightly"],
        "run_id": ["scheduled__2026-11-21T00:00:00+00:00"],
        "task_id": ["solve"],
        "map_index": ["3"],
    }
    key = "a" * 64
    assert job_page_url(key, dag_id="d", run_id="r", task_id="t") == f"http://airflow.example:8080/quantum/jobs/{key}"


# -- shots, failure classes, links, paging, error pages, spec fields -------------------------------------------

SHOTS_CONN = "quantum_lightning_shots"


@pytest.fixture(scope="module")
def spent(tmp_path_factory) -> dict:
    """A job run with finite shots under a shot budget, admitted and settled as the operators do, and a job that
    failed with a taxonomy error (not the default class)."""
    from quantum_provider.governance.admission import Governance

    patch = pytest.MonkeyPatch()
    patch.setenv(f"AIRFLOW_CONN_{SHOTS_CONN.upper()}",
                 json.dumps({"conn_type": "quantum_lightning", "extra": {"shot_budget_per_day": 10**9}}))  # fmt: skip
    store = ResultStore(f"file://{tmp_path_factory.mktemp('shots')}/store")
    hook = LightningHook(conn_id=SHOTS_CONN)
    spec = hook.resolve_spec(
        JobSpec.parse({**MAXCUT, "execution": {"shots": 200, "seed": 3}, "optimizer": {"maxiter": 3}})
    )
    key = spec.content_key(backend=hook.backend_identity())
    context = who("budgeted", "run_1", "solve")
    governance = Governance(store, context)
    governance.admit(hook, {key: spec})
    hook.submit(spec, key=key, store=store, context=context)
    result = store.load_result(key).result
    governance.finished(hook, key, spec, result, outcome="succeeded")
    settled = governance.ledger.usage(SHOTS_CONN, "budgeted").shots
    patch.undo()
    store.update_record(FAILED, state="submitted", event={"context": who("budgeted", "run_1", "down")})
    store.update_record(FAILED, state="failed", event={"context": who("budgeted", "run_1", "down"),
                        "error": "BackendUnavailableError", "message": "ray head gone"})  # fmt: skip
    return {"store": store, "key": key, "settled": settled, "result": result}


def test_total_shots_are_what_the_budget_ledger_settled(spent):
    rows = {row.key: row for row in list_jobs(spent["store"], JobFilter()).jobs}
    row = rows[spent["key"]]
    assert spent["result"]["iterations"] > 0
    assert (row.shots, row.total_shots) == (200, spent["settled"])
    assert spent["settled"] == 200 * spent["result"]["iterations"]
    detail = job_detail(spent["store"], spent["key"])
    assert (detail.shots, detail.total_shots) == (200, spent["settled"])
    html = _job_html(detail)
    assert re.search(r'id="shots">200<', html)
    assert re.search(rf'id="total-shots"[^>]*>{spent["settled"]:,}<', html)


def test_analytic_jobs_spend_no_shots(jobs):
    rows = list_jobs(jobs["store"], JobFilter(dag_id="chemistry")).jobs
    assert [(row.shots, row.total_shots) for row in rows] == [(None, 0)]


def test_failed_rows_name_their_failure_class(spent, jobs):
    rows = {row.key: row for row in list_jobs(spent["store"], JobFilter()).jobs}
    assert (rows[FAILED].failure_class, rows[spent["key"]].failure_class) == ("backend_unavailable", None)
    assert job_detail(spent["store"], FAILED).failure.failure_class == "backend_unavailable"
    (other,) = list_jobs(jobs["store"], JobFilter(status="failed")).jobs
    assert other.failure_class == "job_failed"


def _job_html(detail, airflow: str = "") -> str:
    from quantum_provider.plugins.pages import render

    chart = energy_trace_svg(detail.energy_trace, exact=detail.exact_energy)
    return render("job.html", prefix="/quantum", airflow=airflow, job=detail, chart=chart, user="u").body.decode()


def test_airflow_urls_follow_the_ui_routes_and_quote_the_ids():
    from quantum_provider.plugins.pages import airflow_url

    run = "scheduled__2026-11-21T00:00:00+00:00"
    assert airflow_url("", "nightly") == "/dags/nightly"
    assert airflow_url("/af", "nightly", run) == "/af/dags/nightly/runs/scheduled__2026-11-21T00%3A00%3A00%2B00%3A00"
    assert airflow_url("", "d", "r/1", "t") == "/dags/d/runs/r%2F1/tasks/t"
    assert airflow_url("", "d", "r", "t", 3) == "/dags/d/runs/r/tasks/t/mapped/3"
    assert airflow_url("", "d", "r", "t", -1) == "/dags/d/runs/r/tasks/t"
    assert airflow_url("", None) is None


def _links(html: str) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for kind, href, target in re.findall(r'<a class="airflow-(\w+)" href="([^"]+)" target="([^"]+)"', html):
        found.setdefault(kind, []).append((href, target))
    return found


def _page(api, path: str, **params):
    api.cookies.set("_token", token(api, "admin"))
    try:
        # No params at all: httpx would drop the query string already in ``path``.
        return api.get(path, params=params or None, follow_redirects=False)
    finally:
        api.cookies.clear()


def test_the_pages_link_dags_runs_and_tasks_to_airflows_ui_in_the_top_window(api, jobs):
    page = _page(api, "/quantum/jobs", dag_id="nightly", task_id="solve")
    links = _links(page.text)
    # The api-server serves Airflow's UI at its root, the plugin under /quantum.
    assert set(links["dag"]) == {("/dags/nightly", "_top")}
    assert set(links["run"]) == {("/dags/nightly/runs/run_1", "_top"), ("/dags/nightly/runs/run_2", "_top")}
    assert set(links["task"]) == {
        (f"/dags/nightly/runs/{run}/tasks/solve/mapped/0", "_top") for run in ("run_1", "run_2")
    }
    job = _page(api, f"/quantum/jobs/{jobs['h2']}")
    assert _links(job.text)["task"] == [("/dags/chemistry/runs/run_1/tasks/vqe", "_top")]


def test_a_later_page_of_a_filtered_list_keeps_the_filters(api, jobs):
    first = _page(api, "/quantum/jobs", dag_id="nightly", limit=1)
    following = re.search(r'id="next" href="\?([^"]+)"', first.text).group(1).replace("&amp;", "&")
    assert "dag_id=nightly" in following
    second = _page(api, f"/quantum/jobs?{following}")
    keys = re.findall(r'data-key="(\w+)"', second.text)
    assert len(keys) == 1
    assert keys != re.findall(r'data-key="(\w+)"', first.text)
    nightly = {(row.key, row.run_id, row.task_id) for row in list_jobs(jobs["store"], JobFilter(dag_id="nightly")).jobs}
    assert [(k, r, t) for k, r, t in nightly if k == keys[0]]
    # The unfiltered list's second row is chemistry's (the newest ask): the filter, not the order, kept it out.
    assert "/dags/chemistry" not in second.text
    assert "dag_id=nightly" in re.search(r'id="previous" href="\?([^"]+)"', second.text).group(1)


def test_an_offset_past_the_end_says_so_and_links_to_the_first_page(api):
    page = _page(api, "/quantum/jobs", dag_id="nightly", offset=50)
    assert page.status_code == 200
    count = re.search(r'<p class="count" id="count">(.*?)</p>', page.text, re.S).group(1)
    assert "No job requests on this page" in count
    assert "showing" not in count
    assert re.search(r'id="first-page" href="\?dag_id=nightly&(amp;)?offset=0&(amp;)?limit=100"', count)
    assert 'id="previous"' not in page.text
    huge = _page(api, "/quantum/jobs", offset=10**20)
    assert huge.status_code == 422
    assert "offset: Input should be less than or equal to 1000000" in huge.text
    headers = {"Authorization": f"Bearer {token(api, 'viewer')}"}
    assert api.get("/quantum/api/jobs", params={"offset": 10**6 + 1}, headers=headers).status_code == 422


@pytest.mark.parametrize(
    ("path", "params", "code", "message"),
    [
        ("/quantum/jobs/" + "0" * 64, {}, 404, "No quantum job &#39;" + "0" * 64 + "&#39;"),
        ("/quantum/jobs", {"date": "yesterday"}, 422, "date: must be a date as YYYY-MM-DD, got &#39;yesterday&#39;"),
        ("/quantum/jobs", {"map_index": "first"}, 422, "map_index: must be an integer, got &#39;first&#39;"),
        ("/quantum/jobs", {"offset": "-1"}, 422, "offset: Input should be greater than or equal to 0"),
    ],
)
def test_page_errors_are_pages_and_api_errors_stay_json(api, path, params, code, message):
    page = _page(api, path, **params)
    assert page.status_code == code
    assert page.headers["content-type"].startswith("text/html")
    assert message in re.search(r'id="error-message">([^<]*)<', page.text).group(1)
    assert '<a id="back" href="/quantum/jobs">' in page.text
    assert 'href="/quantum/nights"' in page.text  # through base.html
    headers = {"Authorization": f"Bearer {token(api, 'viewer')}"}
    answer = api.get(path.replace("/quantum/", "/quantum/api/"), params=params, headers=headers)
    assert answer.status_code == code
    assert answer.headers["content-type"] == "application/json"
    assert "detail" in answer.json()


def test_the_job_page_shows_spec_and_provenance_as_fields(api, jobs):
    page = _page(api, f"/quantum/jobs/{jobs['maxcut']}").text
    spec = re.search(r'<div id="spec">(.*?)</div>', page, re.S).group(1)
    assert "<pre" not in spec.split("<details>")[0]
    # The problem is a nested definition list: its kind a field, its four edges a count with the JSON folded away.
    assert re.search(r"<dt>problem</dt><dd><dl class=\"fields\">.*<dt>kind</dt><dd>maxcut</dd>", spec, re.S)
    assert re.search(r"<dt>edges</dt><dd><details><summary>4 items</summary><pre>", spec)
    assert re.search(r"<dt>execution</dt><dd><dl class=\"fields\">", spec)
    provenance = re.search(r'<div id="provenance">(.*?)</div>', page, re.S).group(1)
    assert re.search(r"<dt>context</dt><dd><dl class=\"fields\">.*<dt>dag_id</dt><dd>nightly</dd>", provenance, re.S)
    assert 'id="shots">analytic<' in page
