"""The report: a Markdown results section (BENCHMARKS.md's generated part) and a JSON file of the raw numbers."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.model import Table, WorkloadResult

BEGIN = "<!-- BEGIN GENERATED RESULTS: written by `python -m benchmarks`, do not edit by hand -->"
END = "<!-- END GENERATED RESULTS -->"


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(table: Table) -> list[str]:
    lines = [f"**{table.title}**", ""] if table.title else []
    lines.append("| " + " | ".join(table.headers) + " |")
    lines.append("|" + "|".join("---" for _ in table.headers) + "|")
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in table.rows]
    return [*lines, ""]


def _machine(machine: dict[str, Any], run: dict[str, Any]) -> list[str]:
    packages = ", ".join(f"{name} {version or 'not installed'}" for name, version in machine["packages"].items())
    dirty = " (with uncommitted changes)" if machine.get("git_dirty") else ""
    cold = run.get("provider_cold_start_s")
    return [
        f"- Date: {machine['date']}; mode: {run['mode']}; whole run {run['total_s'] / 60:.1f} min",
        f"- CPU: {machine['cpu_model']}, {machine['logical_cpus']} logical CPUs ({machine['usable_cpus']} usable); "
        f"memory {machine['memory_gib']} GiB",
        f"- Load average (1, 5, 15 min) at start {machine['load_average_at_start']}, "
        f"at end {run['load_average_at_end']} (the start's: other processes sharing the cores)",
        f"- {machine['platform']}; Python {machine['python']}; OMP_NUM_THREADS={machine['omp_num_threads']}",
        f"- {packages}",
        f"- Code: commit {machine['git_commit']}{dirty}",
        "- Provider cold start (fork server start + one 2-qubit job, not counted in any workload): "
        + ("not measured (no workload ran the engine)" if cold is None else f"{cold:.2f} s"),
        "",
    ]


def render(machine: dict[str, Any], results: list[WorkloadResult], run: dict[str, Any]) -> str:
    lines = ["## Results", "", "### Machine", "", *_machine(machine, run)]
    ratios = [ratio for result in results for ratio in result.ratios]
    rows = [
        [r.name, "not measured" if r.value is None else f"{r.value:.4g}", r.target or "-", _met(r.met), r.definition]
        for r in ratios
    ]
    lines += [
        "### Ratios and targets",
        "",
        *_table(Table("", ["measure", "value", "target", "met", "definition"], rows)),
    ]
    for result in results:
        lines += [f"### {result.key}: {result.title}", ""]
        for table in result.tables:
            lines += _table(table)
        lines += [f"- {note}" for note in result.notes]
        if result.notes:
            lines.append("")
    checks = [check for result in results for check in result.checks]
    failed = [check for check in checks if not check.passed]
    lines += [
        "### Agreement checks",
        "",
        f"{len(checks) - len(failed)} of {len(checks)} passed."
        + (" **FAILED: the ratios above compare peers that did not solve the same problem.**" if failed else ""),
        "",
        *_table(
            Table(
                "",
                ["workload", "check", "result", "detail"],
                [[c.workload, c.name, "pass" if c.passed else "**FAIL**", c.detail] for c in checks],
            )
        ),
    ]
    return "\n".join(lines)


def _met(met: bool | None) -> str:
    return "-" if met is None else ("yes" if met else "**no**")


def write_json(path: Path, machine: dict[str, Any], results: list[WorkloadResult], run: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"run": run, "machine": machine, "workloads": [asdict(result) for result in results]}
    path.write_text(json.dumps(body, indent=1, default=str) + "\n")


def replace_section(document: Path, section: str) -> None:
    """Put ``section`` between the generated-results markers of ``document`` (the fixed part stays as it is)."""
    text = document.read_text()
    if BEGIN not in text or END not in text:
        raise ValueError(f"{document} has no generated-results markers ({BEGIN} ... {END})")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    document.write_text(f"{head}{BEGIN}\n{section.rstrip()}\n{END}{tail}")
