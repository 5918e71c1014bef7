"""Smoke test of a built Ropa package, run from anywhere (standard library only).

    python3 packaging/smoke.py dist/ropa-0.1.0-linux-x86_64.tar.gz [--fixtures tests/fixtures]
    python3 packaging/smoke.py dist/ropa            # a one-folder bundle (any platform)

The tarball is unpacked into a fresh temporary folder outside the checkout and installed there
with its install.sh (PREFIX and HOME inside that folder, so nothing of the user's is touched);
then the installed ``ropa`` runs with a clean environment (no PYTHONPATH, no virtualenv on PATH,
QT_QPA_PLATFORM=offscreen):

* ``--version`` prints the package's version;
* init (Alembic migrations from the bundle), import of seed_kemi.json, export to .json, .xlsx and
  .pdf (both carrying "Ropa <version>"), ``transfers --lang fi`` (pycountry's Finnish names),
  ``check`` (exit 0 or 1, no traceback), ``import-notice --dry-run`` of an HTML notice, the upgrade
  of a first-schema workspace;
* the window, offscreen, until its first paint (``ROPA_QUIT_AFTER_FIRST_PAINT=1``): on the default
  workspace (created in the fake HOME), in Finnish, and as ``ropa FILE.ropa`` (file association);
* on Linux: ``ldd`` of every shared library in the bundle finds everything, and each library
  loaded from the system belongs to a package of runtime-deps.txt (when dpkg can tell);
* the tarball's layout: .desktop, metainfo, MIME XML, PNG icons 16-256, install/uninstall.

Exit 0 when all pass; each failure is printed. Timings (cold and warm start to first paint) are
printed at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
TIMEOUT = 180


class Smoke:
    def __init__(self, work: Path, fixtures: Path) -> None:
        self.work = work
        self.fixtures = fixtures
        self.failures: list[str] = []
        self.timings: dict[str, float] = {}
        self.home = work / "home"
        self.home.mkdir()
        self.env = {
            "HOME": str(self.home),
            "PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("PATH", ""),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "ROPA_LOG_DIR": str(work / "log"),
            "ROPA_BACKUP_DIR": str(work / "backups"),
        }
        for name in ("SYSTEMROOT", "TEMP", "TMP", "LOCALAPPDATA", "APPDATA", "USERPROFILE"):
            if name in os.environ:  # Windows cannot start a process without them
                self.env[name] = os.environ[name]

    def expect(self, ok: bool, what: str) -> bool:
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        if not ok:
            self.failures.append(what)
        return ok

    def run(
        self, program: Path, *args: str, env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
    ) -> subprocess.CompletedProcess[str]:
        start = time.perf_counter()
        result = subprocess.run(
            [str(program), *args],
            capture_output=True,
            text=True,
            cwd=self.work,
            env={**self.env, **(env or {})},
            timeout=TIMEOUT,
        )
        elapsed = time.perf_counter() - start
        what = f"ropa {' '.join(args)}  [{elapsed:.2f} s, exit {result.returncode}]"
        self.expect(result.returncode in ok and "Traceback" not in result.stderr, what)
        if result.returncode not in ok or "Traceback" in result.stderr:
            print(result.stdout[-2000:], result.stderr[-4000:], sep="\n", file=sys.stderr)
        self.timings[" ".join(args)] = elapsed
        return result

    # ---------------------------------------------------------------- the checks

    def layout(self, root: Path) -> None:
        share = root / "share"
        for path in (
            root / "ropa" / "ropa",
            root / "install.sh",
            root / "uninstall.sh",
            root / "runtime-deps.txt",
            share / "applications" / "ropa.desktop",
            share / "mime" / "packages" / "ropa.xml",
            share / "icons" / "hicolor" / "scalable" / "apps" / "ropa.svg",
        ):
            self.expect(path.is_file(), f"tarball holds {path.relative_to(root)}")
        for size in ICON_SIZES:
            png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ropa.png"
            self.expect(png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"icon {size}x{size}")
        self.expect(any((share / "metainfo").glob("*.metainfo.xml")), "tarball holds the AppStream metainfo")
        mime = (share / "mime" / "packages" / "ropa.xml").read_text(encoding="utf-8")
        self.expect(
            'type="application/x-ropa-workspace"' in mime and '"*.ropa"' in mime, "MIME type for *.ropa"
        )

    def install(self, root: Path) -> Path:
        prefix = self.work / "prefix"
        env = {**self.env, "PREFIX": str(prefix)}
        result = subprocess.run(
            ["sh", str(root / "install.sh")], capture_output=True, text=True, env=env, timeout=TIMEOUT
        )
        self.expect(result.returncode == 0, "install.sh into a fresh PREFIX")
        if result.returncode:
            print(result.stdout, result.stderr, file=sys.stderr)
        program = prefix / "lib" / "ropa" / "ropa"
        desktop = prefix / "share" / "applications" / "ropa.desktop"
        self.expect(program.is_file() and os.access(program, os.X_OK), "installed program")
        self.expect((prefix / "bin" / "ropa").resolve() == program.resolve(), "~/.local/bin/ropa link")
        self.expect(
            desktop.is_file() and f'Exec="{program}" gui %f' in desktop.read_text(encoding="utf-8"),
            "installed .desktop runs the installed program by its full path",
        )
        self.expect((prefix / "share" / "mime" / "packages" / "ropa.xml").is_file(), "installed MIME type")
        if shutil.which("update-mime-database"):  # install.sh compiled it into the MIME database
            compiled = prefix / "share" / "mime" / "application" / "x-ropa-workspace.xml"
            globs = prefix / "share" / "mime" / "globs2"
            self.expect(
                compiled.is_file() and "application/x-ropa-workspace:*.ropa" in globs.read_text(),
                "update-mime-database registered *.ropa as application/x-ropa-workspace",
            )
        self.expect(
            (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "ropa.png").is_file(),
            "installed icons",
        )
        return program

    def uninstall(self, program: Path) -> None:
        prefix = program.parents[2]
        keep = self.home / ".local" / "share" / "Ropa"
        result = subprocess.run(
            ["sh", str(program.parent / "uninstall.sh")],
            capture_output=True,
            text=True,
            env={**self.env, "PREFIX": str(prefix)},
            timeout=TIMEOUT,
        )
        self.expect(result.returncode == 0 and not program.exists(), "uninstall.sh removes the program")
        self.expect(
            not (prefix / "share" / "applications" / "ropa.desktop").exists(), "... and its menu entry"
        )
        self.expect(any(keep.glob("*.ropa")), "... and keeps the user's workspaces")

    def commands(self, ropa: Path, version: str) -> None:
        kemi = self.fixtures / "seed_kemi.json"
        db = ["--db", str(self.work / "w.ropa")]
        result = self.run(ropa, "--version")
        self.expect(result.stdout.strip() == f"ropa {version}", f"--version says ropa {version}")
        self.run(ropa, *db, "init")
        self.run(ropa, *db, "import", str(kemi))
        self.run(ropa, *db, "export", "w.json")
        self.run(ropa, *db, "export", "w.xlsx", "--lang", "fi")
        self.run(ropa, *db, "export", "w.pdf", "--lang", "fi")
        xlsx, pdf = self.work / "w.xlsx", self.work / "w.pdf"
        self.expect(zipfile.is_zipfile(xlsx), "w.xlsx is a workbook")
        if zipfile.is_zipfile(xlsx):
            with zipfile.ZipFile(xlsx) as book:
                core = book.read("docProps/core.xml").decode()
            self.expect(f"Ropa {version}" in core, f"the workbook says Ropa {version}")
        self.expect(pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", "w.pdf is a PDF")
        if shutil.which("pdftotext") and pdf.is_file():
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            self.expect(f"Ropa {version}" in text, f"the PDF says Ropa {version}")
            self.expect("Tietosuojavastaava" in text or "tietosuojavastaava" in text, "the PDF is in Finnish")
        transfers = self.run(ropa, *db, "transfers", "--lang", "fi")
        self.expect("Yhdysvallat" in transfers.stdout, "Finnish country names (pycountry's fi locale)")
        check = self.run(ropa, *db, "check", ok=(0, 1))
        self.expect(bool(check.stdout.strip()), "check prints its findings")
        notice = self.fixtures / "notices" / "imatra_headings.html"
        if notice.is_file():
            self.run(ropa, *db, "import-notice", "--dry-run", str(notice))
        old = self.fixtures / "workspaces" / "schema-0001.ropa"
        if old.is_file():
            copy = self.work / "old.ropa"
            shutil.copy(old, copy)
            self.run(ropa, "--db", str(copy), "export", "old.json")

    def window(self, ropa: Path) -> None:
        paint = {"ROPA_QUIT_AFTER_FIRST_PAINT": "1"}
        self.run(ropa, "gui", env=paint)  # the first start ever: cold
        self.timings["cold start to first paint"] = self.timings.pop("gui")
        default = self.home / ".local" / "share" / "Ropa" / "workspace.ropa"
        if sys.platform.startswith("linux"):
            self.expect(default.is_file(), "the window created the default workspace in HOME")
        self.run(ropa, "gui", env=paint)
        self.timings["warm start to first paint"] = self.timings.pop("gui")
        self.run(ropa, "--db", str(self.work / "w.ropa"), "gui", env={**paint, "ROPA_LANG": "fi"})
        self.run(ropa, str(self.work / "w.ropa"), env=paint)  # what a double-click on a .ropa runs

    def libraries(self, bundle: Path, deps_file: Path) -> None:
        """Every shared library resolves; what comes from the system is a documented package's."""
        if not sys.platform.startswith("linux") or not shutil.which("ldd"):
            return
        internal = bundle / "_internal"
        env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
        missing: set[str] = set()
        system: set[str] = set()
        files = [bundle / "ropa", *(p for p in internal.rglob("*.so*") if p.is_file())]
        for path in files:
            out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
            for line in out.splitlines():
                if "not found" in line:
                    missing.add(f"{path.relative_to(bundle)}: {line.strip()}")
                found = re.match(r"\s*\S+ => (/\S+)", line)
                if found and not Path(found.group(1)).resolve().is_relative_to(bundle.resolve()):
                    system.add(found.group(1))
        plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        self.expect(plugin.is_file(), "the bundle holds Qt's xcb platform plugin")
        self.expect(
            not missing,
            f"ldd finds every library of {len(files)} files"
            + "".join(f"\n      {m}" for m in sorted(missing)),
        )
        print(f"      from the system: {' '.join(sorted(Path(s).name for s in system))}")
        if not shutil.which("dpkg") or not deps_file.is_file():
            return
        documented = {
            line.strip()
            for line in deps_file.read_text().splitlines()
            if line.strip() and not line.startswith("#")
        }
        owners: set[str] = set()
        for lib in sorted(system):
            real = Path(lib).resolve()
            for candidate in (str(real), "/usr" + str(real), str(real).removeprefix("/usr")):
                out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
                if out.returncode == 0:
                    owners.add(out.stdout.split(":")[0].strip())
                    break
        undocumented = owners - documented
        self.expect(
            not undocumented,
            f"system libraries come from runtime-deps.txt packages ({len(owners)})"
            + (f": not listed {sorted(undocumented)}" if undocumented else ""),
        )


def unpack(package: Path, work: Path) -> Path:
    with tarfile.open(package) as tar:
        tar.extractall(work / "unpacked", filter="tar")
    (root,) = (work / "unpacked").iterdir()
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, help="the .tar.gz, or a one-folder bundle (dist/ropa)")
    parser.add_argument("--fixtures", type=Path, default=HERE.parent / "tests" / "fixtures")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    package = args.package.resolve()
    work = Path(tempfile.mkdtemp(prefix="ropa-smoke-"))
    print(f"smoke: {package} in {work}")
    smoke = Smoke(work, args.fixtures.resolve())
    try:
        if package.is_dir():
            bundle, root = package, None
            name = "ropa.exe" if os.name == "nt" else "ropa"
            program = bundle / name
            version_match = None
        else:
            root = unpack(package, work)
            smoke.layout(root)
            program = smoke.install(root)
            bundle = program.parent
            version_match = re.match(r"ropa-([^-]+)-", package.name)
        version = version_match.group(1) if version_match else _version_of(program)
        smoke.libraries(bundle, (root or HERE / "linux") / "runtime-deps.txt")
        smoke.commands(program, version)
        smoke.window(program)
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
        if root is not None:
            smoke.uninstall(program)
        print(
            f"\nbundle: {size / 1e6:.0f} MB"
            + (f", package {package.stat().st_size / 1e6:.0f} MB" if root else "")
        )
        for what in ("cold start to first paint", "warm start to first paint"):
            if what in smoke.timings:
                print(f"{what}: {smoke.timings[what]:.2f} s")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if smoke.failures:
        print(
            f"\nsmoke: {len(smoke.failures)} failed: " + "; ".join(f.splitlines()[0] for f in smoke.failures)
        )
        return 1
    print("\nsmoke: all passed")
    return 0


def _version_of(program: Path) -> str:
    out = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=TIMEOUT).stdout
    return out.strip().removeprefix("ropa ")


if __name__ == "__main__":
    sys.exit(main())
