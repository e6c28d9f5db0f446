"""What loading the provider's UI plugin costs a process that is not the api-server: no app, no FastAPI.

Airflow loads every ``airflow.plugins`` entry point in every task process (the task runner does, for macros and
listeners), and in the scheduler, dag-processor and triggerer. The plugin's FastAPI app is built only when the
api-server reads ``fastapi_apps``; tests/unit/test_ui_plugin.py and tests/integration/test_ui_server.py serve it
through Airflow's api-server.
"""

from __future__ import annotations

import sys

import pytest

import quantum_provider


def test_loading_the_plugin_imports_only_the_plugin_module(monkeypatch: pytest.MonkeyPatch):
    """Airflow's entry-point loader (the task runner's and the core's), as a fresh process runs it: the plugin's
    modules are taken out of ``sys.modules`` for the test and put back after it."""
    # The plugin's base class, from where Airflow's documentation imports it (3 small modules, no FastAPI).
    import airflow.plugins_manager  # noqa: F401
    from airflow.sdk._shared.plugins_manager import _load_entrypoint_plugins

    for name in [name for name in sys.modules if name.startswith("quantum_provider.plugins")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delattr(quantum_provider, "plugins", raising=False)
    before = set(sys.modules)
    plugins, errors = _load_entrypoint_plugins()
    assert errors == {}
    assert "quantum" in {plugin.name for plugin in plugins}
    # No FastAPI app, no job pages, no result store: the plugin module, its package and its root middleware (plain
    # ASGI, standard library only).
    assert set(sys.modules) - before == {
        "quantum_provider.plugins",
        "quantum_provider.plugins.quantum",
        "quantum_provider.plugins.connection_test",
    }


def test_the_api_server_gets_the_app_from_the_class_and_from_instances():
    from fastapi import FastAPI

    from quantum_provider.plugins.quantum import QuantumPlugin

    # Airflow keeps entry-point plugins as instances and provider-info plugins as the class itself.
    for plugin in (QuantumPlugin, QuantumPlugin()):
        (app,) = plugin.fastapi_apps
        assert isinstance(app["app"], FastAPI)
        assert app["url_prefix"] == "/quantum"
    assert QuantumPlugin.fastapi_apps[0]["app"] is QuantumPlugin().fastapi_apps[0]["app"]  # built once
