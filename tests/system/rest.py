"""Airflow's public REST API (v2) as an operator uses it: a signed-in user's bearer token on every request."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

TERMINAL_RUN_STATES = {"success", "failed"}


class AirflowApi:
    """:param base_url: the api-server's address. :param username: / :param password: a Simple auth manager user."""

    def __init__(self, base_url: str, username: str, password: str) -> None:
        self.base_url = base_url
        response = httpx.post(f"{base_url}/auth/token", json={"username": username, "password": password}, timeout=30)
        response.raise_for_status()
        self.token = response.json()["access_token"]
        self.client = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {self.token}"}, timeout=60)

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.client.request(method, path, **kwargs)
        if response.status_code >= 400:
            raise AssertionError(f"{method} {path}: HTTP {response.status_code}: {response.text[:500]}")
        return response.json() if response.content else None

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params=params)

    # ----------------------------------------------------------------------------------------------- DAGs

    def wait_for_dags(self, dag_ids: list[str], timeout: float = 300) -> None:
        """Until the dag-processor has serialized every one of ``dag_ids``; import errors fail at once."""

        def parsed() -> bool:
            errors = self.get("/api/v2/importErrors")["import_errors"]
            if errors:
                raise AssertionError(f"DAG import errors: {errors}")
            known = {dag["dag_id"] for dag in self.get("/api/v2/dags", limit=100)["dags"]}
            return set(dag_ids) <= known

        wait_until(parsed, timeout, f"DAGs {dag_ids} parsed")

    def unpause(self, dag_id: str) -> None:
        self.request("PATCH", f"/api/v2/dags/{dag_id}", json={"is_paused": False})

    def trigger(self, dag_id: str, *, run_id: str, logical_date: str | None = None, conf: dict | None = None) -> str:
        body = {"dag_run_id": run_id, "logical_date": logical_date, "conf": conf or {}}
        return self.request("POST", f"/api/v2/dags/{dag_id}/dagRuns", json=body)["dag_run_id"]

    def run(self, dag_id: str, run_id: str) -> dict[str, Any]:
        return self.get(f"/api/v2/dags/{dag_id}/dagRuns/{run_id}")

    def wait_for_run(self, dag_id: str, run_id: str, timeout: float, on_poll: Callable[[], None] | None = None) -> dict:
        """Until the run is terminal; returns it."""
        result: dict[str, Any] = {}

        def done() -> bool:
            if on_poll is not None:
                on_poll()
            result.update(self.run(dag_id, run_id))
            return result["state"] in TERMINAL_RUN_STATES

        wait_until(done, timeout, f"{dag_id}/{run_id} finished")
        return result

    def task_instances(self, dag_id: str = "~", run_id: str = "~", **filters: Any) -> list[dict[str, Any]]:
        """Task instances; ``~`` means every DAG or run, and ``filters`` are the endpoint's query parameters."""
        path = f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances"
        return self.get(path, limit=1000, **filters)["task_instances"]

    def tries(self, dag_id: str, run_id: str, task_id: str, map_index: int = -1) -> list[dict[str, Any]]:
        path = f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/{map_index}/tries"
        return self.get(path)["task_instances"]

    def xcom(self, dag_id: str, run_id: str, task_id: str, key: str = "return_value", map_index: int = -1) -> Any:
        path = f"/api/v2/dags/{dag_id}/dagRuns/{run_id}/taskInstances/{task_id}/xcomEntries/{key}"
        return self.get(path, map_index=map_index, deserialize=True, stringify=False)["value"]

    def page(self, path: str) -> httpx.Response:
        """A page of the api-server (the plugin's UI), fetched as the signed-in user."""
        response = self.client.get(path, follow_redirects=False)
        assert response.status_code == 200, f"GET {path}: HTTP {response.status_code}"
        return response


def wait_until(condition: Callable[[], bool], timeout: float, what: str, interval: float = 1.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)
