"""`lantern bench voice --json`: speech speed on this machine, against the targets for 2 CPU cores.

ASR real-time factor on ~5 s and ~30 s clips (spoken by the bundled Piper voice, so no audio has to
ship with the app), TTS time to first audio and real-time factor for a tutor-length answer, and the
peak resident memory with the LLM, Whisper and Piper loaded together in one process.
Wall-clock figures depend on what else the machine is doing (`load_average_1m` is recorded);
`cpu_rtf` (CPU seconds, all threads, per second of audio) does not, and on an idle 2-core machine
the wall-clock RTF is about cpu_rtf / 2 (both cores busy) to cpu_rtf (one core).
"""
from __future__ import annotations

import os
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

TARGETS = {"asr_rtf_30s": 0.25, "tts_first_audio_s": 0.3, "tts_rtf": 0.1}
CLIP_5S = "Plants make their own food from sunlight, water and air, and they give off oxygen."
CLIP_30S = (
    "Photosynthesis is the way green plants make their own food. Inside each leaf there are tiny parts "
    "called chloroplasts, and they hold a green pigment called chlorophyll. Chlorophyll traps the energy "
    "of sunlight. The plant takes in water through its roots and carbon dioxide from the air through small "
    "holes in its leaves. Using the trapped energy, it turns the water and carbon dioxide into sugar, which "
    "it uses to grow. Oxygen is left over, and the plant releases it into the air. That oxygen is what "
    "people and animals breathe."
)
ANSWER = ("The water cycle moves water around the Earth. The sun heats water in seas and lakes, and it rises "
          "as vapour. The vapour cools, forms clouds, and falls again as rain or snow.")


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 if platform.system() != "Darwin" else peak / 1e6, 1)


def _rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 1e6, 1)


def run(quick: bool = False) -> dict[str, Any]:
    from app.context import AppContext
    from engine.speech.audio import write_wav

    rounds = 1 if quick else 3
    out: dict[str, Any] = {"machine": {"cpu_count": os.cpu_count(), "platform": platform.platform(),
                                       "load_average_1m": round(os.getloadavg()[0], 2)},
                           "targets": TARGETS}
    with AppContext() as ctx, tempfile.TemporaryDirectory(prefix="lantern-bench-voice-") as tmp:
        t = time.perf_counter()
        synth = ctx.synthesizer()
        out["tts_load_s"] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
        transcriber = ctx.transcriber()
        out["asr_load_s"] = round(time.perf_counter() - t, 3)
        out["asr_device"] = f"{transcriber.device}/{transcriber.compute_type}"

        # -- TTS: first audio and RTF on a tutor-length answer ---------------------------------
        synth.synthesize("Warming up.")
        firsts, rtfs, cpu_rtfs, duration = [], [], [], 0.0
        for _ in range(rounds):
            cpu0 = time.process_time()
            start = time.perf_counter()
            first = None
            pcm = 0
            for chunk in synth.stream(ANSWER, rate=ctx.settings.speech_rate):
                if first is None:
                    first = time.perf_counter() - start
                pcm += len(chunk.pcm)
            total = time.perf_counter() - start
            duration = pcm / 2 / synth.sample_rate
            firsts.append(first or total)
            rtfs.append(total / duration)
            cpu_rtfs.append((time.process_time() - cpu0) / duration)
        out["tts"] = {"answer_audio_s": round(duration, 2), "first_audio_s": round(statistics.median(firsts), 3),
                      "rtf": round(statistics.median(rtfs), 4), "cpu_rtf": round(statistics.median(cpu_rtfs), 4)}

        # -- ASR: RTF on ~5 s and ~30 s of speech ---------------------------------------------
        clips = {}
        for name, text in (("5s", CLIP_5S), ("30s", CLIP_30S)):
            speech = synth.synthesize(text)
            path = write_wav(Path(tmp) / f"{name}.wav", speech.pcm, sample_rate=speech.sample_rate)
            clips[name] = (path, speech.duration, text)
        transcriber.transcribe_file(clips["5s"][0], language="en")  # warm-up
        asr: dict[str, Any] = {}
        for name, (path, dur, _text) in clips.items():
            times, cpu = [], []
            for _ in range(rounds):
                cpu0 = time.process_time()
                result = transcriber.transcribe_file(path, language="en")
                times.append(result.seconds)
                cpu.append(time.process_time() - cpu0)
            asr[name] = {"audio_s": round(dur, 2), "seconds": round(statistics.median(times), 3),
                         "rtf": round(statistics.median(times) / dur, 4),
                         "cpu_rtf": round(statistics.median(cpu) / dur, 4), "text": result.text}
        detect = transcriber.transcribe_file(clips["5s"][0])
        asr["5s_autodetect_seconds"] = round(detect.seconds, 3)
        out["asr"] = asr

        # -- all three in one process ------------------------------------------------------------
        t = time.perf_counter()
        llm = ctx.llm()
        out["llm_load_s"] = round(time.perf_counter() - t, 3)
        from engine.llm.backend import GenerationParams

        llm.complete("Question: What do plants need to grow?\nAnswer:", params=GenerationParams(max_tokens=24))
        transcriber.transcribe_file(clips["5s"][0], language="en")
        synth.synthesize(ANSWER)
        out["memory"] = {"rss_all_loaded_mb": _rss_mb(), "peak_rss_mb": _peak_rss_mb()}

    out["meets_targets"] = {
        "asr_rtf_30s": out["asr"]["30s"]["rtf"] < TARGETS["asr_rtf_30s"],
        "tts_first_audio_s": out["tts"]["first_audio_s"] < TARGETS["tts_first_audio_s"],
        "tts_rtf": out["tts"]["rtf"] < TARGETS["tts_rtf"],
    }
    return out
