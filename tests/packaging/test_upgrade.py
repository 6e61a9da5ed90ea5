"""Rolling a new version out to a kiosk keeps the learners' data and frees the model copies.

The fixture `fixtures/data-0.1.0` is a data folder made by Lantern 0.1.0 as it stood before the
bundle kept its models in place (two learners, an imported lesson, the registries of a data folder
that held its own copy of every model). The test installs the new version's machine-wide model
folder, starts the new code on that data folder, and checks nothing a learner did is lost.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from voice_fixtures import speech_registry  # noqa: F401

from engine.files import write_json_atomic
from engine.model_folders import MANIFEST
from engine.models import BUNDLED_ID, ModelRegistry
from engine.speech.registry import BUNDLED_ASR_ID, BUNDLED_VOICE_ID, SpeechRegistry
from engine.store.migrations import MIGRATIONS

FIXTURE = Path(__file__).parent / "fixtures" / "data-0.1.0"


def _place(src: Path, dst: Path) -> None:
    """Hard-link when possible: the test needs the files where 0.1.0 put them, not another 400 MB."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


@pytest.fixture(scope="module")
def machine_wide(tmp_path_factory: pytest.TempPathFactory, bundled_model_path: Path, speech_registry) -> Path:
    """The new version's models folder, made from the session's verified model files (hard links)."""
    folder = tmp_path_factory.mktemp("opt-lantern") / "models"
    gemma = json.loads((bundled_model_path.parent / "registry.json").read_text())["models"][0]
    asr, voice = speech_registry.asr_model(), speech_registry.voice(BUNDLED_VOICE_ID)
    _place(bundled_model_path, folder / bundled_model_path.name)
    for f in Path(asr.path).iterdir():
        _place(f, folder / BUNDLED_ASR_ID / f.name)
    _place(Path(voice.path), folder / "voices" / Path(voice.path).name)
    _place(Path(voice.config_path), folder / "voices" / Path(voice.config_path).name)
    write_json_atomic(folder / MANIFEST, {"format": 1, "models": [
        {"id": BUNDLED_ID, "kind": "llm", "path": bundled_model_path.name, "size_bytes": gemma["size_bytes"],
         "sha256": gemma["sha256"]},
        {"id": BUNDLED_ASR_ID, "kind": "asr", "path": BUNDLED_ASR_ID, "size_bytes": asr.size_bytes,
         "sha256": asr.sha256},
        {"id": BUNDLED_VOICE_ID, "kind": "voice", "path": f"voices/{Path(voice.path).name}",
         "config": f"voices/{Path(voice.config_path).name}", "size_bytes": voice.size_bytes, "sha256": voice.sha256},
    ]})
    return folder


@pytest.fixture
def old_home(tmp_path: Path, machine_wide: Path) -> Path:
    """The 0.1.0 data folder, with its private model copies where 0.1.0 put them."""
    home = tmp_path / "home"
    shutil.copytree(FIXTURE, home)
    for reg in (home / "models" / "registry.json", home / "speech" / "registry.json"):
        reg.write_text(reg.read_text().replace("{HOME}", str(home)))
    _place(next(machine_wide.glob("*.gguf")), home / "models" / "gemma-3-270m-q4_k_m.gguf")
    for f in (machine_wide / BUNDLED_ASR_ID).iterdir():
        _place(f, home / "speech" / "asr" / BUNDLED_ASR_ID / f.name)
    for f in (machine_wide / "voices").iterdir():
        _place(f, home / "speech" / "voices" / f.name)
    return home


def test_upgrade_keeps_learners_and_lessons_and_drops_the_model_copies(old_home: Path, machine_wide: Path):
    from engine.library import Library
    from engine.store import Store
    from engine.tutor.learners import LearnerBook

    big_before = sum(p.stat().st_size for p in old_home.rglob("*") if p.is_file())
    assert big_before > 400_000_000       # 0.1.0 kept ~446 MB of models per account

    store = Store.open(old_home)          # the new version's first start: migrations run, with a backup
    try:
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
        assert sorted(p.name for p in LearnerBook(store).list()) == ["Ana", "Ben"]
        assert [d.title for d in Library(store).documents()] == ["Rivers"]
    finally:
        store.close()
    rec = ModelRegistry(old_home / "models", shared_dirs=[machine_wide]).provision_bundled()
    asr, voice = SpeechRegistry(old_home / "speech", shared_dirs=[machine_wide]).provision_bundled()
    assert Path(rec.path).parent == machine_wide and Path(asr.path).parent == machine_wide
    assert Path(voice.path).parent == machine_wide / "voices"
    after = sum(p.stat().st_size for p in old_home.rglob("*") if p.is_file())
    assert after < 5_000_000, sorted(str(p) for p in old_home.rglob("*") if p.is_file() and p.stat().st_size > 1e6)
    assert next(machine_wide.glob("*.gguf")).exists()     # only the private copies went
