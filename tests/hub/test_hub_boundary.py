"""The hub shares only the wire contract with the device code: `engine.wire`, nothing else of engine."""
from __future__ import annotations

import ast
from pathlib import Path

HUB = Path(__file__).resolve().parents[2] / "hub"


def test_hub_modules_import_nothing_from_engine_but_engine_wire() -> None:
    offenders = []
    files = [p for p in HUB.rglob("*.py") if "escalation" not in p.parts]   # hub/escalation has its own owner
    assert len(files) > 10
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                if (name == "engine" or name.startswith("engine.")) and not name.startswith("engine.wire"):
                    offenders.append(f"{path.relative_to(HUB.parent)}: {name}")
    assert offenders == []
