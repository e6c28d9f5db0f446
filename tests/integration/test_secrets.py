"""Backend credentials never leak: not into task logs, XCom, provenance, records, the audit trail, the UI's pages
or error messages, also when the backend rejects them and echoes them back.

The Ray cluster here has no authentication, so the test puts an authenticating proxy in front of its dashboard:
a test double for the auth gateway a production cluster sits behind (this machine has none). It lets only the
version probe through unauthenticated, forwards requests bearing the right token to the real Ray dashboard, and
answers anything else with 401 and a body that echoes the credentials it got, as a careless gateway does.
"""

from __future__ import annotations

import json
import sys
import threading
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from devtools.demo import load_dag, run_dag, task_states
from quantum_provider.storage import ResultStore
from tests.integration.dagfiles import write_dag_file

pytestmark = pytest.mark.integration

TOKEN = f"tok-{uuid.uuid4().hex}"
WRONG = f"wrong-{uuid.uuid4().hex}"
API_KEY = f"key-{uuid.uuid4().hex}"
SECRETS = (TOKEN, WRONG, API_KEY)
JOB = {
    "name": "secret-square",
    "problem": {"kind": "maxcut", "edges": [[0, 1], [1, 2], [2, 3], [3, 0]]},
    "optimizer": {"kind": "adam", "maxiter": 5},
}


class _AuthProxy(BaseHTTPRequestHandler):
    upstream = ""
    seen: list[str] = []

    def _handle(self) -> None:
        auth = self.headers.get("Authorization", "")
        self.seen.append(auth)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if auth != f"Bearer {TOKEN}" and self.path != "/api/version":
            echo = f"unauthorized: got {auth!r} for {self.command} {self.path}".encode()
            self.send_response(401)
            self.send_header("Content-Length", str(len(echo)))
            self.end_headers()
            self.wfile.write(echo)
            return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "authorization")}
        reply = httpx.request(self.command, self.upstream + self.path, content=body, headers=headers, timeout=30)
        self.send_response(reply.status_code)
        self.send_header("Content-Type", reply.headers.get("content-type", "application/json"))
        self.send_header("Content-Length", str(len(reply.content)))
        self.end_headers()
        self.wfile.write(reply.content)

    do_GET = do_POST = do_DELETE = _handle

    def log_message(self, *args) -> None:  # quiet
        pass


@pytest.fixture
def proxy(ray_cluster):
    handler = type("Proxy", (_AuthProxy,), {"upstream": ray_cluster, "seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def define(monkeypatch, conn_id: str, address: str, password: str) -> str:
    conn = {
        "conn_type": "quantum_ray",
        "password": password,
        "extra": {"address": address, "python": sys.executable, "num_cpus": 2, "api_key": API_KEY},
    }
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
    return conn_id


def store_text(store_uri: str) -> str:
    """Every byte the store holds (records, specs, results, provenance, checkpoints, tables, ledger, audit)."""
    root = Path(store_uri.removeprefix("file://"))
    return "\n".join(p.read_bytes().decode("latin-1") for p in root.rglob("*") if p.is_file())


def assert_no_secret(where: str, text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"a credential leaked into {where}"


def test_credentials_never_leak_when_the_backend_accepts_them(
    proxy, dags_folder, store_uri, monkeypatch, capfd, tmp_path
):
    handler, address = proxy
    conn_id = define(monkeypatch, "quantum_ray_secret", address, TOKEN)
    path = write_dag_file(dags_folder, "secret_ok", [JOB], store_uri, mapped=False, conn_id=conn_id, poll_interval=1)
    run, values = run_dag(load_dag(path), logical_date=datetime(2026, 6, 1, tzinfo=UTC))
    logs = capfd.readouterr()
    assert task_states(run)[("solve", -1)] == ("success", 1), logs.out[-3000:]
    assert f"Bearer {TOKEN}" in handler.seen  # the token really went to the backend on every call
    summary = values[("solve", -1)]
    assert summary["status"] == "succeeded"

    places = {
        "the task logs": logs.out + logs.err,
        "XCom": json.dumps({str(k): v for k, v in values.items()}, default=str),
        "the result store (records, provenance, audit trail, ledger)": store_text(store_uri),
    }
    places.update(ui_pages(store_uri, summary["key"], tmp_path, monkeypatch))
    for where, text in places.items():
        assert_no_secret(where, text)
    store = ResultStore(store_uri)
    provenance = store.load_result(summary["key"]).provenance
    assert provenance["backend"]["address"] == address  # what ran where is kept, the credential is not


def test_credentials_never_leak_when_the_backend_rejects_them(proxy, dags_folder, store_uri, monkeypatch, capfd):
    from ray.job_submission import JobSubmissionClient

    _, address = proxy
    # Unredacted, the gateway's answer carries the credential: something to leak is really there.
    with pytest.raises(Exception, match=WRONG):  # ray.exceptions.AuthenticationError
        JobSubmissionClient(address, headers={"Authorization": f"Bearer {WRONG}"}).list_jobs()

    conn_id = define(monkeypatch, "quantum_ray_rejected", address, WRONG)
    path = write_dag_file(dags_folder, "secret_rejected", [JOB], store_uri, mapped=False, conn_id=conn_id, retries=2)
    run, values = run_dag(load_dag(path), logical_date=datetime(2026, 6, 1, tzinfo=UTC))
    logs = capfd.readouterr()
    assert task_states(run)[("solve", -1)] == ("failed", 1)  # refused credentials are never retried
    text = logs.out + logs.err
    assert "refused the connection's credentials" in text
    assert "unauthorized: got 'Bearer ***'" in text  # the echo is there, with the credential masked
    assert_no_secret("the task logs and the error message", text)
    assert_no_secret("XCom", json.dumps({str(k): v for k, v in values.items()}, default=str))
    stored = store_text(store_uri)
    assert "refused the connection's credentials" in stored  # the audit trail recorded the failure...
    assert_no_secret("the result store (audit trail)", stored)  # ...without the credential


def ui_pages(store_uri: str, key: str, tmp_path: Path, monkeypatch) -> dict[str, str]:
    """The plugin's list and job pages and its API, as a signed-in user sees them in Airflow's api-server app."""
    from fastapi.testclient import TestClient

    passwords = tmp_path / "passwords.json"
    passwords.write_text(json.dumps({"admin": "admin-pw"}))
    monkeypatch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", "admin:admin")
    monkeypatch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", str(passwords))
    monkeypatch.setenv("AIRFLOW__QUANTUM__RESULT_STORE", store_uri)
    monkeypatch.setenv("AIRFLOW__API_AUTH__JWT_SECRET", "test-secret-of-the-secrets-test-" + "y" * 64)
    from airflow.api_fastapi.app import create_app, purge_cached_app

    purge_cached_app()
    try:
        with TestClient(create_app("all"), base_url="http://127.0.0.1") as api:
            login = api.post("/auth/token", json={"username": "admin", "password": "admin-pw"})
            assert login.status_code == 201, login.text
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            pages = {
                "the UI's job list": api.get("/quantum/jobs", headers=headers),
                "the UI's job page": api.get(f"/quantum/jobs/{key}", headers=headers),
                "the UI's job API": api.get(f"/quantum/api/jobs/{key}", headers=headers),
            }
    finally:
        purge_cached_app()
    for where, response in pages.items():
        assert response.status_code == 200, (where, response.text[:300])
    assert key in pages["the UI's job page"].text  # the page really shows this job
    return {where: response.text for where, response in pages.items()}
