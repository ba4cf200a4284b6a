"""The package's shape, checked: no import cycle between modules of pipeline/ (imports inside
functions count), no module over 700 lines, no class over 400 lines."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
MAX_MODULE_LINES = 700
MAX_CLASS_LINES = 400


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Modules of the package that ``name`` imports, anywhere in its body."""
    is_package = path.name == "__init__.py"
    here = name if is_package else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "pipeline":
                    out.add(_known(alias.name))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                base = f"{base}.{node.module}" if node.module else base
            elif node.module and node.module.split(".")[0] == "pipeline":
                base = node.module
            else:
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                out.add(sub if sub in MODULES else _known(base))
    out.discard(name)
    return out


def _known(module: str) -> str:
    while module not in MODULES:
        module = module.rpartition(".")[0]
    return module


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_graph_sees_function_level_imports():
    assert "pipeline" in GRAPH["pipeline.engines"]  # `from . import process` inside process_record
    assert {"pipeline.numbers", "pipeline.places"} <= GRAPH["pipeline.entities"]  # inside _prepared
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    assert _cycles(GRAPH) == []


def test_stages_do_not_import_the_pipeline_that_runs_them():
    stage_packages = ("pipeline.segment", "pipeline.numbers", "pipeline.places", "pipeline.byline", "pipeline.entities")
    for name, deps in GRAPH.items():
        if name.startswith(stage_packages):
            assert not deps & {"pipeline", "pipeline.stages", "pipeline.batch", "pipeline.cli"}, name


def test_persian_vocabulary_imports_no_stage():
    for name, deps in GRAPH.items():
        if name.startswith("pipeline.persian"):
            assert all(d.startswith("pipeline.persian") for d in deps), (name, deps)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_size(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_MODULE_LINES, f"{MODULES[name]} has {lines} lines (at most {MAX_MODULE_LINES}): split it by job"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_class_size(name):
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            size = node.end_lineno - node.lineno + 1
            assert size <= MAX_CLASS_LINES, f"{name}.{node.name} has {size} lines (at most {MAX_CLASS_LINES})"


def test_benchmarks_shadow_nothing_and_need_no_path_fixes():
    import sys

    for path in sorted((PACKAGE.parent / "benchmarks").glob("*.py")):
        assert path.name.startswith("bench_") and path.stem not in sys.stdlib_module_names, path
        assert "sys.path" not in path.read_text(encoding="utf-8"), path
