"""News HTML pages: the article body and metadata through trafilatura (imported only when needed).

Offsets of claims in an HTML source refer to the extracted article text, not to the HTML file, and
the source's notes say so. The title, outlet and publication date come from the page's metadata
(og:title, og:site_name, article:published_time and the like); the publication date is taken only
from metadata here, never guessed from the body, so that "metadata" in the report means metadata.

crosscheck's own comments (`<!-- crosscheck-disable DT001 -->`) would be dropped by the extractor
with every other comment; they are turned into paragraphs of their own first, so that they survive
into the extracted text where they were, and are then marked as skipped text (no claims).
"""
from __future__ import annotations

import re
from typing import Any

from checker.errors import InputError
from checker.ingest.published import parse_date_value
from checker.models import Source, Span

NOTE = "offsets refer to the article text extracted from the HTML page, not to the HTML file"
_DIRECTIVE = re.compile(r"<!--\s{0,40}(crosscheck-[^<>]{0,1000}?)\s{0,40}-->", re.IGNORECASE)  # bounded: linear
_KEPT_DIRECTIVE = re.compile(r"^<!-- crosscheck-[^\n]*-->$", re.MULTILINE)


# Text outside tags: a linear estimate (each part stops at the next "<") of how much text a page holds.
# Inline scripts and styles count as text here, so the bound a caller gives must leave room for them.
_NOT_TEXT = re.compile(r"<[^<>]*>")


def visible_chars(html: str) -> int:
    """At least how many characters of text and script a page holds (tags removed)."""
    return len(_NOT_TEXT.sub("", html))


# The HTML parser (libxml2) stops descending at 256 nested elements, so an article wrapped deeper
# is lost whole ("no article text found"). Wrapper tags beyond _MAX_DEPTH are dropped (their
# content kept), in one linear pass over the tags.
_MAX_DEPTH = 180
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]{0,30})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _flattened(html: str) -> str:
    depth = 0
    dropped: list[int] = []  # depth at which each dropped opening tag stood, innermost last
    out: list[str] = []
    last = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m[1], m[2].lower(), m[3]
        if name in _VOID or selfclosing:
            continue
        if not closing:
            depth += 1
            if depth > _MAX_DEPTH:
                out.append(html[last:m.start()])
                last = m.end()
                dropped.append(depth)
        else:
            if dropped and dropped[-1] == depth:
                dropped.pop()
                out.append(html[last:m.start()])
                last = m.end()
            depth = max(0, depth - 1)
    if last == 0:
        return html
    out.append(html[last:])
    return "".join(out)


def html_article(shown: str, html: str, max_chars: int | None = None) -> Source:
    """The page's article. With `max_chars`, a page holding far more text than an article may have
    is refused before extraction, whose cost grows faster than the page (a 20 MB page of paragraphs
    took minutes only to be refused for its size afterwards)."""
    if max_chars is not None:
        chars = visible_chars(html)
        if chars > max_chars:
            raise InputError(f"{shown}: the page holds {chars:,} characters of text and script; far more "
                             f"than an article (at most {max_chars:,})")
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a broken install, not bad input
        raise InputError(f"{shown}: HTML input needs trafilatura ({exc})") from None
    marked = _DIRECTIVE.sub(lambda m: f"<p>&lt;!-- {_html_text(m[1])} --&gt;</p>", _flattened(html))
    doc = _extract(trafilatura, shown, marked, precise=True)
    body = _text(doc)
    if not body or not _has_prose(body):
        # Precision mode drops everything on some pages (a story in an unusual container);
        # recall mode then finds the body, at the risk of keeping some page chrome.
        doc = _extract(trafilatura, shown, marked, precise=False) or doc
        body = _text(doc)
    if not body or not _has_prose(body):
        raise InputError(f"{shown}: no article text found in this HTML page")
    source = Source(path=shown, text=body, notes=[NOTE])
    source.skipped = [Span(start=m.start(), end=m.end()) for m in _KEPT_DIRECTIVE.finditer(body)]
    source.title = _clean(getattr(doc, "title", None))
    source.outlet = _clean(getattr(doc, "sitename", None))
    source.url = _clean(getattr(doc, "url", None))
    date = parse_date_value(getattr(doc, "date", None))
    if date is not None:
        source.published, source.published_from = date, "metadata"
    lost = len(_DIRECTIVE.findall(html)) - len(source.skipped)
    if lost > 0:
        source.notes.append(f"{lost} crosscheck comment(s) outside the article text were ignored")
    return source


def _extract(trafilatura: Any, shown: str, html: str, *, precise: bool) -> Any:
    try:
        return trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=precise, favor_recall=not precise, deduplicate=False,
            # Metadata only: a date guessed from the body would be reported as "metadata".
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on broken or deeply nested markup
        raise InputError(f"{shown}: cannot read this HTML page ({type(exc).__name__})") from None


def _text(doc: Any) -> str:
    text = getattr(doc, "text", None) if doc is not None else None
    return text.strip() if isinstance(text, str) else ""


_MIN_SENTENCE_WORDS = 6


def _has_prose(body: str) -> bool:
    """At least one line that reads like a sentence: menus, search forms and crosscheck's own
    comments are what recall mode finds on a page that has no article, and they are not one."""
    return any(len(line.split()) >= _MIN_SENTENCE_WORDS for line in _KEPT_DIRECTIVE.sub("", body).splitlines())


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
