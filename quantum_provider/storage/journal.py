"""An append-only, hash-chained journal of JSON entries in the result store, safe under concurrent writers.

Entry ``n`` is the object ``<folder>/<n:012d>.json`` holding ``{"seq", "at", "prev", "body", "hash"}``, where
``hash`` is the sha256 of the canonical JSON of the other four fields and ``prev`` is entry ``n-1``'s hash (64
zeros for entry 0, or the head of the journal this one continues). An append creates the next entry *exclusively*
(the store's exclusive create), so of two writers racing for entry ``n`` exactly one wins; the loser reads the
winner's entry and decides again. A decision that depends on the journal (a budget reservation) is made on the
newest entry, which carries whatever running totals the decision needs, so the journal is linearizable without a
lock server and an append costs O(1) store operations whatever the journal's length.

Finding the newest entry: ``head.json`` is a hint (seq and hash of an entry known to exist), rewritten after each
append; a writer probes forward from it (``n+1``, ``n+2``, ...) until an entry is missing. A hint that lags (two
writers rewrote it out of order) costs a few more probes, never a wrong answer.

Tampering is evident: an edited entry no longer matches its hash, a removed one leaves a gap in the sequence or
breaks the next entry's ``prev``. A removed *tail* leaves a valid shorter chain; the operators therefore write
each entry's number and hash into the task log, an independent anchor that ``verify --expect`` checks against.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from quantum_provider.spec import canonical_json
from quantum_provider.storage.objects import ObjectStore

GENESIS = "0" * 64
#: Appends give up after this many lost races in a row (each loss means another writer made progress).
MAX_ATTEMPTS = 200
_HINT = "head.json"


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
    """The journal in ``folder`` of a store (created on the first append).

    :param objects: the store's primitives.
    :param folder: the journal's folder, as the store's filesystem names it.
    :param genesis: what entry 0 chains to: 64 zeros, or the head of the journal this one continues.
    """

    def __init__(self, objects: ObjectStore, folder: str, *, genesis: str = GENESIS) -> None:
        self.objects = objects
        self.root = folder.rstrip("/")
        self.genesis = genesis
        #: Entries are immutable once written: each is read (and verified) once per process.
        self._cache: dict[int, dict[str, Any]] = {}
        #: The newest entry this process knows: (seq, hash); appends probe forward from it.
        self._head: tuple[int, str] | None = None

    # -- reading ----------------------------------------------------------------------------------------------

    def sequence_numbers(self) -> list[int]:
        """The entry numbers present, ascending (a full listing: for verification, not for appends)."""
        names = self.objects.list_names(self.root)
        return sorted(int(name[:-5]) for name in names if name.endswith(".json") and name[:-5].isdigit())

    def read(self, seq: int) -> dict[str, Any]:
        """Entry ``seq``, checked against its own hash (``JournalCorruptError``; ``FileNotFoundError`` if absent)."""
        cached = self._cache.get(seq)
        if cached is not None:
            return cached
        data = self.objects.read(f"{self.root}/{seq:012d}.json")
        try:
            entry = json.loads(data)
            ok = entry["seq"] == seq and entry["hash"] == entry_hash(seq, entry["at"], entry["prev"], entry["body"])
        except (ValueError, KeyError, TypeError) as err:
            raise JournalCorruptError(f"entry {seq} is unreadable: {type(err).__name__}") from None
        if not ok:
            raise JournalCorruptError(f"entry {seq} does not match its hash (edited)")
        self._cache[seq] = entry
        return entry

    def entries(self) -> list[dict[str, Any]]:
        """Every entry in order, each verified and chained (``JournalCorruptError`` otherwise)."""
        out: list[dict[str, Any]] = []
        prev = self.genesis
        seq = 0
        while True:
            try:
                entry = self.read(seq)
            except FileNotFoundError:
                if self.objects.exists(f"{self.root}/{seq + 1:012d}.json"):
                    raise JournalCorruptError(f"entry {seq} is missing (removed)") from None
                break
            if entry["prev"] != prev:
                raise JournalCorruptError(f"entry {seq} does not chain to entry {seq - 1} (removed or reordered)")
            out.append(entry)
            prev = entry["hash"]
            seq += 1
        if out:
            self._head = (seq - 1, prev)
        return out

    def _hint(self) -> int:
        """The newest entry number the hint names (-1 without one); an unreadable hint is ignored."""
        try:
            return int(json.loads(self.objects.read(f"{self.root}/{_HINT}"))["seq"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return -1

    def newest(self) -> dict[str, Any] | None:
        """The newest entry (``None`` for an empty journal), in O(1) store reads plus the hint's lag."""
        seq = self._head[0] if self._head is not None else self._hint()
        entry = self.read(seq) if seq >= 0 else None
        while True:
            try:
                following = self.read(seq + 1)
            except FileNotFoundError:
                break
            seq, entry = seq + 1, following
        if entry is not None:
            self._head = (seq, entry["hash"])
        return entry

    def head(self) -> tuple[int, str]:
        """(seq, hash) of the newest entry, ``(-1, genesis)`` for an empty journal."""
        entry = self.newest()
        return (entry["seq"], entry["hash"]) if entry is not None else (-1, self.genesis)

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

    def append(self, decide: Callable[[dict[str, Any] | None], Any]) -> dict[str, Any]:
        """Append the body ``decide(newest entry)`` returns, decided on the newest entry of the journal.

        ``decide`` may raise to refuse (nothing is written). When another writer appends first, ``decide`` runs
        again on the winner's entry, so every decision sees the state after every earlier entry.
        """
        for _ in range(MAX_ATTEMPTS):
            newest = self.newest()
            seq = newest["seq"] + 1 if newest is not None else 0
            prev = newest["hash"] if newest is not None else self.genesis
            body = decide(newest)
            at = datetime.now(UTC).isoformat(timespec="microseconds")
            entry = {"seq": seq, "at": at, "prev": prev, "body": body, "hash": entry_hash(seq, at, prev, body)}
            if not self.objects.create(f"{self.root}/{seq:012d}.json", json.dumps(entry).encode()):
                continue
            self._cache[seq] = entry
            self._head = (seq, entry["hash"])
            # Only a hint: a lagging one costs probes, so a plain write (no compare-and-swap) is enough.
            self.objects.write(f"{self.root}/{_HINT}", json.dumps({"seq": seq, "hash": entry["hash"]}).encode())
            return entry
        raise RuntimeError(f"journal {self.root}: lost {MAX_ATTEMPTS} appends in a row")
