"""Write packaging/requirements-bundle.lock: the pinned runtime packages of lantern-tutor (the
closure of pyproject.toml's dependencies, without dev extras), at the versions installed in this
environment.

    .venv/bin/python packaging/lock.py > packaging/requirements-bundle.lock
"""
from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement


def _norm(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def closure(pyproject: Path) -> dict[str, str]:
    pins: dict[str, str] = {}
    deps = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    todo: list[tuple[str, set[str]]] = [(r.name, set(r.extras)) for r in map(Requirement, deps)]
    while todo:
        name, extras = todo.pop()
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        key = _norm(dist.metadata["Name"])
        first = key not in pins
        pins[key] = f"{key}=={dist.version}"
        for spec in dist.requires or []:
            req = Requirement(spec)
            env_ok = any(req.marker.evaluate({"extra": e}) for e in (extras or {""})) if req.marker else True
            if env_ok and (first or req.extras):
                todo.append((req.name, set(req.extras)))
    return pins


if __name__ == "__main__":
    print("# Pinned runtime packages for the bundle build (packaging/build_bundle.sh). Regenerate with")
    print("#   .venv/bin/python packaging/lock.py > packaging/requirements-bundle.lock")
    print("# llama-cpp-python is replaced by the portable wheel (packaging/build_llama_wheel.sh).")
    for _, pin in sorted(closure(Path(__file__).resolve().parent.parent / "pyproject.toml").items()):
        print(pin)
