"""The bundle stores Whisper's weights as int8 (packaging/whisper_int8.py): half the size, and because the
engine runs Whisper with compute_type int8, the model must compute exactly what the float16 one does."""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from voice_fixtures import piper_clip, speech_registry, synthesizer  # noqa: F401

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "whisper_int8.py"
SOT, EN, TRANSCRIBE, NO_TIMESTAMPS = 50258, 50259, 50359, 50363


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("whisper_int8", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["whisper_int8"] = mod     # its dataclass looks its module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory, speech_registry) -> tuple[Path, Path]:
    original = Path(speech_registry.asr_model().path)
    stored = tmp_path_factory.mktemp("whisper-int8") / "whisper-base"
    shutil.copytree(original, stored)
    assert _script().to_int8(stored / "model.bin")
    return original, stored


def test_int8_storage_halves_the_model_and_converts_only_once(models: tuple[Path, Path]):
    original, stored = models
    before, after = (original / "model.bin").stat().st_size, (stored / "model.bin").stat().st_size
    assert after < 0.55 * before
    assert not _script().to_int8(stored / "model.bin")     # nothing left to quantize: left as it is
    assert (stored / "model.bin").stat().st_size == after


def test_the_int8_model_computes_exactly_what_the_float16_model_computes_at_int8(models, piper_clip):
    import ctranslate2
    from faster_whisper.audio import decode_audio
    from faster_whisper.feature_extractor import FeatureExtractor

    original, stored = models
    audio = decode_audio(str(piper_clip("Good morning, everyone. Today we learn about volcanoes.")))
    feats = FeatureExtractor()(audio)[:, :3000]
    padded = np.zeros((80, 3000), dtype=np.float32)
    padded[:, :feats.shape[1]] = feats
    features = ctranslate2.StorageView.from_array(padded[None])
    results = []
    for folder in (original, stored):
        model = ctranslate2.models.Whisper(str(folder), device="cpu", compute_type="int8", intra_threads=1)
        encoded = np.array(model.encode(features, to_cpu=True))
        out = model.generate(features, [[SOT, EN, TRANSCRIBE, NO_TIMESTAMPS]], beam_size=1, return_scores=True,
                             max_length=40)[0]
        results.append((encoded, out.sequences_ids[0], out.scores[0]))
    (enc_a, ids_a, score_a), (enc_b, ids_b, score_b) = results
    assert np.array_equal(enc_a, enc_b)
    assert ids_a == ids_b and len(ids_a) > 5
    assert score_a == score_b
