"""Read-aloud in every language: espeak-ng behind the Synthesizer interface, chosen when no Piper
voice speaks the learner's language, heard back by the real Whisper base."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from engine.cancel import CancelToken
from engine.speech.audio import level_dbfs
from engine.speech.espeak import EspeakSynthesizer, is_espeak_voice, open_synthesizer
from engine.speech.registry import SpeechRegistry
from engine.speech.synthesizer import Synthesizer

SPANISH = "Las plantas fabrican su propio alimento con la luz del sol. Las raíces toman el agua del suelo."


@pytest.fixture(scope="module")
def spanish() -> EspeakSynthesizer:
    with EspeakSynthesizer("es") as synth:
        yield synth


def test_a_spanish_sentence_is_spoken_aloud_and_whisper_hears_spanish(spanish: EspeakSynthesizer, transcriber) -> None:
    speech = spanish.synthesize(SPANISH)
    assert speech.duration > 3.0
    assert level_dbfs(speech.pcm) > -35.0            # not silence
    heard = transcriber.transcribe_pcm(b"\0\0" * (speech.sample_rate // 2) + speech.pcm, sample_rate=speech.sample_rate,
                                       language=None)
    assert heard.language == "es"
    words = heard.text.casefold()
    assert "plantas" in words
    assert "agua" in words


def test_espeak_streams_one_piece_per_sentence_like_piper(spanish: EspeakSynthesizer) -> None:
    assert isinstance(spanish, Synthesizer)
    chunks = list(spanish.stream(SPANISH))
    assert [c.text for c in chunks] == ["Las plantas fabrican su propio alimento con la luz del sol.",
                                        "Las raíces toman el agua del suelo."]
    assert all(c.sample_rate == 22050 and c.duration > 1.0 for c in chunks)
    assert SPANISH[chunks[1].start:chunks[1].end] == chunks[1].text


def test_a_cancel_ends_the_espeak_stream_and_drops_the_rest(spanish: EspeakSynthesizer) -> None:
    text = " ".join(f"Esta es la frase número {i}, que habla de las plantas y del agua." for i in range(12))
    cancel = CancelToken()
    got = []
    for chunk in spanish.stream(text, cancel=cancel):
        got.append(chunk)
        cancel.cancel()
    assert len(got) == 1


def test_a_slower_rate_gives_longer_speech(spanish: EspeakSynthesizer) -> None:
    normal = spanish.synthesize("Las raíces toman el agua del suelo.").duration
    slow = spanish.synthesize("Las raíces toman el agua del suelo.", rate=0.75).duration
    assert slow > normal * 1.15


@pytest.fixture
def registry_with_only_a_teachers_spanish_piper_voice(speech_registry, tmp_path: Path) -> SpeechRegistry:
    """A fresh registry holding one Piper voice labelled Spanish (the bundled model, relabelled as a
    teacher would add a real es_ES voice)."""
    joe = speech_registry.voice("en_US-joe-medium")
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(joe.path, src / "es_ES-teacher-medium.onnx")
    cfg = json.loads(Path(joe.config_path).read_text(encoding="utf-8"))
    cfg["language"] = {**cfg.get("language", {}), "code": "es_ES", "family": "es", "name_english": "Spanish"}
    (src / "es_ES-teacher-medium.onnx.json").write_text(json.dumps(cfg), encoding="utf-8")
    reg = SpeechRegistry(tmp_path / "speech")
    reg.add(src / "es_ES-teacher-medium.onnx")
    return reg


def test_espeak_is_chosen_where_no_piper_voice_speaks_the_language_and_a_teachers_piper_voice_wins(
        registry_with_only_a_teachers_spanish_piper_voice: SpeechRegistry) -> None:
    reg = registry_with_only_a_teachers_spanish_piper_voice
    spanish = reg.voice_for("es")
    assert spanish.id == "es_ES-teacher-medium"
    assert not is_espeak_voice(spanish)
    for language, voice in {"ar": "ar", "zh": "cmn", "hi": "hi", "fr": "fr-fr", "pt_BR": "pt-br"}.items():
        record = reg.voice_for(language)
        assert is_espeak_voice(record), language
        assert record.id == f"espeak-ng-{voice}"
        assert "eSpeak NG" in record.name


@pytest.mark.parametrize("language", ["ar", "zh", "ja", "ko", "hi", "ru"])
def test_every_language_without_a_piper_voice_gets_audible_espeak_speech(language: str) -> None:
    sentences = {"ar": "النباتات تحتاج إلى الماء والضوء.", "zh": "植物需要水和阳光。",
                 "ja": "植物は水と光がひつようです。", "ko": "식물은 물과 빛이 필요해요.",
                 "hi": "पौधों को पानी और रोशनी चाहिए।", "ru": "Растениям нужны вода и свет."}
    record = SpeechRegistry(Path("/nonexistent-lantern-speech")).voice_for(language)
    with open_synthesizer(record) as synth:
        speech = synth.synthesize(sentences[language])
    assert speech.duration > 1.0
    assert level_dbfs(speech.pcm) > -35.0
