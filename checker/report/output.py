"""Writing report files: atomically, so an interrupted run never leaves a half-written report."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from checker.errors import CrosscheckError


def write_atomically(path: str, text: str, what: str = "--output") -> None:
    """Write to a temporary file in the same folder, then rename it over the target. `what` names the
    option the path came from, for the error line."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CrosscheckError(f"{what} {path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise CrosscheckError(f"{what} {path}: cannot write there: {exc.strerror or exc}") from None
    try:
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
