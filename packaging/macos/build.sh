#!/usr/bin/env bash
# Lantern for macOS: Lantern.app (microphone permission text, icon), ad-hoc signed, in a .dmg.
# Run on a Mac (Apple silicon or Intel) from the repository root, with Xcode command line tools and
# Python 3.11:   packaging/macos/build.sh
# Ad-hoc signing lets the school's own Macs run it (first start: right-click > Open, or
# `xattr -dr com.apple.quarantine /Applications/Lantern.app`). To distribute more widely, sign with
# a Developer ID (CODESIGN_ID="Developer ID Application: ...") and notarize with `xcrun notarytool`.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=build/bundle
VENV=$BUILD/venv
VERSION=$(grep -m1 '^version' pyproject.toml | cut -d'"' -f2)
[ -x "$VENV/bin/python" ] || python3.11 -m venv "$VENV"
# llama.cpp with Metal (the default on macOS); no CPU-specific flags are needed on Apple silicon
grep -v -i '^llama-cpp-python==' packaging/requirements-bundle.lock > $BUILD/lock.txt
"$VENV/bin/pip" install -q -r $BUILD/lock.txt "llama-cpp-python==0.3.36" pyinstaller pillow
"$VENV/bin/pip" install -q --no-deps -e .
"$VENV/bin/python" packaging/make_model_folder.py $BUILD/models
"$VENV/bin/python" packaging/make_icons.py build/icons
LANTERN_WINDOWED=1 LANTERN_ICON=build/icons/lantern.icns LANTERN_VERSION=$VERSION \
  "$VENV/bin/pyinstaller" --noconfirm --distpath dist --workpath $BUILD/pyinstaller build.spec
APP=dist/Lantern.app
# models and notices in Contents/Resources (data must not sit in Contents/MacOS of a signed app);
# Lantern looks for <exe>/../Resources/models
cp -R $BUILD/models "$APP/Contents/Resources/models"
cp LICENSE assets/licenses/GEMMA_TERMS.txt "$APP/Contents/Resources/"
"$VENV/bin/python" packaging/notices.py "$APP/Contents/Resources"
codesign --force --deep --sign "${CODESIGN_ID:--}" "$APP"
"$APP/Contents/MacOS/lantern" selftest
hdiutil create -volname Lantern -srcfolder "$APP" -ov -format UDZO "dist/Lantern-$VERSION.dmg"
echo "built dist/Lantern-$VERSION.dmg"
