"""Remove debugging information and static symbol tables from the shared libraries of a bundle (Linux).

Some wheels ship their libraries with DWARF debug sections: ctranslate2's Python extension alone is
68 MB, of which 65 MB are debug info; libpython carries 17 MB. Others keep their full static symbol
table (`.symtab`/`.strtab`, for debuggers and backtraces): 19.7 MB in all, 5 MB in libctranslate2,
3.4 MB in tokenizers, 2.9 MB in cryptography. Nothing reads either at run time. Files with `.debug_*`
or `.symtab` sections under `_internal` are stripped with `--strip-unneeded` (llvm-strip where installed,
else GNU strip): the dynamic symbol table (`.dynsym`), which the loader, Python (PyInit_*) and Qt's
plugin loader use, stays as it is. A stripped copy whose LOAD segments the loader would refuse (the
libraries auditwheel rewrote with patchelf: OpenBLAS, numpy's and PyAV's extensions) is thrown away and
GNU `strip --strip-debug` (DWARF only) is tried instead; where that copy is refused too, or a stripper
fails, the file stays as it was. The executable itself is never touched (PyInstaller appends its archive
to it).
Models are not ELF files and are never opened.

    python packaging/strip_debug.py dist/lantern
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def has_debug_info(path: Path) -> bool:
    out = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False).stdout
    return ".debug_info" in out or ".debug_line" in out or " .symtab " in out


def _is_elf(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(4) == ELF_MAGIC


def loads_aligned(path: Path) -> bool:
    """Whether every PT_LOAD segment keeps file offset and address congruent modulo its alignment, which
    the dynamic loader requires. GNU strip breaks this in some wheels' libraries (Rust extensions linked
    by lld, OpenBLAS): "ELF load command address/offset not page-aligned" at import."""
    out = subprocess.run(["readelf", "-l", "-W", str(path)], capture_output=True, text=True, check=False).stdout
    loads = [ln.split() for ln in out.splitlines() if ln.split()[:1] == ["LOAD"]]
    return bool(loads) and all(int(f[1], 16) % int(f[-1], 16) == int(f[2], 16) % int(f[-1], 16) for f in loads)


def strip_bundle(top: Path) -> tuple[int, int]:
    """Strips every ELF file with debug sections or a static symbol table under `top/_internal`:
    `--strip-unneeded` with llvm-strip where installed (else GNU strip); where that copy's segments the
    loader would refuse (or where the stripper fails), GNU `strip --strip-debug` (DWARF only, which keeps
    these libraries' layout); where that fails too, the file stays as it was. Returns (files stripped,
    bytes saved)."""
    gnu = shutil.which("strip")
    if not gnu or not shutil.which("readelf"):
        raise SystemExit("strip_debug: binutils (strip, readelf) are needed")
    attempts = [[shutil.which("llvm-strip") or gnu, "--strip-unneeded"], [gnu, "--strip-debug"]]
    candidates = [p for p in (top / "_internal").rglob("*") if p.is_file() and not p.is_symlink()]
    count = saved = 0
    debug_only: list[str] = []
    kept: list[str] = []
    for path in candidates:
        if path.stat().st_size < 16_384 or not _is_elf(path) or not has_debug_info(path):
            continue
        stripped = path.with_name(path.name + ".stripped")
        for n, cmd in enumerate(attempts):
            # A stripper that refuses a file (an exit status, e.g. llvm-strip on a format it does not
            # know) is one more attempt that failed, not the end of the build.
            done = subprocess.run([*cmd, "-o", str(stripped), str(path)], capture_output=True, check=False)
            if done.returncode == 0 and loads_aligned(stripped) and stripped.stat().st_size < path.stat().st_size:
                (debug_only if n else []).append(path.name)
                stripped.chmod(path.stat().st_mode)
                count += 1
                saved += path.stat().st_size - stripped.stat().st_size
                stripped.replace(path)
                break
            stripped.unlink(missing_ok=True)
        else:
            kept.append(path.name)
    for what, names in (("only debug information stripped", debug_only), ("kept as they were", kept)):
        if names:
            print(f"strip_debug: {len(names)} files {what} (stripping more failed or misaligned their segments): "
                  + ", ".join(sorted(set(names))[:5]) + ("…" if len(set(names)) > 5 else ""))
    return count, saved


if __name__ == "__main__":
    n, saved = strip_bundle(Path(sys.argv[1]))
    print(f"strip_debug: {n} files, {saved / 1e6:.1f} MB of debug information and symbol tables removed")
