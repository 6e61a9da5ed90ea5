"""Run by test_kiosk_scaled.py in a fresh process with QT_SCALE_FACTOR=1.5 (a 1920x1080 screen at 150 %,
i.e. 1280x720 logical): the real window over a real data folder; every screen of a calm and a
low-vision learner and the teacher screens are checked as test_kiosk_layout checks them. Prints JSON.
With a second argument, saves a screenshot of each screen there (1920x1080 pixels)."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from test_kiosk_layout import _problems

from app.context import AppContext
from app.gui import build_window
from app.settings import load_settings


def pump(ms: int = 20) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(cond: Any, what: str, timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        pump()


def main(home: Path, shots: Path | None) -> dict[str, Any]:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from app.resources import assets_dir
    from ui.common.theme import register_fonts

    register_fonts(assets_dir() / "fonts")
    ctx = AppContext(load_settings(home=home, cloud_enabled=False, sync_enabled=False))
    for name, needs in (("Kim", []), ("Lin", ["low_vision"])):
        if not [p for p in ctx.learners.list() if p.name == name]:
            ctx.learners.create(name, needs=needs, avatar="star")
    win = build_window(ctx)
    win.resize(1280, 720)
    win.show()
    wait_for(lambda: len(win.sign_in.cards) >= 3, "the learner cards")
    out: dict[str, Any] = {"device_pixel_ratio": win.devicePixelRatioF(), "app": qapp.applicationName(),
                           "size": [win.width(), win.height()],
                           "screens": {}}

    def check(label: str) -> None:
        pump(50)
        out["screens"][label] = _problems(win)
        if shots is not None:
            win.grab().save(str(shots / f"scaled150-{label.replace(' ', '_')}.png"))

    for name in ("Kim", "Lin"):
        check(f"sign-in before {name}")
        next(c for c in win.sign_in.cards if c.text() == name).click()
        wait_for(lambda: win.home.welcome.text().startswith("Hi"), "the learner's home")
        for i in range(win.tabs.count()):
            win.tabs.setCurrentIndex(i)
            check(f"{name} {win.tabs.tabText(i)}")
        win.sign_out_button.click()
    win.show_teacher()
    for i in range(win.teacher_tabs.count()):
        win.teacher_tabs.setCurrentIndex(i)
        check(f"teacher {win.teacher_tabs.tabText(i)}")
    win.runner.shutdown()
    ctx.close()
    return out


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)
