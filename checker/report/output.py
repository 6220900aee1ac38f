"""Writing report files: atomically, so an interrupted run never leaves a half-written report."""
from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from checker.errors import CrosscheckError


def check_target(path: str, what: str, inputs: list[str]) -> None:
    """Refuse, before any work, an output path that would destroy something: one of the run's input
    files, a folder, a device node or pipe (never replaced by a regular file), or a symlink to one."""
    if not path:
        raise CrosscheckError(f"{what}: empty path")
    target = Path(path)
    try:
        info = target.stat()  # follows a symlink: what it points to is what would be replaced
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CrosscheckError(f"{what} {path}: cannot write there: {exc.strerror or exc}") from None
    link = " (a symlink to it)" if target.is_symlink() else ""
    if stat.S_ISDIR(info.st_mode):
        raise CrosscheckError(f"{what} {path}: is a folder{link}; give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise CrosscheckError(f"{what} {path}: is a device or pipe{link}, not a file to write a report in")
    for source in inputs:
        try:
            if os.path.samefile(target, source):
                raise CrosscheckError(f"{what} {path}: is one of the articles being checked{link}; "
                                      "writing there would overwrite it")
        except OSError:
            continue


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: str, text: str, what: str = "--output") -> None:
    """Write to a temporary file in the same folder, then rename it over the target. `what` names the
    option the path came from, for the error line. A symlink is written through (its target is
    replaced, the link kept); the new file has the old file's mode, or the umask's default for a new one."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CrosscheckError(f"{what} {path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CrosscheckError(f"{what} {path}: cannot write there: {exc.strerror or exc}") from None
    try:
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except OSError:
            mode = 0o666 & ~_umask()
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CrosscheckError(f"{what} {path}: cannot write there: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
