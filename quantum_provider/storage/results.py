"""Results and their manifest: what a finished job produced, complete and verified or not served at all.

A job's result files (``result.json``, ``provenance.json``, the parquet tables) are written first, then
``manifest.json`` with the sha256 of each, then the record moves to ``succeeded``. A result is served only when the
record says succeeded and every file matches the manifest; anything else is recomputed. ``replay="force"`` moves the
job's files to ``previous/<stamp>/`` and computes again.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from quantum_provider.storage.codec import CorruptFileError, envelope, open_envelope, parquet_bytes, sha256_hex
from quantum_provider.storage.objects import ObjectStore
from quantum_provider.storage.records import job_folder, utcnow

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

#: What ``archive`` leaves in place: earlier versions, and claims (their generations only grow, never reused).
_KEPT = ("previous", "claims")


@dataclass(frozen=True)
class StoredResult:
    key: str
    record: dict[str, Any]
    result: dict[str, Any]
    provenance: dict[str, Any]
    uri: str


class Results:
    def __init__(self, objects: ObjectStore, root: str) -> None:
        self.objects = objects
        self.root = root

    def folder(self, key: str) -> str:
        return job_folder(self.root, key)

    def write(
        self, key: str, *, result: dict[str, Any], provenance: dict[str, Any], tables: dict[str, pa.Table]
    ) -> None:
        """Write every result file, then the manifest that makes them visible."""
        job = self.folder(key)
        digests = {"spec.json": sha256_hex(self.objects.read(f"{job}/spec.json"))}
        files = {"result.json": envelope(result), "provenance.json": envelope(provenance)}
        files.update({f"{name}.parquet": parquet_bytes(table) for name, table in tables.items()})
        for name, data in files.items():
            self.objects.write(f"{job}/{name}", data, self_verifying=True)  # the manifest holds its digest
            digests[name] = sha256_hex(data)
        self.objects.write(f"{job}/manifest.json", envelope({"files": digests, "written_at": utcnow()}))

    def load(self, key: str, record: dict[str, Any] | None, uri: str) -> StoredResult | None:
        """The job's result if the record says succeeded and every file verifies; ``None`` otherwise."""
        if record is None or record.get("state") != "succeeded":
            return None
        job = self.folder(key)
        try:
            manifest = open_envelope(self.objects.read(f"{job}/manifest.json"), f"{job}/manifest.json")
            contents = {}
            for name, digest in manifest["files"].items():
                contents[name] = self.objects.read(f"{job}/{name}")
                if sha256_hex(contents[name]) != digest:
                    raise CorruptFileError(f"{job}/{name}: checksum mismatch")
            result = open_envelope(contents["result.json"], f"{job}/result.json")
            provenance = open_envelope(contents["provenance.json"], f"{job}/provenance.json")
        except (CorruptFileError, KeyError, TypeError, OSError) as err:
            log.warning("Stored result for %s does not verify (%s); it will be recomputed", key, err)
            return None
        return StoredResult(key=key, record=record, result=result, provenance=provenance, uri=uri)

    def archive(self, key: str) -> str | None:
        """Move the job's current files to ``previous/<stamp>/`` (replay="force" keeps the old version)."""
        job = self.folder(key)
        names = [name for name in self.objects.list_names(job) if name not in _KEPT]
        if not names:
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = f"{job}/previous/{stamp}"
        fs = self.objects.fs
        fs.invalidate_cache(job)  # fsspec caches listings; the move must see the job's files as they are now
        fs.makedirs(target, exist_ok=True)
        for name in sorted(names, key=lambda n: n == "record.json"):  # the record last: until then it is findable
            with contextlib.suppress(FileNotFoundError):
                fs.mv(f"{job}/{name}", f"{target}/{name}", recursive=True)
        return target
