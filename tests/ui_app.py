"""Airflow's api-server app in this process (every app, the plugin's included) behind a TestClient, with users of
the Simple auth manager, for the UI's unit tests."""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from fastapi.testclient import TestClient


@contextlib.contextmanager
def api_app(
    home: Path,
    *,
    users: dict[str, tuple[str, str]],
    store: str,
    dags: tuple[str, ...],
    env: dict[str, str] | None = None,
) -> Iterator[TestClient]:
    """The app with ``users`` (``{name: (role, password)}``) reading result store ``store``; ``dags`` registered.

    :param env: more settings for the app (another auth manager, connections), set for the block only.
    """
    from fastapi.testclient import TestClient

    passwords = home / "passwords.json"
    passwords.write_text(json.dumps({name: password for name, (_, password) in users.items()}))
    patch = pytest.MonkeyPatch()
    settings = {
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": ",".join(f"{name}:{role}" for name, (role, _) in users.items()),
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__QUANTUM__RESULT_STORE": store,
        "AIRFLOW__API_AUTH__JWT_SECRET": "test-secret-of-the-ui-tests-" + "x" * 64,
        **(env or {}),
    }
    for name, value in settings.items():
        patch.setenv(name, value)
    register_dags(*dags)
    from airflow.api_fastapi.app import create_app, purge_cached_app

    purge_cached_app()
    try:
        with TestClient(create_app("all"), base_url="http://127.0.0.1") as client:
            yield client
    finally:
        purge_cached_app()
        patch.undo()


def register_dags(*dag_ids: str) -> None:
    """DagModel rows, which is what the auth manager lists as readable DAGs."""
    from airflow.models.dag import DagModel
    from airflow.models.dagbundle import DagBundleModel
    from airflow.utils.session import create_session

    with create_session() as session:
        if session.get(DagBundleModel, "ui-tests") is None:
            session.add(DagBundleModel(name="ui-tests"))
            session.flush()
        for dag_id in dag_ids:
            if session.get(DagModel, dag_id) is None:
                session.add(DagModel(dag_id=dag_id, bundle_name="ui-tests", fileloc=f"/dev/null/{dag_id}.py"))


def token(client: TestClient, user: str, password: str) -> str:
    response = client.post("/auth/token", json={"username": user, "password": password})
    assert response.status_code == 201, response.text
    return response.json()["access_token"]
