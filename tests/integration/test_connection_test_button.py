"""The Test button of Airflow's connections list, for the provider's connection types, on a real api-server.

The connections are created through the REST API with the body Airflow's "Add connection" form posts (empty
fields left out, so host and port are stored as NULL unless typed in). The Test button of the list then posts
what the React UI builds from the listed connection (``ui_test_body``): nulls become ``""``, but the port goes
through ``Number(port)``, and ``Number(null)`` is ``0``. The API route compares host and port of the body with the
stored connection and normalises ``""`` to ``None``, but not ``0``: without the plugin's root middleware
(``quantum_provider/plugins/connection_test.py``) a connection stored without a port gets HTTP 400 "The host or
port to test differs from the stored connection" (an Airflow bug: ``connection_test.py`` says where).
"""

from __future__ import annotations

import json
import re

import httpx
import pytest

from tests.api_server import api_server
from tests.browser import SCREENSHOTS, launch_chromium
from tests.ray_head import free_port

pytestmark = pytest.mark.integration

USERS = {"operator": ("op", "op-password-9")}
HOST_PORT_MISMATCH = "The host or port to test differs from the stored connection"


def _closed_port() -> int:
    return free_port()  # bound and released at once: nothing listens there


CLOSED = _closed_port()
#: {connection id: (the "Add connection" form's body, expected status, text the hook's message must contain)}.
CONNECTIONS = {
    "button_lightning": (
        {"conn_type": "quantum_lightning", "extra": json.dumps({"device": "lightning.qubit", "max_qubits": 20})},
        True,
        "device lightning.qubit",
    ),
    "button_ray_address": (
        {"conn_type": "quantum_ray", "extra": json.dumps({"address": f"http://127.0.0.1:{CLOSED}"})},
        False,
        f"http://127.0.0.1:{CLOSED}",
    ),
    "button_ray_host_port": (
        {"conn_type": "quantum_ray", "host": "127.0.0.1", "port": CLOSED, "extra": json.dumps({"num_cpus": 1})},
        False,
        f"http://127.0.0.1:{CLOSED}",
    ),
}


@pytest.fixture(scope="module")
def server(airflow_db, tmp_path_factory):
    env = {"AIRFLOW__CORE__TEST_CONNECTION": "Enabled"}
    with api_server(tmp_path_factory.mktemp("button-api-server"), users=USERS, env=env) as running:
        headers = running.headers("operator")
        for conn_id, (form, _, _) in CONNECTIONS.items():
            httpx.delete(f"{running.base}/api/v2/connections/{conn_id}", headers=headers, timeout=10)
            response = httpx.post(
                f"{running.base}/api/v2/connections", json={"connection_id": conn_id, **form}, headers=headers
            )
            assert response.status_code == 201, response.text
        try:
            yield running
        finally:
            for conn_id in CONNECTIONS:
                httpx.delete(f"{running.base}/api/v2/connections/{conn_id}", headers=headers, timeout=10)


def ui_test_body(listed: dict) -> dict:
    """The body the list's Test button posts for a connection as ``GET /api/v2/connections`` lists it.

    A transcription of the bundled React component (``ui/dist/assets/index-*.js``)::

        d=n.description??``, f=n.extra===``||n.extra===null?`{}`:n.extra, p=n.host??``, h=n.login??``,
        g=n.password??``, _=Number(n.port), v=n.schema??``
        {conn_type:l, connection_id:u, description:d, extra:f, host:p, login:h, password:g, port:_, schema:v}
    """
    port = listed["port"]
    return {
        "conn_type": listed["conn_type"],
        "connection_id": listed["connection_id"],
        "description": listed["description"] or "",
        "extra": "{}" if listed["extra"] in ("", None) else listed["extra"],
        "host": listed["host"] or "",
        "login": listed["login"] or "",
        "password": listed["password"] or "",
        "port": 0 if port is None else int(port),  # Number(null) is 0
        "schema": listed["schema"] or "",
    }


@pytest.mark.parametrize("conn_id", list(CONNECTIONS))
def test_the_buttons_body_against_the_stored_connection(server, conn_id):
    headers = server.headers("operator")
    listed = httpx.get(f"{server.base}/api/v2/connections", params={"limit": 100}, headers=headers, timeout=10)
    assert listed.status_code == 200, listed.text
    (connection,) = [c for c in listed.json()["connections"] if c["connection_id"] == conn_id]
    body = ui_test_body(connection)
    response = httpx.post(f"{server.base}/api/v2/connections/test", json=body, headers=headers, timeout=60)
    assert response.status_code == 200, f"{body} -> {response.status_code} {response.text}"
    answer = response.json()
    _, status, expected = CONNECTIONS[conn_id]
    assert answer["status"] is status, answer
    assert expected in answer["message"]
    assert "\n" not in answer["message"]
    assert HOST_PORT_MISMATCH not in answer["message"]


@pytest.mark.parametrize("conn_id", list(CONNECTIONS))
def test_the_connections_lists_test_button_in_chromium(server, conn_id):
    from playwright.sync_api import expect, sync_playwright

    _, status, expected = CONNECTIONS[conn_id]
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(viewport={"width": 1500, "height": 1000})
            context.add_cookies([{"name": "_token", "value": server.token("operator"), "url": server.base}])
            page = context.new_page()
            page.goto(f"{server.base}/connections")
            row = page.locator("tbody tr", has_text=conn_id)
            expect(row).to_have_count(1, timeout=60_000)
            with page.expect_response(re.compile(r"/api/v2/connections/test$"), timeout=90_000) as tested:
                row.get_by_role("button", name="Test Connection").click()
            answer = tested.value
            toast = page.get_by_role("status").filter(has_text=re.compile("Test Connection"))
            expect(toast.first).to_be_visible(timeout=30_000)
            page.screenshot(path=str(SCREENSHOTS / f"connection_test_button_{conn_id}.png"), full_page=True)
            shown = toast.first.inner_text()
            assert answer.status == 200, f"{answer.status} {answer.text()}; the UI shows: {shown}"
            assert answer.json()["status"] is status
            assert expected in shown, shown
            assert HOST_PORT_MISMATCH not in shown
            assert ("Test Connection Successful" if status else "Test Connection Failed") in shown, shown
        finally:
            browser.close()


def test_a_changed_port_still_needs_its_own_credentials(server):
    # The middleware unsets only port 0: a test of another real port than the stored one is still refused without
    # credentials of its own, as Airflow's route intends.
    headers = server.headers("operator")
    listed = httpx.get(f"{server.base}/api/v2/connections", params={"limit": 100}, headers=headers, timeout=10)
    (connection,) = [c for c in listed.json()["connections"] if c["connection_id"] == "button_ray_host_port"]
    body = {**ui_test_body(connection), "port": CLOSED + 1}
    response = httpx.post(f"{server.base}/api/v2/connections/test", json=body, headers=headers, timeout=60)
    assert response.status_code == 400
    assert HOST_PORT_MISMATCH in response.text
