"""Decode a file's bytes to text the way a careful reader would, or refuse it clearly."""
from __future__ import annotations

import codecs

from checker.errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_bytes(data: bytes, shown: str) -> tuple[str, str | None]:
    """Return (text with universal newlines, warning or None).

    UTF-8 (a BOM is kept as the character U+FEFF, as `read_text(encoding="utf-8")` keeps it),
    UTF-16/32 with a BOM, UTF-16 without a BOM when its NUL pattern is unmistakable, and as a last
    resort Windows-1252 with a warning. Binary data (NUL bytes in text that is not UTF-16) is refused.
    """
    text: str | None = None
    note = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{shown}: starts with a {codec.upper()} byte-order mark but does not decode as {codec.upper()}") from None
            break
    if text is None and b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise InputError(f"{shown}: binary file (NUL bytes), not text")
        text, note = guess, f"{shown}: no byte-order mark; decoded as UTF-16"
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = data.decode("cp1252", errors="replace")
            note = (f"{shown}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252/Latin-1, "
                    "offsets refer to that decoding")
    if "\x00" in text:
        raise InputError(f"{shown}: binary file (NUL characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), note


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) > 0.9 * len(zeros) and other.count(0) < 0.1 * len(other):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    # Text in a script outside Latin-1 has few NUL bytes ("а" is 30 04): take the byte order whose
    # decoding reads as text, which binary data decoded as UTF-16 almost never does.
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_text(text):
            return text
    return None


def _reads_as_text(text: str) -> bool:
    """Printable, no control characters but line breaks and tabs, and spaced as writing is (spaces,
    line breaks or CJK punctuation)."""
    if not text or any(c < " " and c not in "\t\n\r" for c in text):
        return False
    printable = sum(1 for c in text if c.isprintable() or c in "\t\n\r")
    spacing = sum(1 for c in text if c in " \n\u3000\u3001\u3002\uff0c")
    return printable >= 0.97 * len(text) and spacing >= 0.03 * len(text)
