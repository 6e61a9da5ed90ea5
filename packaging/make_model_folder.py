"""Write a machine-wide model folder (models + lantern-models.json) from the installed model packages.

    python packaging/make_model_folder.py build/bundle/models        # the bundle build does this
    sudo python packaging/make_model_folder.py /usr/share/lantern/models   # an administrator, for a pip install

Every account on the PC then uses these models where they lie (see engine/model_folders.py).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from engine.model_folders import write_model_folder

if __name__ == "__main__":
    start = time.perf_counter()
    for m in write_model_folder(Path(sys.argv[1])):
        print(f"{m.kind:<6} {m.id:<24} {m.size_bytes / 1e6:7.1f} MB  {m.path}")
    print(f"done in {time.perf_counter() - start:.1f} s")
