"""Build Ropa's desktop package for the platform this runs on (``make package`` on Linux).

    python packaging/build.py [--out DIR]     (DIR/build and DIR/dist; default: the checkout)

1. the icon set from resources/icons/ropa.svg (packaging/icons.py) into build/icons;
2. the PyInstaller one-folder bundle (packaging/ropa.spec) into dist/ropa (and dist/Ropa.app on
   macOS);
3. on Linux, dist/ropa-<version>-linux-<machine>.tar.gz: the bundle, the .desktop entry, the
   AppStream metainfo, the MIME type, the icons, install.sh and uninstall.sh (packaging/linux).
   On Windows and macOS it prints the command that makes the installer (packaging/README.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APPSTREAM_ID = "io.github.ropa.Ropa"


def version() -> str:
    text = (ROOT / "ropa" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise SystemExit("build: no __version__ in ropa/__init__.py")
    return found.group(1)


def icons(build: Path) -> Path:
    out = build / "icons"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(out)], check=True, env=env)
    return out


def bundle(icon_dir: Path, build: Path, dist: Path) -> Path:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(build / "pyinstaller"),
        str(ROOT / "packaging" / "ropa.spec"),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT, env={**os.environ, "ROPA_ICONS": str(icon_dir)})
    return dist / "ropa"


def linux_tarball(folder: Path, icon_dir: Path, ver: str, build: Path) -> Path:
    name = f"ropa-{ver}-linux-{platform.machine()}"
    stage = build / name
    shutil.rmtree(stage, ignore_errors=True)
    share = stage / "share"
    shutil.copytree(folder, stage / "ropa", symlinks=True)
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX / "ropa.desktop", share / "applications" / "ropa.desktop")
    (share / "metainfo").mkdir()
    metainfo = f"{APPSTREAM_ID}.metainfo.xml"
    shutil.copy(LINUX / metainfo, share / "metainfo" / metainfo)
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX / "ropa-mime.xml", share / "mime" / "packages" / "ropa.xml")
    shutil.copytree(icon_dir / "hicolor", share / "icons" / "hicolor")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(LINUX / script, stage / script)
        (stage / script).chmod(0o755)
    shutil.copy(LINUX / "runtime-deps.txt", stage / "runtime-deps.txt")
    shutil.copy(ROOT / "CHANGELOG.md", stage / "CHANGELOG.md")
    target = folder.parent / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(stage, arcname=name)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Ropa's desktop package for this platform.")
    parser.add_argument(
        "--out", type=Path, default=ROOT, help="put build/ and dist/ here (default: the checkout)"
    )
    out = parser.parse_args(argv).out.resolve()
    build, dist = out / "build", out / "dist"
    ver = version()
    icon_dir = icons(build)
    folder = bundle(icon_dir, build, dist)
    print(f"build: bundle {folder} ({size(folder) / 1e6:.0f} MB)")
    if sys.platform.startswith("linux"):
        tarball = linux_tarball(folder, icon_dir, ver, build)
        print(f"build: {tarball} ({tarball.stat().st_size / 1e6:.0f} MB)")
    elif sys.platform == "win32":
        print(f"build: now the installer: iscc /DAppVersion={ver} packaging\\windows\\ropa.iss")
    elif sys.platform == "darwin":
        print(
            f"build: dist/Ropa.app; a disk image: hdiutil create -volname Ropa -srcfolder dist/Ropa.app "
            f"-ov -format UDZO dist/ropa-{ver}-macos-{platform.machine()}.dmg"
        )
    return 0


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    sys.exit(main())
