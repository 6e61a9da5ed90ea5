"""The real sound path: QAudioSink and QAudioSource (QtMultimedia) on a PulseAudio null speaker whose
output is looped back into a microphone. The voice says a sentence through the speaker; the
hands-free microphone hears it, stops by itself, and Whisper writes it down.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from voice_fixtures import key_words_heard, speech_registry  # noqa: F401

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private PulseAudio server: a null speaker, and a microphone fed by what the speaker plays."""
    exe = shutil.which("pulseaudio")
    if exe is None:
        pytest.fail("pulseaudio is not installed (scripts/install.sh installs it: apt-get install pulseaudio)")
    runtime = tmp_path_factory.mktemp("pulse")
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
           "HOME": str(runtime)}
    proc = subprocess.Popen(
        [exe, "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=no",
         "-L", "module-native-protocol-unix",
         "-L", "module-null-sink sink_name=lantern_speaker sink_properties=device.description=Speaker",
         "-L", "module-remap-source master=lantern_speaker.monitor source_name=lantern_mic "
               "source_properties=device.description=Microphone",
         "-L", "module-always-sink"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while not (runtime / "pulse" / "native").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"pulseaudio did not start: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}")
        time.sleep(0.05)
    subprocess.run(["pactl", "set-default-source", "lantern_mic"], env=env, check=True, timeout=10)
    subprocess.run(["pactl", "set-default-sink", "lantern_speaker"], env=env, check=True, timeout=10)
    yield env
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.slow
def test_spoken_words_go_through_real_audio_devices_into_the_transcript(pulse, speech_registry):
    text = "The moon goes around the earth once a month. It has no light of its own."
    result = subprocess.run([sys.executable, str(HERE / "voice_device_script.py"), str(speech_registry.speech_dir),
                             text], env={**pulse, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(HERE.parents[1])},
                            capture_output=True, text=True, timeout=180, cwd=HERE.parents[1])
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["devices"] == {"microphones": ["Microphone"], "speakers": ["Speaker"]}
    assert out["mic_problem"] is None and out["speaker_problem"] is None
    assert "error" not in out, out
    assert out["states"][:3] == ["listening", "transcribing", "done"], out
    assert out["max_level"] > 40
    assert [text[s:e] for s, e in out["sentences"]] == ["The moon goes around the earth once a month.",
                                                       "It has no light of its own."]
    heard = key_words_heard(["moon", "around", "earth", "month", "light", "own"], out["transcript"])
    assert len(heard) >= 4, out["transcript"]
