"""A real S3 API for the tests: moto's server on loopback, which enforces S3's conditional writes.

``start_s3_server`` runs ``python -m moto.server`` in a process of its own on a free 127.0.0.1 port and creates
one bucket; ``s3_connection_env`` is the Airflow connection (an ``aws`` connection with the server as its
``endpoint_url``) that store URIs ``s3://<conn_id>@<bucket>/<prefix>`` name, as a deployment's would.
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


def start_s3_server() -> S3Server:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not listening(port):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"moto server did not start on 127.0.0.1:{port}")
        time.sleep(0.1)
    server = S3Server(process, f"http://127.0.0.1:{port}")
    import boto3

    client = boto3.client(
        "s3", endpoint_url=server.endpoint, aws_access_key_id="testing", aws_secret_access_key="testing",
        region_name="us-east-1",
    )  # fmt: skip
    client.create_bucket(Bucket=BUCKET)
    return server
