#!/usr/bin/env bash
# The optional language pack, shipped and counted apart from the bundle (issue 16): the fonts for the
# scripts of Lantern's languages that a PC may lack — Chinese/Japanese/Korean (Noto Sans CJK), Arabic
# (Noto Sans Arabic, Noto Naskh Arabic), Hindi (Noto Sans Devanagari) and Noto Sans — with their
# licence (SIL OFL 1.1) and a fontconfig file. The bundle finds it by itself
# (packaging/lantern_entry.py): as `langpack/` inside the bundle folder, as `lantern-langpack/` next to
# it (/opt/lantern-langpack beside /opt/lantern), or where $LANTERN_LANGPACK points.
#   packaging/build_langpack.sh [dist/lantern-langpack]
# The fonts come from the build machine's Debian packages fonts-noto-cjk and fonts-noto-core.
# Extra Piper voices are not in the pack: the engine registers only the bundled voice in place, so a
# voice is added per account with `lantern voices add VOICE.onnx` (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist/lantern-langpack}
CJK=/usr/share/fonts/opentype/noto
CORE=/usr/share/fonts/truetype/noto
FONTS=("$CJK/NotoSansCJK-Regular.ttc" "$CJK/NotoSansCJK-Bold.ttc"
       "$CORE/NotoSansArabic-Regular.ttf" "$CORE/NotoSansArabic-Bold.ttf"
       "$CORE/NotoNaskhArabic-Regular.ttf" "$CORE/NotoNaskhArabic-Bold.ttf"
       "$CORE/NotoSansDevanagari-Regular.ttf" "$CORE/NotoSansDevanagari-Bold.ttf"
       "$CORE/NotoSans-Regular.ttf" "$CORE/NotoSans-Bold.ttf")
for f in "${FONTS[@]}"; do
  [ -f "$f" ] || { echo "missing $f (apt install fonts-noto-cjk fonts-noto-core)" >&2; exit 1; }
done
rm -rf "$OUT"
mkdir -p "$OUT/fonts" "$OUT/licences"
cp "${FONTS[@]}" "$OUT/fonts/"
cp /usr/share/doc/fonts-noto-cjk/copyright "$OUT/licences/fonts-noto-cjk.txt"
cp /usr/share/doc/fonts-noto-core/copyright "$OUT/licences/fonts-noto-core.txt"
# The pack's fonts next to the PC's own: the system configuration first, then the pack's folder
# (relative to this file, so the pack can be moved).
cat > "$OUT/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir prefix="relative">fonts</dir>
</fontconfig>
CONF
cat > "$OUT/README.txt" <<'TXT'
Lantern language pack: fonts for Chinese, Japanese, Korean, Arabic and Hindi (Noto, SIL Open Font
License 1.1: licences/). Put this folder next to the Lantern folder as "lantern-langpack"
(/opt/lantern-langpack beside /opt/lantern), or inside it as "langpack", or point LANTERN_LANGPACK at
it. Lantern uses it by itself at the next start; nothing is installed into the system.
TXT
du -sm "$OUT" | awk '{print "language pack: " $1 " MB in " $2}'
