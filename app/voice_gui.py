"""Wires voice into the window: picks the voice and devices from settings, hands loaders to ui/."""
from __future__ import annotations

from typing import Any

from app.context import AppContext
from engine.speech.registry import BUNDLED_VOICE_ID


def attach_voice(ctx: AppContext, chat: Any, runner: Any, *, on_error: Any = None) -> Any:
    """Add the microphone, speaker buttons and auto-read to `chat`. Engines load on the speech lane."""
    from PySide6.QtCore import QCoreApplication

    from ui.audio_io import QtPcmSink, QtPcmSource, microphone_problem, speaker_problem
    from ui.voice import MicButton, ReadAloud
    from ui.voice_chat import ChatVoice

    s = ctx.settings
    reg = ctx.speech_registry
    try:
        rec = reg.voice(s.voice) if s.voice else (reg.find_voice(s.speech_language) or reg.find_voice(None))
    except Exception:  # noqa: BLE001 - a broken registry shows up when reading aloud, not at start-up
        rec = None
    voice_id = rec.id if rec else BUNDLED_VOICE_ID
    language = rec.language if rec else "en_US"
    # The voice's language name comes from the registry (in English); the sentence around it is translated.
    label = (QCoreApplication.translate("ReadAloud", "{language} voice ({id})")
             .replace("{language}", rec.language_name if rec else "English")
             .replace("{id}", rec.id if rec else BUNDLED_VOICE_ID))
    mic_problem = microphone_problem()
    out_problem = speaker_problem()
    mic = MicButton(ctx.transcriber, runner, source=None if mic_problem else QtPcmSource(),
                    unavailable_reason=mic_problem, hands_free=s.voice_hands_free, language=s.speech_language)
    read_aloud = ReadAloud(lambda: ctx.synthesizer(voice_id=voice_id), runner, sink_factory=QtPcmSink,
                           voice_language=language, voice_label=label, learner_language=s.speech_language,
                           rate=s.speech_rate)
    voice = ChatVoice(chat, mic=mic, read_aloud=read_aloud, send_directly=s.voice_send_directly,
                      auto_read=s.voice_auto_read, speaker_problem=out_problem)
    if on_error is not None:
        voice.error.connect(on_error)
    return voice
