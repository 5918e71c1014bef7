"""Replaces pyinstaller-hooks-contrib's pycountry hook, which copies all 22 MB of its locales.

Ropa names countries in English (the databases themselves) and Finnish; Swedish is kept for the
notices Ropa reads. Add a language here when Ropa's interface gains one.
"""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

LANGUAGES = ("fi", "sv")

datas = copy_metadata("pycountry") + [
    (source, target)
    for source, target in collect_data_files("pycountry", excludes=["tests", "**/tests"])
    if "/locales/" not in target.replace("\\", "/") + "/"
    or any(f"/locales/{lang}/" in target.replace("\\", "/") + "/" for lang in LANGUAGES)
]
