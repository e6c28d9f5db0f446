"""A real local Ray head on loopback (Jobs API included), for the integration and system tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def ray_env() -> dict[str, str]:
    """The environment Ray runs in: the venv's interpreter first on PATH, so workers import this checkout."""
    return {**os.environ, "RAY_USAGE_STATS_ENABLED": "0", "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}


def start_ray_head(temp_dir: Path, *, num_cpus: int = 2) -> str:
    """Start a Ray head with ``num_cpus`` CPUs and return its Jobs API address once a job can be submitted."""
    import httpx

    ray = str(Path(sys.executable).with_name("ray"))
    dashboard, agent = free_port(), free_port()
    base_port = 40000 + (os.getpid() % 2000) * 10
    subprocess.run(
        [ray, "start", "--head", f"--num-cpus={num_cpus}", "--num-gpus=0", f"--port={free_port()}",
         "--include-dashboard=true", "--dashboard-host=127.0.0.1", f"--dashboard-port={dashboard}",
         f"--ray-client-server-port={free_port()}", f"--min-worker-port={base_port}",
         f"--max-worker-port={base_port + 9}", "--disable-usage-stats", "--node-ip-address=127.0.0.1",
         # Every port of its own: a second cluster on the machine (another checkout's tests) must not collide.
         f"--dashboard-agent-listen-port={agent}", f"--dashboard-agent-grpc-port={free_port()}",
         f"--runtime-env-agent-port={free_port()}", f"--metrics-export-port={free_port()}",
         f"--node-manager-port={free_port()}", f"--object-manager-port={free_port()}",
         f"--temp-dir={temp_dir}"],
        check=True, env=ray_env(), capture_output=True, timeout=180,
    )  # fmt: skip
    address = f"http://127.0.0.1:{dashboard}"
    deadline = time.monotonic() + 120
    while True:
        # The Jobs API answers before the node's job agent listens; a submission needs both.
        try:
            if httpx.get(f"{address}/api/version", timeout=2).status_code == 200 and listening(agent):
                return address
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            stop_ray()
            raise RuntimeError(f"Ray's Jobs API did not come up at {address}")
        time.sleep(0.5)


def stop_ray() -> None:
    ray = str(Path(sys.executable).with_name("ray"))
    subprocess.run([ray, "stop", "--force"], env=ray_env(), capture_output=True, timeout=120)
