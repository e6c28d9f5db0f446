"""Which files a night's preprocess and validate tasks wrote beside the jobs, and reading them from the store.

``ResultStore.run_dir`` lays them out as ``<area>/<dag>/<run>/<task>[/<map_index>]/<name>``, its ids escaped
reversibly. Only names the store itself lists are served (``output_path``), so no name a request makes up (``..``,
a slash) reaches a path; ``path_of`` is for an ``Output`` that came from a listing (``outputs``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from quantum_provider.storage.index import segment_value
from quantum_provider.tables.preprocessing import OUTPUT_FILES

if TYPE_CHECKING:
    from airflow.sdk import ObjectStoragePath

    from quantum_provider.storage import ResultStore

#: The store's folders of task outputs beside the jobs (``ResultStore.run_dir`` areas) that the UI serves.
AREAS = ("preprocess", "validations")


class Output(BaseModel):
    """A file a task of the run wrote beside the jobs: its area, task folder, map index (mapped tasks) and name."""

    area: str
    task: str
    name: str
    map_index: int | None = None

    @property
    def label(self) -> str:
        return self.task if self.map_index is None else f"{self.task} [{self.map_index}]"


def task_folders(store: ResultStore, area: str, dag_id: str, run_id: str) -> list[str]:
    """The task folders ``area`` holds for the run (``ResultStore.run_dir`` names them)."""
    return [segment_value(name) for name in store.objects.list_names(run_folder(store, area, dag_id, run_id).path)]


def run_folder(store: ResultStore, area: str, dag_id: str, run_id: str) -> ObjectStoragePath:
    # run_dir's last segment is the task: its parent is the run's folder, escaped exactly as run_dir does.
    return _task_folder(store, area, dag_id, run_id, "-").parent


def dag_folder(store: ResultStore, area: str, dag_id: str) -> ObjectStoragePath:
    return run_folder(store, area, dag_id, "-").parent


def _task_folder(
    store: ResultStore, area: str, dag_id: str, run_id: str, task: str, map_index: int | None = None
) -> ObjectStoragePath:
    who = {"dag_id": dag_id, "run_id": run_id, "task_id": task, "map_index": map_index}
    return store.run_dir(area, who)


def path_of(store: ResultStore, dag_id: str, run_id: str, out: Output) -> ObjectStoragePath:
    """Where a listed output is: only for an ``Output`` the store listed (``outputs``), never for a request's."""
    return _task_folder(store, out.area, dag_id, run_id, out.task, out.map_index) / out.name


def outputs(store: ResultStore, dag_id: str, run_id: str) -> list[Output]:
    """Every file the run's preprocess and validate tasks wrote, mapped instances' included."""
    found = []
    for area in AREAS:
        for task in task_folders(store, area, dag_id, run_id):
            for name in store.objects.list_names(_task_folder(store, area, dag_id, run_id, task).path):
                if not name.isdigit():  # task outputs have extensions; a number is a mapped instance's folder
                    found.append(Output(area=area, task=task, name=name))
                    continue
                folder = _task_folder(store, area, dag_id, run_id, task, int(name))
                found.extend(Output(area=area, task=task, name=inner, map_index=int(name))
                             for inner in store.objects.list_names(folder.path))  # fmt: skip
    return found


def output_path(
    store: ResultStore, dag_id: str, run_id: str, area: str, task: str, name: str, map_index: int | None = None
) -> ObjectStoragePath | None:
    """The stored file, when the store lists ``name`` in that task's folder of the run; ``None`` otherwise.

    Only names the store itself lists are served, so no name a request makes up (``..``, a slash) reaches a path.
    """
    if area not in AREAS or task not in task_folders(store, area, dag_id, run_id):
        return None
    if map_index is not None:
        listed = store.objects.list_names(_task_folder(store, area, dag_id, run_id, task).path)
        if map_index < 0 or str(map_index) not in listed:
            return None
    folder = _task_folder(store, area, dag_id, run_id, task, map_index)
    return folder / name if name in store.objects.list_names(folder.path) else None


def modified(path: ObjectStoragePath) -> str | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()
    except (OSError, AttributeError, TypeError, ValueError):
        return None


def read_json(store: ResultStore, dag_id: str, run_id: str, out: Output) -> dict[str, Any]:
    """A JSON output a request names: ``{}`` unless the store lists it."""
    path = output_path(store, dag_id, run_id, out.area, out.task, out.name, out.map_index)
    return {} if path is None else _read_json(path)


def read_output(store: ResultStore, dag_id: str, run_id: str, out: Output) -> dict[str, Any]:
    return _read_json(path_of(store, dag_id, run_id, out))


def _read_json(path: ObjectStoragePath) -> dict[str, Any]:
    from quantum_provider.storage.objects import read_file

    return json.loads(read_file(path))


def read_rejects(store: ResultStore, dag_id: str, run_id: str) -> list[tuple[Output, list[dict[str, Any]]]]:
    """Each preprocess task's rejected rows, with their reasons, read from the store whatever its URI scheme."""
    listed = [out for out in outputs(store, dag_id, run_id)
              if out.area == "preprocess" and out.name == OUTPUT_FILES["rejects"]]  # fmt: skip
    return [(out, store.read_table(path_of(store, dag_id, run_id, out)).to_pylist()) for out in listed]
