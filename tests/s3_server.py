"""A real S3 API for the tests: moto's server on loopback, which enforces S3's conditional writes.

``start_s3_server`` runs ``python -m moto.server`` in a process of its own on a free 127.0.0.1 port and creates
one bucket; ``s3_connection_env`` is the Airflow connection (an ``aws`` connection with the server as its
``endpoint_url``) that store URIs ``s3://<conn_id>@<bucket>/<prefix>`` name, as a deployment's would.

A harness that starts and tracks its processes itself (tests/system/deployment.py) runs ``moto_command(port)``,
waits for the port and calls ``create_bucket``; ``S3Server(process, endpoint)`` then gives it ``env`` and ``uri``.
``python -m tests.s3_server -p N`` is moto's server answering one request at a time (see ``serve``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass

from tests.paths import REPO
from tests.ray_head import free_port, listening

BUCKET = "quantum-results"
CONN_ID = "quantum_s3_test"


@dataclass
class S3Server:
    process: subprocess.Popen
    endpoint: str

    @property
    def connection(self) -> str:
        """The connection as ``AIRFLOW_CONN_<CONN_ID>`` holds it."""
        extra = {"endpoint_url": self.endpoint, "region_name": "us-east-1"}
        return json.dumps({"conn_type": "aws", "login": "testing", "password": "testing", "extra": extra})

    @property
    def env(self) -> dict[str, str]:
        return {f"AIRFLOW_CONN_{CONN_ID.upper()}": self.connection}

    def uri(self, prefix: str) -> str:
        return f"s3://{CONN_ID}@{BUCKET}/{prefix.strip('/')}"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def moto_command(port: int, *, atomic: bool = False) -> list[str]:
    """The command line of a moto S3 server on ``127.0.0.1:port``; ``atomic``: one request at a time, through
    ``serve`` (the module must then be importable: run it from the repository or with it on ``PYTHONPATH``)."""
    module = "tests.s3_server" if atomic else "moto.server"
    return [sys.executable, "-m", module, "-H", "127.0.0.1", "-p", str(port)]


def create_bucket(endpoint: str, bucket: str = BUCKET) -> None:
    import boto3

    client = boto3.client(
        "s3", endpoint_url=endpoint, aws_access_key_id="testing", aws_secret_access_key="testing",
        region_name="us-east-1",
    )  # fmt: skip
    client.create_bucket(Bucket=bucket)


def start_s3_server() -> S3Server:
    port = free_port()
    # One request at a time (``serve``): moto's threaded server is not atomic, S3 is.
    process = subprocess.Popen(
        moto_command(port, atomic=True), cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while not listening(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"moto server did not start on 127.0.0.1:{port}")
        time.sleep(0.1)
    server = S3Server(process, f"http://127.0.0.1:{port}")
    create_bucket(server.endpoint)
    return server


def serve(argv: list[str]) -> None:
    """moto's server (same arguments) answering one request at a time, and logging every conditional PutObject.

    moto's server handles requests on threads, and its S3 backend is not safe for that: it checks ``If-None-Match``
    / ``If-Match`` and then stores the object as two steps (two concurrent conditional writes of one key can both
    pass the check, which S3 never allows), and a listing that runs while another thread deletes a key fails with
    a ``KeyError`` (HTTP 500). One lock around each request makes every request one step, as S3's are, so a store
    test that sees a duplicate computation or a lost record update sees the store's doing, not moto's. moto's
    request handling is Python under the GIL anyway, so little concurrency is lost.

    Each conditional PutObject is logged to stderr as one line (``conditional-put``, time in ms, the key, the
    request's conditions, the ETag stored before, the outcome and the ETag after), to tell after the fact what the
    server saw.
    """
    import threading

    from moto.moto_server.werkzeug_app import DomainDispatcherApplication
    from moto.s3.responses import S3Response
    from moto.server import main

    lock = threading.Lock()
    dispatch, put_object = DomainDispatcherApplication.__call__, S3Response.put_object

    def serialized(self, environ, start_response):
        with lock:
            return dispatch(self, environ, start_response)

    def logged_put_object(self):
        if_match, if_none_match = self.headers.get("If-Match"), self.headers.get("If-None-Match")
        if not (if_match or if_none_match):
            return put_object(self)
        key = self.parse_key_name()
        before = self.backend.get_object(self.bucket_name, key)
        outcome = "raised"
        try:
            response = put_object(self)
            outcome = response[0] if isinstance(response, tuple) else "ok"
            return response
        except Exception as err:
            outcome = type(err).__name__
            raise
        finally:
            after = self.backend.get_object(self.bucket_name, key)
            print(
                f"conditional-put {time.time() * 1000:.0f} {self.bucket_name}/{key} if-match={if_match}"
                f" if-none-match={if_none_match} before={before.etag if before else None} -> {outcome}"
                f" after={after.etag if after else None} size={len(self.body or b'')}",
                file=sys.stderr,
                flush=True,
            )

    DomainDispatcherApplication.__call__ = serialized
    S3Response.put_object = logged_put_object
    main(argv)


if __name__ == "__main__":
    serve(sys.argv[1:])
