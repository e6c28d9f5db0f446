"""Airflow's connection Test button for the provider's connection types that store no port.

Airflow 3.3's connections list builds the test request from the listed connection with ``port: Number(port)``, so a
connection stored without a port (every Lightning connection, a Ray connection given by its ``address`` extra) is
tested with ``port: 0``. The test route (``api_fastapi/core_api/routes/public/connections.py``, ``_same_endpoint``)
treats ``None`` and ``""`` as "no port" but not ``0``, takes ``0`` for another destination than the stored NULL, and
answers 400 "The host or port to test differs from the stored connection" before any hook runs.

This root middleware (a plugin's public ``fastapi_root_middlewares``) turns that ``port: 0`` back into ``null`` for
the provider's connection types only, so the route compares like with like and the hook's own one-line message is
what the user sees. Port 0 is never a destination, and a request that names a real port is passed on unchanged, so
the route's protection of stored credentials still holds. It is plain ASGI with the standard library only: every
process that loads plugins imports this module.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: The route the Test button posts to.
TEST_PATH = "/api/v2/connections/test"
#: A test request's body is a connection: far below this. Larger bodies are passed on untouched.
MAX_BODY_BYTES = 1 << 20


def provider_connection_types() -> frozenset[str]:
    from quantum_provider.get_provider_info import CONNECTION_TYPES

    return frozenset(entry["connection-type"] for entry in CONNECTION_TYPES)


def unset_zero_port(body: bytes, conn_types: frozenset[str]) -> bytes | None:
    """``body`` with ``"port": 0`` made ``null`` when it tests one of ``conn_types``; ``None`` to leave it as is."""
    try:
        payload = json.loads(body)
    except ValueError:
        return None
    if not isinstance(payload, dict) or payload.get("conn_type") not in conn_types:
        return None
    port = payload.get("port")
    if port != 0 or isinstance(port, bool):
        return None
    return json.dumps({**payload, "port": None}).encode()


class PortlessConnectionTestMiddleware:
    """Make the Test button's ``port: 0`` mean "no port" for the provider's connection types (module docstring).

    :param app: the ASGI app it wraps (Airflow's root app).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.conn_types = provider_connection_types()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope.get("type") != "http"
            or scope.get("method") != "POST"
            or not scope.get("path", "").endswith(TEST_PATH)
        ):
            await self.app(scope, receive, send)
            return
        chunks, more, size = [], True, 0
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: let the app see it as it came
                await self.app(scope, _replay([*_as_messages(chunks, more=True), message], receive), send)
                return
            chunk = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)
            more = message.get("more_body", False)
            if size > MAX_BODY_BYTES:
                await self.app(scope, _replay(_as_messages(chunks, more=more), receive), send)
                return
        body = b"".join(chunks)
        fixed = unset_zero_port(body, self.conn_types)
        if fixed is not None:
            body = fixed
            headers = [(name, value) for name, value in scope.get("headers", []) if name.lower() != b"content-length"]
            scope = {**scope, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
        await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send)


def _as_messages(chunks: list[bytes], *, more: bool = False) -> list[Message]:
    if not chunks:
        return []
    last = len(chunks) - 1
    return [
        {"type": "http.request", "body": chunk, "more_body": more or index < last} for index, chunk in enumerate(chunks)
    ]


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A ``receive`` that gives ``messages`` first, then whatever the client sends next."""
    pending = list(messages)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed
