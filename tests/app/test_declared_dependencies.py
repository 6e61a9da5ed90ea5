"""pyproject.toml tells the truth about what Lantern imports: every third-party package the code
imports is declared itself (not only reached through another package): the shipped code's in
`dependencies`, the build scripts' (packaging/) and the tests' in `dependencies` or the `dev` extra
(which the README's install command installs). The versions installed here meet every declared range
(a floor above what is installed would be untested)."""
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
SHIPPED = ("engine", "app", "ui", "hub", "bench")
TOOLING = ("packaging", "tests")     # build scripts and tests: may also use the dev extra


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def _declared(*, dev: bool = False) -> list[Requirement]:
    project = _pyproject()["project"]
    extra = project["optional-dependencies"]["dev"] if dev else []
    return [Requirement(d) for d in [*project["dependencies"], *extra]]


def _local_modules(folder: str) -> set[str]:
    """Our own modules a folder's files import (tests/hubkit.py, packaging/notices.py, and the
    scripts/ the tests put on sys.path)."""
    mine = [ROOT / folder, ROOT / "scripts"]
    return {p.stem for base in mine for p in base.rglob("*.py")} | {
        p.name for base in mine for p in base.rglob("*") if p.is_dir()}


def _imported_top_level(folders: tuple[str, ...]) -> dict[str, str]:
    """Top-level module -> one file importing it, over `folders`."""
    found: dict[str, str] = {}
    for folder in folders:
        local = OURS | _local_modules(folder)
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                         [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else [])
                for name in names:
                    top = name.split(".")[0]
                    if top not in sys.stdlib_module_names and top not in local:
                        found.setdefault(top, path.relative_to(ROOT).as_posix())
    return found


def _undeclared(folders: tuple[str, ...], requirements: list[Requirement]) -> list[str]:
    declared = {canonicalize_name(r.name) for r in requirements}
    owners = packages_distributions()
    undeclared = []
    for module, where in _imported_top_level(folders).items():
        dists = {canonicalize_name(d) for d in owners.get(module, [])}
        if not dists & declared:
            undeclared.append(f"{module} ({where}; from {sorted(dists) or 'nothing installed'})")
    return undeclared


def test_every_package_the_shipped_code_imports_is_a_dependency() -> None:
    assert _undeclared(SHIPPED, _declared()) == []


def test_every_package_the_build_scripts_and_tests_import_is_declared_for_development() -> None:
    imported = _imported_top_level(TOOLING)
    assert {"PIL", "packaging", "pytest", "hypothesis"} <= set(imported)   # the scan reads both folders
    assert _undeclared(TOOLING, _declared(dev=True)) == []


def test_the_readme_install_command_installs_the_dev_extra() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = (ROOT / "scripts" / "install.sh").read_text(encoding="utf-8")
    assert "make test" in readme and 'pip install -q -e ".[dev]"' in install
    assert "pip install -e .[dev]" in readme


def test_installed_versions_meet_every_declared_range() -> None:
    unmet = [f"{r} (installed {version(r.name)})" for r in _declared(dev=True)
             if (r.marker is None or r.marker.evaluate()) and not r.specifier.contains(Version(version(r.name)),
                                                                                       prereleases=True)]
    assert unmet == []
