"""`lantern selftest [--json]`: can this PC run a lesson? Exits non-zero if any check fails.

Every check uses the real parts, once: the selected model (checksum, load, a grounded answer from a
built-in passage), an import and a search of a tiny document in a throw-away data folder, a spoken
sentence read aloud and written down again, the data folder and database writable, fonts, and the
hub client's settings. Nothing is sent anywhere. Meant for a technician after installing, and for CI.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from engine.errors import LanternError

EXIT_FAILED = 1

# A passage the model has never seen, so the answer can only come from it (the bundled 270M base
# model answers this one with the name; it restates rather than answers "capital of" questions).
PASSAGE = "Tom has a dog. The dog's name is Biscuit."
QUESTION = "What is the name of Tom's dog?"
EXPECTED = "biscuit"
LESSON = """# Moon phases

The Moon does not make its own light. It reflects light from the Sun.
As the Moon travels around the Earth we see different parts of its sunlit half: these are its phases.
A full Moon happens when the Earth is between the Sun and the Moon.
"""
SEARCH = "Why do we see phases of the Moon?"
SPOKEN = "The quick brown fox jumps over the lazy dog."
SANS_FAMILIES = ("Atkinson Hyperlegible", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    seconds: float
    detail: str


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("selftest",
                       help="check that this PC can run Lantern (model, library, voice, storage, fonts, hub)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run)


def _check_model(ctx: Any) -> str:
    from engine.llm.backend import GenerationParams
    from engine.tutor.grounded import stream_answer

    rec = ctx.model_record()
    if not Path(rec.path).is_file():
        raise LanternError(f"The model file {rec.path} is missing.",
                           hint="Reinstall Lantern or run 'lantern models provision'.")
    if not ctx.registry.verify(rec.id):
        raise LanternError(f"The model file {rec.path} is damaged (its sha256 does not match).",
                           hint="Reinstall Lantern or run 'lantern models provision'.")
    params = GenerationParams(max_tokens=16, temperature=0.0, seed=0)
    # answer_mode "model": the model itself must write the answer (extracting would skip it).
    answer = "".join(c.text for c in stream_answer(ctx.llm(), QUESTION, context=PASSAGE, params=params,
                                                   answer_mode="model")).strip()
    if EXPECTED not in answer.lower():
        raise LanternError(f"{rec.id} answered {answer!r}; the passage says Biscuit.",
                           hint="The model loads but does not answer; reinstall Lantern.")
    return f"{rec.id}: {answer!r}"


def _check_library(ctx: Any) -> str:
    from engine.library import Library
    from engine.retrieval import Retriever, VectorIndex, load_engine_embedder
    from engine.store import Store

    with tempfile.TemporaryDirectory(prefix="lantern-selftest-") as tmp:
        lesson = Path(tmp) / "moon-phases.md"
        lesson.write_text(LESSON, encoding="utf-8")
        store = Store.open(Path(tmp) / "home")
        vectors = VectorIndex(Path(tmp) / "home" / "chroma", load_engine_embedder())
        try:
            failed = [p.message for p in Library(store, vectors=vectors).import_paths([lesson], course="Selftest")
                      if p.stage == "failed"]
            if failed:
                raise LanternError(f"Importing a tiny lesson failed: {failed[0]}")
            hits = Retriever(store, vectors=vectors).search(SEARCH, k=1)
            if not hits or "phases" not in hits[0].text:
                raise LanternError("Searching the imported lesson did not find it.")
            return f"imported and found '{hits[0].label()}' (vectors: {vectors.count()})"
        finally:
            vectors.close()
            store.close()


def _check_voice(ctx: Any) -> str:
    reg = ctx.speech_registry
    if not reg.asr_models() or not reg.voices():
        reg.provision_bundled()
    voice = reg.voice(ctx.settings.voice) if ctx.settings.voice else reg.voice_for("en")
    for item_id in (reg.asr_model(ctx.settings.asr_model).id, voice.id):   # before loading a damaged file
        if not reg.verify(item_id):
            raise LanternError(f"The speech model '{item_id}' is damaged or missing (its sha256 does not match).",
                               hint="Reinstall Lantern or run 'lantern voices provision'.")
    synth, transcriber = ctx.synthesizer(voice_id=voice.id), ctx.transcriber()
    speech = synth.synthesize(SPOKEN)
    silence = b"\x00\x00" * (speech.sample_rate // 2)   # Whisper clips a first word that starts at once
    heard = transcriber.transcribe_pcm(silence + speech.pcm + silence, sample_rate=speech.sample_rate,
                                             language="en").text
    said = {w.strip(".,!?").lower() for w in SPOKEN.split()}
    got = {w.strip(".,!?").lower() for w in heard.split()}
    share = len(said & got) / len(said)
    if share < 0.6:
        raise LanternError(f"Read aloud and written down again, '{SPOKEN}' came back as '{heard}'.")
    return f"said {speech.duration:.1f} s, heard {heard!r} ({share:.0%} of the words)"


def _check_storage(ctx: Any) -> str:
    home = Path(ctx.settings.home)
    with tempfile.NamedTemporaryFile(dir=home, prefix=".selftest-", delete=True) as f:
        f.write(b"ok")
        f.flush()
    store = ctx.store
    with store.write() as db:     # BEGIN IMMEDIATE: takes the write lock, changes nothing
        db.execute("SELECT 1")
    return f"{home} and {store.path.name} are writable"


def _check_fonts(ctx: Any) -> str:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["lantern-selftest"])
    fonts_dir = _assets_fonts()
    if fonts_dir is not None:
        for path in sorted(fonts_dir.glob("*.[ot]tf")):
            QFontDatabase.addApplicationFont(str(path))
    families = set(QFontDatabase.families())
    found = [f for f in SANS_FAMILIES if f in families]
    del app
    if not found:
        raise LanternError(f"None of the reading fonts ({', '.join(SANS_FAMILIES)}) is installed "
                           f"({len(families)} families found).", hint="Debian/Ubuntu: apt install fonts-dejavu-core")
    return f"{', '.join(found)} ({len(families)} families)"


def _assets_fonts() -> Path | None:
    from app.resources import assets_dir

    d = assets_dir() / "fonts"
    return d if d.is_dir() else None


def _check_hub(ctx: Any) -> str:
    from urllib.parse import urlparse

    client = ctx.sync_client
    url = client.hub_url
    if url is None:
        return "not enrolled (works offline; 'lantern sync enroll HUB_URL CODE' joins a class)"
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise LanternError(f"The hub address {url!r} is not an http(s) address.", hint="Enroll again.")
    if client.tokens.load() is None:
        raise LanternError(f"Enrolled with {url} but the device token is gone ({client.tokens.backend}).",
                           hint="Enroll again with a new code from the teacher.")
    return f"enrolled with {url}; token in {client.tokens.backend}"


CHECKS: list[tuple[str, Callable[[Any], str]]] = [
    ("storage", _check_storage), ("model", _check_model), ("library", _check_library),
    ("voice", _check_voice), ("fonts", _check_fonts), ("hub", _check_hub),
]


def run_checks(ctx: Any) -> list[Check]:
    out = []
    for name, fn in CHECKS:
        start = time.perf_counter()
        try:
            detail, ok = fn(ctx), True
        except LanternError as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # noqa: BLE001 - a self test reports every failure and goes on
            detail, ok = f"{type(exc).__name__}: {exc}", False
        out.append(Check(name, ok, round(time.perf_counter() - start, 2), detail))
    return out


def run(args: argparse.Namespace) -> int:
    from app.context import AppContext

    start = time.perf_counter()
    with AppContext() as ctx:
        checks = run_checks(ctx)
    ok = all(c.ok for c in checks)
    if args.json:
        print(json.dumps({"ok": ok, "seconds": round(time.perf_counter() - start, 1),
                          "checks": [asdict(c) for c in checks]}, indent=2, ensure_ascii=False))
    else:
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FAIL'} {c.name:<8} {c.seconds:5.1f} s  {c.detail}")
        print(f"{'All checks passed' if ok else 'Some checks FAILED'} in {time.perf_counter() - start:.1f} s.",
              file=sys.stderr)
    return 0 if ok else EXIT_FAILED
