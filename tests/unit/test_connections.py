"""Connection forms and connection tests of every backend, through Airflow's own components.

The forms: the provider info's ``conn-fields`` / ``ui-field-behaviour`` validate against Airflow's schemas, and
Airflow's ProvidersManager (and the UI's hook metadata) show them without importing a hook. The tests:
``airflow.models.connection.Connection.test_connection()``, which resolves the hook through the ProvidersManager
exactly as the api-server's "Test" button does.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import airflow
import jsonschema
import pytest
from airflow.models.connection import Connection

from quantum_provider.get_provider_info import get_provider_info
from quantum_provider.hooks.lightning import LightningHook
from quantum_provider.hooks.ray import RayHook
from quantum_provider.observability.provenance import device_version

HOOKS = {"quantum_lightning": LightningHook, "quantum_ray": RayHook}
STANDARD_FIELDS = {"host", "schema", "login", "password", "port", "extra", "description"}


def airflow_schema(name: str) -> dict:
    return json.loads((Path(airflow.__file__).parent / name).read_text())


def connection_types() -> dict[str, dict]:
    return {entry["connection-type"]: entry for entry in get_provider_info()["connection-types"]}


def define(monkeypatch: pytest.MonkeyPatch, conn_id: str, conn_type: str, **fields) -> Connection:
    """What the api-server's test route does: export the connection as an env var, hand Airflow the model."""
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps({"conn_type": conn_type, **fields}))
    extra = fields.pop("extra", None)
    return Connection(conn_id=conn_id, conn_type=conn_type, extra=json.dumps(extra) if extra else None, **fields)


def closed_loopback_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- the forms ---------------------------------------------------------------------------------------------------


def test_provider_info_validates_against_airflows_schemas():
    info = get_provider_info()
    jsonschema.validate(info, airflow_schema("provider_info.schema.json"))
    # provider_info.schema.json does not describe conn-fields / ui-field-behaviour; provider.yaml's schema does.
    connection_types_schema = airflow_schema("provider.yaml.schema.json")["properties"]["connection-types"]
    jsonschema.validate(info["connection-types"], connection_types_schema)
    assert set(connection_types()) == set(HOOKS)
    for conn_type, entry in connection_types().items():
        assert entry["hook-class-name"] == f"{HOOKS[conn_type].__module__}.{HOOKS[conn_type].__name__}"
        assert entry["hook-name"] == HOOKS[conn_type].hook_name
        assert HOOKS[conn_type].conn_type == conn_type


def test_every_extra_the_hooks_read_has_a_form_field():
    for conn_type, hook in HOOKS.items():
        assert set(hook.default_extras) <= set(connection_types()[conn_type]["conn-fields"])


def test_providers_manager_shows_both_connection_forms():
    from airflow.providers_manager import ProvidersManager

    manager = ProvidersManager()
    widgets, behaviours = manager.connection_form_widgets, manager.field_behaviours
    for conn_type, entry in connection_types().items():
        for name, field in entry["conn-fields"].items():
            widget = widgets[f"extra__{conn_type}__{name}"]
            assert widget.package_name == "airflow-provider-quantum"
            assert widget.field_name == name
            assert widget.field["schema"]["title"] == field["label"]
            assert widget.field["value"] == field["schema"].get("default")
            assert widget.field["description"] == field.get("description")
            assert not widget.is_sensitive
        ours = [key for key in widgets if key.startswith(f"extra__{conn_type}__")]
        assert ours == [f"extra__{conn_type}__{name}" for name in entry["conn-fields"]]  # form order kept

        declared = entry["ui-field-behaviour"]
        shown = behaviours[conn_type]
        assert shown["hidden_fields"] == declared["hidden-fields"]
        assert shown["relabeling"] == declared["relabeling"]
        assert shown["placeholders"] == {
            (key if key in STANDARD_FIELDS else f"extra__{conn_type}__{key}"): text
            for key, text in declared["placeholders"].items()
        }
    assert behaviours["quantum_ray"]["relabeling"]["host"] == "Ray dashboard host"
    assert "host" in behaviours["quantum_lightning"]["hidden_fields"]


def test_the_ui_hook_metadata_renders_our_fields():
    """What the api-server's connection form endpoint serves (``HookMetaService``), without FAB installed."""
    from airflow.api_fastapi.core_api.services.ui.connections import HookMetaService

    meta = {m.connection_type: m for m in HookMetaService.hook_meta_data()}
    ray, lightning = meta["quantum_ray"], meta["quantum_lightning"]
    assert ray.hook_name == "Quantum (Ray cluster)"
    assert ray.hook_class_name == "quantum_provider.hooks.ray.RayHook"
    assert ray.standard_fields.host.title == "Ray dashboard host"
    assert ray.standard_fields.host.placeholder == "127.0.0.1"
    assert ray.standard_fields.port.title == "Ray dashboard port"
    assert not ray.standard_fields.password.hidden  # the access token
    assert ray.standard_fields.password.title == "Access token (sent as a bearer token)"
    assert lightning.standard_fields.password.hidden
    assert lightning.standard_fields.host.hidden
    assert lightning.standard_fields.port.hidden
    for conn_type, entry in connection_types().items():
        extra_fields = meta[conn_type].extra_fields
        assert list(extra_fields) == list(entry["conn-fields"])
        assert {k: v["schema"]["title"] for k, v in extra_fields.items()} == {
            k: v["label"] for k, v in entry["conn-fields"].items()
        }


# -- the connection tests, through Airflow's connection-test path ----------------------------------------------


def test_airflow_resolves_our_hooks_and_knows_they_are_testable(monkeypatch):
    from airflow.providers_manager import ProvidersManager

    for conn_type, hook in HOOKS.items():
        info = ProvidersManager().hooks[conn_type]
        assert info.connection_testable
        assert info.connection_id_attribute_name == "conn_id"
        conn = define(monkeypatch, f"resolve_{conn_type}", conn_type, extra={"address": "http://127.0.0.1:1"})
        assert type(conn.get_hook()) is hook


def test_lightning_connection_test_runs_a_circuit_and_reports_the_device(monkeypatch):
    conn = define(monkeypatch, "q_light_ok", "quantum_lightning", extra={"max_qubits": 12, "threads": 1})
    ok, message = conn.test_connection()
    assert ok, message
    assert "lightning.qubit" in message
    assert device_version("lightning.qubit") in message
    assert "max_qubits=12" in message
    assert "threads=1" in message
    assert "\n" not in message


def test_lightning_connection_test_names_an_unknown_device(monkeypatch):
    conn = define(monkeypatch, "q_light_bad", "quantum_lightning", extra={"device": "lightning.nonexistent"})
    ok, message = conn.test_connection()
    assert not ok
    assert "lightning.nonexistent" in message
    assert "does not exist" in message
    assert "\n" not in message


def test_lightning_connection_test_names_a_bad_extra(monkeypatch):
    conn = define(monkeypatch, "q_light_zero", "quantum_lightning", extra={"max_qubits": 0})
    ok, message = conn.test_connection()
    assert not ok
    assert "q_light_zero.extra.max_qubits: must be a positive integer" in message


def test_ray_connection_test_names_an_unreachable_address_quickly(monkeypatch):
    port = closed_loopback_port()
    conn = define(monkeypatch, "q_ray_closed", "quantum_ray", extra={"address": f"http://127.0.0.1:{port}"})
    ok, message = conn.test_connection()  # the hook's own HTTP timeout bounds it; pytest-timeout backs that up
    assert not ok
    assert f"Ray at http://127.0.0.1:{port} is unreachable" in message
    assert "connection refused" in message.lower()
    assert "\n" not in message


def test_ray_connection_test_from_host_and_port(monkeypatch):
    port = closed_loopback_port()
    conn = define(monkeypatch, "q_ray_host", "quantum_ray", host="127.0.0.1", port=port)
    ok, message = conn.test_connection()
    assert not ok
    assert f"Ray at http://127.0.0.1:{port} is unreachable" in message


def test_ray_connection_test_never_shows_credentials(monkeypatch):
    port = closed_loopback_port()
    extra = {"address": f"http://127.0.0.1:{port}", "token": "tok-0123456789", "api_key": "k-987654"}
    conn = define(monkeypatch, "q_ray_secret", "quantum_ray", password="conn-pw-4242", extra=extra)
    ok, message = conn.test_connection()
    assert not ok
    assert f"Ray at http://127.0.0.1:{port} is unreachable" in message
    for secret in ("tok-0123456789", "k-987654", "conn-pw-4242"):
        assert secret not in message


@pytest.mark.parametrize("where", ["address", "host"])
def test_ray_connection_with_user_info_in_the_address_is_refused_naming_the_field(monkeypatch, where):
    """One authentication scheme: the password is the bearer token. User info would become ``Authorization:
    Basic`` and silently replace it, so it is refused, naming the field and never quoting it."""
    port = closed_loopback_port()
    userinfo = "alice:url-s3cret"
    fields = (
        {"extra": {"address": f"http://{userinfo}@127.0.0.1:{port}"}}
        if where == "address"
        else {"host": f"{userinfo}@127.0.0.1", "port": port}
    )
    conn = define(monkeypatch, f"q_ray_userinfo_{where}", "quantum_ray", password="conn-pw-4242", **fields)
    ok, message = conn.test_connection()
    assert not ok
    field = "extra.address" if where == "address" else "host"
    assert message.startswith(f"q_ray_userinfo_{where}.{field}: holds user info"), message
    assert "password field" in message
    for secret in ("alice", "url-s3cret", "conn-pw-4242"):
        assert secret not in message


def test_ray_connection_test_without_an_address(monkeypatch):
    conn = define(monkeypatch, "q_ray_nowhere", "quantum_ray", extra={"num_cpus": 1})
    ok, message = conn.test_connection()
    assert not ok
    assert "names no Ray address" in message


class _NotRay(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(404)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"nothing here\n")

    def log_message(self, *args):
        pass


def test_ray_connection_test_recognises_a_server_that_is_not_ray(monkeypatch):
    server = HTTPServer(("127.0.0.1", 0), _NotRay)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        address = f"http://127.0.0.1:{server.server_address[1]}"
        conn = define(monkeypatch, "q_ray_notray", "quantum_ray", extra={"address": address})
        ok, message = conn.test_connection()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
    assert not ok
    assert address in message
    assert "HTTP 404" in message
    assert "Ray dashboard" in message


def test_the_worker_side_connection_test_path_runs_our_hooks_too():
    """Airflow 3.3 can also run "Test" on a worker (``/connections/enqueue-test``): the task SDK's Connection holds
    the connection in memory, with no env var or secrets backend behind it."""
    from airflow.sdk import Connection as SdkConnection

    port = closed_loopback_port()
    extra = json.dumps({"address": f"http://127.0.0.1:{port}", "token": "tok-on-worker"})
    ok, message = SdkConnection(conn_id="q_sdk_ray", conn_type="quantum_ray", extra=extra).test_connection()
    assert not ok
    assert f"Ray at http://127.0.0.1:{port} is unreachable" in message
    assert "tok-on-worker" not in message

    extra = json.dumps({"max_qubits": 5})
    ok, message = SdkConnection(conn_id="q_sdk_light", conn_type="quantum_lightning", extra=extra).test_connection()
    assert ok, message
    assert "max_qubits=5" in message
