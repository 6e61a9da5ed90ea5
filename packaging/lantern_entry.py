"""PyInstaller entry point: the same main() as the `lantern` console script.

The bundle's llama.cpp is built for an x86-64 baseline of AVX2 + FMA + F16C (Intel Haswell, 2013;
AMD Excavator/Zen). On an older CPU it would die with "Illegal instruction" at the first question, so
the bundle says so at start, in words a technician can act on.
"""
import multiprocessing
import platform
import sys

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
    from app.cli import main

    sys.exit(main())
