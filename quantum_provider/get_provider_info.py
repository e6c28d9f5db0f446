"""Provider metadata that Airflow reads through the ``apache_airflow_provider`` entry point."""

from __future__ import annotations

import copy
from typing import Any

_LIGHTNING_FIELDS = {
    "device": {
        "label": "Device",
        "description": "PennyLane device name, e.g. lightning.qubit",
        "schema": {"type": ["string", "null"], "default": "lightning.qubit"},
    },
    "max_qubits": {
        "label": "Maximum qubits",
        "description": "Jobs needing more qubits fail at once with a spec error",
        "schema": {"type": ["integer", "null"], "default": 26, "minimum": 1},
    },
    "max_memory_gib": {
        "label": "Memory per job (GiB)",
        "description": "Jobs whose simulation needs more fail at once with a spec error; empty: the worker's memory",
        "schema": {"type": ["number", "null"], "exclusiveMinimum": 0},
    },
    "shots": {
        "label": "Default shots",
        "description": "Shots for specs that do not set execution.shots; empty means analytic (exact expectation)",
        "schema": {"type": ["integer", "null"], "minimum": 1},
    },
    "threads": {
        "label": "Simulator threads",
        "description": "OpenMP threads of the simulator in the task's process",
        "schema": {"type": ["integer", "null"], "default": 1, "minimum": 1},
    },
}


#: Governance (policy.py): the same names are the connection extras the policy reads.
_POLICY_FIELDS = {
    "allowed_devices": {
        "label": "Allowed devices",
        "description": "Comma-separated device names jobs may use here; empty allows any",
        "schema": {"type": ["string", "null"]},
    },
    "max_shots_per_job": {
        "label": "Maximum shots per job",
        "description": "execution.shots x optimizer.maxiter a single job may ask for; empty means no limit",
        "schema": {"type": ["integer", "null"], "minimum": 0},
    },
    "shot_budget_per_dag_per_day": {
        "label": "Shot budget per DAG per day",
        "description": "Shots each DAG may spend here per UTC day; empty means no budget",
        "schema": {"type": ["integer", "null"], "minimum": 0},
    },
    "shot_budget_per_day": {
        "label": "Shot budget per day",
        "description": "Shots all DAGs together may spend here per UTC day; empty means no budget",
        "schema": {"type": ["integer", "null"], "minimum": 0},
    },
    "device_seconds_per_dag_per_day": {
        "label": "Device-seconds per DAG per day",
        "description": "Simulated device-seconds each DAG may spend here per UTC day; empty means no budget",
        "schema": {"type": ["number", "null"], "minimum": 0},
    },
    "device_seconds_per_day": {
        "label": "Device-seconds per day",
        "description": "Simulated device-seconds all DAGs together may spend here per UTC day",
        "schema": {"type": ["number", "null"], "minimum": 0},
    },
    "max_device_seconds_per_job": {
        "label": "Device-seconds per job",
        "description": "A job is stopped (policy error) after this long; with a device-seconds budget, default 600",
        "schema": {"type": ["number", "null"], "minimum": 0},
    },
    "allow_sensitive": {
        "label": "Allow sensitive jobs",
        "description": "true or false: may jobs marked sensitive run here? Empty: in-process lightning yes, Ray no",
        "schema": {"type": ["string", "null"], "enum": [None, "", "true", "false"]},
    },
}
_LIGHTNING_FIELDS.update(_POLICY_FIELDS)


_RAY_FIELDS = {
    "address": {
        "label": "Jobs API address",
        "description": "Ray dashboard URL, e.g. http://127.0.0.1:8265 (else host and port); without user:token@, "
        "which is refused: the token goes in the password field",
        "schema": {"type": ["string", "null"]},
    },
    "runtime_env": {
        "label": "Runtime environment",
        "description": "Ray runtime_env for the job, as JSON; working_dir and py_modules must be remote URIs. "
        "env_vars values are treated as secrets (masked in logs, removed from messages)",
        "schema": {"type": ["object", "null"]},
    },
    "num_cpus": {
        "label": "CPUs per job",
        "description": "Ray CPUs each job reserves; jobs queue in Ray until a node has them free",
        "schema": {"type": ["number", "null"], "default": 1, "minimum": 0},
    },
    "num_gpus": {
        "label": "GPUs per job",
        "description": "Ray GPUs each job reserves",
        "schema": {"type": ["number", "null"], "default": 0, "minimum": 0},
    },
    "python": {
        "label": "Worker interpreter",
        "description": "Python on the Ray workers that has this provider installed",
        "schema": {"type": ["string", "null"], "default": "python"},
    },
    "request_timeout": {
        "label": "Request timeout (s)",
        "description": "Seconds each request to the Jobs API may take",
        "schema": {"type": ["number", "null"], "default": 10.0, "exclusiveMinimum": 0},
    },
    "request_retries": {
        "label": "Request retries",
        "description": "Retries of a request that failed to connect, timed out or got HTTP 429/5xx; 0 sends once",
        "schema": {"type": ["integer", "null"], "default": 3, "minimum": 0},
    },
    "request_retry_delay": {
        "label": "Request retry delay (s)",
        "description": "Seconds before the first retry of a request, doubled on every further one (at most 30)",
        "schema": {"type": ["number", "null"], "default": 1.0, "minimum": 0},
    },
    **_LIGHTNING_FIELDS,
}

#: The connection types, their hook classes, form fields (``conn-fields``) and standard-field behaviour. This is
#: the one definition: the provider info hands it to Airflow, which shows the forms without importing a hook, and
#: ``quantum_provider.hooks.HOOK_CLASSES`` (how ``get_hook`` picks a hook) is read from it.
CONNECTION_TYPES: list[dict[str, Any]] = [
    {
        "connection-type": "quantum_lightning",
        "hook-class-name": "quantum_provider.hooks.lightning.LightningHook",
        "hook-name": "Quantum (PennyLane Lightning)",
        "conn-fields": _LIGHTNING_FIELDS,
        "ui-field-behaviour": {
            "hidden-fields": ["host", "schema", "login", "password", "port", "extra"],
            "relabeling": {},
            "placeholders": {},
        },
    },
    {
        "connection-type": "quantum_ray",
        "hook-class-name": "quantum_provider.hooks.ray.RayHook",
        "hook-name": "Quantum (Ray cluster)",
        "conn-fields": _RAY_FIELDS,
        "ui-field-behaviour": {
            "hidden-fields": ["schema", "login", "extra"],
            "relabeling": {
                "host": "Ray dashboard host",
                "port": "Ray dashboard port",
                "password": "Access token (sent as a bearer token)",
            },
            "placeholders": {"host": "127.0.0.1", "port": "8265", "address": "http://127.0.0.1:8265"},
        },
    },
]


def get_provider_info() -> dict[str, Any]:
    return {
        "package-name": "airflow-provider-quantum",
        "name": "Quantum",
        "description": "Hybrid quantum-classical optimization (VQE, QAOA) on PennyLane simulators as Airflow tasks.",
        "integrations": [
            {"integration-name": "Quantum", "external-doc-url": "https://pennylane.ai/", "tags": ["software"]}
        ],
        # Every module defining an operator, sensor, trigger or hook (tests/unit/test_provider_info.py checks it).
        "operators": [
            {
                "integration-name": "Quantum",
                "python-modules": [
                    "quantum_provider.operators.batch",
                    "quantum_provider.operators.preprocess",
                    "quantum_provider.operators.publish",
                    "quantum_provider.operators.submit",
                    "quantum_provider.operators.validate",
                ],
            }
        ],
        "sensors": [{"integration-name": "Quantum", "python-modules": ["quantum_provider.sensors.job"]}],
        "triggers": [{"integration-name": "Quantum", "python-modules": ["quantum_provider.triggers.job"]}],
        "hooks": [
            {
                "integration-name": "Quantum",
                "python-modules": [
                    "quantum_provider.hooks.base",
                    "quantum_provider.hooks.lightning",
                    "quantum_provider.hooks.ray",
                ],
            }
        ],
        "extra-links": [
            "quantum_provider.observability.links.QuantumJobLink",
            "quantum_provider.observability.links.QuantumJobsLink",
        ],
        "connection-types": copy.deepcopy(CONNECTION_TYPES),
        "config": {
            "quantum": {
                "description": "Settings of the quantum provider.",
                "options": {
                    "result_store": {
                        "description": "ObjectStoragePath URI of the result store shared by every worker.",
                        "version_added": "0.1.0",
                        "type": "string",
                        "example": "s3://aws_default@my-bucket/quantum",
                        "default": None,
                    },
                    "worker_queue": {
                        "description": "Queue for the quantum tasks (QuantumSubmitOperator, "
                        "QuantumBatchSubmitOperator) on the default queue; unset leaves them there. Applied by "
                        "quantum_provider.governance.cluster_policy.task_policy once a deployment's "
                        "airflow_local_settings.py imports it.",
                        "version_added": "0.1.0",
                        "type": "string",
                        "example": "quantum",
                        "default": None,
                    },
                },
            }
        },
    }
