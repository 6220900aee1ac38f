"""News HTML pages: the article body and metadata through trafilatura (imported only when needed)."""
from __future__ import annotations

from checker.errors import InputError
from checker.ingest.published import parse_date_value
from checker.models import Source


def html_article(shown: str, html: str) -> Source:
    """Offsets of claims in an HTML source refer to the extracted article text, and the source says so."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - a broken install, not bad input
        raise InputError(f"{shown}: HTML input needs trafilatura ({exc})") from None
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise InputError(f"{shown}: no article text found in this HTML page")
    source = Source(path=shown, text=body,
                    notes=["offsets refer to the article text extracted from the HTML page"])
    source.title = getattr(doc, "title", None) or None
    source.outlet = getattr(doc, "sitename", None) or None
    source.url = getattr(doc, "url", None) or None
    date = parse_date_value(getattr(doc, "date", None))
    if date is not None:
        source.published, source.published_from = date, "metadata"
    return source
