"""The house's walls: imports read from every module's source (its AST), not from running it.

No import cycle between modules or between areas (ontology, queries, the three
graph/ subpackages, loaders, the doors), and graph/ never imports the loaders
or the doors. Every import counts: at the top, inside a function, under
TYPE_CHECKING.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent

#: Areas, lowest first; an area imports only from itself and those before it.
AREAS = ("polkg.ontology", "polkg.queries", "polkg.graph.store", "polkg.graph.identity",
         "polkg.graph.network", "polkg.loaders", "polkg")


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the distribution by its import name, from pyproject.toml's package-dir."""
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {}
    for package in config["packages"]:
        folder = root / config["package-dir"].get(package, package.replace(".", "/"))
        for path in folder.glob("*.py"):
            found[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return found


def import_graph(found: dict[str, Path]) -> nx.DiGraph:
    """module -> the modules of the distribution it imports (`from pkg import module` counts
    as importing the module)."""
    graph = nx.DiGraph()
    for name, path in found.items():
        graph.add_node(name)
        package = name if path.stem == "__init__" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{parent}.{base}" if base else parent
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in found else base
                           for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in found:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph.add_edge(name, target)
    return graph


def area(module: str) -> str:
    """The most specific area a module lies in."""
    return max((a for a in AREAS if module == a or module.startswith(a + ".")), key=len)


def cycles(graph: nx.DiGraph) -> list[list[str]]:
    return [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]


def test_no_import_cycle_between_modules():
    assert cycles(import_graph(modules())) == []


def test_areas_import_downwards_only():
    graph = import_graph(modules())
    upwards = [(a, b) for a, b in graph.edges
               if AREAS.index(area(b)) > AREAS.index(area(a))]
    assert upwards == []


def test_graph_never_imports_loaders_or_doors():
    graph = import_graph(modules())
    wrong = [(a, b) for a, b in graph.edges if a.startswith("polkg.graph")
             and area(b) in ("polkg.loaders", "polkg")]
    assert wrong == []


def test_doors_call_only_the_api():
    """The CLI's commands and the endpoint never reach through KnowledgeGraph to its store."""
    doors = [ROOT / "polkg" / "cli.py", *(ROOT / "polkg" / "commands").glob("*.py"),
             *(ROOT / "polkg" / "endpoint").glob("*.py")]
    reaching = [f"{path.name}:{node.lineno}" for path in doors
                for node in ast.walk(ast.parse(path.read_text()))
                if isinstance(node, ast.Attribute) and node.attr == "store"]
    assert reaching == []


def test_every_folder_with_modules_is_a_listed_package():
    found = modules()
    for folder in ("polkg", "ontology", "graph", "queries", "loaders"):
        for path in (ROOT / folder).rglob("*.py"):
            assert path in found.values(), f"{path} is in no package listed in pyproject.toml"


def test_the_check_finds_a_cycle(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.setuptools]\npackage-dir = { "polkg" = "src" }\npackages = ["polkg"]\n')
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "__init__.py").write_text("")
    (tmp_path / "src" / "a.py").write_text("from . import b\n")
    (tmp_path / "src" / "b.py").write_text("def f():\n    from polkg.a import x\n")
    assert cycles(import_graph(modules(tmp_path))) == [["polkg.a", "polkg.b"]]
