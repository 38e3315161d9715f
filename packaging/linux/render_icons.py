"""Render the app icon (an SVG) into the PNG sizes of the freedesktop hicolor icon theme.

    QT_QPA_PLATFORM=offscreen python packaging/linux/render_icons.py SVG OUT_DIR [NAME]

writes ``OUT_DIR/<size>x<size>/apps/NAME.png`` for each size in :data:`SIZES` and copies the SVG to
``OUT_DIR/scalable/apps/NAME.svg``; ``OUT_DIR`` is meant to be ``…/share/icons/hicolor``. The build
(build.spec) runs it with the build environment's PySide6, so installing needs no Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out_dir: Path, name: str) -> list[Path]:
    """Write every PNG size and the scalable SVG; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A build tool, not the app: Qt is used only to rasterise the SVG.
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = out_dir / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    del app
    return written


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    svg, out_dir = Path(argv[0]), Path(argv[1])
    name = argv[2] if len(argv) == 3 else svg.stem
    for path in render(svg, out_dir, name):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
