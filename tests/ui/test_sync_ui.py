"""The sync status line and the enroll dialog, with a real SyncClient and a real hub on loopback."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hubkit import Kiosk, Seed, ThreadHub, fresh_database, free_port, seed_school


@pytest.fixture
def seed(tmp_path: Path) -> Seed:
    return seed_school(fresh_database("sqlite", tmp_path))


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    k = Kiosk(tmp_path / "kiosk")
    yield k
    k.close()


def test_enroll_dialog_connects_and_the_status_line_follows_sync(qtbot, runner, kiosk: Kiosk, seed: Seed) -> None:
    from ui.enroll_dialog import EnrollDialog
    from ui.sync_status import SyncStatusWidget

    opened: list[bool] = []
    status = SyncStatusWidget(kiosk.sync, on_connect=lambda: opened.append(True))
    qtbot.addWidget(status)
    assert status.label.text() == "Not connected to a school hub"
    status.button.click()
    assert opened == [True]

    with ThreadHub(seed.url) as hub:
        dialog = EnrollDialog(kiosk.sync, runner)
        qtbot.addWidget(dialog)
        dialog.hub_url.setText(hub.url)
        dialog.code.setText("WRONG-CODE")
        dialog.submit()
        qtbot.waitUntil(lambda: "not known" in dialog.message.text(), timeout=60_000)
        assert dialog.result() == 0 and not kiosk.sync.enrolled   # not accepted: the code can be typed again
        dialog.code.setText(seed.codes["5B"].lower())
        with qtbot.waitSignal(dialog.enrolled, timeout=60_000) as sig:
            dialog.submit()
        assert sig.args[0].class_name == "5B"

        kiosk.answer_quiz(kiosk.add_learner("Ana"), 4)
        kiosk.sync.start()
        qtbot.waitUntil(lambda: status.label.text().startswith("Synced at "), timeout=60_000)
        assert status.button.text() == "Sync now"
        kiosk.sync.stop()


def test_status_line_says_offline_with_the_pending_count(qtbot, kiosk: Kiosk, seed: Seed) -> None:
    from ui.sync_status import SyncStatusWidget

    with ThreadHub(seed.url, port=free_port()) as hub:
        kiosk.sync.enroll(hub.url, seed.codes["5B"])
    kiosk.answer_quiz(kiosk.add_learner("Ben"), 2)
    status = SyncStatusWidget(kiosk.sync)
    qtbot.addWidget(status)
    kiosk.sync.start()
    qtbot.waitUntil(lambda: status.label.text() == "Offline · 3 waiting", timeout=60_000)
    assert "nothing is lost" in status.toolTip()
    kiosk.sync.stop()
