"""Checking speech model files before Lantern trusts them: Piper voices and CTranslate2 Whisper folders.

Each check raises SpeechError naming what is wrong (missing config, bad JSON, truncated or corrupt
network, missing tokenizer) and what to do about it.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.errors import SpeechError

WHISPER_FILES = ("model.bin", "config.json", "tokenizer.json")
WHISPER_VOCABULARIES = ("vocabulary.json", "vocabulary.txt")
# Below these sizes a file cannot be a working model: refuse early with a clear reason.
MIN_ASR_BYTES = 1_000_000
MIN_VOICE_BYTES = 500_000

def language_family(code: str) -> str:
    """'en_US' / 'en-us' / 'EN' -> 'en'."""
    return code.replace("-", "_").split("_")[0].lower()


def offline_environment() -> None:
    """Call before importing onnxruntime / piper / faster-whisper: no telemetry, no model hub."""
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")   # onnxruntime phones home otherwise
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


# -- validation --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PiperVoiceInfo:
    model_path: Path
    config_path: Path
    language: str
    language_name: str
    sample_rate: int
    quality: str | None
    size_bytes: int


def _read_json(path: Path, what: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpeechError(f"Cannot read {path}: {exc.strerror}.", hint="Check the file's permissions.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SpeechError(f"{path.name} is not valid JSON ({exc}), so it is not a usable {what}.",
                          hint="Copy the file again from its source.") from exc
    if not isinstance(data, dict):
        raise SpeechError(f"{path.name} does not hold a JSON object, so it is not a usable {what}.",
                          hint="Copy the file again from its source.")
    return data


def _find_piper_files(path: Path) -> tuple[Path, Path]:
    if path.is_dir():
        onnx = sorted(path.glob("*.onnx"))
        if len(onnx) != 1:
            raise SpeechError(f"{path} holds {len(onnx)} .onnx files; a Piper voice folder holds exactly one.",
                              hint="Pass the voice's .onnx file itself.")
        path = onnx[0]
    if path.suffix == ".json" and path.name.endswith(".onnx.json"):
        path = path.with_name(path.name.removesuffix(".json"))
    if path.suffix != ".onnx":
        raise SpeechError(f"{path.name} is not a Piper voice (.onnx) file.",
                          hint="A Piper voice is two files: NAME.onnx and NAME.onnx.json, side by side.")
    if not path.exists():
        raise SpeechError(f"No file at {path}.", hint="Check the path and try again.")
    config = path.with_name(path.name + ".json")
    if not config.exists():
        alt = path.with_suffix(".json")
        if not alt.exists():
            raise SpeechError(f"The voice {path.name} has no config file next to it ({config.name} is missing).",
                              hint="Copy NAME.onnx.json from the same place as the .onnx file.")
        config = alt
    return path, config


def inspect_piper_voice(path: Path, *, load: bool = True) -> PiperVoiceInfo:
    """Check a Piper voice (.onnx + .onnx.json); `load` also opens the network with onnxruntime.

    Raises SpeechError naming the problem: missing config, bad JSON, missing fields, a truncated or
    corrupt .onnx, or a network without Piper's inputs.
    """
    model, config_path = _find_piper_files(Path(path).expanduser())
    size = model.stat().st_size
    if size < MIN_VOICE_BYTES:
        raise SpeechError(f"{model.name} is only {size} bytes: too small to be a voice; it is probably truncated.",
                          hint="Copy the file again from its source.")
    cfg = _read_json(config_path, "Piper voice config")
    missing = [k for k in ("audio", "phoneme_id_map", "num_symbols") if k not in cfg]
    rate = (cfg.get("audio") or {}).get("sample_rate") if isinstance(cfg.get("audio"), dict) else None
    if missing or not isinstance(rate, int) or rate <= 0:
        what = ", ".join(missing) if missing else "audio.sample_rate"
        raise SpeechError(f"{config_path.name} is not a Piper voice config (missing {what}).",
                          hint="Use the .onnx.json file that came with the voice.")
    lang = cfg.get("language") or {}
    code = (lang.get("code") if isinstance(lang, dict) else None) or (cfg.get("espeak") or {}).get("voice") or "und"
    name = (lang.get("name_english") if isinstance(lang, dict) else None) or code
    if load:
        offline_environment()
        import onnxruntime

        try:
            session = onnxruntime.InferenceSession(str(model), providers=["CPUExecutionProvider"])
        except Exception as exc:
            raise SpeechError(f"{model.name} is damaged or is not an ONNX network ({str(exc).splitlines()[0][:160]}).",
                              hint="Copy the voice again from its source.") from exc
        inputs = {i.name for i in session.get_inputs()}
        if not {"input", "input_lengths", "scales"} <= inputs:
            raise SpeechError(f"{model.name} is an ONNX network but not a Piper voice (its inputs are {sorted(inputs)}).",
                              hint="Use a voice exported for Piper (NAME.onnx + NAME.onnx.json).")
    return PiperVoiceInfo(model_path=model, config_path=config_path, language=str(code), language_name=str(name),
                          sample_rate=rate, quality=(cfg.get("audio") or {}).get("quality"), size_bytes=size)


def inspect_whisper_folder(path: Path, *, load: bool = True) -> dict[str, Any]:
    """Check a CTranslate2 Whisper folder; `load` also opens it with ctranslate2 on the CPU.

    Returns the parsed config.json. A missing tokenizer.json matters: without it faster-whisper
    tries to download one.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise SpeechError(f"No folder at {path}.", hint="Check the path and try again.")
    if not path.is_dir():
        raise SpeechError(f"{path.name} is a file; a Whisper model is a CTranslate2 folder.",
                          hint="Pass the folder holding model.bin, config.json, tokenizer.json and vocabulary.json.")
    missing = [f for f in WHISPER_FILES if not (path / f).is_file()]
    if not any((path / v).is_file() for v in WHISPER_VOCABULARIES):
        missing.append("vocabulary.json")
    if missing:
        raise SpeechError(f"{path} is not a complete CTranslate2 Whisper model: {', '.join(missing)} missing.",
                          hint="Convert the model with ct2-transformers-converter --copy_files tokenizer.json, "
                               "or copy the whole folder again.")
    size = (path / "model.bin").stat().st_size
    if size < MIN_ASR_BYTES:
        raise SpeechError(f"{path / 'model.bin'} is only {size} bytes: it is truncated.",
                          hint="Copy the model folder again from its source.")
    cfg = _read_json(path / "config.json", "Whisper model config")
    _read_json(path / "tokenizer.json", "Whisper tokenizer")
    if load:
        import ctranslate2

        try:
            model = ctranslate2.models.Whisper(str(path), device="cpu", compute_type="int8")
        except (RuntimeError, ValueError, OSError) as exc:
            raise SpeechError(f"{path.name}/model.bin cannot be loaded: it is damaged, truncated or not a Whisper "
                              f"model ({str(exc).splitlines()[0][:160]}).",
                              hint="Copy the model folder again from its source.") from exc
        del model
    return cfg


_LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
                   "pt": "Portuguese", "nl": "Dutch", "sw": "Swahili", "ar": "Arabic", "hi": "Hindi",
                   "zh": "Chinese", "ja": "Japanese", "ru": "Russian", "pl": "Polish", "tr": "Turkish"}


def language_name(code: str | None, *, in_language: str | None = None) -> str:
    """"Spanish (es)" for adults' messages; with `in_language`, the name a learner reads in their own
    sentence ("español", "الإسبانية", "西班牙语"), from Babel's CLDR data (offline)."""
    if code and in_language:
        from babel import Locale, UnknownLocaleError

        try:
            local = Locale.parse(language_family(in_language)).languages.get(language_family(code))
        except (UnknownLocaleError, ValueError):
            local = None
        if local:
            return str(local)
    if not code:
        return "this language"
    fam = language_family(code)
    name = _LANGUAGE_NAMES.get(fam)
    return f"{name} ({code})" if name else f"the language '{code}'"
