"""Read one file into Sources: decode, split front matter, unpack JSON and HTML articles.

Offsets everywhere refer to the text as Python's `Path.read_text()` gives it (universal newlines), so
that `text[start:end] == raw` holds for any reader that opens the file the ordinary way.

Every way a file can be unusable ends in InputError with one line naming the file: the caller decides
whether that stops the run (a file named on the command line) or is a warning (a file found in a
folder). The limits below bound the time and memory one file can cost; docs/input-handling.md has
the whole table.
"""
from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any, Callable

import yaml

from checker.errors import InputError
from checker.ingest.decode import decode_bytes
from checker.ingest.furniture import find_furniture
from checker.ingest.published import infer_published, parse_date_value
from checker.models import Source
from checker.rulepack import RulePack

MAX_BYTES = 20 * 1024 * 1024  # larger files are not articles; reading them would only cost memory
# One article's text (after decoding, or after extraction from HTML or JSON). The longest long-reads
# are about 100,000 characters; beyond these, sentences and claims would cost time and memory
# without being an article (a log, a data dump, a book).
MAX_CHARS = 500_000
MAX_LINES = 10_000
# A page's text and inline scripts above this are refused before extraction (whose cost grows faster
# than the page); ten times an article's limit leaves room for the scripts of real news pages.
_HTML_PAGE_CHARS = 10 * MAX_CHARS
MAX_ARTICLES = 1_000  # per JSON or JSONL file
_METADATA_KEYS = ("title", "outlet", "url")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # only JSON escapes can produce them

Warn = Callable[[str], None]


def read_sources(
    files: list[tuple[str, Path, bool]],
    published: dict[str, dt.date],
    rules: RulePack,
    warn: Warn,
) -> list[Source]:
    """Read every discovered file. A bad file named explicitly stops the run (exit 2); a bad file
    found inside a folder is skipped with a warning, so one odd file never blocks a whole folder.
    A file's own warnings are given only once it is read: a refused file is one line, not several."""
    sources: list[Source] = []
    by_real = {os.path.realpath(k): v for k, v in published.items()}
    for shown, path, explicit in files:
        pending: list[str] = []
        date = published.get(shown) or published.get(str(path)) or by_real.get(os.path.realpath(path))
        try:
            sources.extend(read_file(shown, path, date, rules, pending.append))
        except InputError as exc:
            if explicit:
                raise
            warn(f"{exc} (skipped)")
            continue
        for message in pending:
            warn(message)
    return sources


def read_file(shown: str, path: Path, published: dt.date | None, rules: RulePack, warn: Warn) -> list[Source]:
    return sources_from_bytes(shown, read_bytes(shown, path), path.suffix.lower(), published, rules, warn)


def sources_from_bytes(shown: str, data: bytes, suffix: str, published: dt.date | None, rules: RulePack,
                       warn: Warn) -> list[Source]:
    """The articles in one file's bytes, read as a file with that suffix (no file system involved,
    so that property tests and the fuzzer drive exactly what a real file goes through)."""
    text, note = decode_bytes(data, shown)
    if note:
        warn(note)
    if suffix in (".json", ".jsonl"):
        return _json_articles(shown, text, suffix, published, rules, warn)
    if suffix in (".html", ".htm"):
        return [_finish(_html_source(shown, text), published, rules, warn)]
    return [_finish(_text_article(shown, text, warn), published, rules, warn)]


def read_bytes(shown: str, path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file before opening it: opening a named pipe
    waits for a writer forever, and a device such as /dev/zero never ends."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise InputError(_os_problem(shown, path, exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{shown}: is a folder that cannot be listed")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{shown}: not a regular file (a pipe, socket or device); not read")
        if info.st_size > MAX_BYTES:
            raise InputError(_too_large(shown, info.st_size))
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_BYTES + 1)  # the file may have grown since fstat
    except OSError as exc:
        raise InputError(_os_problem(shown, path, exc)) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise InputError(_too_large(shown, len(data)))
    return data


def _too_large(shown: str, size: int) -> str:
    return (f"{shown}: {size / (1024 * 1024):.0f} MB is too large for an article "
            f"(limit {MAX_BYTES // (1024 * 1024)} MB)")


def _os_problem(shown: str, path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return f"{shown}: symbolic link loop"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"{shown}: broken symbolic link"
    if exc.errno == errno.EISDIR:
        return f"{shown}: is a folder that cannot be listed"
    return f"{shown}: cannot read: {(exc.strerror or str(exc)).lower()}"


def _html_source(shown: str, html: str) -> Source:
    """Run the HTML extractor; whatever it fails with on a hostile page is one InputError line."""
    from checker.ingest.html import html_article  # lazy: lxml and trafilatura cost start-up time

    try:
        return html_article(shown, html, max_chars=_HTML_PAGE_CHARS)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a third-party parser on untrusted input
        raise InputError(f"{shown}: cannot extract an article from this HTML page "
                         f"({type(exc).__name__})") from None


def _text_article(shown: str, text: str, warn: Warn) -> Source:
    meta: dict[str, Any] = {}
    body_start = 0
    if text.lstrip("\ufeff").startswith("---\n"):
        lead = len(text) - len(text.lstrip("\ufeff"))
        close = text.find("\n---", lead + 3)
        if close < 0:
            warn(f"{shown}: front matter has no closing '---'; read as plain text")
        else:
            block = text[lead + 4:close]
            end_line = text.find("\n", close + 4)
            body_start = len(text) if end_line < 0 else end_line + 1
            try:
                loaded = yaml.safe_load(block)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark else ""
                warn(f"{shown}: front matter is not valid YAML{where}; metadata ignored")
                loaded = {}
            except (ValueError, OverflowError, RecursionError) as exc:
                # PyYAML builds dates and integers itself: `published: 2025-02-30` or a 10,000-digit
                # number raise ValueError, not YAMLError.
                warn(f"{shown}: front matter has a value that cannot be read "
                     f"({str(exc).split(';')[0]}); metadata ignored")
                loaded = {}
            if loaded is None:
                loaded = {}
            if not isinstance(loaded, dict):
                warn(f"{shown}: front matter is not a mapping of keys to values; metadata ignored")
                loaded = {}
            meta = loaded
    source = Source(path=shown, text=text, body_start=body_start)
    _apply_meta(source, meta, "front-matter", warn)
    return source


def _apply_meta(source: Source, meta: dict[str, Any], origin: str, warn: Warn) -> None:
    """Metadata values are used only when they are scalars: a YAML alias can make a list that is
    tiny on disk and billions of items when turned into text."""
    for key in _METADATA_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if isinstance(value, (str, int, float, dt.date)) and not isinstance(value, bool):
            setattr(source, key, _clean(str(value)))
        else:
            warn(f"{source.path}: {key} is a {type(value).__name__}, not text; ignored")
    value = meta.get("published")
    if value in (None, ""):
        return
    date = parse_date_value(value)
    if date is None:
        what = _short(value) if isinstance(value, (str, int, float)) else f"(a {type(value).__name__})"
        warn(f"{source.path}: published {what} is not a date (YYYY-MM-DD); inferring it from the text")
    else:
        source.published = date
        source.published_from = origin  # type: ignore[assignment]


def _short(value: str | int | float) -> str:
    if isinstance(value, int) and abs(value) > 10**60:
        return "a very long number"  # str() of a huge int is slow, and refused past 4,300 digits
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _clean(text: str) -> str:
    """Replace lone surrogates (from JSON escapes such as "\\ud800") with U+FFFD: they cannot be written
    as UTF-8 and would break every output; one character for one keeps every offset valid."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _json_number(digits: str) -> int | str:
    """Integers in JSON metadata; one too long for Python's int() limit stays text instead of failing."""
    return int(digits) if len(digits) <= 100 else digits


def _json_articles(shown: str, text: str, suffix: str, published: dt.date | None, rules: RulePack,
                   warn: Warn) -> list[Source]:
    """One article per object (`text` plus optional metadata); offsets refer to each object's `text`."""
    rows = _json_rows(shown, text, suffix)
    if len(rows) > MAX_ARTICLES:
        raise InputError(f"{shown}: {len(rows)} items; at most {MAX_ARTICLES} articles are read from one file")
    sources = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            if len(rows) > 1:
                warn(f"{shown}: item {i} is not an article (an object with a 'text' string); skipped")
            continue
        name = shown if len(rows) == 1 else f"{shown}#{i}"
        source = Source(path=name, text=_clean(row["text"]),
                        notes=["offsets refer to the article's 'text' field, not to the JSON file"])
        _apply_meta(source, row, "metadata", warn)
        if len(rows) > 1:
            try:
                sources.append(_finish(source, published, rules, warn))
            except InputError as exc:  # one oversized item of many: the others are still articles
                warn(f"{exc} (skipped)")
            continue
        sources.append(_finish(source, published, rules, warn))
    if not sources:
        raise InputError(f"{shown}: no article in this JSON (expected objects with a 'text' string)")
    return sources


def _json_rows(shown: str, text: str, suffix: str) -> list[Any]:
    lines = text.splitlines() if suffix == ".jsonl" else [text]
    rows: list[Any] = []
    for number, line in enumerate(lines, 1):
        if suffix == ".jsonl" and not line.strip():
            continue
        try:
            loaded = json.loads(line, parse_int=_json_number)
        except json.JSONDecodeError as exc:
            where = f"line {number}, " if suffix == ".jsonl" else ""
            raise InputError(f"{shown}: not valid JSON ({where}{exc.msg}: line {exc.lineno} "
                             f"column {exc.colno})") from None
        except RecursionError:
            raise InputError(f"{shown}: not usable JSON (nested too deeply)") from None
        except ValueError as exc:  # e.g. a float literal too long to convert
            raise InputError(f"{shown}: not usable JSON ({str(exc).split(';')[0]})") from None
        if suffix == ".json" and isinstance(loaded, list):
            rows.extend(loaded)
        else:
            rows.append(loaded)
    return rows


def _finish(source: Source, published: dt.date | None, rules: RulePack, warn: Warn) -> Source:
    """Mark page furniture and settle the publication date: command line over metadata over text."""
    _check_budget(source)
    if not source.text[source.body_start:].strip():
        warn(f"{source.path}: empty article; nothing to check")
    find_furniture(source, rules.furniture)
    if published is not None:
        source.published, source.published_from = published, "command-line"
        source.published_evidence = None
    elif source.published is None:
        date, how, evidence = infer_published(source)
        source.published, source.published_from, source.published_evidence = date, how, evidence  # type: ignore[assignment]
    return source


def _check_budget(source: Source) -> None:
    """Refuse text that is not an article by its size: every later stage is linear or worse in the
    number of characters and sentences, so this is what bounds a run's time and memory."""
    chars = len(source.text)
    if chars > MAX_CHARS:
        raise InputError(f"{source.path}: {chars:,} characters of text is too long for an article "
                         f"(limit {MAX_CHARS:,})")
    lines = source.text.count("\n") + 1
    if lines > MAX_LINES:
        raise InputError(f"{source.path}: {lines:,} lines is too many for an article (limit {MAX_LINES:,})")


def unmatched_published(published: dict[str, dt.date], files: list[tuple[str, Path, bool]]) -> list[str]:
    """The --published paths that name no file of the run (paths compared as the file system does:
    "./a.md", "a.md" and an absolute path are one file)."""
    real = {os.path.realpath(path) for _shown, path, _named in files} | {shown for shown, _p, _n in files}
    return [k for k in published if k not in real and os.path.realpath(k) not in real]
