"""The package layout docs/architecture.md describes: packages by concern, no import cycle, short modules, no Airflow
in the spec, and a package tree in the docs that lists every package."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx

from tests.paths import REPO

PACKAGE = REPO / "quantum_provider"
#: The only modules allowed at the top of the package.
TOP_LEVEL = {"__init__", "exceptions", "get_provider_info"}
MAX_LINES = 400
#: What a longer module's docstring says first, so its length is a decision, not an accident.
LONG_REASON = "Longer than 400 lines because"


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(REPO).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def import_edges(*, type_checking: bool) -> set[tuple[str, str]]:
    """(importer, imported) for every import of a provider module, at any depth (inside functions too)."""
    known = modules()

    def owner(name: str) -> str | None:  # "a.b.C" (a name from a module) -> "a.b"
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    edges = set()
    for name, path in known.items():
        tree = ast.parse(path.read_text())
        guarded = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if id(node) in guarded and not type_checking:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for target in targets:
                imported = owner(target) if target.startswith("quantum_provider") else None
                if imported and imported != name:
                    edges.add((name, imported))
    return edges


def package_of(module: str) -> str:
    return module.split(".")[1] if "." in module else module


def test_no_module_imports_in_a_cycle_counting_every_import():
    graph = nx.DiGraph(import_edges(type_checking=True))
    assert list(nx.simple_cycles(graph)) == []


def test_no_package_imports_in_a_cycle_at_run_time():
    # Type-only imports are left out here: a hook's type in governance's signatures is no run-time dependency.
    graph = nx.DiGraph(
        (package_of(a), package_of(b)) for a, b in import_edges(type_checking=False) if package_of(a) != package_of(b)
    )
    assert list(nx.simple_cycles(graph)) == []


def test_only_a_handful_of_modules_sit_at_the_top():
    assert {path.stem for path in PACKAGE.glob("*.py")} == TOP_LEVEL


def test_a_module_over_400_lines_says_why_at_its_top():
    long = {
        name: len(path.read_text().splitlines())
        for name, path in modules().items()
        if len(path.read_text().splitlines()) > MAX_LINES
    }
    unexplained = [
        name for name in long if LONG_REASON not in (ast.get_docstring(ast.parse(modules()[name].read_text())) or "")
    ]
    assert unexplained == [], long


def test_the_spec_package_imports_no_airflow():
    probe = "import sys, quantum_provider.spec; print(sorted({m.split('.')[0] for m in sys.modules} & {'airflow'}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]"


def test_the_architecture_doc_lists_every_package_once():
    doc = (REPO / "docs" / "architecture.md").read_text()
    tree = doc[doc.index("```text\nquantum_provider/") : doc.index("```", doc.index("```text\nquantum_provider/") + 3)]
    listed = re.findall(r"^\s+(\w+)/\s", tree, flags=re.M)
    packages = sorted(path.parent.name for path in PACKAGE.glob("*/*.py") if "__pycache__" not in path.parts)
    assert sorted(listed) == sorted(set(packages))
