"""Find the article files named on the command line, expanding folders recursively."""
from __future__ import annotations

import os
from pathlib import Path

from checker.errors import InputError

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}


def discover(paths: list[str]) -> list[tuple[str, Path, bool]]:
    """Return (display path, filesystem path, named explicitly) for every supported file.

    A folder means every supported file under it, in sorted order so output is deterministic;
    symbolic links to folders are followed once (a link loop is not walked twice).
    """
    found: list[tuple[str, Path, bool]] = []
    seen: set[str] = set()
    for given in paths:
        p = Path(given)
        if not p.exists():
            raise InputError(f"{given}: no such file or folder")
        if p.is_dir():
            for file in _walk(p, given):
                key = os.path.realpath(file[1])
                if key not in seen:
                    seen.add(key)
                    found.append(file)
        else:
            key = os.path.realpath(p)
            if key not in seen:
                seen.add(key)
                found.append((given, p, True))
    return found


def _walk(root: Path, shown: str) -> list[tuple[str, Path, bool]]:
    out: list[tuple[str, Path, bool]] = []
    visited: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in visited:  # a symlink loop or a second link to the same folder
            dirnames[:] = []
            continue
        visited.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED:
                continue
            full = Path(dirpath) / name
            rel = os.path.relpath(full, root)
            out.append((os.path.join(shown, rel), full, False))
    return out
