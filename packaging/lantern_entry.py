"""PyInstaller entry point: the same main() as the `lantern` console script.

The bundle's llama.cpp is built for an x86-64 baseline of AVX2 + FMA + F16C (Intel Haswell, 2013;
AMD Excavator/Zen). On an older CPU it would die with "Illegal instruction" at the first question, so
the bundle says so at start, in words a technician can act on.
"""
import multiprocessing
import os
import platform
import sys
from collections.abc import MutableMapping
from pathlib import Path

# Instruction sets the bundle's llama.cpp was compiled with (packaging/build_llama_wheel.sh).
REQUIRED_CPU_FLAGS = ("avx", "avx2", "fma", "f16c")
EXIT_UNSUPPORTED_CPU = 3


def missing_cpu_flags(cpuinfo: str = "/proc/cpuinfo") -> list[str]:
    """The required flags this CPU lacks (Linux x86-64 only; elsewhere nothing is checked)."""
    if sys.platform != "linux" or platform.machine() not in ("x86_64", "AMD64"):
        return []
    try:
        with open(cpuinfo, encoding="ascii", errors="replace") as f:
            line = next((ln for ln in f if ln.startswith("flags")), "")
    except OSError:
        return []
    flags = set(line.partition(":")[2].split())
    return [f for f in REQUIRED_CPU_FLAGS if f not in flags] if flags else []


def find_language_pack(exe_dir: Path, environ: MutableMapping[str, str]) -> Path | None:
    """The optional language pack (CJK, Arabic and Devanagari fonts; packaging/build_langpack.sh), shipped
    and counted apart from the bundle: $LANTERN_LANGPACK, else `langpack/` inside the bundle folder, else
    `lantern-langpack/` next to it (/opt/lantern-langpack beside /opt/lantern). None when there is none."""
    named = environ.get("LANTERN_LANGPACK")
    candidates = [Path(named)] if named else [exe_dir / "langpack", exe_dir.parent / "lantern-langpack"]
    return next((p.resolve() for p in candidates if (p / "fonts.conf").is_file()), None)


def use_language_pack(pack: Path, environ: MutableMapping[str, str]) -> None:
    """Make the pack's fonts visible to Qt (fontconfig) for this process and its children: its fonts.conf
    includes the system's configuration and adds the pack's font folder. A FONTCONFIG_FILE the PC already
    sets is kept. LANTERN_LANGPACK names the pack for Help → Licences."""
    environ["LANTERN_LANGPACK"] = str(pack)
    environ.setdefault("FONTCONFIG_FILE", str(pack / "fonts.conf"))


if __name__ == "__main__":
    # First, before anything else: a hub worker or other child process of the frozen executable
    # must become that child, not parse its arguments as a Lantern command.
    multiprocessing.freeze_support()
    missing = missing_cpu_flags()
    if missing:
        print(f"lantern: error: this computer's processor lacks {', '.join(missing).upper()}, which this "
              "build of Lantern needs (any Intel CPU from 2013 on, Haswell or newer; AMD from 2015 on). "
              "Run Lantern from source on this PC instead (see README: Set up).", file=sys.stderr)
        sys.exit(EXIT_UNSUPPORTED_CPU)
    pack = find_language_pack(Path(sys.executable).resolve().parent, os.environ)
    if pack is not None:
        use_language_pack(pack, os.environ)
    from app.cli import main

    sys.exit(main())
