"""The host's program cache (engine/program_cache.py): a shape compiled once is compiled from its stored IR by later
processes, with the same numbers; a damaged or unusable entry costs a compilation, never a wrong answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib

import pytest

from quantum_provider.engine import fast, program_cache
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
from tests.paths import REPO

pytest.importorskip("catalyst")

#: A weighted 5-node graph, 12 steps: compiled (from 10 steps), and quick.
SPEC = {
    "problem": {"kind": "maxcut", "edges": [[0, 1, 1.0], [1, 2, 0.5], [2, 3, 1.5], [3, 4, 0.75], [4, 0, 1.25]]},
    "ansatz": {"kind": "qaoa", "layers": 2},
    "optimizer": {"kind": "adam", "maxiter": 12, "tol": 0.0},
}

#: One job in a fresh interpreter, as a new task process runs it: its fast-path provenance and its numbers.
CHILD = """
import json, sys
from quantum_provider.engine.runner import prepare, run_job
from quantum_provider.spec import JobSpec
from quantum_provider.storage import ResultStore
store = ResultStore(sys.argv[2])
result = run_job(prepare(JobSpec.parse(json.loads(sys.argv[1]))), key="c" * 64, store=store, backend={})
print(json.dumps({"fast_path": store.load_result("c" * 64).provenance["fast_path"],
                  "energy": result["energy"], "parameters": result["parameters"]}))
"""


def run_fresh(tmp_path, cache: str, name: str) -> dict:
    env = {**os.environ, program_cache.ENV: cache}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(SPEC), f"file://{tmp_path}/{name}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def entries(folder) -> list:
    return sorted(folder.glob("*.ll.z"))


def test_a_new_process_compiles_from_the_stored_ir_with_the_same_numbers(tmp_path):
    cache = tmp_path / "programs"
    first = run_fresh(tmp_path, str(cache), "first")
    assert first["fast_path"]["program_cache_hit"] is False
    assert len(entries(cache)) == 1
    second = run_fresh(tmp_path, str(cache), "second")
    assert second["fast_path"]["used"] is True
    assert second["fast_path"]["cache_hit"] is False  # a new process: nothing compiled in it before
    assert second["fast_path"]["program_cache_hit"] is True
    # The same machine code: the same numbers to the last bit.
    assert second["energy"] == first["energy"]
    assert second["parameters"] == first["parameters"]


def compile_in_process(tmp_path, name: str) -> tuple[dict, dict]:
    fast.clear_cache()  # as a new process: the shape is not compiled here yet
    store = ResultStore(f"file://{tmp_path}/{name}")
    result = run_job(prepare(JobSpec.parse(SPEC)), key="d" * 64, store=store, backend={})
    return result, store.load_result("d" * 64).provenance["fast_path"]


@pytest.mark.parametrize("damage", ["altered IR", "truncated", "empty"])
def test_a_damaged_entry_is_removed_and_the_program_compiled_anew(tmp_path, monkeypatch, damage):
    monkeypatch.setenv(program_cache.ENV, str(tmp_path / "programs"))
    reference, stored = compile_in_process(tmp_path, "reference")
    assert stored["program_cache_hit"] is False
    [entry] = entries(tmp_path / "programs")
    data = bytearray(entry.read_bytes())
    if damage == "altered IR":  # still a program, one that computes something else: Adam's beta1 0.9 -> 0.8
        header, _, body = bytes(data).partition(b"\n\n")
        text = zlib.decompress(body).decode()
        assert ", 9.000000e-01" in text
        data = bytearray(header + b"\n\n" + zlib.compress(text.replace(", 9.000000e-01", ", 8.000000e-01").encode()))
    elif damage == "truncated":
        del data[len(data) // 2 :]
    else:
        data.clear()
    entry.write_bytes(bytes(data))

    again, stored = compile_in_process(tmp_path, "again")
    assert stored["program_cache_hit"] is False
    assert again["energy"] == reference["energy"]
    # Compiled anew, its IR stored again, whole.
    assert program_cache.load(fast.describe(prepare(JobSpec.parse(SPEC)), 10).key) is not None


def test_an_entry_that_does_not_compile_is_dropped(tmp_path, monkeypatch):
    """A valid checksum around IR that is not a program (as a bug or another compiler version could leave)."""
    monkeypatch.setenv(program_cache.ENV, str(tmp_path / "programs"))
    shape = fast.describe(prepare(JobSpec.parse(SPEC)), 10).key
    assert program_cache.store(shape, "this is not LLVM IR")
    result, stored = compile_in_process(tmp_path, "after")
    assert stored == {**stored, "used": True, "program_cache_hit": False}
    assert result["iterations"] == 12
    assert "this is not LLVM IR" not in program_cache.load(shape)


def test_off_writes_nothing_and_an_unwritable_cache_only_costs_the_compilation(tmp_path, monkeypatch):
    monkeypatch.setenv(program_cache.ENV, "off")
    assert program_cache.directory() is None
    _, stored = compile_in_process(tmp_path, "off")
    assert stored["program_cache_hit"] is False
    # A file where the cache's directory should be: nothing can be written there.
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv(program_cache.ENV, str(blocked / "programs"))
    result, stored = compile_in_process(tmp_path, "unwritable")
    assert stored["used"] is True
    assert stored["program_cache_hit"] is False
    assert result["iterations"] == 12


def test_the_entry_depends_on_the_shape_and_the_default_is_the_users_cache(monkeypatch, tmp_path):
    job = prepare(JobSpec.parse(SPEC))
    assert program_cache.entry_name(fast.describe(job, 10).key) != program_cache.entry_name(fast.describe(job, 5).key)
    monkeypatch.delenv(program_cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert program_cache.directory() == tmp_path / "quantum-provider" / "programs"


def test_old_entries_are_evicted(tmp_path, monkeypatch):
    monkeypatch.setenv(program_cache.ENV, str(tmp_path))
    monkeypatch.setattr(program_cache, "MAX_ENTRIES", 3)
    for shape in range(5):
        assert program_cache.store(("shape", shape), f"ir {shape}")
        os.utime(tmp_path / program_cache.entry_name(("shape", shape)), (shape, shape))
    program_cache.store(("shape", 5), "ir 5")
    assert [program_cache.load(("shape", s)) for s in range(6)] == [None, None, None, "ir 3", "ir 4", "ir 5"]
