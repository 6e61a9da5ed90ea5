"""The model registry: bundled provisioning, and teachers' GGUF files validated before anything changes."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from engine.errors import ModelError
from engine.models import BUNDLED_ID, ModelRegistry, inspect_gguf


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.suffix != ".gguf"}


@pytest.fixture
def registry(tmp_path: Path, bundled_model_path: Path) -> ModelRegistry:
    reg = ModelRegistry(tmp_path / "models")
    # Register the session's bundled copy without assembling it again.
    (tmp_path / "models").mkdir()
    shutil.copy(bundled_model_path.parent / "registry.json", tmp_path / "models" / "registry.json")
    return reg


def test_bundled_model_is_a_base_gemma3_with_metadata(bundled_model_path: Path):
    info = inspect_gguf(bundled_model_path)
    assert info.architecture == "gemma3"
    assert info.is_instruct is False            # pretrained base: no chat template
    assert info.tensor_count > 100
    assert info.context_length and info.context_length >= 2048


def test_provisioning_twice_reuses_the_assembled_file(bundled_model_path: Path):
    reg = ModelRegistry(bundled_model_path.parent)
    before = bundled_model_path.stat().st_mtime_ns
    rec = reg.provision_bundled()
    assert rec.id == BUNDLED_ID and rec.bundled
    assert bundled_model_path.stat().st_mtime_ns == before
    assert reg.selected().id == BUNDLED_ID


@pytest.mark.parametrize("content, message", [
    (b"", "not a GGUF"),
    (b"PK\x03\x04" + b"\x00" * 2_000_000, "not a GGUF"),
    (b"This is a text file pretending to be a model." * 50_000, "not a GGUF"),
    (b"GGUF" + b"\x00" * 100, "too small"),
])
def test_non_gguf_files_are_refused_and_nothing_changes(registry: ModelRegistry, tmp_path: Path, content: bytes,
                                                        message: str):
    bad = tmp_path / "model.gguf"
    bad.write_bytes(content)
    before = _snapshot(registry.models_dir)
    with pytest.raises(ModelError, match=message):
        registry.add(bad)
    assert _snapshot(registry.models_dir) == before
    assert [r.id for r in registry.list()] == [BUNDLED_ID]


def test_truncated_gguf_is_refused_with_a_clear_message(registry: ModelRegistry, tmp_path: Path,
                                                        bundled_model_path: Path):
    cut = tmp_path / "cut.gguf"
    with bundled_model_path.open("rb") as src:
        cut.write_bytes(src.read(bundled_model_path.stat().st_size // 2))
    with pytest.raises(ModelError, match="truncated"):
        registry.add(cut)
    assert not list(registry.models_dir.glob("cut*"))
    assert not list(registry.models_dir.glob(".*partial"))


def test_gguf_with_a_damaged_header_is_refused(registry: ModelRegistry, tmp_path: Path, bundled_model_path: Path):
    broken = tmp_path / "broken.gguf"
    data = bytearray(bundled_model_path.read_bytes()[:4_000_000])
    data[8:24] = b"\xff" * 16  # absurd tensor and metadata counts
    broken.write_bytes(bytes(data))
    with pytest.raises(ModelError):
        registry.add(broken)
    assert [r.id for r in registry.list()] == [BUNDLED_ID]


def test_a_valid_gguf_is_copied_recorded_and_selectable(registry: ModelRegistry, bundled_model_path: Path):
    rec = registry.add(bundled_model_path, name="Class copy")
    assert rec.id == "class-copy" and Path(rec.path).parent == registry.models_dir
    assert registry.selected().id == BUNDLED_ID
    registry.select("class-copy")
    assert registry.selected().id == "class-copy"
    assert registry.verify("class-copy")
    with pytest.raises(ModelError, match="already registered"):
        registry.add(bundled_model_path, name="Class copy")
    registry.remove("class-copy")
    assert registry.selected().id == BUNDLED_ID
    assert not Path(rec.path).exists()


def test_a_missing_file_and_a_folder_get_clear_messages(registry: ModelRegistry, tmp_path: Path):
    with pytest.raises(ModelError, match="No file"):
        registry.add(tmp_path / "nope.gguf")
    with pytest.raises(ModelError, match="folder"):
        registry.add(tmp_path)


def test_unreadable_registry_names_the_fix(tmp_path: Path):
    (tmp_path / "registry.json").write_text("{not json")
    with pytest.raises(ModelError, match="provision"):
        ModelRegistry(tmp_path).list()
