"""The audit trail: an append-only, hash-chained record of every submission, reuse, completion, cancellation and
policy refusal, in the result store under ``audit/<YYYY-MM-DD>/`` (a journal per UTC day, see ``journal.py``;
a day's first entry chains to the previous day's last, so the days form one chain).

Each entry says who (DAG, run, task, map index, try, and the Airflow user who triggered the run when Airflow
knows it), what (content key, backend connection, shots), when (the entry's UTC time) and the outcome. Messages
are redacted of the connection's credentials before they are written. Every entry's number and hash also go to
the task log, an anchor outside the store.

Verify it with ``python -m quantum_provider.governance.audit verify [--store URI] [--logs FILE ...]``: exit status
0 when every entry is intact and chained, 1 with one line per problem otherwise. ``--logs`` reads the anchors from task
logs, so a removed tail (which leaves a shorter, valid chain) is detected too.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quantum_provider.governance.budget_ledger import today
from quantum_provider.storage.journal import GENESIS, Journal, Verification

if TYPE_CHECKING:
    from quantum_provider.storage import ResultStore

log = logging.getLogger(__name__)

EVENTS = ("submission", "reuse", "completion", "cancellation", "policy_refusal")
#: How an entry is written to the task log; ``--logs`` parses it back.
ANCHOR = "audit entry {day}#{seq} sha256 {hash}"
_ANCHOR_RE = re.compile(r"audit entry (\d{4}-\d{2}-\d{2})#(\d+) sha256 ([0-9a-f]{64})")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AuditTrail:
    """The audit trail of a result store.

    :param store: the result store (its ``audit/`` folder holds the trail).
    """

    def __init__(self, store: ResultStore) -> None:
        self.store = store
        self.root = store.base / "audit"
        self._journals: dict[str, Journal] = {}

    def days(self) -> list[str]:
        return sorted(name for name in self.store.objects.list_names(self.root.path) if _DAY_RE.match(name))

    def journal(self, day: str) -> Journal:
        """Day ``day``'s journal, chained to the newest entry of the latest earlier day."""
        if day not in self._journals:
            genesis = GENESIS
            for earlier in reversed([d for d in self.days() if d < day]):
                seq, digest = self.store.journal("audit", earlier).head()
                if seq >= 0:
                    genesis = digest
                    break
            self._journals[day] = self.store.journal("audit", day, genesis=genesis)
        return self._journals[day]

    def record(
        self,
        event: str,
        *,
        who: dict[str, Any],
        key: str | None,
        backend: str | None,
        shots: int | None,
        outcome: str,
        detail: str | None = None,
    ) -> dict[str, Any]:
        """Append one entry and write its anchor to the log; returns the entry."""
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event!r}")
        body = {
            "event": event,
            "who": {name: who.get(name) for name in ("dag_id", "run_id", "task_id", "map_index", "try_number", "user")},
            "what": {"key": key, "backend": backend, "shots": shots},
            "outcome": outcome,
            "detail": None if detail is None else " ".join(str(detail).split())[:1000],
        }
        day = today()
        entry = self.journal(day).append(lambda _: body)
        log.info(ANCHOR.format(day=day, seq=entry["seq"], hash=entry["hash"]) + " (%s %s)", event, outcome)
        return entry

    def entries(self) -> list[dict[str, Any]]:
        """Every entry of every day, in order (``JournalCorruptError`` when the trail does not verify)."""
        return [entry for day in self.days() for entry in self.journal(day).entries()]

    def verify(self, expect: dict[tuple[str, int], str] | None = None) -> Verification:
        """Every day's chain, the links between days, and the anchors ``expect`` ((day, seq) -> hash) from logs."""
        report = Verification()
        expect = dict(expect or {})
        head = GENESIS
        for day in sorted(set(self.days()) | {day for day, _ in expect}):
            known = {seq: digest for (d, seq), digest in expect.items() if d == day}
            found = self.store.journal("audit", day, genesis=head).verify(expect=known)
            report.problems += [f"{day} {problem}" for problem in found.problems]
            report.entries += found.entries
            if found.entries:
                head = report.head = found.head
        return report


def anchors_in(paths: list[Path]) -> dict[tuple[str, int], str]:
    """(day, entry number) -> hash, as task logs recorded them."""
    found: dict[tuple[str, int], str] = {}
    for path in paths:
        for match in _ANCHOR_RE.finditer(path.read_text(errors="replace")):
            found[(match.group(1), int(match.group(2)))] = match.group(3)
    return found


def main(argv: list[str] | None = None) -> int:
    from quantum_provider.storage import ResultStore

    parser = argparse.ArgumentParser(
        prog="python -m quantum_provider.governance.audit", description="Verify the audit trail."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="check every entry's hash and the chain")
    verify.add_argument("--store", help="result store URI (default: [quantum] result_store)")
    verify.add_argument("--logs", nargs="*", type=Path, default=[], help="task logs holding audit anchors")
    args = parser.parse_args(argv)

    store = ResultStore(args.store)
    report = AuditTrail(store).verify(expect=anchors_in(args.logs))
    if report.ok:
        print(f"audit trail verifies: {report.entries} entries, head {report.head} ({store.base / 'audit'})")
        return 0
    print(f"audit trail does NOT verify ({store.base / 'audit'}): {len(report.problems)} problem(s)")
    for problem in report.problems:
        print(f"  {problem}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
