"""The night overview, rejects, reports and budgets pages, over a night the real pipeline pieces wrote to a store."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html import unescape
from types import SimpleNamespace
from urllib.parse import quote, urlsplit

import pandas as pd
import pytest

from quantum_provider.exceptions import QuantumPolicyError
from quantum_provider.governance.admission import Governance
from quantum_provider.governance.budget_ledger import BudgetLedger
from quantum_provider.governance.connection_policy import Cost
from quantum_provider.hooks import get_hook
from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.operators.validate import QuantumValidateOperator
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from quantum_provider.tables.publication import published_row, write_partition
from tests.ui_app import api_app, token

DAG = "nightly_ui"
RUN = "scheduled__2026-11-21T00:00:00+00:00"
REJECTED_ONLY = "manual__2026-11-22T06:00:00+00:00"
TWIN = re.sub(r"[^A-Za-z0-9._-]", "_", REJECTED_ONLY)
PASSWORDS = {"admin": "admin-pw", "viewer": "viewer-pw"}
BUDGET_CONN = "quantum_lightning_budget"
BUDGET_EXTRAS = {"shot_budget_per_day": 90000, "shot_budget_per_dag_per_day": 40000, "device_seconds_per_day": 7200}
GOOD = {
    "tri": [(0, 1), (1, 2), (2, 0)],
    "square": [(0, 1), (1, 2), (2, 3), (3, 0)],
    "path": [(0, 1), (1, 2), (2, 3)],
    "star": [(0, 1), (0, 2), (0, 3)],
    "crash": [(0, 1), (1, 2), (0, 2), (2, 3)],
}
#: Rows the input suite rejects: a weight that is no number, and a graph larger than max_qubits.
BAD = [{"problem_id": "bad-weight", "u": 0, "v": 1, "weight": "heavy"}] + [
    {"problem_id": "too-big", "u": i, "v": i + 1, "weight": 1.0} for i in range(6)
]


def who(run_id: str, task_id: str, map_index: int = -1) -> dict:
    return {"dag_id": DAG, "run_id": run_id, "task_id": task_id, "map_index": map_index, "try_number": 1}


@pytest.fixture(scope="module")
def night(s3_server, tmp_path_factory) -> dict:
    """Preprocess (with rejects), solve (two computed, one reused from an earlier run, one refused by policy, one
    failed on the backend), validate and publish: the pieces the nightly DAG runs, on one store.

    The store is on S3 (moto's server on loopback), as a deployment's is; the browser test of a batch night
    (tests/integration/test_ui_server.py) reads a store on local disk.
    """
    import uuid

    base = tmp_path_factory.mktemp("night")
    store = ResultStore(s3_server.uri(f"{uuid.uuid4().hex}/store"))
    rows = [{"problem_id": n, "u": u, "v": v, "weight": 1.0} for n, edges in GOOD.items() for u, v in edges] + BAD
    table = base / "graphs.csv"
    pd.DataFrame(rows).to_csv(table, index=False)
    from quantum_provider.tables.preprocessing import preprocess_table

    defaults = {"optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 12}, "execution": {"shots": 64}}
    pre = preprocess_table(
        table.as_uri(), "maxcut", job_defaults=defaults, max_qubits=5,
        output=str(store.run_dir("preprocess", who(RUN, "preprocess"))),
    )  # fmt: skip
    hook = LightningHook()
    specs = {spec["name"]: hook.resolve_spec(JobSpec.parse(spec)) for spec in pre.specs}
    keys = {name: spec.content_key(backend=hook.backend_identity()) for name, spec in specs.items()}
    solve = who(RUN, "solve", map_index=0)
    # "path" was computed by an earlier night; this one reuses it.
    hook.submit(specs["path"], key=keys["path"], store=store, context=who("earlier", "solve", 0), checkpoint_every=5)
    store.append_event(keys["path"], {"event": "reused", "context": solve})
    for name in ("tri", "square"):
        hook.submit(specs[name], key=keys[name], store=store, context=solve, checkpoint_every=5)
    Governance(store, solve).refused(hook, keys["star"], specs["star"], QuantumPolicyError("shot budget exhausted"))
    # A worker that died mid-job: the engine's record of a failure outside the taxonomy.
    crashed = keys["crash"]
    store.update_record(crashed, state="submitted", event={"context": who(RUN, "solve", 1)})
    store.update_record(crashed, state="failed", event={"context": who(RUN, "solve", 1), "error": "MemoryError"})

    succeeded = [keys[name] for name in ("tri", "square", "path")]
    validate = QuantumValidateOperator(
        task_id="validate", results=succeeded, result_store=str(store.base), min_expected_ratio=None,
        accepted_convergence=("converged", "maxiter", "stalled"), convergence_tolerance=10.0,
    )  # fmt: skip
    ti = SimpleNamespace(dag_id=DAG, run_id=RUN, task_id="validate", map_index=-1, try_number=1)
    verdict = validate.execute({"ti": ti})
    # A mapped validate task (one instance per problem kind, say): its outputs sit in a map-index folder.
    mapped = QuantumValidateOperator(
        task_id="validate_kinds", results=succeeded[:1], result_store=str(store.base), min_expected_ratio=None,
        accepted_convergence=("converged", "maxiter", "stalled"), convergence_tolerance=10.0,
    )  # fmt: skip
    mapped.execute({"ti": SimpleNamespace(dag_id=DAG, run_id=RUN, task_id="validate_kinds", map_index=1, try_number=1)})
    published = [published_row(store.load_result(key), dag_id=DAG, run_id=RUN) for key in succeeded]
    # The partition of the run's logical date: a nightly run's is the day it runs (or the day before).
    today = datetime.now(UTC).date().isoformat()
    write_partition(f"{store.base}/published/maxcut_results", today, published, dag_id=DAG, run_id=RUN)
    # Two later runs that asked for no job: one whose every problem was rejected, and one whose id the old, lossy
    # escaping (every unsafe character to "_") made the same folder name as the first's.
    for run_id, table_rows in ((REJECTED_ONLY, BAD), (TWIN, rows[:3])):
        path = base / f"{len(run_id)}.csv"
        pd.DataFrame(table_rows).to_csv(path, index=False)
        preprocess_table(path.as_uri(), "maxcut", job_defaults=defaults, max_qubits=5,
                         output=str(store.run_dir("preprocess", who(run_id, "preprocess"))))  # fmt: skip
    return {"store": store, "keys": keys, "crashed": crashed, "verdict": verdict, "summary": pre.summary}


@pytest.fixture(scope="module")
def api(night, airflow_db, tmp_path_factory):
    """Airflow's api-server app with an admin, and a viewer who may read only another DAG."""
    env = {
        "AIRFLOW__CORE__AUTH_MANAGER": "tests.integration.dag_grants.DagGrantsAuthManager",
        "QUANTUM_TEST_DAG_GRANTS": json.dumps({"viewer": ["other_dag"]}),
        f"AIRFLOW_CONN_{BUDGET_CONN.upper()}": json.dumps({"conn_type": "quantum_lightning", "extra": BUDGET_EXTRAS}),
    }
    users = {name: (name, password) for name, password in PASSWORDS.items()}
    home = tmp_path_factory.mktemp("auth")
    with api_app(home, users=users, store=str(night["store"].base), dags=(DAG, "other_dag"), env=env) as client:
        client.cookies.set("_token", _token(client, "admin"))
        yield client


def _token(api, user: str) -> str:
    return token(api, user, PASSWORDS[user])


NIGHT = f"/quantum/nights/{DAG}/{quote(RUN, safe='')}"


def _count(html: str, name: str) -> int:
    return int(re.search(rf'data-count="{name}"[^>]*>(\d+)<', html).group(1))


def test_overview_counts_are_what_the_night_wrote(api, night):
    store, keys = night["store"], night["keys"]
    overview = api.get(f"/quantum/api/nights/{DAG}/{quote(RUN, safe='')}").json()
    counts = overview["counts"]
    rejected = set(store.read_table(store.run_dir("preprocess", who(RUN, "preprocess")) / "rejects.parquet")
                   .column("problem_id").to_pylist())  # fmt: skip
    assert rejected == {row["problem_id"] for row in BAD}
    problems = len(GOOD) + len(rejected)
    assert (counts["read"], counts["rejected"], counts["rejected_rows"]) == (problems, len(rejected), len(BAD))
    assert counts["read_source"] == "preprocess_summary"
    assert (counts["computed"], counts["reused"], counts["failed"]) == (2, 1, 2)
    assert counts["failed_by_class"] == {"job_failed": 1, "policy_error": 1}
    assert overview["verdict"]["outcome"] == "passed"
    assert (overview["verdict"]["passed"], overview["verdict"]["rejected"]) == (night["verdict"]["passed"], 0)
    computed = [store.load_result(keys[name]).result for name in ("tri", "square")]
    assert overview["budget"]["shots"] == sum(64 * result["iterations"] for result in computed)
    assert overview["budget"]["device_seconds"] == pytest.approx(sum(r["runtime_s"] for r in computed), abs=1e-3)
    stages = {stage["stage"]: stage for stage in overview["stages"]}
    for name in ("solve", "validate", "publish"):
        assert stages[name]["seconds"] is not None, stages[name]
        assert stages[name]["seconds"] >= 0, stages[name]
    html = api.get(NIGHT).text
    for name, value in (("read", problems), ("rejected", len(rejected)), ("computed", 2), ("reused", 1)):
        assert _count(html, name) == value


def test_every_link_of_the_overview_answers(api, night):
    html = api.get(NIGHT).text
    links = [unescape(href) for href in re.findall(r'href="([^"]+)"', html)]
    airflow = [link for link in links if not link.startswith("/quantum")]
    assert f"/dags/{DAG}/runs/{quote(RUN, safe='')}" in airflow
    assert all(link.startswith("/dags/") for link in airflow)
    assert re.search(r'href="/dags/[^"]+"\s+target="_top"', html)
    for link in set(links) - set(airflow):
        assert api.get(link).status_code == 200, link
    failed = next(link for link in links if "status=failed" in link)
    assert urlsplit(failed).path == "/quantum/jobs"
    listing = api.get("/quantum/api/jobs?" + urlsplit(failed).query).json()
    assert listing["total_entries"] == _count(html, "failed")
    # Computed and reused open exactly their rows, and the list's paging keeps that filter.
    for name, reused in (("computed", False), ("reused", True)):
        link = unescape(re.search(rf'data-count="{name}" href="([^"]+)"', html).group(1))
        rows = api.get("/quantum/api/jobs?" + urlsplit(link).query).json()
        assert rows["total_entries"] == _count(html, name), link
        assert {row["reused"] for row in rows["jobs"]} == {reused}, link
        page = api.get(f"{link}&limit=1").text
        value = "true" if reused else "false"
        assert f'<input type="hidden" name="reused" value="{value}">' in page  # the filter form keeps it
        if rows["total_entries"] > 1:
            assert re.search(rf'id="next" href="[^"]*reused={value}', page), page[-400:]
    assert any("/docs/preprocess/" in link for link in links)
    assert any("/reports/validations/" in link for link in links)


def test_runs_are_listed_newest_first_with_links(api, night):
    page = api.get("/quantum/nights", params={"dag_id": DAG}).text
    runs = re.findall(r'data-run="([^"]+)"', page)
    # The two runs without jobs were written last (their preprocess outputs); the others by their newest ask.
    assert [unescape(run) for run in runs] == [TWIN, REJECTED_ONLY, RUN, "earlier"]
    assert f'href="{NIGHT}"' in page
    assert api.get("/quantum/api/nights", params={"dag_id": "no_such_dag"}).status_code == 404


def test_rejects_page_lists_each_bad_row_with_its_reason(api, night):
    store = night["store"]
    stored = store.read_table(store.run_dir("preprocess", who(RUN, "preprocess")) / "rejects.parquet").to_pylist()
    page = api.get(f"{NIGHT}/rejects").text
    reasons = [unescape(text) for text in re.findall(r'<td class="reason">([^<]*)</td>', page)]
    assert reasons == [row["reason"] for row in stored]
    assert len(reasons) == len(BAD)
    assert any("weight" in reason for reason in reasons)


def test_reports_render_checks_and_data_docs_are_served_only_by_listed_name(api, night):
    suite = json.loads(
        (night["store"].run_dir("preprocess", who(RUN, "preprocess")) / "input_validation.json").read_text()
    )
    report = api.get(f"/quantum/api/nights/{DAG}/{quote(RUN, safe='')}/reports/preprocess/preprocess/"
                     "input_validation.json").json()  # fmt: skip
    assert len(report["checks"]) == len(suite["results"])
    assert [check["success"] for check in report["checks"]] == [item["success"] for item in suite["results"]]
    docs = api.get(f"{NIGHT}/docs/preprocess/preprocess/input_validation.html")
    assert docs.status_code == 200
    assert docs.headers["content-type"].startswith("text/html")
    assert "sandbox" in docs.headers["content-security-policy"]
    for name in ("..%2F..%2F..%2Fjobs", "..%2Finput_validation.html", "rejects.parquet", "missing.html"):
        assert api.get(f"{NIGHT}/docs/preprocess/preprocess/{name}").status_code == 404, name
    assert api.get(f"{NIGHT}/docs/preprocess/..%2F..%2Fpreprocess/input_validation.html").status_code == 404


def test_budgets_page_shows_used_against_the_connections_limits(api, night):
    store = night["store"]
    policy = get_hook(BUDGET_CONN).policy
    ledger = BudgetLedger(store)
    key = night["keys"]["tri"]
    ledger.reserve(policy, dag_id=DAG, costs={key: Cost(shots=3000, seconds=60.0)}, who=who(RUN, "solve"))
    ledger.settle(policy, dag_id=DAG, key=key, shots=1200, seconds=12.5)
    waiting = "d" * 64
    store.update_record(waiting, state="submitted", event={"context": who(RUN, "solve", 2)},
                        handle={"backend": "lightning", "conn_id": BUDGET_CONN, "key": waiting})  # fmt: skip
    store.update_record(waiting, state="queued", event={"context": who(RUN, "solve", 2)})
    usage = ledger.usage(BUDGET_CONN, DAG)
    page = api.get("/quantum/budgets").text
    conn = re.search(rf'data-conn="{BUDGET_CONN}" data-scope="connection">(.*?)</tr>', page, re.S).group(1)
    cells = re.findall(r'<td class="num">([^<]*)</td>', conn)
    assert cells == [str(usage.shots), str(BUDGET_EXTRAS["shot_budget_per_day"]), str(usage.seconds),
                     str(float(BUDGET_EXTRAS["device_seconds_per_day"]))]  # fmt: skip
    dag = re.search(rf'data-conn="{BUDGET_CONN}" data-scope="{DAG}">(.*?)</tr>', page, re.S).group(1)
    assert re.findall(r'<td class="num">([^<]*)</td>', dag)[:2] == [
        str(usage.dag_shots), str(BUDGET_EXTRAS["shot_budget_per_dag_per_day"])]  # fmt: skip
    row = re.search(rf'data-key="{waiting}">(.*?)</tr>', page, re.S).group(1)
    assert "queued" in row
    assert BUDGET_CONN in row


def test_a_user_who_may_read_no_dag_of_the_night_gets_404(api, night):
    headers = {"Authorization": f"Bearer {_token(api, 'viewer')}"}
    missing = api.get(f"/quantum/api/nights/{DAG}/no_such_run")
    assert missing.status_code == 404
    for path in (f"/quantum/api/nights/{DAG}/{quote(RUN, safe='')}", f"/quantum/api/nights?dag_id={DAG}"):
        assert api.get(path, headers=headers, cookies={}).status_code == 404, path
    api.cookies.clear()
    try:
        page = api.get(NIGHT, headers=headers)
        other = api.get(f"/quantum/nights/{DAG}/no_such_run", headers=headers)
        assert (page.status_code, other.status_code) == (404, 404)
        assert page.text == other.text.replace("no_such_run", RUN), page.text[:300]
        assert api.get(f"{NIGHT}/docs/preprocess/preprocess/input_validation.html", headers=headers).status_code == 404
    finally:
        api.cookies.set("_token", _token(api, "admin"))


def test_a_run_that_asked_for_no_job_has_its_own_overview(api, night):
    """Every problem rejected: listed, counted from its preprocess summary, and not mixed with the run whose id
    differs only in characters a lossy escaping would have merged."""
    nights = {}
    for run_id in (REJECTED_ONLY, TWIN):
        nights[run_id] = api.get(f"/quantum/api/nights/{DAG}/{quote(run_id, safe='')}").json()["counts"]
    bad_problems = {row["problem_id"] for row in BAD}
    assert {name: nights[REJECTED_ONLY][name] for name in ("read", "rejected", "asked")} == {
        "read": len(bad_problems), "rejected": len(bad_problems), "asked": 0}  # fmt: skip
    twin = {name: nights[TWIN][name] for name in ("read", "rejected", "asked")}
    assert twin == {"read": 1, "rejected": 0, "asked": 0}
    page = api.get(f"/quantum/nights/{DAG}/{quote(REJECTED_ONLY, safe='')}/rejects").text
    assert len(re.findall(r'<td class="reason">', page)) == len(BAD)


def test_a_mapped_validate_instance_has_its_reports_linked(api, night):
    html = api.get(NIGHT).text
    links = [unescape(href) for href in re.findall(r'href="([^"]+)"', html)]
    mapped = [link for link in links if "/validations/validate_kinds/" in link]
    assert mapped
    assert all(link.endswith("?map_index=1") for link in mapped), mapped
    assert {"reports", "docs"} <= {urlsplit(link).path.split("/")[-4] for link in mapped}
    for link in mapped:
        assert api.get(link).status_code == 200, link
        # Another instance's folder, or none, is not there.
        assert api.get(link.replace("map_index=1", "map_index=0")).status_code == 404, link
        assert api.get(link.replace("?map_index=1", "")).status_code == 404, link
    report = api.get(f"/quantum/api/nights/{DAG}/{quote(RUN, safe='')}/reports/validations/validate_kinds/"
                     "maxcut.json", params={"map_index": 1}).json()  # fmt: skip
    assert report["map_index"] == 1
    assert report["checks"]
