"""The desktop window (PySide6). The only package that imports Qt; everything below it stays Qt-free."""
