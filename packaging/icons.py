"""Render Ropa's icon set from resources/icons/ropa.svg with Qt's own SVG renderer.

    python packaging/icons.py OUT_DIR

writes ``hicolor/<n>x<n>/apps/ropa.png`` for 16-256 px and ``hicolor/scalable/apps/ropa.svg``
(the freedesktop icon theme layout install.sh copies into ~/.local/share/icons), ``ropa.ico``
(Windows: every size in one file) and ``ropa.icns`` (macOS). Qt renders the PNGs (QtSvg is part
of PySide6-Essentials, so no rsvg or ImageMagick is needed); Pillow, which reportlab already
requires, packs the .ico and .icns.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "ropa.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int, target: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"icons: cannot write {target}")


def build(out: Path, svg: Path = SOURCE) -> dict[int, Path]:
    """Write the icon set into ``out``; return the PNG of each size."""
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["icons"])  # QImage text/painting needs one
    pngs: dict[int, Path] = {}
    for size in SIZES:
        pngs[size] = out / "hicolor" / f"{size}x{size}" / "apps" / "ropa.png"
        render(svg, size, pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps" / "ropa.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    # 512 and 1024 only for the .icns (Retina); rendered from the vector, not scaled up
    big = {n: out / f"ropa-{n}.png" for n in (512, 1024)}
    for n, path in big.items():
        render(svg, n, path)
    largest = Image.open(pngs[256])
    largest.save(out / "ropa.ico", sizes=[(n, n) for n in ICO_SIZES])
    Image.open(big[1024]).save(out / "ropa.icns")
    for path in big.values():
        path.unlink()
    return pngs


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py OUT_DIR")
    for size, path in build(Path(sys.argv[1])).items():
        print(f"{size:>4} px  {path}")
