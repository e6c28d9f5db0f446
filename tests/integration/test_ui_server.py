"""A real `airflow api-server` on loopback with the plugin, jobs from a real DAG run, and headless Chromium.

Screenshots go to build/screenshots/ for a person to look at.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from devtools.demo import load_dag, run_dag
from tests.api_server import api_server
from tests.browser import SCREENSHOTS, launch_chromium
from tests.exact import brute_force_maxcut
from tests.ray_head import free_port

pytestmark = pytest.mark.integration

PASSWORDS = {"operator": "op-password-9", "viewer": "viewer-password-9", "reader": "reader-password-9"}
#: The connection ui_nightly's mapped jobs run on: a reader of ui_shared only must never see it.
NIGHTLY_CONN = "quantum_lightning_secret_conn"
#: The batch night's connection: a daily shot budget that admits its first chunk and refuses its second.
BUDGET_CONN = "quantum_lightning_budgeted"
BUDGET_EXTRAS = {"max_qubits": 6, "shot_budget_per_day": 1200}
EDGES = [[[0, 1], [1, 2], [2, 3], [3, 4], [4, 0]], [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]]]
DAG_FILE = """
from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator
from quantum_provider.sensors.job import QuantumJobSensor

JOBS = {jobs!r}

with DAG(dag_id="ui_nightly", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    QuantumSubmitOperator.partial(task_id="solve", result_store={store!r}, conn_id={conn!r}).expand(job=JOBS)
    queued = QuantumSubmitOperator(task_id="queue", job={triangle!r}, result_store={store!r}, wait_for_completion=False)
    QuantumJobSensor(task_id="wait", job=queued.output, result_store={store!r}, poke_interval=1)
"""
#: A second DAG asking for ui_nightly's first job under a name of its own: it reuses the stored result.
SHARED_DAG_FILE = """
from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.submit import QuantumSubmitOperator

with DAG(dag_id="ui_shared", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    QuantumSubmitOperator(task_id="report", job={job!r}, result_store={store!r})
"""


@pytest.fixture(scope="module")
def server(airflow_db, tmp_path_factory):
    """`airflow api-server` on 127.0.0.1 sharing the session's database and a result store with this process."""
    home = tmp_path_factory.mktemp("api-server")
    store = f"file://{home}/store"
    settings = {
        "AIRFLOW__CORE__TEST_CONNECTION": "Enabled",
        "AIRFLOW__QUANTUM__RESULT_STORE": store,
        f"AIRFLOW_CONN_{NIGHTLY_CONN.upper()}": json.dumps({"conn_type": "quantum_lightning"}),
        f"AIRFLOW_CONN_{BUDGET_CONN.upper()}": json.dumps({"conn_type": "quantum_lightning", "extra": BUDGET_EXTRAS}),
    }
    # The api-server's auth manager: the Simple one, with a user who may read one DAG (tests/integration/dag_grants).
    auth = {
        "AIRFLOW__CORE__AUTH_MANAGER": "tests.integration.dag_grants.DagGrantsAuthManager",
        "QUANTUM_TEST_DAG_GRANTS": json.dumps({"reader": ["ui_shared"]}),
    }
    users = {"operator": ("op", PASSWORDS["operator"]), "viewer": ("viewer", PASSWORDS["viewer"]),
             "reader": ("viewer", PASSWORDS["reader"])}  # fmt: skip
    patch = pytest.MonkeyPatch()
    try:
        with api_server(home, users=users, env={**settings, **auth}) as running:
            # The DAG run in this process builds its extra links from the same settings as the server.
            for name, value in {**settings, "AIRFLOW__API__BASE_URL": running.base}.items():
                patch.setenv(name, value)
            yield {"base": running.base, "store": store, "home": home}
    finally:
        patch.undo()


def _token(base: str, user: str) -> str:
    response = httpx.post(f"{base}/auth/token", json={"username": user, "password": PASSWORDS[user]}, timeout=10)
    assert response.status_code == 201, response.text
    return response.json()["access_token"]


@pytest.fixture(scope="module")
def nightly(server):
    """One real DAG run: two mapped MaxCut jobs, and a job submitted without waiting that a sensor waits on."""
    jobs = [{"name": f"graph {i}", "problem": {"kind": "maxcut", "edges": edges}} for i, edges in enumerate(EDGES)]
    # The session's DAGS_FOLDER (tests/conftest.py); importing conftest again would make a second AIRFLOW_HOME.
    path = Path(os.environ["AIRFLOW__CORE__DAGS_FOLDER"]) / "ui_nightly.py"
    triangle = {"name": "triangle", "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 0]]}}
    path.write_text(DAG_FILE.format(jobs=jobs, triangle=triangle, store=server["store"], conn=NIGHTLY_CONN))
    dagrun, values = run_dag(load_dag(path))
    assert str(dagrun.state) == "success"
    return {"run_id": dagrun.run_id, "values": values}


@pytest.fixture(scope="module")
def shared(server, nightly):
    """DAG ui_shared asks for ui_nightly's first job (another name, the default connection) and reuses it."""
    job = {"name": "shared view", "problem": {"kind": "maxcut", "edges": EDGES[0]}}
    path = Path(os.environ["AIRFLOW__CORE__DAGS_FOLDER"]) / "ui_shared.py"
    path.write_text(SHARED_DAG_FILE.format(job=job, store=server["store"]))
    dagrun, values = run_dag(load_dag(path))
    assert str(dagrun.state) == "success"
    summary = values[("report", -1)]
    assert (summary["key"], summary["reused"]) == (nightly["values"][("solve", 0)]["key"], True)
    return {"run_id": dagrun.run_id, "key": summary["key"]}


def test_anonymous_requests_are_refused(server, nightly):
    base = server["base"]
    assert httpx.get(f"{base}/quantum/api/jobs", timeout=10).status_code == 401
    page = httpx.get(f"{base}/quantum/jobs", timeout=10)
    assert page.status_code == 303
    assert "/auth/login" in page.headers["location"]
    key = nightly["values"][("solve", 0)]["key"]
    assert key not in page.text
    assert httpx.get(f"{base}/quantum/jobs/{key}", timeout=10).status_code == 303


def test_a_user_who_may_read_one_dag_sees_nothing_of_the_other_dag_sharing_its_job(server, nightly, shared):
    """ui_nightly computed the job (its name, connection and run), ui_shared reused it; "reader" may read only
    ui_shared, through the real api-server's auth manager."""
    base, key = server["base"], shared["key"]
    nightly_only = ("ui_nightly", nightly["run_id"], "graph 0", NIGHTLY_CONN)
    reader_token = _token(base, "reader")
    reader = {"Authorization": f"Bearer {reader_token}"}
    viewer = {"Authorization": f"Bearer {_token(base, 'viewer')}"}

    # Who may read both DAGs sees the computing DAG's name, connection and provenance: what must not leak.
    full = httpx.get(f"{base}/quantum/api/jobs/{key}", headers=viewer, timeout=10)
    assert [text for text in nightly_only if text not in full.text] == []
    assert full.json()["provenance"]["context"]["dag_id"] == "ui_nightly"

    listing = httpx.get(f"{base}/quantum/api/jobs", headers=reader, timeout=10)
    assert listing.status_code == 200, listing.text
    assert [(row["dag_id"], row["key"], row["reused"]) for row in listing.json()["jobs"]] == [("ui_shared", key, True)]
    assert [text for text in nightly_only if text in listing.text] == []
    assert httpx.get(f"{base}/quantum/api/jobs", params={"dag_id": "ui_nightly"}, headers=reader,
                     timeout=10).json()["jobs"] == []  # fmt: skip

    detail = httpx.get(f"{base}/quantum/api/jobs/{key}", headers=reader, timeout=10)
    assert detail.status_code == 200, detail.text
    assert [text for text in nightly_only if text in detail.text] == []
    body = detail.json()
    assert body["provenance"] is None
    assert [row["run_id"] for row in body["requests"]] == [shared["run_id"]]
    assert body["result"]["energy"] == full.json()["result"]["energy"]
    # A job only ui_nightly asked for does not exist for the reader.
    other = nightly["values"][("solve", 1)]["key"]
    assert httpx.get(f"{base}/quantum/api/jobs/{other}", headers=reader, timeout=10).status_code == 404

    page = httpx.get(f"{base}/quantum/jobs/{key}", cookies={"_token": reader_token}, timeout=10)
    assert page.status_code == 200
    assert "Signed in as reader" in page.text
    assert shared["run_id"] in page.text
    assert 'id="withheld"' in page.text
    assert [text for text in nightly_only if text in page.text] == []


def test_extra_links_point_at_the_job_pages(server, nightly):
    base = server["base"]
    headers = {"Authorization": f"Bearer {_token(base, 'viewer')}"}
    run = f"{base}/api/v2/dags/ui_nightly/dagRuns/{nightly['run_id']}/taskInstances"
    for task_id, map_index in (("solve", 0), ("solve", 1), ("queue", -1), ("wait", -1)):
        key = nightly["values"][(task_id, map_index)]["key"]
        response = httpx.get(f"{run}/{task_id}/links", params={"map_index": map_index}, headers=headers, timeout=10)
        assert response.status_code == 200, response.text
        links = response.json()["extra_links"]
        assert links == {"Quantum job": f"{base}/quantum/jobs/{key}"}
        assert httpx.get(links["Quantum job"], headers=headers, timeout=10).status_code == 200


def test_connection_tests_through_the_api_server(server, ray_cluster):
    base = server["base"]
    headers = {"Authorization": f"Bearer {_token(base, 'operator')}"}

    def test(conn_type: str, extra: dict) -> dict:
        body = {"connection_id": f"probe_{conn_type}", "conn_type": conn_type, "extra": json.dumps(extra)}
        response = httpx.post(f"{base}/api/v2/connections/test", json=body, headers=headers, timeout=60)
        assert response.status_code == 200, response.text
        return response.json()

    lightning = test("quantum_lightning", {"device": "lightning.qubit", "max_qubits": 20})
    assert lightning["status"] is True
    assert "lightning.qubit" in lightning["message"]
    assert "20" in lightning["message"]
    ray = test("quantum_ray", {"address": ray_cluster})
    assert ray["status"] is True, ray["message"]
    assert "2 CPUs" in ray["message"]
    closed = f"http://127.0.0.1:{free_port()}"
    down = test("quantum_ray", {"address": closed})
    assert down["status"] is False
    assert closed in down["message"]
    assert "\n" not in down["message"]


def test_job_list_and_job_page_in_headless_chromium(server, nightly):
    from playwright.sync_api import sync_playwright

    base = server["base"]
    solve = [nightly["values"][("solve", i)] for i in range(len(EDGES))]
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            page = browser.new_context(viewport={"width": 1500, "height": 1000}).new_page()
            # Anonymous: the plugin sends the browser to Airflow's login and shows no job.
            page.goto(f"{base}/quantum/jobs?dag_id=ui_nightly")
            assert "/auth/login" in page.url
            page.screenshot(path=str(SCREENSHOTS / "anonymous.png"))
            page.context.add_cookies([{"name": "_token", "value": _token(base, "viewer"), "url": base}])

            page.goto(f"{base}/quantum/jobs?dag_id=ui_nightly")
            rows = page.locator("table#jobs tbody tr")
            # The tasks that asked for jobs: solve[0], solve[1] and queue (the sensor only watches queue's job).
            assert rows.count() == 3
            text = page.inner_text("table#jobs")
            for summary in solve:
                assert summary["key"][:12] in text
            assert "succeeded" in text
            assert "Signed in as viewer" in page.inner_text("header")
            page.screenshot(path=str(SCREENSHOTS / "job_list.png"), full_page=True)

            page.click(f"a[href$='/quantum/jobs/{solve[0]['key']}']")
            page.wait_for_url(f"**/quantum/jobs/{solve[0]['key']}")
            points = page.get_attribute("svg.trace", "data-points")
            job = httpx.get(
                f"{base}/quantum/api/jobs/{solve[0]['key']}",
                headers={"Authorization": f"Bearer {_token(base, 'viewer')}"},
                timeout=10,
            ).json()
            assert int(points) == len(job["energy_trace"]) > 1
            best = page.inner_text("table#bitstrings tbody tr:first-child td:nth-child(3)")
            assert -float(best) == brute_force_maxcut(EDGES[0]) == -solve[0]["best_cost"]
            assert "graph 0" in page.inner_text("table#summary")
            assert page.locator("table#checkpoints tbody tr").count() >= 2
            page.screenshot(path=str(SCREENSHOTS / "job_page.png"), full_page=True)

            # Inside Airflow's own UI: the task-instance tab shows the task's one job, the nav item the list.
            run = quote(nightly["run_id"], safe="")
            page.goto(f"{base}/dags/ui_nightly/runs/{run}/tasks/queue/plugin/quantum-job")
            queued = nightly["values"][("queue", -1)]["key"]
            tab = page.frame_locator("iframe").locator("h2")
            tab.wait_for(timeout=30_000)
            assert queued in tab.inner_text()
            page.screenshot(path=str(SCREENSHOTS / "task_instance_tab.png"))
            page.goto(f"{base}/plugin/quantum-jobs")
            listed = page.frame_locator("iframe").locator("table#jobs")
            listed.wait_for(timeout=30_000)
            assert solve[1]["key"][:12] in listed.inner_text()
            page.screenshot(path=str(SCREENSHOTS / "nav_view.png"))
        finally:
            browser.close()


#: Whether the job list fits the window: the page body within it, and the table within its container, so that no
#: column needs horizontal scrolling; ``cut`` names the headers that end beyond the window all the same.
_FITS = """() => {
  const scroller = document.querySelector('#jobs-scroll');
  const cut = [...document.querySelectorAll('table#jobs th')]
    .filter((th) => th.getBoundingClientRect().right > window.innerWidth + 1)
    .map((th) => th.textContent);
  return {body: document.body.scrollWidth, page: document.documentElement.scrollWidth, width: window.innerWidth,
          table: scroller.scrollWidth, container: scroller.clientWidth, cut};
}"""


def _assert_fits(fits: dict) -> None:
    assert fits["body"] <= fits["width"], fits
    assert fits["page"] <= fits["width"], fits
    assert fits["table"] <= fits["container"] + 1, fits
    assert fits["cut"] == [], fits


def _rgb(css: str) -> tuple[int, ...]:
    return tuple(int(part) for part in css[css.index("(") + 1 : css.index(")")].split(",")[:3])


def _is_dark(css: str) -> bool:
    red, green, blue = _rgb(css)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 60


def test_pages_fit_1280_px_link_to_airflow_and_follow_its_colour_mode(server, nightly):
    import re

    from playwright.sync_api import sync_playwright

    base = server["base"]
    viewer = _token(base, "viewer")
    key = nightly["values"][("solve", 0)]["key"]
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            light = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
            light.add_cookies([{"name": "_token", "value": viewer, "url": base}])
            page = light.new_page()
            page.goto(f"{base}/quantum/jobs?dag_id=ui_nightly")
            _assert_fits(page.evaluate(_FITS))
            assert not _is_dark(page.evaluate("getComputedStyle(document.body).backgroundColor"))
            page.screenshot(path=str(SCREENSHOTS / "job_list_1280_light.png"), full_page=True)

            # Links into Airflow's own UI, opened in the top window (the pages live in Airflow's iframe).
            run = quote(nightly["run_id"], safe="")
            expected = {
                "dag": "/dags/ui_nightly",
                "run": f"/dags/ui_nightly/runs/{run}",
                "task": rf"/dags/ui_nightly/runs/{re.escape(run)}/tasks/(solve/mapped/[01]|queue)",
            }
            for kind, shape in expected.items():
                links = page.locator(f"a.airflow-{kind}")
                assert links.count() == 3
                for i in range(links.count()):
                    href = links.nth(i).get_attribute("href")
                    assert links.nth(i).get_attribute("target") == "_top"
                    assert re.fullmatch(shape if kind == "task" else re.escape(shape), href), href
                    assert httpx.get(f"{base}{href}", cookies={"_token": viewer}, timeout=10).status_code == 200

            # Airflow's colour mode: next-themes' localStorage "theme", written by Airflow's header toggle.
            page.evaluate("localStorage.setItem('theme', 'dark')")
            page.reload()
            assert page.get_attribute("html", "data-theme") == "dark"
            assert _is_dark(page.evaluate("getComputedStyle(document.body).backgroundColor"))
            _assert_fits(page.evaluate(_FITS))
            page.screenshot(path=str(SCREENSHOTS / "job_list_1280_dark.png"), full_page=True)
            # Inside Airflow's own page the list has the window less Airflow's navigation bar, and fits there too.
            page.goto(f"{base}/plugin/quantum-jobs")
            page.frame_locator("iframe").locator("table#jobs").wait_for(timeout=30_000)
            frame = page.locator("iframe").element_handle().content_frame()
            _assert_fits(frame.evaluate(_FITS))
            page.screenshot(path=str(SCREENSHOTS / "job_list_1280_in_airflow.png"))
            page.goto(f"{base}/quantum/jobs/{key}")
            assert _is_dark(page.evaluate("getComputedStyle(document.body).backgroundColor"))
            assert page.evaluate("document.body.scrollWidth <= innerWidth")
            page.screenshot(path=str(SCREENSHOTS / "job_page_1280_dark.png"), full_page=True)
            page.evaluate("localStorage.setItem('theme', 'light')")
            page.reload()
            assert not _is_dark(page.evaluate("getComputedStyle(document.body).backgroundColor"))
            page.screenshot(path=str(SCREENSHOTS / "job_page_1280_light.png"), full_page=True)

            # Airflow's default, "system" (or nothing stored yet): the browser's preference.
            dark = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark")
            dark.add_cookies([{"name": "_token", "value": viewer, "url": base}])
            system = dark.new_page()
            system.goto(f"{base}/quantum/jobs?dag_id=ui_nightly")
            assert _is_dark(system.evaluate("getComputedStyle(document.body).backgroundColor"))
            system.evaluate("localStorage.setItem('theme', 'system')")
            system.reload()
            assert system.get_attribute("html", "data-theme") == "dark"
        finally:
            browser.close()


BATCH_DAG_FILE = """
from datetime import datetime

from airflow.sdk import DAG

from quantum_provider.operators.batch import QuantumBatchSubmitOperator
from quantum_provider.operators.preprocess import QuantumPreprocessOperator
from quantum_provider.operators.publish import QuantumPublishOperator
from quantum_provider.operators.validate import QuantumValidateOperator

with DAG(dag_id="ui_batch_night", schedule=None, start_date=datetime(2026, 1, 1), catchup=False) as dag:
    graphs = QuantumPreprocessOperator(
        task_id="preprocess", source={table!r}, kind="maxcut", job_defaults={defaults!r}, conn_id={conn!r},
        result_store={store!r}, chunk_size=2,
    )
    solved = QuantumBatchSubmitOperator.partial(task_id="solve", conn_id={conn!r}, result_store={store!r}, retries=0)
    solved = solved.expand(jobs=graphs.output)
    validated = QuantumValidateOperator(task_id="validate", results=solved.output, result_store={store!r})
    QuantumPublishOperator(task_id="publish", dataset="ui_batch_results", validation=validated.output,
                           result_store={store!r})
"""
#: Four graphs the night solves, and rows its input suite rejects (a weight that is no number, too many nodes).
BATCH_GRAPHS = {
    "tri": [(0, 1), (1, 2), (2, 0)],
    "square": [(0, 1), (1, 2), (2, 3), (3, 0)],
    "path": [(0, 1), (1, 2), (2, 3)],
    "pent": [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)],
}
BATCH_BAD = [{"problem_id": "bad-weight", "u": 0, "v": 1, "weight": "heavy"}] + [
    {"problem_id": "too-big", "u": i, "v": i + 1, "weight": 1.0} for i in range(BUDGET_EXTRAS["max_qubits"])
]
BATCH_DEFAULTS = {"optimizer": {"kind": "adam", "stepsize": 0.05, "maxiter": 10}, "execution": {"shots": 50}}


@pytest.fixture(scope="module")
def batch_night(server, tmp_path_factory):
    """A real nightly batch run with rejects, a reuse and failures: preprocess -> solve in chunks of two ->
    validate -> publish. "tri" was computed before the night (an earlier run, on the same connection), so the
    night reuses it; the connection's daily shot budget (1,200) admits the first chunk (one job to compute,
    500 shots reserved) and refuses the second (1,000 more), so validate and publish never run."""
    import pandas as pd

    from quantum_provider.hooks import get_hook
    from quantum_provider.spec import JobSpec
    from quantum_provider.storage import ResultStore
    from quantum_provider.tables.preprocessing import preprocess_table

    rows = [{"problem_id": name, "u": u, "v": v, "weight": 1.0} for name, edges in BATCH_GRAPHS.items()
            for u, v in edges] + BATCH_BAD  # fmt: skip
    table = tmp_path_factory.mktemp("batch-night") / "graphs.csv"
    pd.DataFrame(rows).to_csv(table, index=False)
    hook = get_hook(BUDGET_CONN)
    specs = preprocess_table(table.as_uri(), "maxcut", job_defaults=BATCH_DEFAULTS,
                             max_qubits=hook.extras["max_qubits"]).specs  # fmt: skip
    resolved = {spec["name"]: hook.resolve_spec(JobSpec.parse(spec)) for spec in specs}
    keys = {name: spec.content_key(backend=hook.backend_identity()) for name, spec in resolved.items()}
    store = ResultStore(server["store"])
    earlier = {"dag_id": "ui_batch_night", "run_id": "earlier", "task_id": "solve", "map_index": 0, "try_number": 1}
    hook.submit(resolved["tri"], key=keys["tri"], store=store, context=earlier)

    path = Path(os.environ["AIRFLOW__CORE__DAGS_FOLDER"]) / "ui_batch_night.py"
    path.write_text(BATCH_DAG_FILE.format(table=table.as_uri(), defaults=BATCH_DEFAULTS, conn=BUDGET_CONN,
                                          store=server["store"]))  # fmt: skip
    dagrun, values = run_dag(load_dag(path))
    assert str(dagrun.state) == "failed"
    return {"run_id": dagrun.run_id, "values": values, "keys": keys, "table": table, "store": store}


def _expected_counts(night: dict) -> dict[str, int]:
    """The night's counts from the store and the input table, computed here, not by the plugin."""
    import pandas as pd

    store, run_id = night["store"], night["run_id"]
    who = {"dag_id": "ui_batch_night", "run_id": run_id, "task_id": "preprocess"}
    rejects = store.read_table(store.run_dir("preprocess", who) / "rejects.parquet").to_pandas()
    records = {name: store.read_record(key) for name, key in night["keys"].items()}
    reused = {name for name, record in records.items()
              if any(e.get("event") == "reused" and (e.get("context") or {}).get("run_id") == run_id
                     for e in record["history"])}  # fmt: skip
    failed = {name for name, record in records.items() if record["state"] == "failed"}
    computed = {name for name, record in records.items() if record["state"] == "succeeded"} - reused
    return {
        "read": pd.read_csv(night["table"])["problem_id"].nunique(),
        "rejected": rejects["problem_id"].nunique(),
        "computed": len(computed),
        "reused": len(reused),
        "failed": len(failed),
    }


def test_the_night_overview_of_a_batch_run_in_headless_chromium(server, batch_night):
    """An operator's morning: the run's overview (counts equal the store's, every link answers), what failed and
    why, the rejects, the reports and Data Docs, and the budget, in light and dark mode; screenshots of each."""
    from playwright.sync_api import sync_playwright

    from quantum_provider.governance.budget_ledger import BudgetLedger

    base, run = server["base"], quote(batch_night["run_id"], safe="")
    expected = _expected_counts(batch_night)
    # The night this fixture staged: something of each kind happened.
    assert expected["rejected"] == len({row["problem_id"] for row in BATCH_BAD})
    assert min(expected["reused"], expected["failed"], expected["computed"]) >= 1, expected
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
                context.add_cookies([{"name": "_token", "value": _token(base, "viewer"), "url": base}])
                page = context.new_page()
                page.goto(f"{base}/quantum/nights?dag_id=ui_batch_night")
                page.click(f"tr[data-run='{batch_night['run_id']}'] a.night")
                page.wait_for_selector("table#counts")
                counts = {cell.get_attribute("data-count"): int(cell.inner_text())
                          for cell in page.locator("table#counts [data-count]").all()}  # fmt: skip
                assert {name: counts[name] for name in expected} == expected
                classes = page.locator("span.failure-class").all_inner_texts()
                assert classes == [f"policy_error: {expected['failed']}"], classes
                background = page.evaluate("getComputedStyle(document.body).backgroundColor")
                assert _is_dark(background) is (scheme == "dark"), background
                assert page.evaluate("document.body.scrollWidth <= window.innerWidth")
                page.screenshot(path=str(SCREENSHOTS / f"night_overview_{scheme}.png"), full_page=True)
                if scheme == "dark":
                    context.close()
                    continue
                # Every link of the overview answers (the Airflow ones with Airflow's UI).
                links = sorted(set(page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")))
                assert any("/docs/preprocess/" in link for link in links)
                assert any("/rejects" in link for link in links)
                assert any(link.endswith(f"/dags/ui_batch_night/runs/{run}") for link in links)
                for link in links:
                    assert page.request.get(link).status == 200, link
                # Computed and reused open exactly their rows.
                for name, label in (("computed", "computed"), ("reused", "reused")):
                    page.click(f"a.count-link[data-count='{name}']")
                    page.wait_for_selector("table#jobs")
                    cells = page.locator("table#jobs tbody tr td:last-child").all_inner_texts()
                    assert [cell.split()[0] for cell in cells] == [label] * expected[name], cells
                    page.go_back()
                    page.wait_for_selector("table#counts")
                # What failed and why: the failed count opens the job list of those jobs, each with its class.
                page.click("a.count-link[data-count='failed']")
                page.wait_for_selector("table#jobs")
                rows = page.locator("table#jobs tbody tr")
                assert rows.count() == expected["failed"]
                assert all("policy_error" in text for text in rows.all_inner_texts())
                page.screenshot(path=str(SCREENSHOTS / "night_failed_jobs.png"), full_page=True)
                rows.first.locator("a").first.click()
                page.wait_for_selector("#failure")
                assert "shot_budget_per_day" in page.inner_text("#failure")
                page.screenshot(path=str(SCREENSHOTS / "night_failed_job.png"), full_page=True)
                # The rejects, each row with its reason, as the store holds them.
                page.goto(f"{base}/quantum/nights/ui_batch_night/{run}/rejects")
                assert page.locator("td.reason").count() == len(BATCH_BAD)
                page.screenshot(path=str(SCREENSHOTS / "night_rejects.png"), full_page=True)
                page.goto(f"{base}/quantum/nights/ui_batch_night/{run}/reports/preprocess/preprocess/"
                          "input_validation.json")  # fmt: skip
                assert page.locator("table#checks tbody tr").count() > 0
                page.screenshot(path=str(SCREENSHOTS / "night_input_report.png"), full_page=True)
                page.goto(f"{base}/quantum/nights/ui_batch_night/{run}/docs/preprocess/preprocess/"
                          "input_validation.html")  # fmt: skip
                page.screenshot(path=str(SCREENSHOTS / "night_data_docs.png"), full_page=True)
                # The budget: what the ledger holds for the connection, against its limit.
                page.goto(f"{base}/quantum/budgets")
                row = page.locator(f"tr[data-conn='{BUDGET_CONN}'][data-scope='connection'] td.num")
                usage = BudgetLedger(batch_night["store"]).usage(BUDGET_CONN, "ui_batch_night")
                assert row.all_inner_texts()[:2] == [str(usage.shots), str(BUDGET_EXTRAS["shot_budget_per_day"])]
                page.screenshot(path=str(SCREENSHOTS / "budgets.png"), full_page=True)
                context.close()
        finally:
            browser.close()
