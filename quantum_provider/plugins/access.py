"""What a user may see of a shared job: the record as their readable DAGs let them see it.

A job (one content key) can be asked for by tasks of several DAGs. A reader sees the rows and history of the DAGs
they may read, and the job's own numbers (the content key fixes them, whichever DAG asked). The name, connection
and provenance that the submitting and computing tasks wrote, and the task instances, users and messages of DAGs
they may not read, are withheld.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Record fields that follow from the content key, the same whichever DAG asked: every reader of the job sees them.
_JOB_FIELDS = ("key", "state", "kind", "num_qubits", "created_at", "updated_at")
#: Of the ``backend`` and ``handle`` the submitting and computing tasks wrote: the backend identity (part of the
#: content key) and the Ray submission id (the key), never the connection.
_BACKEND_FIELDS = frozenset({"backend", "device", "device_version", "threads", "compiler", "key", "submission_id"})
#: Of a history entry of a DAG the reader may not read (or of no DAG): when the job changed state and its error
#: class, never the task instance, its user, the message or the claim's owner.
_ANONYMOUS_ENTRY_FIELDS = frozenset({"at", "state", "event", "outcome", "error", "resumed_from"})
#: Of the validation a DAG the reader may not read wrote: the outcome and why, about the job's own numbers.
_VALIDATION_FIELDS = frozenset({"outcome", "reasons", "checks"})


@dataclass(frozen=True)
class RecordView:
    """A job record as one reader sees it."""

    record: dict[str, Any]
    #: The reader may read every DAG that submitted or computed the job: its name, connection and handle are theirs.
    identified: bool = True
    #: What was withheld, for the page to say so.
    withheld: tuple[str, ...] = ()


def reader_view(record: dict[str, Any] | None, readable_dags: set[str] | None) -> RecordView | None:
    """``record`` as a user who may read ``readable_dags`` sees it; all of it when ``None`` or when they may read
    every DAG that asked for, submitted, computed or validated the job.

    Otherwise the history keeps the entries of readable DAGs whole (but for another task's claim, which names that
    task) and only the time, state, event and error class of the others. The name, backend connection and handle
    are kept only when the reader may read every DAG whose tasks moved the job's state, since one of those wrote
    them (a reuse writes none); only the fields the content key fixes are kept otherwise.
    """
    if record is None or readable_dags is None:
        return None if record is None else RecordView(record)
    history = record.get("history") or []
    validation = record.get("validation")
    dags = {dag_of(entry.get("context")) for entry in history}
    if isinstance(validation, dict):
        dags.add(dag_of(validation.get("context")))
    dags.discard(None)  # written outside any DAG (no task context): nothing a DAG permission protects
    if dags <= readable_dags:
        return RecordView(record)
    writers = {dag_of(entry.get("context")) for entry in history if entry.get("state")} - {None}
    identified = writers <= readable_dags
    withheld = ["tasks of other DAGs"]
    view: dict[str, Any] = {name: record[name] for name in _JOB_FIELDS if name in record}
    if identified:
        view.update((name, value) for name, value in record.items() if name not in ("history", "validation"))
    else:
        for name in ("backend", "handle"):
            if isinstance(record.get(name), dict):
                view[name] = {field: value for field, value in record[name].items() if field in _BACKEND_FIELDS}
        withheld.append("name and connection")
    view["history"] = [_visible_entry(entry, readable_dags) for entry in history]
    if isinstance(validation, dict):
        if dag_of(validation.get("context")) in readable_dags:
            view["validation"] = validation
        else:
            view["validation"] = {name: value for name, value in validation.items() if name in _VALIDATION_FIELDS}
            withheld.append("the validating task")
    return RecordView(view, identified=identified, withheld=tuple(withheld))


def _visible_entry(entry: dict[str, Any], readable_dags: set[str]) -> dict[str, Any]:
    if dag_of(entry.get("context")) not in readable_dags:
        return {name: value for name, value in entry.items() if name in _ANONYMOUS_ENTRY_FIELDS}
    owner = entry.get("owner")
    if not isinstance(owner, dict) or dag_of(owner.get("context")) in readable_dags:
        # ``took_over`` describes the previous claim's owner, whose task it does not name apart from its text.
        return {name: value for name, value in entry.items() if name != "took_over"}
    # An attach names the task that computes the job, in ``owner`` and in the message.
    return {name: value for name, value in entry.items() if name not in ("owner", "message", "took_over")}


def may_read_provenance(provenance: dict[str, Any], view: RecordView, readable_dags: set[str] | None) -> bool:
    """Provenance names the task that computed the result, its user and connection: for readers of its DAG."""
    if readable_dags is None:
        return True
    dag = dag_of(provenance.get("context"))
    return view.identified if dag is None else dag in readable_dags


def dag_of(context: Any) -> str | None:
    return context.get("dag_id") if isinstance(context, dict) else None
