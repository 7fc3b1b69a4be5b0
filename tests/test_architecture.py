"""The package plan holds: imports run down the layers, no cycles, small folders, a docstring each."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "builder"

# From the bottom up. A module may import its own package and packages of a lower layer, never a sibling of
# the same layer or anything above. ARCHITECTURE.md describes the same plan.
LAYERS: list[set[str]] = [
    {"core", "data"},
    {"sources", "nlp"},
    {"extract"},
    {"stories"},
    {"history"},
    {"site"},
    {"publish"},
    {"runtime"},
    {"pipeline"},
    {"evaluation"},
    {"options"},
    {"serve"},
    {"cli"},
]
RANK = {unit: i for i, layer in enumerate(LAYERS) for unit in layer}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def unit_of(module: str) -> str:
    """The package (or top-level module) a module belongs to: builder.extract.gifts.rules -> extract."""
    return module.split(".")[1]


def imports_of(path: Path) -> set[str]:
    """Every builder module this file imports, at any depth of the file (function-level imports count)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("builder.")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("builder"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in MODULES else node.module)
    return {m for m in found if m != "builder"}


MODULES = {module_name(p): p for p in ROOT.rglob("*.py")}
GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def test_every_module_belongs_to_a_layer():
    assert {unit_of(m) for m in MODULES if m != "builder"} <= set(RANK)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_go_down(module):
    if module == "builder":
        return
    mine = unit_of(module)
    upward = sorted(m for m in GRAPH[module] if unit_of(m) != mine and RANK[unit_of(m)] >= RANK[mine])
    assert upward == [], f"{module} imports from its own layer or above: {upward}"


def test_no_import_cycles():
    """Tarjan's strongly connected components over module imports: every component is one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in GRAPH.get(node, ()):
            if nxt not in GRAPH:
                continue
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    assert cycles == []


def test_the_walk_sees_function_level_imports():
    """The checks above would pass vacuously if the walk missed imports: it finds one inside a function."""
    assert "builder.evaluation.harness" in GRAPH["builder.cli"]
    assert "builder.nlp.spacy_model" in GRAPH["builder.extract"]


def test_no_folder_holds_more_than_twelve_modules():
    folders: dict[Path, int] = {}
    for path in MODULES.values():
        if path.name != "__init__.py":
            folders[path.parent] = folders.get(path.parent, 0) + 1
    crowded = {str(f.relative_to(ROOT)): n for f, n in folders.items() if n > 12}
    assert crowded == {}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_says_its_job(module):
    docstring = ast.get_docstring(ast.parse(MODULES[module].read_text(encoding="utf-8")))
    assert docstring, f"{module} has no docstring"
