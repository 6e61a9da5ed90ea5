"""What the sign-in cards wait for: the store opened and the learner book read, in a fresh process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_reading_the_learner_book_for_the_sign_in_cards_loads_no_wire_models_or_text_tools(tmp_path: Path) -> None:
    # The wire models (pydantic, ~0.1 s of the GIL) are for sync events and the text tools for lessons; the
    # cards' first read must not wait on them.
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from engine.store import Store\n"
        "from engine.tutor.learners import LearnerBook\n"
        f"store = Store.open(Path({str(tmp_path / 'home')!r}))\n"
        "names = [p.name for p in LearnerBook(store).list()]\n"
        "print(json.dumps({'names': names, 'loaded': sorted(m for m in sys.modules if m.startswith(('engine.wire',"
        " 'engine.text')) or m == 'pydantic')}))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"names": [], "loaded": []}


def test_a_store_write_still_checks_its_sync_event(tmp_path: Path) -> None:
    from engine.errors import StorageError
    from engine.store import Store

    with Store.open(tmp_path / "home") as store, store.write() as db:
        try:
            store.record_event(db, "question.resolved", "q1", {"action": "x" * 100_000})
        except StorageError as exc:
            assert "cannot be synced" in str(exc)
        else:
            raise AssertionError("an oversized event was queued")
