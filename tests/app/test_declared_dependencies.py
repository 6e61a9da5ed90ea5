"""pyproject.toml tells the truth about what Lantern imports: every third-party package the code
imports is declared itself (not only reached through another package), and the versions installed
here meet every declared range (a floor above what is installed would be untested)."""
from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
OURS = {"engine", "app", "ui", "hub", "bench", "__future__"}


def _declared() -> list[Requirement]:
    return [Requirement(d) for d in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]]


def _imported_top_level() -> dict[str, str]:
    """Top-level module -> one file importing it, over the shipped code."""
    found: dict[str, str] = {}
    for folder in ("engine", "app", "ui", "hub", "bench"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                         [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else [])
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in OURS:
                        found.setdefault(top, path.relative_to(ROOT).as_posix())
    return found


def test_every_imported_package_is_declared() -> None:
    declared = {canonicalize_name(r.name) for r in _declared()}
    owners = packages_distributions()
    undeclared = []
    for module, where in _imported_top_level().items():
        dists = {canonicalize_name(d) for d in owners.get(module, [])}
        if not dists & declared:
            undeclared.append(f"{module} ({where}; from {sorted(dists) or 'nothing installed'})")
    assert undeclared == []


def test_installed_versions_meet_every_declared_range() -> None:
    unmet = [f"{r} (installed {version(r.name)})" for r in _declared()
             if (r.marker is None or r.marker.evaluate()) and not r.specifier.contains(Version(version(r.name)),
                                                                                       prereleases=True)]
    assert unmet == []
