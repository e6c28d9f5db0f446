"""The root middleware that lets Airflow's Test button test the provider's connections stored without a port, driven
as ASGI directly (the browser test is tests/integration/test_connection_test_button.py)."""

from __future__ import annotations

import asyncio
import json

from quantum_provider.plugins.connection_test import PortlessConnectionTestMiddleware, unset_zero_port

TYPES = frozenset({"quantum_lightning", "quantum_ray"})


def test_only_a_zero_port_of_the_providers_types_becomes_null():
    fixed = unset_zero_port(json.dumps({"conn_type": "quantum_lightning", "port": 0, "host": ""}).encode(), TYPES)
    assert json.loads(fixed) == {"conn_type": "quantum_lightning", "port": None, "host": ""}
    assert unset_zero_port(json.dumps({"conn_type": "quantum_ray", "port": 8265}).encode(), TYPES) is None
    assert unset_zero_port(json.dumps({"conn_type": "postgres", "port": 0}).encode(), TYPES) is None
    assert unset_zero_port(json.dumps({"conn_type": "quantum_ray", "port": False}).encode(), TYPES) is None
    assert unset_zero_port(b"not json", TYPES) is None
    assert unset_zero_port(b"[0]", TYPES) is None


def _through(path: str, chunks: list[bytes], method: str = "POST") -> tuple[bytes, dict[bytes, bytes]]:
    """What the wrapped app receives for a request with ``chunks`` as its body."""
    seen: dict = {}

    async def app(scope, receive, send):
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        seen["body"], seen["headers"] = body, dict(scope["headers"])

    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]

    async def receive():
        return messages.pop(0)

    async def send(message):
        pass

    size = str(sum(map(len, chunks))).encode()
    scope = {"type": "http", "method": method, "path": path, "headers": [(b"content-length", size)]}
    middleware = PortlessConnectionTestMiddleware(app)
    asyncio.run(middleware(scope, receive, send))
    return seen["body"], seen["headers"]


def test_the_test_route_gets_the_mended_body_with_its_length():
    body = json.dumps({"conn_type": "quantum_lightning", "connection_id": "q", "port": 0}).encode()
    received, headers = _through("/api/v2/connections/test", [body[:10], body[10:]])
    assert json.loads(received)["port"] is None
    assert headers[b"content-length"] == str(len(received)).encode()


def test_other_routes_and_methods_pass_untouched():
    body = json.dumps({"conn_type": "quantum_lightning", "port": 0}).encode()
    assert _through("/api/v2/connections", [body])[0] == body
    assert _through("/api/v2/connections/test", [body], method="PUT")[0] == body
