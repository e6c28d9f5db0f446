"""The Airflow plugin: the job pages and API under ``/quantum``, a navigation entry and a task-instance tab."""

from __future__ import annotations

from airflow.plugins_manager import AirflowPlugin

from quantum_provider.plugins.app import URL_PREFIX, create_app

#: External views' ``href`` is relative to the UI's base URL; the UI fills the ``{...}`` placeholders.
_TASK_INSTANCE_JOBS = "quantum/jobs?dag_id={DAG_ID}&run_id={RUN_ID}&task_id={TASK_ID}&map_index={MAP_INDEX}"


class QuantumPlugin(AirflowPlugin):
    """Quantum jobs in the Airflow UI."""

    name = "quantum"
    fastapi_apps = [{"app": create_app(), "url_prefix": URL_PREFIX, "name": "Quantum jobs"}]
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
