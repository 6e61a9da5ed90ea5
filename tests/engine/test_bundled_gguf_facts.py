"""The bundled model's recorded header facts (engine.models.KNOWN_BUNDLED_GGUF) are what inspect_gguf
reads from the real file, so a first start can skip the ~12 s GIL-holding parse without lying."""
from __future__ import annotations

from pathlib import Path

from engine.files import sha256_files
from engine.models import KNOWN_BUNDLED_GGUF, ModelRegistry, inspect_gguf


def test_recorded_facts_match_the_real_bundled_file(bundled_model_path: Path, tmp_path: Path) -> None:
    sha = sha256_files([bundled_model_path])
    assert sha in KNOWN_BUNDLED_GGUF
    info = inspect_gguf(bundled_model_path)
    rec = ModelRegistry(tmp_path / "models")._bundled_record(bundled_model_path, sha)
    assert (rec.architecture, rec.is_instruct, rec.context_length, rec.quantization, rec.size_bytes) == (
        info.architecture, info.is_instruct, info.context_length, info.quantization, info.size_bytes)
