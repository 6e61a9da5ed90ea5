"""A kiosk that was never enrolled does not open the token store when it syncs: the OS keyring's
imports (~0.1 s holding the interpreter lock) stalled the kiosk window at every first sync."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = """
import sys
from engine.errors import SyncError
from engine.store import Store
from engine.sync.client import SyncClient
store = Store.open(sys.argv[1])
client = SyncClient(store, sys.argv[1])
try:
    client.sync_once()
except SyncError as exc:
    print(exc.kind)
print("keyring" in sys.modules)
"""


def test_sync_on_a_kiosk_never_enrolled_says_so_without_touching_the_keyring(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, check=True).stdout.split()
    assert out == ["not_enrolled", "False"]
