"""ResultStore: the facade that operators, hooks, the engine and the UI call; the parts live beside it.

Layout under the store's base URI::

    jobs/<key>/record.json              state machine of the job (records.py)
    jobs/<key>/spec.json                the resolved JobSpec
    jobs/<key>/result.json              scalar results and lists (results.py)
    jobs/<key>/<table>.parquet          bitstrings, trace, distribution
    jobs/<key>/provenance.json          what ran, where, with which versions, seeds and timings
    jobs/<key>/manifest.json            sha256 of every result file; written last, so its presence means "complete"
    jobs/<key>/checkpoints/<n>.json     loop state every few iterations (checkpoints.py)
    jobs/<key>/claims/<n>.json          who computes the job: generation n of its claim (claims.py)
    jobs/<key>/previous/<stamp>/...     earlier versions kept by replay="force"
    index/asks/...                      which task asked for which job when, newest first (index.py)
    preprocess/<dag>/<run>/<task>[/<map_index>]/...   a preprocess task's rejects, input suite and Data Docs
    validations/<dag>/<run>/<task>[/<map_index>]/...  a validate task's suite results, Data Docs, summary.json
    ledger/<day>/...                    budget ledger, a journal per UTC day with open-reservation markers
    audit/<day>/...                     audit trail, a journal per UTC day (journal.py)

Every JSON file is an envelope ``{"sha256": ..., "body": ...}`` (codec.py) and every write is atomic (objects.py),
so a reader never sees a half-written file and a corrupt one is detected on read. The store is shared by hosts that
share no disk: coordination uses only exclusive create and compare-and-swap, which the store is probed for when it
is opened (location.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from airflow.sdk import ObjectStoragePath

from quantum_provider.storage.checkpoints import Checkpoints
from quantum_provider.storage.claims import CLAIM_STALE_S, Claim, Claims
from quantum_provider.storage.codec import envelope, open_envelope, parquet_bytes, parquet_table, sha256_hex
from quantum_provider.storage.index import AskIndex, asker_of, path_segment
from quantum_provider.storage.journal import Journal
from quantum_provider.storage.location import as_path, default_store_uri, open_objects
from quantum_provider.storage.objects import read_file, write_file
from quantum_provider.storage.records import RECORD_STATES, Record, Records, is_content_key, new_record, utcnow
from quantum_provider.storage.results import Results, StoredResult

if TYPE_CHECKING:
    import pyarrow as pa


#: Results read (or validations written) at once by ``load_results`` and ``set_validations``.
READ_THREADS = 16


class ResultStore:
    """Atomic, checksummed storage of everything a job produces, shared by every worker that sees the URI.

    :param base: the store's root, any ObjectStoragePath URI (``file://``, ``s3://conn_id@bucket/prefix``, ...);
        default ``[quantum] result_store``. Opening a store that cannot work raises ``QuantumConfigError``.
    :param claim_stale_s: a claim of an owner on another host is stale after this many seconds without heartbeat.
    """

    def __init__(self, base: str | ObjectStoragePath | None = None, *, claim_stale_s: float = CLAIM_STALE_S) -> None:
        self.base = as_path(base or default_store_uri())
        self.objects = open_objects(self.base)
        self.root = self.base.path.rstrip("/")
        self.records = Records(self.objects, self.root)
        self.results = Results(self.objects, self.root)
        self.checkpoints = Checkpoints(self.objects, self.root)
        self.claims = Claims(self.objects, self.root, stale_s=claim_stale_s)
        self.asks = AskIndex(self.objects, self.root)
        self._job_dirs: dict[str, ObjectStoragePath] = {}

    @property
    def claim_stale_s(self) -> float:
        return self.claims.stale_s

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

        A rerun of the same DAG run writes the same paths, so its outputs replace the earlier ones. The ids are
        escaped reversibly (``index.path_segment``), so two runs never share a folder and the UI can list runs by
        their folders (``index.segment_value`` reads an id back).
        """
        path = self.base / area
        for part in (who.get("dag_id"), who.get("run_id"), who.get("task_id")):
            path = path / path_segment(part or "-")
        map_index = who.get("map_index")
        return path / str(map_index) if map_index is not None and map_index >= 0 else path

    def journal(self, *parts: str, genesis: str | None = None) -> Journal:
        """The journal in ``<parts>`` under the store's root (ledger, audit)."""
        folder = "/".join((self.root, *parts))
        return Journal(self.objects, folder) if genesis is None else Journal(self.objects, folder, genesis=genesis)

    # -- files by path (under the store's base) -----------------------------------------------------------------

    # Static: outputs outside the store (preprocess rejects, published tables) are written the same way.

    @staticmethod
    def write_atomic(path: ObjectStoragePath, data: bytes) -> None:
        write_file(path, data)

    envelope = staticmethod(envelope)

    @staticmethod
    def write_json(path: ObjectStoragePath, body: Any) -> str:
        """Write ``body`` in a checksummed envelope; return the file's sha256."""
        data = envelope(body)
        write_file(path, data)
        return sha256_hex(data)

    @staticmethod
    def read_json(path: ObjectStoragePath) -> Any:
        """Read an envelope written by ``write_json``; raise CorruptFileError if it does not verify."""
        return open_envelope(read_file(path), path)

    def create_exclusive(self, path: ObjectStoragePath, data: bytes) -> bool:
        """Create ``path`` holding ``data`` unless it exists; ``True`` when this call created it."""
        return self.objects.create(path.path, data)

    @staticmethod
    def write_table(path: ObjectStoragePath, table: pa.Table) -> str:
        data = parquet_bytes(table)
        write_file(path, data)
        return sha256_hex(data)

    @staticmethod
    def read_table(path: ObjectStoragePath) -> pa.Table:
        return parquet_table(read_file(path))

    def read_optional_json(self, key: str, name: str) -> Any:
        """File ``name`` of job ``key`` if it exists and verifies, else ``None``."""
        from quantum_provider.storage.codec import CorruptFileError

        path = f"{self.results.folder(key)}/{name}"
        try:
            return open_envelope(self.objects.read(path), path)
        except (FileNotFoundError, CorruptFileError):
            return None

    # -- records -----------------------------------------------------------------------------------------------

    def read_record(self, key: str) -> Record | None:
        return self.records.read(key)

    def _ask(self, key: str, record: Record | None, event: dict[str, Any] | None, at: str) -> None:
        """Index the asking task instance of ``event`` unless the record already names it."""
        context = (event or {}).get("context") or {}
        if not context.get("dag_id"):
            return
        asker = asker_of(context)
        if any(asker_of(entry.get("context") or {}) == asker for entry in (record or {}).get("history") or []):
            return
        self.asks.add(key, context, at)

    def reindex(self) -> int:
        """Index every asking task instance of every job (a store written before the ask index existed); returns
        how many asks were indexed. A full scan, for a one-time upgrade: ``python -m quantum_provider.storage``."""
        count = 0
        for key in self.objects.list_names(f"{self.root}/jobs"):
            record = self.read_record(key) if is_content_key(key) else None
            firsts: dict[tuple, dict[str, Any]] = {}
            for entry in (record or {}).get("history") or []:
                context = entry.get("context") or {}
                if context.get("dag_id"):
                    firsts.setdefault(asker_of(context), entry)
            for entry in firsts.values():
                self.asks.add(key, entry["context"], entry["at"])
                count += 1
        return count

    def update_record(self, key: str, *, state: str, event: dict[str, Any] | None = None, **fields: Any) -> Record:
        """Move the job to ``state``, merge ``fields`` and append ``event`` to its history."""
        if state not in RECORD_STATES:
            raise ValueError(f"unknown record state {state!r}")
        at = utcnow()

        def mutate(record: Record | None) -> Record:
            self._ask(key, record, event, at)
            record = record or new_record(key, state)
            record.update(fields, state=state, updated_at=at)
            record["history"].append({"state": state, "at": at, **(event or {})})
            return record

        return self.records.change(key, mutate)

    def mark_submitted(self, key: str, *, event: dict[str, Any] | None = None, **fields: Any) -> bool:
        """Move the job to ``submitted`` unless a live claim shows another process computing it (its owner keeps
        the record; the engine notes that this submitter attached). ``True`` when the record was updated."""
        at = utcnow()
        updated = False

        def mutate(record: Record | None) -> Record | None:
            nonlocal updated
            updated = False
            if self.claims.live(key) is not None:
                return None
            self._ask(key, record, event, at)
            record = record or new_record(key)
            record.update(fields, state="submitted", updated_at=at)
            record["history"].append({"state": "submitted", "at": at, **(event or {})})
            updated = True
            return record

        self.records.change(key, mutate)
        return updated

    def append_event(self, key: str, event: dict[str, Any], *, create: bool = False, **fields: Any) -> None:
        """Record something that happened to a job without changing its state (e.g. a reuse), merging ``fields``.

        Nothing is written for a job without a record unless ``create`` (the record then starts ``submitted``).
        """
        at = utcnow()

        def mutate(record: Record | None) -> Record | None:
            if record is None and not create:
                return None
            self._ask(key, record, event, at)
            record = record or new_record(key)
            record.update(fields)
            record["history"].append({"at": at, **event})
            return record

        self.records.change(key, mutate)

    def set_validation(self, key: str, validation: dict[str, Any]) -> None:
        """Mark the job's result ``passed`` or ``rejected`` (``validation["outcome"]``); the result is kept."""
        self.append_event(key, {"event": "validation", "outcome": validation["outcome"]}, validation=validation)

    def set_validations(self, validations: dict[str, dict[str, Any]]) -> None:
        """``set_validation`` for each key, ``READ_THREADS`` at a time (each record is its own compare-and-swap)."""
        _each(lambda item: self.set_validation(*item), list(validations.items()))

    # -- results -----------------------------------------------------------------------------------------------

    def write_spec(self, key: str, spec: dict[str, Any]) -> None:
        self.objects.write(f"{self.results.folder(key)}/spec.json", envelope(spec))

    def read_spec(self, key: str) -> dict[str, Any]:
        path = f"{self.results.folder(key)}/spec.json"
        return open_envelope(self.objects.read(path), path)

    def write_result(
        self, key: str, *, result: dict[str, Any], provenance: dict[str, Any], tables: dict[str, pa.Table]
    ) -> None:
        """Write every result file, then the manifest that makes them visible (the record moves on after)."""
        self.results.write(key, result=result, provenance=provenance, tables=tables)

    def load_result(self, key: str) -> StoredResult | None:
        """The job's result if it is complete and every file verifies; ``None`` otherwise (recompute)."""
        return self.results.load(key, self.read_record(key), self.uri(key))

    def load_results(self, keys: Sequence[str]) -> list[StoredResult | None]:
        """``load_result`` of each key, in the same order, ``READ_THREADS`` at a time.

        A night's validate and publish tasks read every result of the night: one after the other, an object store's
        round trips (several per result) add up to minutes for a thousand results (BENCHMARKS.md, W5).
        """
        return _each(self.load_result, keys)

    def reusable_result(self, key: str, replay: str) -> StoredResult | None:
        """The verified result a task returns instead of computing, or ``None`` when it must compute.

        A result that validation rejected is never reused: it is moved to ``previous/`` (kept, not served) and
        recomputed, as ``replay="force"`` does with any succeeded result.
        """
        import logging

        record = self.read_record(key) or {}
        rejected = (record.get("validation") or {}).get("outcome") == "rejected"
        if replay == "reuse" and not rejected:
            stored = self.results.load(key, record or None, self.uri(key))
            if stored is not None:
                return stored
        if record.get("state") == "succeeded" and (replay == "force" or rejected):
            why = "validation rejected it" if rejected else 'replay="force"'
            logging.getLogger(__name__).info(
                "Recomputing %s because %s; the previous result is kept at %s", key, why, self.archive(key)
            )
        return None

    def archive(self, key: str) -> str | None:
        """Move the job's current files to ``previous/<stamp>/`` (replay="force" keeps the old version)."""
        target = self.results.archive(key)
        return None if target is None else str(self.base / target[len(self.root) + 1 :])

    def exists(self, key: str) -> bool:
        return bool(self.objects.list_names(self.results.folder(key), limit=1))

    # -- checkpoints -------------------------------------------------------------------------------------------

    def save_checkpoint(self, key: str, state: dict[str, Any]) -> None:
        self.checkpoints.save(key, state)

    def list_checkpoints(self, key: str) -> list[int]:
        return self.checkpoints.iterations(key)

    def latest_checkpoint(self, key: str) -> dict[str, Any] | None:
        return self.checkpoints.latest(key)

    # -- claims: one computation per key -----------------------------------------------------------------------

    def claim_generations(self, key: str) -> list[int]:
        return self.claims.generations(key)

    def read_claim(self, key: str, generation: int) -> dict[str, Any] | None:
        return self.claims.read(key, generation)

    def newest_claim(self, key: str) -> tuple[int, dict[str, Any] | None] | None:
        return self.claims.newest(key)

    def claim_vacancy(self, claim: dict[str, Any] | None) -> str | None:
        return self.claims.vacancy(claim)

    def live_claim(self, key: str) -> dict[str, Any] | None:
        return self.claims.live(key)

    def acquire_claim(self, key: str, *, context: dict[str, Any] | None = None) -> Claim | dict[str, Any]:
        return self.claims.acquire(key, context=context)

    def refresh_claim(self, claim: Claim, *, every_s: float = 0.0) -> None:
        self.claims.refresh(claim, every_s=every_s)

    def release_claim(self, claim: Claim, state: str) -> None:
        self.claims.release(claim, state)


def _each(call: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """``[call(item) for item in items]``, ``READ_THREADS`` calls at a time: each waits on the store, not the CPU."""
    if len(items) <= 1:
        return [call(item) for item in items]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(READ_THREADS, len(items)), thread_name_prefix="quantum-store") as pool:
        return list(pool.map(call, items))
