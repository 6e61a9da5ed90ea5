#!/usr/bin/env bash
# `make bundle`: the one-folder bundle dist/lantern/, built the way a release is built.
#  1. a portable llama-cpp-python wheel (packaging/build_llama_wheel.sh; once, then reused)
#  2. a build venv with the pinned runtime packages (packaging/requirements-bundle.lock) + PyInstaller
#  3. the models folder (assembled once from the model packages; read in place by every account)
#  4. PyInstaller (build.spec), then at the top of the bundle: models/, LICENSE, GEMMA_TERMS.txt,
#     NOTICE, THIRD_PARTY_NOTICES.txt, sbom.cdx.json; identical libraries become symlinks.
#  5. the optional language pack dist/lantern-langpack/ (packaging/build_langpack.sh), sized apart.
# Steps 4-5 run in a clean export of the committed tree (HEAD) in $BUILD/src: in a shared work tree an
# uncommitted edit must not ship (the 20:12 build collected a safety bank edited but not yet refitted,
# and every `ask` then fitted it at load for minutes). LANTERN_BUNDLE_WORKTREE=1 builds the work tree
# as it is instead (to try a change before committing it).
# Builds run under `nice`: on a shared 2-core machine expect ~10 minutes plus the first wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=$(realpath -m "${BUILD:-build/bundle}")
PYTHON=${PYTHON:-python3}
DIST=$(realpath -m "${DIST:-dist}")
VENV=$BUILD/venv
TOOLS=$BUILD/tools
NICE="nice -n 10"
LOCK=$ROOT/packaging/requirements-bundle.lock
PYINSTALLER="pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9"
mkdir -p "$BUILD"
t0=$(date +%s)

# 1. portable llama.cpp
WHEEL=$(ls "$BUILD"/wheels/llama_cpp_python-*.whl 2>/dev/null | head -1 || true)
if [ -z "$WHEEL" ]; then
  packaging/build_llama_wheel.sh "$BUILD/wheels"
  WHEEL=$(ls "$BUILD"/wheels/llama_cpp_python-*.whl | head -1)
fi

# 2. build venv: the portable wheel first (so pip never compiles llama.cpp again), then the lock
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip wheel
fi
if ! cmp -s "$WHEEL" "$VENV/.llama-wheel" 2>/dev/null; then
  "$VENV/bin/pip" install -q --no-deps --force-reinstall "$WHEEL"
  cp "$WHEEL" "$VENV/.llama-wheel"
fi
if [ ! -f "$VENV/.lock-installed" ] || ! cmp -s "$LOCK" "$VENV/.lock-installed"; then
  grep -v -i '^llama-cpp-python==' "$LOCK" > "$BUILD/lock-without-llama.txt"
  $NICE "$VENV/bin/pip" install -q -r "$BUILD/lock-without-llama.txt" $PYINSTALLER
  $NICE "$VENV/bin/pip" install -q --no-deps -e .
  cp "$LOCK" "$VENV/.lock-installed"
fi
"$VENV/bin/pip" check
# SBOM tool in its own venv, so it is not part of what it describes
[ -x "$TOOLS/bin/cyclonedx-py" ] || { "$PYTHON" -m venv "$TOOLS" && "$TOOLS/bin/pip" install -q cyclonedx-bom; }

# 3. models (once; REBUILD_MODELS=1 assembles and checks them again)
if [ ! -f "$BUILD/models/lantern-models.json" ] || [ -n "${REBUILD_MODELS:-}" ]; then
  $NICE "$VENV/bin/python" packaging/make_model_folder.py "$BUILD/models"
fi
# Whisper stored with int8 weights, as the engine runs it (-70 MB, same results; once, then a no-op)
"$VENV/bin/python" packaging/whisper_int8.py "$BUILD/models"

# 4. bundle, from the committed tree (see the top)
if [ -z "${LANTERN_BUNDLE_WORKTREE:-}" ]; then
  rm -rf "$BUILD/src" && mkdir -p "$BUILD/src"
  git archive HEAD | tar -x -C "$BUILD/src"
  git diff --quiet HEAD || echo "build_bundle: uncommitted changes in the work tree are NOT in this bundle (HEAD $(git rev-parse --short HEAD))"
  cd "$BUILD/src"
fi
# the window's translations first (.ts -> .qm; the .qm files are not in git)
for ts in assets/i18n/*.ts; do
  [ -e "$ts" ] && "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
$NICE "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" build.spec
TOP=$DIST/lantern
# PyAV's video encoders (x264, x265, SVT-AV1, libvpx: 32 MB) become stubs; Lantern only decodes audio
"$VENV/bin/python" packaging/stub_video_codecs.py "$TOP"
$NICE "$VENV/bin/python" packaging/strip_debug.py "$TOP"
rm -rf "$TOP/models"
cp -al "$BUILD/models" "$TOP/models" 2>/dev/null || cp -a "$BUILD/models" "$TOP/models"
cp LICENSE "$TOP/LICENSE"
cp assets/licenses/GEMMA_TERMS.txt "$TOP/GEMMA_TERMS.txt"
cat > "$TOP/NOTICE" <<'NOTICE'
Lantern is free software under the GNU General Public License v3.0 or later (see LICENSE).

Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms
(the terms are in GEMMA_TERMS.txt). Use of the bundled Gemma model must follow the Gemma Prohibited
Use Policy (ai.google.dev/gemma/prohibited_use_policy). Whoever passes this bundle on passes these
terms on with it.

Third-party software and its licences: THIRD_PARTY_NOTICES.txt; machine-readable: sbom.cdx.json.
NOTICE
"$VENV/bin/python" packaging/notices.py "$TOP"
"$TOOLS/bin/cyclonedx-py" environment --output-format JSON -o "$TOP/sbom.cdx.json" "$VENV/bin/python"
"$VENV/bin/python" packaging/dedupe_libs.py "$TOP"
# the optional language pack (fonts for CJK, Arabic, Devanagari), a folder of its own next to the bundle
bash packaging/build_langpack.sh "$DIST/lantern-langpack"
"$VENV/bin/python" packaging/size_table.py "$TOP" "$DIST/lantern-langpack" | tee "$DIST/lantern-sizes.md"
echo "bundle built in $(( $(date +%s) - t0 )) s: $TOP"
