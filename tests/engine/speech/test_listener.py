"""End-of-speech detection on live PCM: hands-free stops by itself, push-to-talk waits for release."""
from __future__ import annotations

import numpy as np
from voice_fixtures import key_words_heard

from engine.speech.audio import float_to_pcm16, pcm16_to_float, resample
from engine.speech.listener import HANDS_FREE, PUSH_TO_TALK, SpeechListener

CHUNK = 1600 * 2   # 100 ms at 16 kHz, as a microphone would deliver it


def _room(seconds: float, seed: int = 1) -> np.ndarray:
    return (np.random.default_rng(seed).standard_normal(int(seconds * 16000)) * 0.003).astype(np.float32)


def _utterance(synthesizer, text: str) -> np.ndarray:
    return resample(pcm16_to_float(synthesizer.synthesize(text).pcm), 22050, 16000)


def _feed(listener: SpeechListener, samples: np.ndarray):  # type: ignore[no-untyped-def]
    pcm = float_to_pcm16(samples)
    events = []
    for i in range(0, len(pcm), CHUNK):
        events.append(listener.feed(pcm[i:i + CHUNK]))
        if listener.ended:
            break
    return events


def test_hands_free_ends_after_the_learner_stops_talking(synthesizer, transcriber):
    speech = _utterance(synthesizer, "How do bees make honey?")
    room = _room(1.0 + speech.size / 16000 + 4.0)
    room[16000:16000 + speech.size] += speech
    listener = SpeechListener(mode=HANDS_FREE, end_silence_s=0.8)
    events = _feed(listener, room)
    assert listener.ended and listener.end_reason == "silence"
    speech_end = 1.0 + speech.size / 16000
    assert speech_end + 0.5 < events[-1].seconds < speech_end + 1.6
    assert sum(e.started for e in events) == 1
    assert max(e.level for e in events) > 0.5 > events[0].level
    utterance = listener.audio()
    assert len(utterance) / 2 / 16000 < speech.size / 16000 + 1.0     # quiet lead-in and tail trimmed
    text = transcriber.transcribe_pcm(utterance).text
    assert len(key_words_heard(["bees", "make", "honey"], text)) >= 2, text


def test_push_to_talk_keeps_listening_through_pauses_until_released(synthesizer):
    speech = _utterance(synthesizer, "What is a fraction?")
    samples = np.concatenate([_room(0.5), speech, _room(3.0), speech, _room(0.5)])
    listener = SpeechListener(mode=PUSH_TO_TALK)
    _feed(listener, samples)
    assert not listener.ended and listener.heard_speech
    listener.finish()
    assert listener.ended and listener.end_reason == "finished"
    assert len(listener.audio()) == len(float_to_pcm16(samples))


def test_hands_free_gives_up_when_nobody_speaks():
    listener = SpeechListener(mode=HANDS_FREE, no_speech_timeout_s=2.0)
    _feed(listener, _room(5.0))
    assert listener.ended and listener.end_reason == "no_speech" and not listener.heard_speech


def test_a_very_long_utterance_is_cut_at_the_maximum(synthesizer):
    speech = _utterance(synthesizer, "I keep talking and talking without any pause at all.")
    listener = SpeechListener(mode=PUSH_TO_TALK, max_seconds=2.0)
    _feed(listener, np.concatenate([speech, speech]))
    assert listener.ended and listener.end_reason == "max_length"
