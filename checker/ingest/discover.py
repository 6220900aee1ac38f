"""Find the article files named on the command line, expanding folders recursively."""
from __future__ import annotations

import errno
import os
from pathlib import Path

from checker.errors import InputError

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl"}


def discover(paths: list[str]) -> list[tuple[str, Path, bool]]:
    """Return (display path, filesystem path, named explicitly) for every supported file.

    A folder means every supported file under it, in sorted order so output is deterministic;
    symbolic links to folders are followed once (a link loop is not walked twice). A subfolder that
    cannot be listed is returned as an entry of its own, so that reading it fails like any other
    unreadable file found in a folder: a warning, and the rest is checked.
    """
    found: list[tuple[str, Path, bool]] = []
    seen: set[str] = set()
    for given in paths:
        p = Path(given)
        try:
            exists, is_dir = p.exists(), p.is_dir()
        except OSError as exc:  # a named file inside a folder this user may not enter
            raise InputError(f"{printable(given)}: cannot reach it: {exc.strerror or exc}") from None
        if not exists:
            raise InputError(f"{printable(given)}: {_missing(p)}")
        if is_dir:
            entries = _walk(p, given)
        else:
            entries = [(printable(given), p, True)]
        for entry in entries:
            key = os.path.realpath(entry[1])
            if key not in seen:
                seen.add(key)
                found.append(entry)
    return found


def printable(path: str) -> str:
    """A path as it can be written to a terminal or a UTF-8 report: file names that are not valid
    UTF-8 reach Python as lone surrogates, shown here as backslash escapes (b'caf\\xe9.txt')."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def _missing(p: Path) -> str:
    if p.is_symlink():
        try:
            os.stat(p)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "symbolic link loop"
        return "broken symbolic link"
    return "no such file or folder"


def _walk(root: Path, shown: str) -> list[tuple[str, Path, bool]]:
    out: list[tuple[str, Path, bool]] = []
    visited: set[str] = set()
    unlisted: list[str] = []

    def note_unlisted(exc: OSError) -> None:
        if exc.filename is not None:
            unlisted.append(os.fsdecode(exc.filename))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=note_unlisted):
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
            out.append((_shown_under(shown, root, full), full, False))
    for folder in unlisted:
        # The folder given on the command line itself: as explicit as a named file.
        explicit = os.path.realpath(folder) == os.path.realpath(root)
        out.append((_shown_under(shown, root, Path(folder)), Path(folder), explicit))
    return out


def _shown_under(shown: str, root: Path, full: Path) -> str:
    rel = os.path.relpath(full, root)
    return printable(shown if rel == "." else os.path.join(shown, rel))
