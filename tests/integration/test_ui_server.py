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


def test_the_night_overview_in_headless_chromium(server, nightly):
    from playwright.sync_api import sync_playwright

    base = server["base"]
    asked = [summary for (task, _), summary in nightly["values"].items() if task in ("solve", "queue")]
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            for scheme in ("light", "dark"):
                context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
                context.add_cookies([{"name": "_token", "value": _token(base, "viewer"), "url": base}])
                page = context.new_page()
                page.goto(f"{base}/quantum/nights?dag_id=ui_nightly")
                page.click("a.night")
                page.wait_for_selector("table#counts")
                counts = {
                    link.get_attribute("data-count"): int(link.inner_text())
                    for link in page.locator("table#counts a.count-link").all()
                }
                # What the DAG run's own tasks returned: every ask computed here, none reused, none failed.
                assert counts["computed"] == sum(not summary["reused"] for summary in asked) == len(asked)
                assert counts.get("reused", 0) == 0
                assert counts.get("failed", 0) == 0
                # Each count opens the job list filtered to this run, which lists that many rows.
                page.click("a.count-link[data-count='computed']")
                page.wait_for_selector("table#jobs")
                assert page.locator("table#jobs tbody tr").count() == len(asked)
                assert page.evaluate("document.body.scrollWidth <= window.innerWidth")
                page.go_back()
                page.wait_for_selector("table#counts")
                background = page.evaluate("getComputedStyle(document.body).backgroundColor")
                assert _is_dark(background) is (scheme == "dark"), background
                page.screenshot(path=str(SCREENSHOTS / f"night_overview_{scheme}.png"), full_page=True)
                context.close()
        finally:
            browser.close()
