#!/usr/bin/env bash
# A portable llama-cpp-python wheel for the bundle: llama.cpp compiled for an explicit x86-64
# baseline (AVX2 + FMA + F16C + BMI2: Intel Haswell 2013+, AMD Zen / Excavator 2015+), never
# -march=native and no AVX-512, so the bundle runs on the older PCs schools have.
# pip's wheel cache ignores CMAKE_ARGS, hence --no-cache-dir. Runs in its own venv, never in .venv.
#   packaging/build_llama_wheel.sh OUT_DIR        (about 6 minutes on 2 idle cores)
set -euo pipefail
OUT=${1:?usage: build_llama_wheel.sh OUT_DIR}
VERSION=${LLAMA_CPP_PYTHON_VERSION:-$(grep -i '^llama-cpp-python==' "$(dirname "$0")/requirements-bundle.lock" | cut -d= -f3)}
VERSION=${VERSION:-0.3.36}
PYTHON=${PYTHON:-python3}
BUILD_VENV=${BUILD_VENV:-$(dirname "$OUT")/llama-venv}
[ -x "$BUILD_VENV/bin/pip" ] || "$PYTHON" -m venv "$BUILD_VENV"
export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON \
 -DGGML_AVX512=OFF -DGGML_AVX_VNNI=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF \
 -DLLAMA_BUILD_SERVER=OFF"
export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
mkdir -p "$OUT"
start=$(date +%s)
nice -n 10 "$BUILD_VENV/bin/pip" wheel --no-cache-dir --no-deps -w "$OUT" "llama-cpp-python==$VERSION"
echo "llama-cpp-python $VERSION portable wheel built in $(( $(date +%s) - start )) s: $(ls "$OUT"/llama_cpp_python-*.whl)"
