"""Reading the side files a run is given (config, baseline, rule and known-dates files) safely.

`Path.read_text` on a FIFO blocks forever and on `/dev/zero` reads until memory runs out. A side file
is hand-written or written by crosscheck: it must be a regular file, and it is read with a size
limit, so a wrong path ends with one clear line, never a hang.
"""
from __future__ import annotations

import os
import stat

MAX_SIDE_FILE_BYTES = 32 * 1024 * 1024


class SideFileError(OSError):
    """A side file that cannot be read; `reason` is the clear line's second half."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.strerror = reason


def read_side_file(path: str | os.PathLike[str], limit: int = MAX_SIDE_FILE_BYTES) -> str:
    """The file's UTF-8 text. Raises FileNotFoundError, SideFileError (not a regular file, too large,
    unreadable) or UnicodeDecodeError; the caller words the error line for its option."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except IsADirectoryError:
        raise SideFileError("is a folder, not a file") from None
    except OSError as exc:
        raise SideFileError(exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SideFileError("not a regular file (a folder, device or pipe)")
        if info.st_size > limit:
            raise SideFileError(f"larger than {limit // (1024 * 1024)} MB")
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise SideFileError(f"larger than {limit // (1024 * 1024)} MB")
            chunks.append(chunk)
    except SideFileError:
        raise
    except OSError as exc:
        raise SideFileError(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
