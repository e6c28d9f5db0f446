"""The ask index: which task instance asked for which job when, listed newest first in O(page) store operations.

Every time a task instance first asks for a job (submits it, reuses its result, attaches to its computation), the
store writes an empty object whose *name* says it all, in three partitions::

    index/asks/all/<day>/<slot>/<inverted ms>_<key>_<asker>
    index/asks/dag/<dag_id>/<day>/<slot>/<inverted ms>_<key>_<asker>
    index/asks/run/<dag_id>/<run_id>/<day>/<slot>/<inverted ms>_<key>_<asker>

``inverted ms`` is ``9999999999999 - epoch milliseconds``, zero-padded, so a listing (which every object store
returns in ascending name order, ``StartAfter`` a cursor) yields the newest asks first; ``asker`` is a digest of
(dag_id, run_id, task_id, map_index). ``<day>`` and ``<slot>`` are the name's first 5 and next 3 digits: buckets
of 10^8 ms (27.8 hours) and 10^5 ms (100 s), so that no folder holds more than the asks of 100 seconds, the slots
of one day or the days of the store's history. S3 lists a flat folder from a cursor in O(page), but a POSIX
directory can only be listed whole: without the buckets a page on local disk cost O(jobs) (W6, BENCHMARKS.md). A
page of the job list is then a few listings of the narrowest partition (the days, the newest day's slots, the
slots the page spans) plus one record read per job shown, whatever the number of jobs in the store. The index is
written *before* the record names the asker, so a crash between the two leaves an index entry the job list skips,
never a job it cannot find. Entries of the flat layout before the buckets (names directly in a partition) are not
listed: ``python -m quantum_provider.storage reindex`` writes them again in this one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from quantum_provider.spec import canonical_json
from quantum_provider.storage.objects import ObjectStore

_MAX_MS = 9_999_999_999_999
#: Where a name's bucket digits end at each level below a partition: day (10^8 ms), then slot (10^5 ms).
_LEVELS = (5, 8)
ASKER_FIELDS = ("dag_id", "run_id", "task_id", "map_index")


def asker_of(context: dict[str, Any]) -> tuple:
    return tuple(context.get(field) for field in ASKER_FIELDS)


def asker_digest(asker: tuple) -> str:
    return hashlib.sha256(canonical_json(list(asker)).encode()).hexdigest()[:16]


def _buckets(name: str) -> str:
    """The day and slot folders of the ask named ``name``: ``<day>/<slot>``."""
    day, slot = _LEVELS
    return f"{name[:day]}/{name[day:slot]}"


def path_segment(value: object) -> str:
    """A path segment for a DAG or run id: safe characters kept, anything else escaped reversibly."""
    return re.sub(r"[^A-Za-z0-9._-]", lambda m: f"~{ord(m.group()):04x}", str(value))


def segment_value(segment: str) -> str:
    """The DAG or run id that ``path_segment`` turned into ``segment``."""
    return re.sub(r"~([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), segment)


def stamp(at: str) -> str:
    """The name prefix of an ask made at ``at`` (ISO 8601): names sort newest first."""
    ms = int(datetime.fromisoformat(at).timestamp() * 1000)
    return f"{_MAX_MS - ms:013d}"


def stamped_at(name: str) -> str:
    """When the ask named ``name`` was made (UTC, ISO 8601 to the second): ``stamp`` read back."""
    ms = _MAX_MS - int(name.split("_", 1)[0])
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Ask:
    name: str
    key: str
    asker: str


class AskIndex:
    def __init__(self, objects: ObjectStore, root: str) -> None:
        self.objects = objects
        self.root = f"{root}/index/asks"

    def partition(self, dag_id: str | None = None, run_id: str | None = None) -> str:
        if dag_id is None:
            return f"{self.root}/all"
        if run_id is None:
            return f"{self.root}/dag/{path_segment(dag_id)}"
        return f"{self.runs_folder(dag_id)}/{path_segment(run_id)}"

    def runs_folder(self, dag_id: str | None = None) -> str:
        """The folder of the run partitions of ``dag_id`` (one per run that asked), or of every DAG's when ``None``;
        its names are ``path_segment``s (``segment_value`` reads them back)."""
        return f"{self.root}/run" if dag_id is None else f"{self.root}/run/{path_segment(dag_id)}"

    def add(self, key: str, context: dict[str, Any], at: str) -> None:
        """Index the first ask of the task instance in ``context`` for job ``key``, made at ``at``."""
        asker = asker_of(context)
        name = f"{stamp(at)}_{key}_{asker_digest(asker)}"
        folders = [self.partition()]
        if asker[0] is not None:
            folders.append(self.partition(asker[0]))
            if asker[1] is not None:
                folders.append(self.partition(asker[0], asker[1]))
        for folder in folders:
            self.objects.write(f"{folder}/{_buckets(name)}/{name}", b"")

    def scan(self, folder: str, *, start_after: str | None = None, page: int = 200) -> Iterator[Ask]:
        """The asks in partition ``folder``, newest first, after the name ``start_after``, listed ``page`` names
        per request; lazily, so a consumer that stops early lists only the buckets it reached."""
        for name in self._walk(folder, 0, start_after, page):
            parts = name.split("_")
            if len(parts) == 3 and len(parts[1]) == 64:
                yield Ask(name, parts[1], parts[2])

    def _walk(self, folder: str, level: int, cursor: str | None, page: int) -> Iterator[str]:
        """The names below ``folder`` (``level`` bucket levels down from a partition), ascending, after ``cursor``."""
        if level == len(_LEVELS):
            yield from self._names(folder, cursor, page)
            return
        begin = _LEVELS[level - 1] if level else 0
        digits = _LEVELS[level] - begin
        after = None
        if cursor is not None:
            # The cursor's own bucket first (from the cursor on), then the buckets after it (from their start).
            after = cursor[begin : _LEVELS[level]]
            yield from self._walk(f"{folder}/{after}", level + 1, cursor, page)
        for bucket in self._names(folder, after, page):
            if len(bucket) == digits and bucket.isdigit():  # not an entry of the flat layout
                yield from self._walk(f"{folder}/{bucket}", level + 1, None, page)

    def _names(self, folder: str, after: str | None, page: int) -> Iterator[str]:
        while True:
            names = self.objects.list_names(folder, start_after=after, limit=page)
            yield from names
            if len(names) < page:
                return
            after = names[-1]
