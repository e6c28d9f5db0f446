"""A test double of a Ray dashboard's Jobs REST API: a real HTTP server on loopback, for what a real Ray head cannot
be made to do.

It answers the routes the provider uses (``/api/version``, ``/api/v0/nodes``, ``/api/jobs/...``) the way Ray 2.60's
``job_head.py`` does: the same paths, payloads and status codes, including Ray's HTTP 500 with a traceback for a
submission id that already exists. Tests then script misbehaviour on top: the next replies of a route can be
HTTP 429, 503, 401 or 400, and every error reply echoes the request it got (method, path, headers and body), as a
careless gateway or a verbose backend does. It counts every request, so tests can assert how many a verb made.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Seen:
    """One request the double received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class RayDashboardDouble:
    """A scriptable stand-in for a Ray dashboard; use as a context manager, or ``start``/``stop``.

    :ivar jobs: submission id -> Ray's job details (``status`` etc.); tests change states here.
    :ivar requests: every request received, in order.
    """

    jobs: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    logs: dict[str, str] = field(default_factory=dict)
    _script: dict[tuple[str, str], deque] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        double = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                with double._lock:
                    double.requests.append(seen)
                status, payload = double._reply(seen)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if status == 200 else "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_DELETE = _serve

            def log_message(self, *args: Any) -> None:  # quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -- lifecycle -------------------------------------------------------------------------------------------------

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> RayDashboardDouble:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RayDashboardDouble:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- scripting -------------------------------------------------------------------------------------------------

    def then(self, method: str, path: str, *statuses: int | tuple[int, str] | None) -> None:
        """The next replies to ``method path`` (path without the query): an HTTP status whose body echoes the
        request; ``(status, "after")`` to do what the request asks and still answer that status (a reply lost on
        the way back); or ``None`` for the normal answer. After them the route answers normally again."""
        self._script[(method, path)].extend(statuses)

    def seen(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        """The requests received, optionally only those of ``method`` and/or starting with ``path``."""
        with self._lock:
            return [
                r
                for r in self.requests
                if (method is None or r.method == method) and (path is None or r.path.split("?")[0] == path)
            ]

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()

    # -- the Jobs API ----------------------------------------------------------------------------------------------

    def _reply(self, seen: Seen) -> tuple[int, Any]:
        path = seen.path.split("?")[0]
        scripted = self._script.get((seen.method, path))
        if scripted:
            status = scripted.popleft()
            if isinstance(status, tuple):  # (status, "after"): do the normal thing, then answer with an error
                self._normal(seen.method, path, seen)
                status = status[0]
            if status is not None:
                return status, self.echo(seen).encode()
        return self._normal(seen.method, path, seen)

    @staticmethod
    def echo(seen: Seen) -> str:
        """What a careless backend answers: the request back, credentials first, then all of it (one line)."""
        try:
            runtime_env = json.dumps((seen.json() or {}).get("runtime_env"))
        except (ValueError, AttributeError):
            runtime_env = "none"
        return (
            f"refused {seen.method} {seen.path}: Authorization={seen.headers.get('Authorization')!r} "
            f"runtime_env={runtime_env} headers={seen.headers!r} body={seen.body.decode()!r}"
        )

    def _normal(self, method: str, path: str, seen: Seen) -> tuple[int, Any]:
        if (method, path) == ("GET", "/api/version"):
            return 200, {"version": "4", "ray_version": "2.60.0", "ray_commit": "double", "session_name": "double"}
        if (method, path) == ("GET", "/api/v0/nodes"):
            node = {"state": "ALIVE", "resources_total": {"CPU": 2.0}}
            return 200, {"result": True, "msg": "", "data": {"result": {"total": 1, "result": [node]}}}
        if (method, path) == ("GET", "/api/jobs/"):
            return 200, list(self.jobs.values())
        if (method, path) == ("POST", "/api/jobs/"):
            request = seen.json()
            submission_id = request["submission_id"]
            if submission_id in self.jobs:
                # Ray 2.60: the agent's ValueError becomes the head's RuntimeError, answered as HTTP 500.
                return 500, (
                    "Traceback (most recent call last):\nRuntimeError: Request failed with status code 400: "
                    f"ValueError: Job with submission_id {submission_id} already exists. Please use a different "
                    "submission_id.\n"
                ).encode()
            self.jobs[submission_id] = {
                "type": "SUBMISSION",
                "job_id": None,
                "submission_id": submission_id,
                "status": "PENDING",
                "entrypoint": request["entrypoint"],
                "message": "Job has not started yet.",
                "start_time": None,
                "end_time": None,
                "metadata": request.get("metadata") or {},
                "runtime_env": request.get("runtime_env") or {},
            }
            return 200, {"job_id": submission_id, "submission_id": submission_id}
        parts = path.removeprefix("/api/jobs/").split("/")
        job = self.jobs.get(parts[0]) if path.startswith("/api/jobs/") else None
        if path.startswith("/api/jobs/") and job is None:
            return 404, f"Job {parts[0]} does not exist".encode()
        if job is not None and method == "GET" and len(parts) == 1:
            return 200, job
        if job is not None and method == "POST" and parts[1:] == ["stop"]:
            stopped = job["status"] in ("PENDING", "RUNNING")
            if stopped:
                job["status"] = "STOPPED"
            return 200, {"stopped": stopped}
        if job is not None and method == "GET" and parts[1:] == ["logs"]:
            return 200, {"logs": self.logs.get(parts[0], "")}
        return 404, b"404: Not Found"
