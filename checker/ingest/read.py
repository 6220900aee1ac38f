"""Read one file into Sources: decode, split front matter, unpack JSON and HTML articles.

Offsets everywhere refer to the text as Python's `Path.read_text()` gives it (universal newlines), so
that `text[start:end] == raw` holds for any reader that opens the file the ordinary way.
"""
from __future__ import annotations

import datetime as dt
import json
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

Warn = Callable[[str], None]


def read_sources(
    files: list[tuple[str, Path, bool]],
    published: dict[str, dt.date],
    rules: RulePack,
    warn: Warn,
) -> list[Source]:
    """Read every discovered file. A bad file named explicitly stops the run (exit 2); a bad file
    found inside a folder is skipped with a warning, so one odd file never blocks a whole folder."""
    sources: list[Source] = []
    for shown, path, explicit in files:
        try:
            sources.extend(read_file(shown, path, published.get(shown) or published.get(str(path)), rules, warn))
        except InputError as exc:
            if explicit:
                raise
            warn(f"{exc} (skipped)")
    return sources


def read_file(shown: str, path: Path, published: dt.date | None, rules: RulePack, warn: Warn) -> list[Source]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{shown}: {size // (1024 * 1024)} MB is too large for an article "
                             f"(limit {MAX_BYTES // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown}: cannot read: {exc.strerror or exc}") from None
    text, note = decode_bytes(data, shown)
    if note:
        warn(note)
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return _json_articles(shown, text, suffix, published, rules, warn)
    if suffix in (".html", ".htm"):
        from checker.ingest.html import html_article  # lazy: lxml and trafilatura cost start-up time

        return [_finish(html_article(shown, text), published, rules, warn)]
    return [_finish(_text_article(shown, text, warn), published, rules, warn)]


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
    for key in ("title", "outlet", "url"):
        value = meta.get(key)
        if value is not None:
            setattr(source, key, str(value))
    if "published" in meta and meta["published"] not in (None, ""):
        date = parse_date_value(meta["published"])
        if date is None:
            warn(f"{source.path}: published {meta['published']!r} is not a date (YYYY-MM-DD); "
                 "inferring it from the text")
        else:
            source.published = date
            source.published_from = origin  # type: ignore[assignment]


def _json_articles(shown: str, text: str, suffix: str, published: dt.date | None, rules: RulePack,
                   warn: Warn) -> list[Source]:
    """One article per object (`text` plus optional metadata); offsets refer to each object's `text`."""
    try:
        if suffix == ".jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            loaded = json.loads(text)
            rows = loaded if isinstance(loaded, list) else [loaded]
    except (json.JSONDecodeError, RecursionError) as exc:
        raise InputError(f"{shown}: not valid JSON: {getattr(exc, 'msg', exc)}") from None
    sources = []
    for i, row in enumerate(rows, 1):
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            warn(f"{shown}: item {i} is not an article (an object with a 'text' string); skipped")
            continue
        name = shown if len(rows) == 1 else f"{shown}#{i}"
        source = Source(path=name, text=row["text"],
                        notes=["offsets refer to the article's 'text' field, not to the JSON file"])
        _apply_meta(source, row, "metadata", warn)
        sources.append(_finish(source, published, rules, warn))
    if not sources:
        raise InputError(f"{shown}: no article in this JSON (expected objects with a 'text' string)")
    return sources


def _finish(source: Source, published: dt.date | None, rules: RulePack, warn: Warn) -> Source:
    """Mark page furniture and settle the publication date: command line over metadata over text."""
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
