"""Render packaging/icons/lantern.svg to the icon files installers need, into OUT_DIR:
lantern-256.png (Linux), lantern.ico (Windows), lantern.icns (macOS).

    python packaging/make_icons.py build/icons
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def render(svg: Path, out: Path, size: int = 512) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(out))
    return out


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    big = render(Path(__file__).parent / "icons" / "lantern.svg", out / "lantern-512.png")
    from PIL import Image

    img = Image.open(big)
    img.resize((256, 256)).save(out / "lantern-256.png")
    img.save(out / "lantern.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    img.save(out / "lantern.icns")
    print(f"icons in {out}")
