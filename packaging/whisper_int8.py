"""Store the bundle's Whisper model with int8 weights, as it is run: -70 MB, the same transcripts.

    python packaging/whisper_int8.py build/bundle/models     # build_bundle.sh does this

The engine runs Whisper on the CPU with `compute_type="int8"` (engine/speech/transcriber.py), so
CTranslate2 quantizes the float16 weights of `model.bin` to int8 every time the model loads. This does
that quantization once, ahead of time, with CTranslate2's own rule (its converter, `ModelSpec._quantize`:
one float32 scale per output row, `127 / max|row|`, round half to even), and writes the result in
CTranslate2's model format: the encoder's output and the decoder's scores come out bit-identical.
Biases, norms and the rest stay float16, as in `int8_float16`. The model's manifest entry (size,
sha256) is rewritten. A model already stored as int8 is left as it is.

`tests/packaging/test_whisper_int8.py` proves the stored model transcribes the same as the original.
"""
from __future__ import annotations

import json
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DTYPES = ("float32", "int8", "int16", "int32", "float16", "bfloat16")   # CTranslate2's type ids, in order
BINARY_VERSION = 6


@dataclass
class Variable:
    name: str
    array: np.ndarray


def read_model(path: Path) -> tuple[str, int, list[Variable], list[tuple[str, str]]]:
    """(spec name, revision, variables, aliases) of a CTranslate2 `model.bin` (binary version 6)."""
    data = memoryview(path.read_bytes())
    pos = 0

    def take(fmt: str) -> int:
        nonlocal pos
        (value,) = struct.unpack_from(fmt, data, pos)
        pos += struct.calcsize(fmt)
        return int(value)

    def text() -> str:
        nonlocal pos
        n = take("H")
        s = bytes(data[pos:pos + n - 1]).decode("utf-8")
        pos += n
        return s

    version = take("I")
    if version != BINARY_VERSION:
        raise ValueError(f"{path}: CTranslate2 binary version {version}, this reads {BINARY_VERSION}")
    name, revision = text(), take("I")
    variables = []
    for _ in range(take("I")):
        vname = text()
        shape = [take("I") for _ in range(take("B"))]
        dtype = DTYPES[take("B")]
        nbytes = take("I")
        raw = bytes(data[pos:pos + nbytes])
        pos += nbytes
        arr = (np.frombuffer(raw, dtype=np.uint16) if dtype == "bfloat16" else np.frombuffer(raw, dtype=dtype))
        variables.append(Variable(vname, arr.reshape(shape)))
    aliases = [(text(), text()) for _ in range(take("I"))]
    if pos != len(data):
        raise ValueError(f"{path}: {len(data) - pos} bytes after the last alias")
    return name, revision, variables, aliases


def write_model(path: Path, name: str, revision: int, variables: list[Variable], aliases: list[tuple[str, str]]) -> None:
    def text(s: str) -> bytes:
        b = s.encode("utf-8")
        return struct.pack("H", len(b) + 1) + b + b"\0"

    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(struct.pack("I", BINARY_VERSION) + text(name) + struct.pack("I", revision))
        f.write(struct.pack("I", len(variables)))
        for v in sorted(variables, key=lambda v: v.name):
            arr = v.array if v.array.flags.c_contiguous else v.array.copy()   # (ascontiguousarray makes scalars 1-d)
            f.write(text(v.name) + struct.pack("B", arr.ndim) + b"".join(struct.pack("I", d) for d in arr.shape))
            f.write(struct.pack("B", DTYPES.index(str(arr.dtype))) + struct.pack("I", arr.nbytes))
            f.write(arr.tobytes())
        f.write(struct.pack("I", len(aliases)))
        for alias, target in aliases:
            f.write(text(alias) + text(target))
    tmp.replace(path)


def quantize_int8(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """CTranslate2's int8 quantization of one weight (its converter's code): per-row scale, rint."""
    value = weight.astype(np.float32)
    shape = value.shape
    value = value.reshape(shape[0], -1)
    amax = np.amax(np.absolute(value), axis=1)
    amax[amax == 0] = 127.0
    amax = np.maximum(amax, np.float32(127) / np.finfo(np.float32).max)
    scale = (np.float32(127.0) / amax).astype(np.float32)
    value = value * np.expand_dims(scale, 1)
    return np.rint(value).astype(np.int8).reshape(shape), scale


def is_quantizable(v: Variable) -> bool:
    """The weights CTranslate2 itself quantizes when it loads a float model with compute_type int8: the
    linear and embedding weights (2-D). Not the two convolutions of the encoder (3-D): loaded from float16
    they run in float, and stored as int8 they would not (the encoder's output then moved by up to 18)."""
    return v.name.endswith("/weight") and v.array.ndim == 2 and str(v.array.dtype) in ("float16", "float32")


def to_int8(model_bin: Path) -> bool:
    """Rewrite `model_bin` with int8 weights; False when it holds no float weight to quantize."""
    name, revision, variables, aliases = read_model(model_bin)
    if not any(is_quantizable(v) for v in variables):
        return False
    out: list[Variable] = []
    for v in variables:
        if is_quantizable(v):
            q, scale = quantize_int8(v.array)
            out += [Variable(v.name, q), Variable(v.name + "_scale", scale)]
        else:
            out.append(v)
    write_model(model_bin, name, revision, out, aliases)
    return True


def main(folder: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from engine.files import sha256_files, write_json_atomic
    from engine.model_folders import MANIFEST

    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    for entry in manifest["models"]:
        if entry["kind"] != "asr":
            continue
        model_bin = folder / entry["path"] / "model.bin"
        before = model_bin.stat().st_size
        if to_int8(model_bin):
            entry["size_bytes"], entry["sha256"] = model_bin.stat().st_size, sha256_files([model_bin])
            print(f"{entry['id']}: {before / 1e6:.1f} MB -> {entry['size_bytes'] / 1e6:.1f} MB (int8 weights)")
        else:
            print(f"{entry['id']}: already int8 ({before / 1e6:.1f} MB)")
    write_json_atomic(folder / MANIFEST, manifest)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
