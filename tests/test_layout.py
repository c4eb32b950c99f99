"""The package shows the pipeline: stage subpackages in order, no import cycles, no module too big.

Every ``import`` statement counts, wherever it stands (a function's lazy import and a
``TYPE_CHECKING`` block alike), so that the layering holds for readers as well as at run time.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quotecheck"

# Lowest first. A module may import modules of its own layer or of lower layers, never higher.
# Top-level modules are layers of their own where they sit in the pipeline.
LAYERS = [
    ("errors",),
    ("resources",),                 # shipped rule data, warm-start store, safe patterns
    ("text",),                      # views with offset maps, normalisation, sentences
    ("model", "config", "config_files", "cache"),   # value types; configuration (its files);
    #                                                 the check's source cache
    ("load",),
    ("quotes",),
    ("provenance",),
    ("align",),
    ("framing",),
    ("story",),
    ("rules",),
    ("plugins",),
    ("lint",),
    ("report",),
    ("archive",),                   # stages over days, windows and stories; query index
    ("app", "cli", "commands", "__main__"),
]
RANK = {name: i for i, names in enumerate(LAYERS) for name in names}
MAX_LINES = 400
MAX_TOP_LEVEL_MODULES = 12


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, name: str, known: set) -> set:
    """The quotecheck modules ``path`` imports (``from pkg import module`` names the module)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                full = f"{target}.{alias.name}"
                out.add(full if full in known else target)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return {m for m in out if m in known and m != name}


def graph() -> dict[str, set]:
    mods = modules()
    return {name: imports_of(path, name, set(mods)) for name, path in mods.items()}


def stage(name: str) -> str:
    """The layer key of a module: its subpackage, or itself at the top level."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_top_level_module_and_subpackage_has_a_layer():
    names = {stage(m) for m in modules()} - {""}
    assert sorted(names - set(RANK)) == []


def test_no_stage_imports_a_higher_stage():
    upward = []
    for name, deps in graph().items():
        here = stage(name)
        if here == "":  # the package façade: it imports lazily, by name, from every stage
            continue
        for dep in deps:
            there = stage(dep)
            if there and RANK[there] > RANK[here]:
                upward.append(f"{name} -> {dep}")
    assert upward == []


def find_cycle(edges: dict[str, set]) -> list:
    """One cycle of ``edges`` as a list of nodes, or [] (iterative depth-first search)."""
    state: dict = {}
    for start in sorted(edges):
        if state.get(start):
            continue
        stack = [(start, iter(sorted(edges[start])))]
        path = [start]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(sorted(edges.get(nxt, ())))))
    return []


def test_no_import_cycle_between_modules():
    assert find_cycle(graph()) == []


def test_no_import_cycle_between_subpackages():
    edges: dict = {}
    for name, deps in graph().items():
        here = stage(name)
        edges.setdefault(here, set()).update(stage(d) for d in deps if stage(d) != here)
    assert find_cycle(edges) == []


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: module_name(p))
def test_module_size(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) < MAX_LINES  # modules under 400 lines


def test_top_level_holds_only_the_public_face():
    top = [p.name for p in PACKAGE.glob("*.py")]
    assert len(top) <= MAX_TOP_LEVEL_MODULES, sorted(top)


def test_every_subpackage_says_what_it_takes_and_gives():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 80, init


def test_the_facade_exports_every_public_name():
    import quotecheck

    for name in quotecheck.__all__:
        assert getattr(quotecheck, name) is not None, name
    with pytest.raises(AttributeError):
        quotecheck.no_such_name  # noqa: B018


def test_importing_the_facade_loads_no_stage():
    import subprocess
    import sys

    code = ("import sys, quotecheck; "
            "print(sorted(m for m in sys.modules if m.startswith('quotecheck.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
