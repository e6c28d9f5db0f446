"""ResultStore: job records, results, provenance and checkpoints under one ObjectStoragePath.

Layout under the store's base URI::

    jobs/<key>/record.json              state machine of the job (submitted, queued, running, succeeded, ...)
    jobs/<key>/spec.json                the resolved JobSpec
    jobs/<key>/result.json              scalar results and lists
    jobs/<key>/bitstrings.parquet       top bitstrings table (combinatorial kinds)
    jobs/<key>/trace.parquet            energy per iteration
    jobs/<key>/distribution.parquet     the measured distribution (combinatorial kinds, up to 16 qubits analytic)
    jobs/<key>/provenance.json          what ran, where, with which versions, seeds and timings
    jobs/<key>/manifest.json            sha256 of every result file; written last, so its presence means "complete"
    jobs/<key>/checkpoints/<n>.json     loop state every few iterations
    jobs/<key>/previous/<stamp>/...     earlier versions kept by replay="force"

Every JSON file is an envelope ``{"sha256": ..., "body": ...}`` and every write goes to a temporary name that is
then renamed, so a reader never sees a half-written file and a corrupt one is detected on read.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import posixpath
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from airflow.sdk import ObjectStoragePath

from quantum_provider.spec import canonical_json

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

RECORD_STATES = ("submitted", "queued", "running", "succeeded", "failed", "cancelled")
ACTIVE_STATES = ("submitted", "queued", "running")
TERMINAL_STATES = ("succeeded", "failed", "cancelled")


class CorruptFileError(Exception):
    """A stored file failed its checksum or could not be parsed."""


def record_detail(record: dict[str, Any] | None, state: str) -> str | None:
    """What the job record says about reaching ``state``: the error class and message the engine wrote."""
    for entry in reversed((record or {}).get("history") or []):
        # Earlier tries may have failed differently; only the entry of the current state describes this outcome.
        if entry.get("state") != state:
            continue
        error, message = entry.get("error"), entry.get("message")
        if error and message:
            return f"{error}: {message}"
        return (message or error) or None
    return None


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def default_store_uri() -> str:
    """``[quantum] result_store`` from Airflow's config, else ``$AIRFLOW_HOME/quantum/results``."""
    from airflow.sdk.configuration import conf

    configured = conf.get("quantum", "result_store", fallback=None)
    if configured:
        return configured
    home = os.environ.get("AIRFLOW_HOME") or os.path.expanduser("~/airflow")
    return f"file://{os.path.abspath(home)}/quantum/results"


def as_path(uri: str | ObjectStoragePath) -> ObjectStoragePath:
    if isinstance(uri, ObjectStoragePath):
        return uri
    if "://" not in uri:
        uri = f"file://{os.path.abspath(uri)}"
    return ObjectStoragePath(uri)


def is_content_key(value: object) -> bool:
    """A sha256 hex digest, as ``JobSpec.content_key`` makes them."""
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def parquet_bytes(table: pa.Table) -> bytes:
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class StoredResult:
    key: str
    record: dict[str, Any]
    result: dict[str, Any]
    provenance: dict[str, Any]
    uri: str


class ResultStore:
    """Atomic, checksummed storage of everything a job produces, shared by every worker that sees the URI.

    :param base: the store's root, any ObjectStoragePath URI (``file://``, ``s3://conn_id@bucket/prefix``, ...).
    """

    def __init__(self, base: str | ObjectStoragePath | None = None) -> None:
        self.base = as_path(base or default_store_uri())
        self._job_dirs: dict[str, ObjectStoragePath] = {}

    # -- paths -------------------------------------------------------------------------------------------------

    def job_dir(self, key: str) -> ObjectStoragePath:
        path = self._job_dirs.get(key)
        if path is None:  # a job touches its folder a dozen times; building the path object is the costly part
            if not is_content_key(key):
                raise ValueError(f"not a content key: {key!r}")
            if len(self._job_dirs) >= 4096:
                self._job_dirs.clear()
            path = self._job_dirs[key] = self.base / "jobs" / key
        return path

    def uri(self, key: str) -> str:
        return str(self.job_dir(key))

    def run_dir(self, area: str, who: dict[str, Any]) -> ObjectStoragePath:
        """``<area>/<dag_id>/<run_id>/<task_id>[/<map_index>]``: what a task of one DAG run writes besides jobs.

        A rerun of the same DAG run writes the same paths, so its outputs replace the earlier ones.
        """
        path = self.base / area
        for part in (who.get("dag_id"), who.get("run_id"), who.get("task_id")):
            path = path / re.sub(r"[^A-Za-z0-9._-]", "_", str(part or "-"))
        map_index = who.get("map_index")
        return path / str(map_index) if map_index is not None and map_index >= 0 else path

    # -- primitive, atomic I/O ---------------------------------------------------------------------------------

    @staticmethod
    def write_atomic(path: ObjectStoragePath, data: bytes) -> None:
        # Straight through the path's fsspec filesystem: half the cost of ObjectStoragePath's own methods, which
        # build a path object per call (a job writes a dozen small files). The folder is created only when a
        # write finds it missing (object stores have none to create).
        fs, target = path.fs, path.path
        folder = posixpath.dirname(target)
        tmp = f"{folder}/.{posixpath.basename(target)}.{uuid.uuid4().hex}.tmp"
        try:
            fs.pipe_file(tmp, data)
        except FileNotFoundError:
            fs.makedirs(folder, exist_ok=True)
            fs.pipe_file(tmp, data)
        fs.mv(tmp, target)

    def write_json(self, path: ObjectStoragePath, body: Any) -> str:
        """Write ``body`` in a checksummed envelope; return the file's sha256."""
        payload = canonical_json(body)
        # canonical JSON is JSON: embedded as is, the envelope's body parses back to ``body``
        data = f'{{"sha256": "{sha256_hex(payload.encode())}", "body": {payload}}}'.encode()
        self.write_atomic(path, data)
        return sha256_hex(data)

    @staticmethod
    def read_json(path: ObjectStoragePath) -> Any:
        """Read an envelope written by ``write_json``; raise CorruptFileError if it does not verify."""
        try:
            envelope = json.loads(path.read_bytes())
            body = envelope["body"]
            expected = envelope["sha256"]
        except (ValueError, KeyError, TypeError) as err:
            raise CorruptFileError(f"{path}: unreadable ({err})") from err
        if sha256_hex(canonical_json(body).encode()) != expected:
            raise CorruptFileError(f"{path}: checksum mismatch")
        return body

    def write_table(self, path: ObjectStoragePath, table: pa.Table) -> str:
        data = parquet_bytes(table)
        self.write_atomic(path, data)
        return sha256_hex(data)

    @staticmethod
    def read_table(path: ObjectStoragePath) -> pa.Table:
        import pyarrow.parquet as pq

        return pq.read_table(io.BytesIO(path.read_bytes()))

    # -- records -----------------------------------------------------------------------------------------------

    def read_record(self, key: str) -> dict[str, Any] | None:
        path = self.job_dir(key) / "record.json"
        if not path.exists():
            return None
        try:
            return self.read_json(path)
        except CorruptFileError:
            log.warning("Job record %s is corrupt; treating the job as unknown", path)
            return None

    def update_record(self, key: str, *, state: str, event: dict[str, Any] | None = None, **fields: Any) -> dict:
        """Move the job to ``state``, merge ``fields`` and append ``event`` to its history."""
        if state not in RECORD_STATES:
            raise ValueError(f"unknown record state {state!r}")
        record = self.read_record(key) or {"key": key, "created_at": utcnow(), "history": []}
        record.update(fields, state=state, updated_at=utcnow())
        record["history"].append({"state": state, "at": record["updated_at"], **(event or {})})
        self.write_json(self.job_dir(key) / "record.json", record)
        return record

    def append_event(self, key: str, event: dict[str, Any], **fields: Any) -> None:
        """Record something that happened to a job without changing its state (e.g. a reuse), merging ``fields``."""
        record = self.read_record(key)
        if record is None:
            return
        record.update(fields)
        record["history"].append({"at": utcnow(), **event})
        self.write_json(self.job_dir(key) / "record.json", record)

    def set_validation(self, key: str, validation: dict[str, Any]) -> None:
        """Mark the job's result ``passed`` or ``rejected`` (``validation["outcome"]``); the result is kept."""
        self.append_event(key, {"event": "validation", "outcome": validation["outcome"]}, validation=validation)

    # -- results -----------------------------------------------------------------------------------------------

    def write_spec(self, key: str, spec: dict[str, Any]) -> None:
        self.write_json(self.job_dir(key) / "spec.json", spec)

    def read_spec(self, key: str) -> dict[str, Any]:
        return self.read_json(self.job_dir(key) / "spec.json")

    def write_result(
        self,
        key: str,
        *,
        result: dict[str, Any],
        provenance: dict[str, Any],
        tables: dict[str, pa.Table],
    ) -> None:
        """Write every result file, then the manifest that makes them visible, then mark the record succeeded."""
        job = self.job_dir(key)
        digests = {
            "spec.json": sha256_hex((job / "spec.json").read_bytes()),
            "result.json": self.write_json(job / "result.json", result),
            "provenance.json": self.write_json(job / "provenance.json", provenance),
        }
        for name, table in tables.items():
            digests[f"{name}.parquet"] = self.write_table(job / f"{name}.parquet", table)
        self.write_json(job / "manifest.json", {"files": digests, "written_at": utcnow()})

    def load_result(self, key: str) -> StoredResult | None:
        """The job's result if it is complete and every file verifies; ``None`` otherwise (recompute)."""
        record = self.read_record(key)
        if record is None or record.get("state") != "succeeded":
            return None
        job = self.job_dir(key)
        try:
            manifest = self.read_json(job / "manifest.json")
            for name, digest in manifest["files"].items():
                if sha256_hex((job / name).read_bytes()) != digest:
                    raise CorruptFileError(f"{job / name}: checksum mismatch")
            result = self.read_json(job / "result.json")
            provenance = self.read_json(job / "provenance.json")
        except (CorruptFileError, FileNotFoundError, OSError) as err:
            log.warning("Stored result for %s does not verify (%s); it will be recomputed", key, err)
            return None
        return StoredResult(key=key, record=record, result=result, provenance=provenance, uri=str(job))

    def reusable_result(self, key: str, replay: str) -> StoredResult | None:
        """The verified result a task returns instead of computing, or ``None`` when it must compute.

        A result that validation rejected is never reused: it is moved to ``previous/`` (kept, not served) and
        recomputed, as ``replay="force"`` does with any succeeded result.
        """
        record = self.read_record(key) or {}
        rejected = (record.get("validation") or {}).get("outcome") == "rejected"
        if replay == "reuse" and not rejected:
            stored = self.load_result(key)
            if stored is not None:
                return stored
        if record.get("state") == "succeeded" and (replay == "force" or rejected):
            why = "validation rejected it" if rejected else 'replay="force"'
            log.info("Recomputing %s because %s; the previous result is kept at %s", key, why, self.archive(key))
        return None

    def archive(self, key: str) -> str | None:
        """Move the job's current files to ``previous/<stamp>/`` (replay="force" keeps the old version)."""
        job = self.job_dir(key)
        if not job.exists():
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = job / "previous" / stamp
        target.mkdir(parents=True, exist_ok=True)
        for child in list(job.iterdir()):
            if child.name in ("previous",):
                continue
            child.rename(target / child.name)
        return str(target)

    def exists(self, key: str) -> bool:
        return self.job_dir(key).exists()

    # -- checkpoints -------------------------------------------------------------------------------------------

    def save_checkpoint(self, key: str, state: dict[str, Any]) -> None:
        iteration = int(state["iteration"])
        self.write_json(self.job_dir(key) / "checkpoints" / f"{iteration:09d}.json", state)

    def list_checkpoints(self, key: str) -> list[int]:
        folder = self.job_dir(key) / "checkpoints"
        if not folder.exists():
            return []
        return sorted(
            int(p.name.split(".")[0])
            for p in folder.iterdir()
            if p.name.endswith(".json") and not p.name.startswith(".")
        )

    def latest_checkpoint(self, key: str) -> dict[str, Any] | None:
        """The newest checkpoint that verifies; corrupt ones are skipped, never served."""
        for iteration in reversed(self.list_checkpoints(key)):
            path = self.job_dir(key) / "checkpoints" / f"{iteration:09d}.json"
            try:
                return self.read_json(path)
            except CorruptFileError as err:
                log.warning("Skipping corrupt checkpoint: %s", err)
        return None
