"""An append-only, hash-chained journal of JSON entries in the result store, safe under concurrent writers.

Entry ``n`` is the file ``<folder>/<n:012d>.json`` holding ``{"seq", "at", "prev", "body", "hash"}``, where
``hash`` is the sha256 of the canonical JSON of the other four fields and ``prev`` is entry ``n-1``'s hash (64
zeros for entry 0). An append creates the next file *exclusively* (a local ``link``, or an object store's
create-if-absent), so of two writers racing for entry ``n`` exactly one wins; the loser reads the winner's entry
and decides again. Every decision that depends on the journal (a budget reservation, the previous hash) is thereby
made on the complete history, in one order that every worker sees: the journal is linearizable without a lock
server. Both the budget ledger (``policy.py``) and the audit trail (``audit.py``) are journals.

Tampering is evident: an edited entry no longer matches its hash, a removed one leaves a gap in the sequence or
breaks the next entry's ``prev``. A removed *tail* leaves a valid shorter chain; the operators therefore write
each entry's number and hash into the task log, an independent anchor that ``verify --expect`` checks against.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quantum_provider.spec import canonical_json

if TYPE_CHECKING:
    from airflow.sdk import ObjectStoragePath

GENESIS = "0" * 64
#: Appends give up after this many lost races in a row (each loss means another writer made progress).
MAX_ATTEMPTS = 200


class JournalConflictError(Exception):
    """Another writer created the entry first (internal: the append retries)."""


class JournalCorruptError(Exception):
    """The journal does not verify: an entry was edited, removed or reordered."""


def entry_hash(seq: int, at: str, prev: str, body: Any) -> str:
    return hashlib.sha256(canonical_json({"seq": seq, "at": at, "prev": prev, "body": body}).encode()).hexdigest()


@dataclass
class Verification:
    """What ``Journal.verify`` found: the entries that verify and every problem, each as one line."""

    entries: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Journal:
    """The journal under ``folder`` (any ObjectStoragePath; created on the first append).

    :param folder: where the entries live.
    """

    def __init__(self, folder: ObjectStoragePath, *, genesis: str = GENESIS) -> None:
        self.folder = folder
        self.fs = folder.fs
        self.root = folder.path.rstrip("/")
        #: What entry 0 chains to: 64 zeros, or the head of the journal this one continues.
        self.genesis = genesis
        #: Entries are immutable once written: each is read (and verified) once per process.
        self._cache: dict[int, dict[str, Any]] = {}
        #: The newest entry this process knows: (seq, hash); appends probe forward from it instead of listing.
        self._head: tuple[int, str] | None = None

    # -- reading ----------------------------------------------------------------------------------------------

    def sequence_numbers(self) -> list[int]:
        """The entry numbers present, ascending (gaps are possible only if someone removed files)."""
        try:
            names = [posixpath.basename(p.rstrip("/")) for p in self.fs.ls(self.root, detail=False)]
        except FileNotFoundError:
            return []
        return sorted(int(name[:-5]) for name in names if name.endswith(".json") and name[:-5].isdigit())

    def read(self, seq: int) -> dict[str, Any]:
        """Entry ``seq``, checked against its own hash (``JournalCorruptError`` otherwise)."""
        cached = self._cache.get(seq)
        if cached is not None:
            return cached
        path = f"{self.root}/{seq:012d}.json"
        try:
            entry = json.loads(self.fs.cat_file(path))
            ok = entry["seq"] == seq and entry["hash"] == entry_hash(seq, entry["at"], entry["prev"], entry["body"])
        except (ValueError, KeyError, TypeError) as err:
            raise JournalCorruptError(f"entry {seq} is unreadable: {type(err).__name__}") from None
        if not ok:
            raise JournalCorruptError(f"entry {seq} does not match its hash (edited)")
        self._cache[seq] = entry
        return entry

    def entries(self) -> list[dict[str, Any]]:
        """Every entry in order, each verified and chained (``JournalCorruptError`` otherwise).

        Entries are found by probing ``0, 1, 2, ...`` (cached, so a process reads each once) rather than by
        listing the folder, whose cost grows with the journal; ``verify`` lists, and so also finds entries
        beyond a gap.
        """
        out: list[dict[str, Any]] = []
        prev = self.genesis
        seq = 0
        while True:
            try:
                entry = self.read(seq)
            except FileNotFoundError:
                if self.fs.exists(f"{self.root}/{seq + 1:012d}.json"):
                    raise JournalCorruptError(f"entry {seq} is missing (removed)") from None
                break
            if entry["prev"] != prev:
                raise JournalCorruptError(f"entry {seq} does not chain to entry {seq - 1} (removed or reordered)")
            out.append(entry)
            prev = entry["hash"]
            seq += 1
        self._head = (seq - 1, prev) if out else None
        return out

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry, ``(-1, genesis)`` for an empty journal, probing past what is known."""
        if self._head is None:
            numbers = self.sequence_numbers()
            self._head = (numbers[-1], self.read(numbers[-1])["hash"]) if numbers else (-1, self.genesis)
        seq, digest = self._head
        while True:
            try:
                entry = self.read(seq + 1)
            except FileNotFoundError:
                return seq, digest
            seq, digest = seq + 1, entry["hash"]
            self._head = (seq, digest)

    def verify(self, expect: dict[int, str] | None = None) -> Verification:
        """Walk the whole chain and report every problem instead of stopping at the first one.

        :param expect: entry number -> hash known from elsewhere (task logs); a missing or different entry is a
            problem, which is how a removed tail is detected.
        """
        report = Verification(head=self.genesis)
        prev: str | None = self.genesis
        numbers = self.sequence_numbers()
        present = set(numbers)
        for expected in range(max(numbers, default=-1) + 1):
            if expected not in present:
                report.problems.append(f"entry {expected}: missing (removed)")
                prev = None
                continue
            try:
                entry = self.read(expected)
            except JournalCorruptError as err:
                report.problems.append(str(err))
                prev = None
                continue
            if prev is not None and entry["prev"] != prev:
                before = f"entry {expected - 1}" if expected else "the end of the journal before it (removed?)"
                report.problems.append(f"entry {expected}: does not chain to {before}")
            prev = entry["hash"]
            report.entries += 1
            report.head = entry["hash"]
        for seq, digest in sorted((expect or {}).items()):
            if seq not in present:
                report.problems.append(f"entry {seq}: known from the task logs ({digest[:12]}...) but absent")
            elif self._cache.get(seq, {}).get("hash") not in (None, digest):
                report.problems.append(f"entry {seq}: hash differs from the one the task logs recorded")
        return report

    # -- appending --------------------------------------------------------------------------------------------

    def append(self, decide: Callable[[list[dict[str, Any]]], Any], *, history: bool = True) -> dict[str, Any]:
        """Append the body ``decide(entries)`` returns, decided on the complete, verified history.

        ``decide`` may raise to refuse (nothing is written). When another writer appends first, the history is
        read again and ``decide`` runs again, so its decision always sees every earlier entry. With
        ``history=False`` (a body that depends on nothing before it) only the newest entry is read, for its hash.
        """
        from datetime import UTC, datetime

        for _ in range(MAX_ATTEMPTS):
            if history:
                entries = self.entries()
                seq, prev = len(entries), entries[-1]["hash"] if entries else self.genesis
            else:
                entries = []
                last, prev = self.head()
                seq = last + 1
            body = decide(entries)
            at = datetime.now(UTC).isoformat(timespec="microseconds")
            entry = {"seq": seq, "at": at, "prev": prev, "body": body, "hash": entry_hash(seq, at, prev, body)}
            try:
                self._create_exclusively(f"{self.root}/{seq:012d}.json", json.dumps(entry).encode())
            except JournalConflictError:
                continue
            self._cache[seq] = entry
            self._head = (seq, entry["hash"])
            return entry
        raise RuntimeError(f"journal {self.root}: lost {MAX_ATTEMPTS} appends in a row")

    def _create_exclusively(self, path: str, data: bytes) -> None:
        from fsspec.implementations.local import LocalFileSystem

        if isinstance(self.fs, LocalFileSystem):
            # A complete file under a temporary name, then a hard link to the entry's name: link fails if the
            # name exists, so readers never see a partial entry and two writers never both win.
            os.makedirs(self.root, exist_ok=True)
            tmp = f"{self.root}/.{uuid.uuid4().hex}.tmp"
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise JournalConflictError(path) from None
            finally:
                os.unlink(tmp)
            return
        try:  # object stores: a conditional create (If-None-Match), which s3fs, gcsfs and adlfs offer as "xb"
            with self.fs.open(path, "xb") as handle:
                handle.write(data)
        except FileExistsError:
            raise JournalConflictError(path) from None
