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
    jobs/<key>/claims/<n>.json          who computes the job: generation n of its claim (see "Claims" below)
    jobs/<key>/.record.lock             serializes read-modify-write updates of record.json (local stores)
    jobs/<key>/previous/<stamp>/...     earlier versions kept by replay="force"

Every JSON file is an envelope ``{"sha256": ..., "body": ...}`` and every write goes to a temporary name that is
then renamed, so a reader never sees a half-written file and a corrupt one is detected on read.

Claims: one computation per key
-------------------------------
Before it optimizes, the engine claims the job (``acquire_claim``): it creates ``claims/<n>.json`` with an
exclusive create that only one process can win (local store: the claim is written to a temporary file, then
``os.link``-ed to its name, which fails if the name exists; other filesystems: ``open(path, "xb")``). The claim
names its owner (host, boot id, pid and the process's start time), a unique token and a heartbeat the owner
refreshes while it computes. A second submitter that finds a live claim does not compute: it waits for the
owner's result. A claim is vacant when its owner released it (the job reached a terminal state), when its owner
is gone (on this host: the pid is dead, a zombie or reused by another process; checked at once, so a SIGKILLed
owner is replaced immediately), or, for an owner on another host, when its heartbeat is older than
``CLAIM_STALE_S``. A vacant claim ``n`` is replaced by generation ``n + 1``, created exclusively in turn, so a
take-over cannot be won twice either; generations are never deleted or reused. An owner that finds a newer
generation than its own at a heartbeat (it looked dead to someone) stops and publishes nothing
(``ClaimLostError``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import json
import logging
import os
import posixpath
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
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


#: A claim whose owner runs on another host is stale once its heartbeat is this many seconds old. Generous: an
#: owner refreshes it at its checkpoints, and a claim taken over too early costs a duplicate computation.
CLAIM_STALE_S = 600.0


class CorruptFileError(Exception):
    """A stored file failed its checksum or could not be parsed."""


class ClaimLostError(Exception):
    """Another process took this job's claim over (the owner looked dead to it): the owner must stop and publish
    nothing; the new owner computes the job."""


@dataclass
class Claim:
    """A claim this process holds on one job: generation ``generation`` of ``jobs/<key>/claims/``."""

    key: str
    generation: int
    body: dict[str, Any]
    #: The vacant claim this one replaced, and why it was vacant (``None`` for the first claim of a key).
    replaced: dict[str, Any] | None = None
    reason: str | None = None
    heartbeat_at: float = field(default_factory=time.monotonic)

    @property
    def token(self) -> str:
        return self.body["token"]


def describe_owner(claim: dict[str, Any] | None) -> str:
    """``pid 123 on host-a (dag_id/task_id, claim 2)``: who holds a claim, for messages and the job record."""
    if not claim:
        return "an unknown process"
    context = claim.get("context") or {}
    task = "/".join(str(context[k]) for k in ("dag_id", "run_id", "task_id") if context.get(k))
    where = f"pid {claim.get('pid')} on {claim.get('host')}"
    return f"{where} ({task + ', ' if task else ''}claim {claim.get('generation')})"


@functools.cache
def _hostname() -> str:
    return socket.gethostname()


@functools.cache
def _boot_id() -> str | None:
    """Changes when the host restarts: a pid recorded before a restart says nothing about a process after it."""
    try:
        with open("/proc/sys/kernel/random/boot_id") as f:
            return f.read().strip() or None
    except OSError:
        return None


def _proc_stat(pid: int) -> tuple[str, str] | None:
    """``(state, start time)`` of a process from ``/proc``; ``None`` when it does not exist (or no ``/proc``)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # the command name may contain spaces and parentheses
    return fields[0], fields[19]


def process_start(pid: int) -> str | None:
    stat = _proc_stat(pid)
    return stat[1] if stat else None


def process_alive(pid: int, start: str | None = None) -> bool:
    """Whether process ``pid`` of this host still runs (a zombie does not; a pid reused by a process started at
    another time than ``start`` does not either)."""
    if os.path.isdir("/proc/self"):
        stat = _proc_stat(pid)
        if stat is None:
            return False
        state, started = stat
        return state not in ("Z", "X", "x") and (start is None or started == start)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: it exists
        return True
    return True


def _local_path(path: ObjectStoragePath) -> str | None:
    """The local filesystem path of ``path``, or ``None`` when it lives elsewhere (object stores, ...)."""
    from fsspec.implementations.local import LocalFileSystem

    return path.path if isinstance(path.fs, LocalFileSystem) else None


#: Record lock files this thread holds (a lock is taken once per thread: nested updates reuse it).
_HELD_LOCKS = threading.local()


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

    def __init__(self, base: str | ObjectStoragePath | None = None, *, claim_stale_s: float = CLAIM_STALE_S) -> None:
        self.base = as_path(base or default_store_uri())
        self.claim_stale_s = claim_stale_s
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

    @staticmethod
    def envelope(body: Any) -> bytes:
        """``body`` in the checksummed envelope every JSON file of the store has."""
        payload = canonical_json(body)
        # canonical JSON is JSON: embedded as is, the envelope's body parses back to ``body``
        return f'{{"sha256": "{sha256_hex(payload.encode())}", "body": {payload}}}'.encode()

    def write_json(self, path: ObjectStoragePath, body: Any) -> str:
        """Write ``body`` in a checksummed envelope; return the file's sha256."""
        data = self.envelope(body)
        self.write_atomic(path, data)
        return sha256_hex(data)

    @staticmethod
    def create_exclusive(path: ObjectStoragePath, data: bytes) -> bool:
        """Create ``path`` holding ``data`` unless it exists; ``True`` when this call created it.

        Exactly one of any number of concurrent calls for one path wins, and the file is complete when it
        appears: on a local filesystem the data goes to a temporary file that is then hard-linked to ``path``
        (``link`` fails if the name exists); elsewhere fsspec's exclusive mode ``xb`` does the same.
        """
        local = _local_path(path)
        if local is None:
            fs, target = path.fs, path.path
            try:
                with fs.open(target, "xb") as f:
                    f.write(data)
            except FileNotFoundError:
                fs.makedirs(posixpath.dirname(target), exist_ok=True)
                return ResultStore.create_exclusive(path, data)
            except FileExistsError:
                return False
            return True
        folder = os.path.dirname(local)
        tmp = f"{folder}/.{os.path.basename(local)}.{uuid.uuid4().hex}.tmp"
        try:
            with open(tmp, "wb") as f:
                f.write(data)
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(data)
        try:
            os.link(tmp, local)
        except FileExistsError:
            return False
        finally:
            os.unlink(tmp)
        return True

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

    @contextlib.contextmanager
    def record_lock(self, key: str) -> Iterator[None]:
        """Hold the job's record lock: read-modify-write updates of ``record.json`` from concurrent processes
        (an owner moving the job on, a second submitter noting that it attached) then never lose an entry.

        An advisory ``flock`` on ``.record.lock``, which the OS releases when its holder dies, so a killed
        process never leaves it locked. Taken once per thread (nested updates reuse it); on stores that are not
        local filesystems there is no lock and concurrent updates of one record are last-writer-wins.
        """
        local = _local_path(self.job_dir(key))
        held: set[str] = _HELD_LOCKS.__dict__.setdefault("paths", set())
        if local is None or local in held:
            yield
            return
        import fcntl

        lock = f"{local}/.record.lock"
        try:
            fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
        except FileNotFoundError:
            os.makedirs(local, exist_ok=True)
            fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            held.add(local)
            yield
        finally:
            held.discard(local)
            os.close(fd)  # releases the lock

    def update_record(self, key: str, *, state: str, event: dict[str, Any] | None = None, **fields: Any) -> dict:
        """Move the job to ``state``, merge ``fields`` and append ``event`` to its history."""
        if state not in RECORD_STATES:
            raise ValueError(f"unknown record state {state!r}")
        with self.record_lock(key):
            record = self.read_record(key) or {"key": key, "created_at": utcnow(), "history": []}
            record.update(fields, state=state, updated_at=utcnow())
            record["history"].append({"state": state, "at": record["updated_at"], **(event or {})})
            self.write_json(self.job_dir(key) / "record.json", record)
        return record

    def mark_submitted(self, key: str, *, event: dict[str, Any] | None = None, **fields: Any) -> bool:
        """Move the job to ``submitted`` unless a live claim shows another process computing it (its owner keeps
        the record; the engine notes that this submitter attached). ``True`` when the record was updated."""
        with self.record_lock(key):
            if self.live_claim(key) is not None:
                return False
            self.update_record(key, state="submitted", event=event, **fields)
        return True

    def append_event(self, key: str, event: dict[str, Any], *, create: bool = False, **fields: Any) -> None:
        """Record something that happened to a job without changing its state (e.g. a reuse), merging ``fields``.

        Nothing is written for a job without a record unless ``create`` (the record then starts ``submitted``).
        """
        with self.record_lock(key):
            record = self.read_record(key)
            if record is None:
                if not create:
                    return
                record = {"key": key, "created_at": utcnow(), "state": "submitted", "history": []}
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
            # Claims stay: their generations only grow, so a claim's number is never reused by a later one.
            if child.name in ("previous", "claims", ".record.lock"):
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

    # -- claims: one computation per key -----------------------------------------------------------------------

    def _claim_path(self, key: str, generation: int) -> ObjectStoragePath:
        return self.job_dir(key) / "claims" / f"{generation:09d}.json"

    def claim_generations(self, key: str) -> list[int]:
        """The generations of the job's claims, oldest first."""
        folder = self.job_dir(key) / "claims"
        local = _local_path(folder)
        try:
            if local is not None:
                names = os.listdir(local)
            else:
                names = [posixpath.basename(p) for p in folder.fs.ls(folder.path, detail=False)]
        except FileNotFoundError:
            return []
        return sorted(int(n.split(".")[0]) for n in names if n.endswith(".json") and n.split(".")[0].isdigit())

    def read_claim(self, key: str, generation: int) -> dict[str, Any] | None:
        """Generation ``generation`` of the job's claim; ``None`` when it is missing or does not verify."""
        try:
            return self.read_json(self._claim_path(key, generation))
        except (CorruptFileError, FileNotFoundError):
            return None

    def newest_claim(self, key: str) -> tuple[int, dict[str, Any] | None] | None:
        """``(generation, claim)`` of the job's newest claim (claim ``None`` if unreadable); ``None`` if unclaimed."""
        generations = self.claim_generations(key)
        if not generations:
            return None
        return generations[-1], self.read_claim(key, generations[-1])

    def claim_vacancy(self, claim: dict[str, Any] | None) -> str | None:
        """Why ``claim`` no longer holds its job, or ``None`` while its owner may still be computing it."""
        if claim is None:
            return "its claim file does not verify"
        owner = describe_owner(claim)
        if claim.get("released_at"):
            return f"{owner} released it ({claim.get('state') or 'ended'})"
        if claim.get("host") == _hostname():
            if claim.get("boot_id") != _boot_id():
                return f"{owner} ran before the host restarted"
            if not process_alive(int(claim.get("pid") or 0), claim.get("pid_start")):
                return f"{owner} is gone"
            return None
        age = time.time() - float(claim.get("heartbeat") or 0.0)
        if age > self.claim_stale_s:
            return f"{owner} sent no heartbeat for {age:.0f} s (stale after {self.claim_stale_s:g} s)"
        return None

    def live_claim(self, key: str) -> dict[str, Any] | None:
        """The claim of the process computing the job now, or ``None`` when nobody holds it."""
        newest = self.newest_claim(key)
        if newest is None or self.claim_vacancy(newest[1]) is not None:
            return None
        return newest[1]

    def acquire_claim(self, key: str, *, context: dict[str, Any] | None = None) -> Claim | dict[str, Any]:
        """Claim the job for this process: a ``Claim`` when this process now computes it, else the live claim of
        the process that does (wait for its result instead of computing).

        A vacant newest claim (released, owner gone or stale) is replaced by the next generation; of several
        processes racing for one generation exactly one creates it, the others see it live and attach.
        """
        for _ in range(1000):  # every round either wins or sees a newer generation; bounded against a broken fs
            newest = self.newest_claim(key)
            generation, replaced, reason = 1, None, None
            if newest is not None:
                reason = self.claim_vacancy(newest[1])
                if reason is None:
                    return newest[1]
                generation, replaced = newest[0] + 1, newest[1]
            now = utcnow()
            body = {
                "key": key,
                "generation": generation,
                "token": uuid.uuid4().hex,
                "host": _hostname(),
                "boot_id": _boot_id(),
                "pid": os.getpid(),
                "pid_start": process_start(os.getpid()),
                "claimed_at": now,
                "heartbeat_at": now,
                "heartbeat": time.time(),
                "context": context or {},
                "took_over": reason,
                "released_at": None,
                "state": None,
            }
            if self.create_exclusive(self._claim_path(key, generation), self.envelope(body)):
                return Claim(key, generation, body, replaced, reason)
        raise RuntimeError(f"could not claim job {key}: its claims keep changing")

    def refresh_claim(self, claim: Claim, *, every_s: float = 0.0) -> None:
        """Renew the claim's heartbeat (unless the last renewal is less than ``every_s`` seconds old); raise
        ``ClaimLostError`` if a newer generation replaced it."""
        if every_s > 0 and time.monotonic() - claim.heartbeat_at < every_s:
            return
        generations = self.claim_generations(claim.key)
        newer = [g for g in generations if g > claim.generation]
        if newer:
            holder = self.read_claim(claim.key, newer[-1])
            raise ClaimLostError(
                f"job {claim.key} was taken over by {describe_owner(holder)}: "
                f"{(holder or {}).get('took_over') or 'this owner looked gone'}"
            )
        claim.body.update(heartbeat_at=utcnow(), heartbeat=time.time())
        self.write_json(self._claim_path(claim.key, claim.generation), claim.body)
        claim.heartbeat_at = time.monotonic()

    def release_claim(self, claim: Claim, state: str) -> None:
        """Give the job up: it reached ``state`` (terminal); a later submission may claim it again."""
        claim.body.update(released_at=utcnow(), state=state)
        self.write_json(self._claim_path(claim.key, claim.generation), claim.body)
