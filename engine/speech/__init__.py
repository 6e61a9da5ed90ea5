"""Speech in (faster-whisper) and out (Piper), fully offline. No Qt here: PCM bytes in and out."""
from __future__ import annotations

from engine.speech.audio import ASR_SAMPLE_RATE, AudioInfo, level_dbfs, probe_audio, write_wav
from engine.speech.listener import ListenEvent, SpeechListener
from engine.speech.registry import (AsrModelRecord, SpeechRegistry, VoiceRecord, inspect_piper_voice,
                                    inspect_whisper_folder, language_name)
from engine.speech.sentences import SentenceBuffer, TextSpan, split_for_speech, split_sentences
from engine.speech.synthesizer import AudioChunk, Speech, Synthesizer
from engine.speech.transcriber import Segment, Transcriber, Transcript, cuda_available

__all__ = [
    "ASR_SAMPLE_RATE", "AsrModelRecord", "AudioChunk", "AudioInfo", "ListenEvent", "Segment", "SentenceBuffer",
    "Speech", "SpeechListener", "SpeechRegistry", "Synthesizer", "TextSpan", "Transcriber", "Transcript",
    "VoiceRecord", "cuda_available", "inspect_piper_voice", "inspect_whisper_folder", "language_name",
    "level_dbfs", "probe_audio", "split_for_speech", "split_sentences", "write_wav",
]
