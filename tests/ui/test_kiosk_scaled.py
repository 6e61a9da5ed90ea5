"""150 % scaling: a 1920x1080 kiosk screen at QT_SCALE_FACTOR=1.5 (1280x720 logical). Every control of
every screen is inside the window, with 44 px touch targets, for a calm and a low-vision learner."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_every_control_is_inside_the_window_at_150_percent(tmp_path: Path, bundled_model_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "models").symlink_to(bundled_model_path.parent, target_is_directory=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "1.5", "LANTERN_HOME": str(home)}
    done = subprocess.run([sys.executable, str(HERE / "kiosk_scaled_script.py"), str(home)], cwd=HERE.parents[1],
                          env=env, capture_output=True, text=True, timeout=900)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("{")), None)
    assert line is not None, done.stderr[-3000:]
    result = json.loads(line)
    assert result["device_pixel_ratio"] == 1.5 and result["size"] == [1280, 720]
    screens = result["screens"]
    assert {"Kim Home", "Kim Ask", "Kim Tutor", "Lin Home", "Lin Ask", "Lin Tutor", "teacher Settings"} <= set(screens)
    assert {label: problems for label, problems in screens.items() if problems} == {}
