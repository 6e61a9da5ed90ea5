#!/usr/bin/env bash
# A .deb of the bundle: the app in /opt/lantern, `lantern` on PATH, a desktop entry and icon, and a
# `lantern-hub` systemd unit (installed, not started: `sudo systemctl enable --now lantern-hub`).
#   packaging/linux/build_deb.sh [dist/lantern] [OUT_DIR]        -> OUT_DIR/lantern_<version>_amd64.deb
# Also writes OUT_DIR/lantern-<version>-linux-x86_64.tar.gz (the same folder for other distributions), and,
# when the optional language pack dist/lantern-langpack exists (packaging/build_langpack.sh),
# lantern-langpack_<version>_all.deb (/opt/lantern-langpack, found by the app beside /opt/lantern) and its tarball.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOP=${1:-dist/lantern}
OUT=${2:-dist}
VERSION=${LANTERN_VERSION:-$(grep -m1 '^version' pyproject.toml | cut -d'"' -f2)}
# glibc the bundle needs: the newest GLIBC_x.y symbol any of its libraries references.
GLIBC=$(find "$TOP" -name '*.so*' -type f -print0 -o -name lantern -type f -print0 | xargs -0 objdump -T 2>/dev/null \
        | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1 | cut -d_ -f2)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
PKG=$STAGE/pkg
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
         "$PKG/usr/share/icons/hicolor/scalable/apps" "$PKG/usr/share/icons/hicolor/256x256/apps" \
         "$PKG/lib/systemd/system" "$PKG/usr/share/doc/lantern"
cp -al "$TOP" "$PKG/opt/lantern" 2>/dev/null || cp -a "$TOP" "$PKG/opt/lantern"
ln -s /opt/lantern/lantern "$PKG/usr/bin/lantern"
cp packaging/icons/lantern.svg "$PKG/usr/share/icons/hicolor/scalable/apps/lantern.svg"
if [ -f build/icons/lantern-256.png ]; then cp build/icons/lantern-256.png "$PKG/usr/share/icons/hicolor/256x256/apps/lantern.png"; fi
cp packaging/linux/lantern.desktop "$PKG/usr/share/applications/lantern.desktop"
cp packaging/linux/lantern-hub.service "$PKG/lib/systemd/system/lantern-hub.service"
cp LICENSE "$PKG/usr/share/doc/lantern/copyright"
SIZE_KB=$(du -sk "$PKG" | cut -f1)
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: lantern
Version: $VERSION
Architecture: amd64
Maintainer: Lantern maintainers <lantern@example.org>
Installed-Size: $SIZE_KB
Depends: libc6 (>= $GLIBC), libstdc++6 (>= 11), libgcc-s1, libexpat1, libegl1, libgl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3,
 libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0,
 libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, fonts-dejavu-core
Recommends: fonts-noto-core, fonts-noto-cjk, fonts-noto-color-emoji, fonts-opendyslexic, pulseaudio | pipewire-pulse
Section: education
Priority: optional
Homepage: https://example.org/lantern
Description: offline AI tutor for classroom PCs and kiosks
 Lantern is a tutor that runs a small Gemma model on the PC itself, answers from the class's own
 materials with citations, listens and reads aloud, and syncs progress to the school's hub.
 Nothing needs the internet. The models ship in /opt/lantern/models and are shared by every account.
 The school hub is the lantern-hub systemd service (disabled until enabled).
CONTROL
cat > "$PKG/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  getent passwd lantern-hub >/dev/null || adduser --system --group --home /var/lib/lantern-hub --no-create-home lantern-hub >/dev/null
  command -v systemctl >/dev/null && systemctl daemon-reload || true
  # a running hub picks up the new version
  command -v systemctl >/dev/null && systemctl try-restart lantern-hub.service || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q || true
fi
exit 0
POSTINST
cat > "$PKG/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
if [ "$1" = remove ] && command -v systemctl >/dev/null; then systemctl stop lantern-hub.service || true; fi
exit 0
PRERM
chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/prerm"
mkdir -p "$OUT"
DEB="$OUT/lantern_${VERSION}_amd64.deb"
start=$(date +%s)
nice -n 10 dpkg-deb --root-owner-group -Zzstd -z3 --build "$PKG" "$DEB" >/dev/null
echo "$DEB ($(du -h "$DEB" | cut -f1), glibc >= $GLIBC) in $(( $(date +%s) - start )) s"
TAR="$OUT/lantern-${VERSION}-linux-x86_64.tar.gz"
start=$(date +%s)
tar -C "$(dirname "$TOP")" -cf - "$(basename "$TOP")" | nice -n 10 gzip -1 > "$TAR"
echo "$TAR ($(du -h "$TAR" | cut -f1)) in $(( $(date +%s) - start )) s"

# the optional language pack: fonts only, architecture-independent, beside /opt/lantern
PACK=$(dirname "$TOP")/lantern-langpack
if [ -f "$PACK/fonts.conf" ]; then
  LP=$STAGE/langpack
  mkdir -p "$LP/DEBIAN" "$LP/opt" "$LP/usr/share/doc/lantern-langpack"
  cp -a "$PACK" "$LP/opt/lantern-langpack"
  cat "$PACK"/licences/*.txt > "$LP/usr/share/doc/lantern-langpack/copyright"
  cat > "$LP/DEBIAN/control" <<CONTROL
Package: lantern-langpack
Version: $VERSION
Architecture: all
Maintainer: Lantern maintainers <lantern@example.org>
Installed-Size: $(du -sk "$LP" | cut -f1)
Enhances: lantern
Section: fonts
Priority: optional
Description: fonts for Lantern's Chinese, Japanese, Korean, Arabic and Hindi learners
 Noto Sans CJK, Noto Sans Arabic, Noto Naskh Arabic, Noto Sans Devanagari and Noto Sans (SIL Open
 Font License 1.1) in /opt/lantern-langpack, used by Lantern only. Not needed where fonts-noto-cjk
 and fonts-noto-core are installed.
CONTROL
  LPDEB="$OUT/lantern-langpack_${VERSION}_all.deb"
  nice -n 10 dpkg-deb --root-owner-group -Zzstd -z3 --build "$LP" "$LPDEB" >/dev/null
  tar -C "$(dirname "$PACK")" -cf - "$(basename "$PACK")" | nice -n 10 gzip -1 > "$OUT/lantern-langpack-${VERSION}.tar.gz"
  echo "$LPDEB ($(du -h "$LPDEB" | cut -f1)) and $OUT/lantern-langpack-${VERSION}.tar.gz"
fi
