"""Start-up helpers for the window process.

PySide6 (shiboken6 6.x) replaces `__import__` and, for every pure-Python module imported afterwards,
reads the module's whole source with `inspect.getsource` to see whether it mentions PySide6 (for the
optional `__feature__` switches, which Lantern does not use). On a kiosk that means the libraries the
engines import lazily on worker threads (chromadb, onnxruntime, tokenizers, httpx ...) have their
source read while holding the GIL, which shows up as stutter on the GUI thread. Only Lantern's own
window modules can use PySide6, so the scan is limited to them.
"""
from __future__ import annotations

import sys
from typing import Any

_OWN = ("ui", "app", "bench", "tests", "PySide6", "shiboken6", "__main__")


def limit_pyside_source_scan() -> bool:
    """Skip shiboken's source scan for third-party modules. Returns False when this PySide6 has no such scan."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "_lantern", False):
        return original is not None

    def uses_pyside(module: Any) -> bool:
        name = getattr(module, "__name__", "") or ""
        return name.split(".")[0] in _OWN and bool(original(module))

    uses_pyside._lantern = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
