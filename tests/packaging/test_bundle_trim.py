"""What the bundle build leaves out must never be something Lantern reads at run time.

`make bundle-test` proves a built bundle works (`make test` ends with it, see packaging/README.md); these
checks run with the suite and catch the cheap mistakes in seconds: a language the engine speaks whose
Babel data the spec would drop, stripping that touches more than debug information and symbol tables,
a video-encoder stub that loses a symbol its user takes, chromadb without gRPC.
"""
from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from engine.text.tokens import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "build.spec").read_text(encoding="utf-8")


LoadScript = Callable[[str], ModuleType]


@pytest.fixture
def packaging_script() -> LoadScript:
    """Loads packaging/<name>.py as a module: the build's scripts are run by path, not imported as a package."""
    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    return load


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """An empty one-folder bundle (its `_internal` made), as PyInstaller leaves dist/lantern."""
    (tmp_path / "bundle" / "_internal").mkdir(parents=True)
    return tmp_path / "bundle"


def _kept_languages() -> set[str]:
    match = re.search(r'^KEEP_LANGS = "([a-z|]+)"$', SPEC, re.MULTILINE)
    assert match, "build.spec must name the languages whose Babel and Qt data it keeps"
    return set(match.group(1).split("|"))


def test_the_bundle_keeps_babel_and_qt_data_for_every_language_lantern_speaks():
    assert set(LANGUAGES) <= _kept_languages()


def test_the_babel_data_kept_includes_regional_variants_and_the_root_locale():
    kept = _kept_languages()
    pattern = next(line for line in SPEC.splitlines() if "babel/locale-data/" in line)
    regex = re.compile(eval(pattern.strip().removeprefix("re.compile(").removesuffix("),"),  # the spec line itself
                            {"KEEP_LANGS": "|".join(sorted(kept))}))
    for name in ("root.dat", "en.dat", "pt_BR.dat", "zh_Hant_TW.dat", "ar_EG.dat", "hi.dat"):
        assert not regex.match(f"babel/locale-data/{name}"), name
    for name in ("fy.dat", "qu_PE.dat", "enx.dat"):
        assert regex.match(f"babel/locale-data/{name}"), name


def _sections(lib: Path) -> str:
    return subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True, check=True).stdout


def _cc() -> str:
    cc = shutil.which("cc") or shutil.which("gcc")
    assert cc, "a C compiler is needed to make a test library (the bundle build needs one too)"
    return cc


# How a test library is linked: with DWARF debug sections, with its static symbol table only (the
# compiler's default), or stripped of both.
_LINK_FLAGS = {"debug": ["-g"], "symtab": [], "plain": ["-s"]}


def _library(tmp_path: Path, *, kind: str) -> Path:
    """A small shared library whose `answer(1)` is 42, linked as `kind` (see _LINK_FLAGS)."""
    src = tmp_path / "answer.c"
    src.write_text("int answer(int x) { int y = x * 2; return y + 40; }\n")
    out = tmp_path / f"libanswer-{kind}.so"
    subprocess.run([_cc(), "-shared", "-fPIC", *_LINK_FLAGS[kind], "-o", str(out), str(src)], check=True)
    # over strip_debug's 16 KB floor, so it is looked at (bytes after the ELF sections are ignored by the loader)
    out.write_bytes(out.read_bytes() + bytes(20_000))
    return out


def test_stripping_removes_debug_information_and_the_library_still_loads(tmp_path: Path, bundle: Path,
                                                                          packaging_script: LoadScript):
    strip = packaging_script("strip_debug")
    internal = bundle / "_internal"
    debug = shutil.copy(_library(tmp_path, kind="debug"), internal / "libanswer.so")
    plain = shutil.copy(_library(tmp_path, kind="plain"), internal / "libplain.so")
    model = internal / "model.gguf"
    model.write_bytes(b"GGUF" + bytes(40_000))
    model_before, plain_before = model.read_bytes(), Path(plain).read_bytes()
    assert strip.has_debug_info(Path(debug))

    count, saved = strip.strip_bundle(bundle)

    assert count == 1 and saved > 0
    assert not strip.has_debug_info(Path(debug))
    assert ctypes.CDLL(str(debug)).answer(1) == 42
    # a model file and a library without debug information stay byte for byte as they were
    assert model.read_bytes() == model_before and Path(plain).read_bytes() == plain_before


def test_the_bundle_keeps_the_hyphenation_dictionary_of_every_language_readability_counts_in():
    from engine.text.readability import _PYPHEN_LANG

    line = next(line for line in SPEC.splitlines() if "pyphen/dictionaries/" in line and "re.compile" in line)
    regex = re.compile(eval(line.strip().removeprefix("re.compile(").removesuffix("),")))  # the spec line itself
    for lang in set(_PYPHEN_LANG.values()):
        assert not regex.match(f"pyphen/dictionaries/hyph_{lang}.dic"), lang
    assert regex.match("pyphen/dictionaries/hyph_nl_NL.dic")
    assert regex.match("pyphen/dictionaries/hyph_de_CH.dic")


def test_stripping_removes_a_static_symbol_table_but_never_touches_the_executable(tmp_path: Path, bundle: Path,
                                                                                   packaging_script: LoadScript):
    strip = packaging_script("strip_debug")
    lib = Path(shutil.copy(_library(tmp_path, kind="symtab"), bundle / "_internal" / "libsym.so"))
    # the executable: PyInstaller appends its archive to it, which any strip would cut off
    exe = shutil.copy(lib, bundle / "lantern")
    exe_before = Path(exe).read_bytes()
    assert " .symtab " in _sections(lib)

    count, _ = strip.strip_bundle(bundle)

    assert count == 1
    assert " .symtab " not in _sections(lib)
    assert ctypes.CDLL(str(lib)).answer(1) == 42   # the dynamic symbol table is still there
    assert Path(exe).read_bytes() == exe_before


def _failing_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Put stand-ins for `names` first on PATH that refuse every file, as a stripper does with a format
    it does not know."""
    bin_dir = tmp_path / "failing-bin"
    bin_dir.mkdir()
    for name in names:
        tool = bin_dir / name
        tool.write_text("#!/bin/sh\necho \"$0: unsupported file\" >&2\nexit 1\n")
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")


def test_a_stripper_that_fails_on_a_library_falls_back_to_gnu_strip(tmp_path: Path, bundle: Path,
                                                                     packaging_script: LoadScript,
                                                                     monkeypatch: pytest.MonkeyPatch):
    strip = packaging_script("strip_debug")
    internal = bundle / "_internal"
    lib = Path(shutil.copy(_library(tmp_path, kind="debug"), internal / "libanswer.so"))
    _failing_tools(tmp_path, monkeypatch, "llvm-strip")

    count, saved = strip.strip_bundle(bundle)

    assert (count, saved > 0) == (1, True)
    sections = _sections(lib)
    assert ".debug_info" not in sections and " .symtab " in sections      # GNU --strip-debug: DWARF only
    assert ctypes.CDLL(str(lib)).answer(1) == 42
    assert sorted(p.name for p in internal.iterdir()) == ["libanswer.so"]      # no half-made copy left


def test_a_library_no_stripper_can_handle_is_kept_as_it_was(tmp_path: Path, bundle: Path, packaging_script: LoadScript,
                                                             monkeypatch: pytest.MonkeyPatch):
    strip = packaging_script("strip_debug")
    internal = bundle / "_internal"
    lib = Path(shutil.copy(_library(tmp_path, kind="debug"), internal / "libanswer.so"))
    before = lib.read_bytes()
    _failing_tools(tmp_path, monkeypatch, "llvm-strip", "strip")

    assert strip.strip_bundle(bundle) == (0, 0)

    assert lib.read_bytes() == before
    assert sorted(p.name for p in internal.iterdir()) == ["libanswer.so"]


def test_a_library_whose_segments_the_loader_would_refuse_is_recognised(tmp_path: Path, packaging_script: LoadScript):
    """GNU strip and llvm-strip move some wheels' segments (OpenBLAS, Rust extensions) so that a LOAD
    segment's file offset no longer matches its address modulo the page size; the stripper must notice."""
    import struct

    strip = packaging_script("strip_debug")
    lib = _library(tmp_path, kind="plain")
    assert strip.loads_aligned(lib)
    data = bytearray(lib.read_bytes())
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        at = phoff + i * phentsize
        p_type, = struct.unpack_from("<I", data, at)
        offset, = struct.unpack_from("<Q", data, at + 8)
        if p_type == 1 and offset:   # the first PT_LOAD past the headers: shift its file offset by 16
            struct.pack_into("<Q", data, at + 8, offset + 16)
            break
    broken = tmp_path / "libbroken.so"
    broken.write_bytes(bytes(data))
    assert not strip.loads_aligned(broken)


def test_a_video_encoder_library_becomes_a_stub_with_the_symbols_its_user_takes(tmp_path: Path, bundle: Path,
                                                                                packaging_script: LoadScript):
    """A stand-in for libvpx and for the libavcodec that links it: after stubbing, the user still loads,
    the encoder-open call fails with libvpx's error code, data reads as zeros, unused symbols are gone."""
    stub = packaging_script("stub_video_codecs")
    cc = _cc()
    libs = bundle / "_internal" / "av.libs"
    libs.mkdir()
    codec = libs / "libvpx-abc123.so.12"
    (tmp_path / "vpx.c").write_text(
        "const int vpx_levels[4] = {10, 11, 12, 13};\n"
        "int vpx_codec_enc_init_ver(void) { return 0; }\n"       # success in the real library
        "int vpx_codec_vp9_cx(void) { return 99; }\n"
        "int vpx_never_used(void) { return 5; }\n" + "static char pad[40000] = {1};\nchar *vpx_pad = pad;\n")
    subprocess.run([cc, "-shared", "-fPIC", "-Wl,-soname,libvpx-abc123.so.12", "-o", str(codec),
                    str(tmp_path / "vpx.c")], check=True)
    (tmp_path / "user.c").write_text(
        "extern const int vpx_levels[4];\nint vpx_codec_enc_init_ver(void);\nint vpx_codec_vp9_cx(void);\n"
        "int open_encoder(void) { return vpx_codec_enc_init_ver(); }\n"
        "int caps(void) { return vpx_codec_vp9_cx(); }\nint first_level(void) { return vpx_levels[0]; }\n")
    user = libs / "libavcodec-def456.so.62"
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(user), str(tmp_path / "user.c"), str(codec),
                    "-Wl,-rpath,$ORIGIN"], check=True)
    before = ctypes.CDLL(str(user))
    assert (before.open_encoder(), before.caps(), before.first_level()) == (0, 99, 10)
    del before

    count, saved = stub.stub_bundle(bundle)

    assert count == 1 and saved > 0
    assert stub.soname(codec) == "libvpx-abc123.so.12"
    assert set(stub.defined(codec)) >= {"vpx_codec_enc_init_ver", "vpx_codec_vp9_cx", "vpx_levels"}
    assert "vpx_never_used" not in stub.defined(codec)
    # a fresh process loads the user against the stub (this one still has the real library mapped)
    probe = ("import ctypes,sys; u=ctypes.CDLL(sys.argv[1]); "
             "print(u.open_encoder(), u.caps(), u.first_level())")
    out = subprocess.run([sys.executable, "-c", probe, str(user)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "0", "0"]


def test_stubbing_works_when_the_temporary_folder_is_on_another_filesystem(tmp_path: Path, bundle: Path,
                                                                          packaging_script: LoadScript,
                                                                          monkeypatch: pytest.MonkeyPatch):
    """/tmp is often a tmpfs and dist/ is on the disk: the stub is compiled where `tempfile` says, but
    must still replace the library (a rename across filesystems fails with EXDEV)."""
    stub = packaging_script("stub_video_codecs")
    other_fs = Path(tempfile.mkdtemp(dir="/dev/shm"))
    try:
        assert other_fs.stat().st_dev != tmp_path.stat().st_dev, "/dev/shm must be another filesystem here"
        monkeypatch.setattr(tempfile, "tempdir", str(other_fs))
        libs = bundle / "_internal" / "av.libs"
        libs.mkdir()
        codec = libs / "libx264-abc123.so.164"
        (tmp_path / "x264.c").write_text("int x264_encoder_open_164(void) { return 7; }\n"
                                         "static char pad[40000] = {1};\nchar *x264_pad = pad;\n")
        subprocess.run([_cc(), "-shared", "-fPIC", "-Wl,-soname,libx264-abc123.so.164", "-o", str(codec),
                        str(tmp_path / "x264.c")], check=True)
        (tmp_path / "user.c").write_text("int x264_encoder_open_164(void);\n"
                                         "int open_encoder(void) { return x264_encoder_open_164(); }\n")
        user = libs / "libavcodec-def456.so.62"
        subprocess.run([_cc(), "-shared", "-fPIC", "-o", str(user), str(tmp_path / "user.c"), str(codec),
                        "-Wl,-rpath,$ORIGIN"], check=True)

        assert stub.stub_bundle(bundle)[0] == 1

        assert stub.soname(codec) == "libx264-abc123.so.164"
        assert set(stub.defined(codec)) == {"x264_encoder_open_164"}
    finally:
        shutil.rmtree(other_fs, ignore_errors=True)


def _chromadb_without_grpc(chroma: Path, *, hook: bool) -> subprocess.CompletedProcess[str]:
    """A fresh process with grpc made unimportable, as in the bundle; the runtime hook run first if `hook`.
    It opens a persistent library, stores and finds a vector, then asks the stand-in exporter for one."""
    run_hook = f"runpy.run_path({str(ROOT / 'packaging' / 'rthook_no_otel_export.py')!r})" if hook else ""
    probe = f"""
import runpy, sys
sys.modules["grpc"] = None      # as in the bundle: any `import grpc` raises ImportError
{run_hook}
import chromadb
from chromadb.config import Settings
client = chromadb.PersistentClient(path={str(chroma)!r},
                                   settings=Settings(anonymized_telemetry=False, allow_reset=True))
col = client.get_or_create_collection("probe", embedding_function=None, metadata={{"hnsw:space": "cosine"}})
col.add(ids=["a", "b"], embeddings=[[1.0, 0.0], [0.0, 1.0]], documents=["lava", "ice"])
print(col.query(query_embeddings=[[0.9, 0.1]], n_results=1)["documents"][0][0])
from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
try:
    OTLPSpanExporter()
except RuntimeError as exc:
    print("exporter refused:", "not part of the Lantern bundle" in str(exc))
print("grpc imported:", sys.modules.get("grpc") is not None)
"""
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)


def test_chromadb_opens_a_library_without_grpc_behind_the_bundles_runtime_hook(tmp_path: Path):
    """The bundle leaves grpcio out (build.spec) and packaging/rthook_no_otel_export.py stands in for the
    OTLP exporter module chromadb imports at module level. With the hook a persistent client stores and
    finds a vector and nothing imported grpc; without it the same process fails on grpc (so the probe
    really kept grpc out of reach, and the hook is what lets chromadb open)."""
    out = _chromadb_without_grpc(tmp_path / "chroma", hook=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[:3] == ["lava", "exporter refused: True", "grpc imported: False"]

    unhooked = _chromadb_without_grpc(tmp_path / "chroma-unhooked", hook=False)
    assert unhooked.returncode != 0
    assert "import of grpc halted" in unhooked.stderr
