"""packaging/release_check.sh's choice of parts (RELEASE_PARTS): a release is never checked by nothing."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_misspelt_release_part_is_refused_instead_of_checking_nothing(tmp_path: Path) -> None:
    # "cpus" for "cpu": no part would run, and the summary would say PASSED for a bundle never looked at.
    out = subprocess.run(["bash", str(ROOT / "packaging" / "release_check.sh"), str(tmp_path / "no-bundle")],
                         env={**os.environ, "RELEASE_PARTS": "cpus"}, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "unknown part 'cpus'" in out.stderr
    assert "PASSED" not in out.stdout
