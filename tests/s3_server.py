"""A real S3 API for the tests: moto's server on loopback, which enforces S3's conditional writes.

``start_s3_server`` runs ``python -m moto.server`` in a process of its own on a free 127.0.0.1 port and creates
one bucket; ``s3_connection_env`` is the Airflow connection (an ``aws`` connection with the server as its
``endpoint_url``) that store URIs ``s3://<conn_id>@<bucket>/<prefix>`` name, as a deployment's would.

A harness that starts and tracks its processes itself (tests/system/deployment.py) runs ``moto_command(port)``,
waits for the port and calls ``create_bucket``; ``S3Server(process, endpoint)`` then gives it ``env`` and ``uri``.
``python -m tests.s3_server --port N`` is moto's server with its conditional writes made atomic (see ``serve``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass

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
    """The command line of a moto S3 server on ``127.0.0.1:port``; ``atomic``: through ``serve`` (the module must
    then be importable: run it from the repository or with it on ``PYTHONPATH``)."""
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
    process = subprocess.Popen(moto_command(port), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    """moto's server (same arguments) with every PutObject serialized.

    moto checks ``If-None-Match`` / ``If-Match`` and then stores the object as two steps, and its server handles
    requests on threads: two concurrent conditional writes of one key can both pass the check, which S3 never
    allows. One lock around PutObject makes check and store one step, as on S3, so a store test that sees a
    duplicate computation or a lost record update sees the store's doing, not moto's.
    """
    import threading

    from moto.s3.responses import S3Response
    from moto.server import main

    lock = threading.Lock()
    put_object = S3Response.put_object

    def serialized_put_object(self):
        with lock:
            return put_object(self)

    S3Response.put_object = serialized_put_object
    main(argv)


if __name__ == "__main__":
    serve(sys.argv[1:])
