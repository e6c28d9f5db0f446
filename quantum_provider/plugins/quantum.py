"""The Airflow plugin: the job pages and API under ``/quantum``, a navigation entry and a task-instance tab.

Every Airflow process that loads plugins imports this module and instantiates the plugin: each task process (the
task runner loads plugins for macros and listeners), the scheduler, the dag-processor and the triggerer. Only the
api-server mounts ``fastapi_apps``, so the app, FastAPI and the result store's modules are imported and built the
first time ``fastapi_apps`` is read, never on import: a task pays for one small module.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from airflow.plugins_manager import AirflowPlugin

from quantum_provider.plugins import URL_PREFIX
from quantum_provider.plugins.connection_test import PortlessConnectionTestMiddleware

log = logging.getLogger(__name__)

#: External views' ``href`` is relative to the UI's base URL; the UI fills the ``{...}`` placeholders.
_TASK_INSTANCE_JOBS = "quantum/jobs?dag_id={DAG_ID}&run_id={RUN_ID}&task_id={TASK_ID}&map_index={MAP_INDEX}"


@cache
def fastapi_apps() -> list[dict[str, Any]]:
    """The plugin's FastAPI apps, built once per process on first use (the api-server's start).

    A build that fails is logged and mounts nothing, as Airflow treats a plugin that fails to import: the
    api-server keeps serving everything else.
    """
    try:
        from quantum_provider.plugins.app import create_app

        return [{"app": create_app(), "url_prefix": URL_PREFIX, "name": "Quantum jobs"}]
    except Exception:
        log.exception("The quantum plugin's app could not be built: /quantum is not served")
        return []


class _BuiltOnFirstRead:
    """A class attribute computed when read, on the class or an instance.

    Airflow reads ``plugin.fastapi_apps`` only in the api-server (``plugins_manager.get_fastapi_plugins``, and
    ``get_plugin_info`` behind ``/api/v2/plugins`` and ``airflow plugins``). A descriptor rather than a
    ``property`` because Airflow keeps entry-point plugins as instances but provider-info plugins as the class.
    """

    def __get__(self, instance: object, owner: type | None = None) -> list[dict[str, Any]]:
        return fastapi_apps()


class QuantumPlugin(AirflowPlugin):
    """Quantum jobs in the Airflow UI."""

    name = "quantum"
    fastapi_apps = _BuiltOnFirstRead()  # type: ignore[assignment]
    fastapi_root_middlewares = [
        {
            "middleware": PortlessConnectionTestMiddleware,
            "args": [],
            "kwargs": {},
            "name": "Quantum: the Test button of connections without a port",
        }
    ]
    external_views = [
        {
            "name": "Quantum jobs",
            "href": "quantum/jobs",
            "destination": "nav",
            "category": "browse",
            "url_route": "quantum-jobs",
        },
        {
            "name": "Quantum job",
            "href": _TASK_INSTANCE_JOBS,
            "destination": "task_instance",
            "url_route": "quantum-job",
        },
    ]
