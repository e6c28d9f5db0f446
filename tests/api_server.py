"""A real `airflow api-server` on 127.0.0.1, for tests that talk to Airflow's REST API or UI.

Modelled on the ``server`` fixture of tests/integration/test_ui_server.py: the Simple auth manager with users and
passwords from a file, the session's SQLite database (take the ``airflow_db`` fixture before entering), one worker.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from tests.paths import REPO
from tests.ray_head import free_port

if TYPE_CHECKING:
    from collections.abc import Iterator


@dataclass(frozen=True)
class ApiServer:
    base: str
    home: Path
    passwords: dict[str, str]

    @property
    def log(self) -> Path:
        return self.home / "api-server.log"

    def token(self, user: str) -> str:
        """A JWT of ``user``, as Airflow's login page gets one."""
        body = {"username": user, "password": self.passwords[user]}
        response = httpx.post(f"{self.base}/auth/token", json=body, timeout=10)
        assert response.status_code == 201, response.text
        return response.json()["access_token"]

    def headers(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(user)}"}


@contextlib.contextmanager
def api_server(
    home: Path,
    *,
    users: dict[str, tuple[str, str]],
    env: dict[str, str] | None = None,
    startup_timeout: float = 180,
) -> Iterator[ApiServer]:
    """Run ``airflow api-server -H 127.0.0.1`` on a free port until the block ends.

    :param home: a directory of the server's own: the passwords file and ``api-server.log`` go there.
    :param users: ``{name: (role, password)}`` for the Simple auth manager (roles: viewer, user, op, admin).
    :param env: more environment for the server process (``AIRFLOW__...`` settings, ``AIRFLOW_CONN_...``).
    """
    home.mkdir(parents=True, exist_ok=True)
    passwords = {name: password for name, (_, password) in users.items()}
    passwords_file = home / "passwords.json"
    passwords_file.write_text(json.dumps(passwords))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = {
        "AIRFLOW__CORE__AUTH_MANAGER": "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": ",".join(f"{name}:{role}" for name, (role, _) in users.items()),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords_file),
        "AIRFLOW__API_AUTH__JWT_SECRET": "api-server-test-secret-" + "x" * 64,
        "AIRFLOW__API__BASE_URL": base,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        **(env or {}),
    }
    log_path = home / "api-server.log"
    airflow = str(Path(sys.executable).with_name("airflow"))
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [airflow, "api-server", "-H", "127.0.0.1", "-p", str(port), "-w", "1"],
            env={**os.environ, **settings},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            _wait_until_healthy(base, process, log_path, startup_timeout)
            yield ApiServer(base=base, home=home, passwords=passwords)
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=30)


def _wait_until_healthy(base: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"api-server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}/api/v2/monitor/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"api-server did not come up at {base}:\n{log.read_text()[-3000:]}")
