"""Provider metadata that Airflow reads through the ``apache_airflow_provider`` entry point."""

from __future__ import annotations

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


def get_provider_info() -> dict[str, Any]:
    return {
        "package-name": "airflow-provider-quantum",
        "name": "Quantum",
        "description": "Hybrid quantum-classical optimization (VQE, QAOA) on PennyLane simulators as Airflow tasks.",
        "integrations": [
            {"integration-name": "Quantum", "external-doc-url": "https://pennylane.ai/", "tags": ["software"]}
        ],
        "operators": [{"integration-name": "Quantum", "python-modules": ["quantum_provider.operators.submit"]}],
        "hooks": [
            {
                "integration-name": "Quantum",
                "python-modules": ["quantum_provider.hooks.base", "quantum_provider.hooks.lightning"],
            }
        ],
        "connection-types": [
            {
                "connection-type": "quantum_lightning",
                "hook-class-name": "quantum_provider.hooks.lightning.LightningHook",
                "hook-name": "Quantum (PennyLane Lightning)",
                "conn-fields": _LIGHTNING_FIELDS,
                "ui-field-behaviour": {"hidden-fields": ["host", "schema", "login", "password", "port", "extra"]},
            }
        ],
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
                },
            }
        },
    }
