#!/usr/bin/env bash
# `make release-check`: what to run before tagging a release (not in CI; about 20-40 minutes).
#  1. the bundle on older CPUs: `lantern ask` (the model itself answering) under qemu-x86_64
#     -cpu Haswell must pass (qemu's TCG has no AVX-512, so any AVX-512 instruction would be an
#     "Illegal instruction" there), and objdump must find no AVX-512 (zmm) instruction in llama.cpp.
#     A -cpu Nehalem run is printed for information only: qemu 7.2's TCG executes AVX/AVX2 even when
#     the CPU model lacks them, so it cannot show the refusal (that is tested with fake
#     /proc/cpuinfo files in tests/packaging/test_notices_and_cpu.py).
#  2. llama.cpp cost of the portable build: `bench llm` tokens/s of the bundle vs the native .venv
#  3. glibc baseline of the bundle
#  4. installers: .deb and tarball (packaging/linux/build_deb.sh); the .deb installed into a scratch root
# RELEASE_PARTS picks parts (default "cpu bench glibc installers"), e.g.
#   RELEASE_PARTS="cpu glibc" bash packaging/release_check.sh dist/lantern
set -uo pipefail
cd "$(dirname "$0")/.."
TOP=${1:-dist/lantern}
PARTS="cpu bench glibc installers"
# A misspelt part would otherwise check nothing and still say PASSED.
for part in ${RELEASE_PARTS:-}; do
  [[ " $PARTS " == *" $part "* ]] || { echo "release_check: unknown part '$part' in RELEASE_PARTS (parts: $PARTS)" >&2; exit 2; }
done
T=$(mktemp -d /tmp/lantern-release-XXXXXX)
FAILED=0
note() { printf '%s\n' "$*" | tee -a "$T/summary.txt"; }
want() { [[ " ${RELEASE_PARTS:-$PARTS} " == *" $1 "* ]]; }

# 1. older CPUs
if want cpu; then
if ! command -v qemu-x86_64 >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get install -y -qq qemu-user >/dev/null || note "qemu-user could not be installed"
fi
echo "Saturn has bright rings made of ice and rock." > "$T/saturn.txt"
for cpu in Haswell Nehalem; do
  start=$(date +%s)
  env -i PATH=/usr/bin:/bin HOME="$T" LANTERN_HOME="$T/data-$cpu" LANTERN_N_THREADS=2 LANTERN_GROUNDED_ANSWERS=model \
    timeout 1800 qemu-x86_64 -cpu "$cpu" "$TOP/lantern" ask --max-tokens 8 --context "$T/saturn.txt" \
    "What are Saturn's rings made of?" > "$T/qemu-$cpu.log" 2>&1
  rc=$?
  answer=$(grep -i -c ice "$T/qemu-$cpu.log")
  note "qemu -cpu $cpu: exit $rc, answer mentions ice: $([ "$answer" -gt 0 ] && echo yes || echo no), $(( $(date +%s) - start )) s"
  if [ "$cpu" = Haswell ] && { [ $rc -ne 0 ] || [ "$answer" -eq 0 ]; }; then FAILED=1; fi
done
ZMM=$(find "$TOP/_internal/llama_cpp/lib" -name 'lib*.so' -type f -exec objdump -d {} \; | grep -c zmm)
note "AVX-512 (zmm) instructions in the bundle's llama.cpp: $ZMM"
[ "$ZMM" -eq 0 ] || FAILED=1
fi

# 2. portable vs native llama.cpp speed
if want bench && [ -x .venv/bin/lantern ]; then
  LANTERN_HOME="$T/native" .venv/bin/lantern bench llm --json > "$T/bench-native.json" 2>/dev/null
  env -i PATH=/usr/bin:/bin HOME="$T" LANTERN_HOME="$T/portable" "$TOP/lantern" bench llm --json > "$T/bench-portable.json" 2>/dev/null
  python3 - "$T" <<'PY' | tee -a "$T/summary.txt"
import json, sys
t = sys.argv[1]
def tok_s(name):
    d = json.load(open(f"{t}/bench-{name}.json"))
    e = d.get("engine", d)
    return e.get("decode_tok_s") or e.get("tokens_per_s") or e.get("tok_s")
n, p = tok_s("native"), tok_s("portable")
print(f"llama.cpp decode tokens/s: native {n}, portable {p}, portable/native = {p / n:.2f}" if n and p else
      "bench llm: could not read tokens/s (see bench-*.json)")
PY
fi

# 3. glibc baseline
if want glibc; then
GLIBC=$(find "$TOP" \( -name '*.so*' -o -name lantern \) -type f -print0 | xargs -0 objdump -T 2>/dev/null \
        | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
note "glibc needed: $GLIBC (built on $(ldd --version | head -1))"
# libstdc++ comes from the PC (build.spec leaves the build system's out): the newest GLIBCXX the bundle needs
GLIBCXX=$(find "$TOP" \( -name '*.so*' -o -name lantern \) -type f -print0 | xargs -0 objdump -T 2>/dev/null \
          | grep -o 'GLIBCXX_[0-9.]*' | sort -uV | tail -1)
note "libstdc++ needed: $GLIBCXX (GCC 11 = 3.4.29, GCC 12 = 3.4.30: Ubuntu 22.04 has 3.4.30)"
if [ "$(printf '%s\n' GLIBC_2.35 "$GLIBC" | sort -V | tail -1)" != GLIBC_2.35 ]; then
  note "glibc floor above 2.35: Ubuntu 22.04 / Mint 21 cannot run this bundle"; FAILED=1
fi
fi

# 4. installers
if want installers; then
packaging/linux/build_deb.sh "$TOP" dist | tee -a "$T/summary.txt"
DEB=$(ls -t dist/lantern_*_amd64.deb | head -1)
dpkg-deb -x "$DEB" "$T/root" && "$T/root/opt/lantern/lantern" --version >> "$T/summary.txt" 2>&1 \
  || { note ".deb contents do not run"; FAILED=1; }
dpkg-deb -I "$DEB" | grep -E 'Depends|Installed-Size' | tee -a "$T/summary.txt"
fi

note "release check: $([ $FAILED -eq 0 ] && echo PASSED || echo FAILED) (details: $T)"
exit $FAILED
