"""News HTML pages: article text, metadata and crosscheck comments through trafilatura."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.errors import InputError
from checker.ingest.html import NOTE, html_article
from checker.ingest.read import read_file
from checker.report.suppress import find_regions
from checker.rulepack import load_rules

PAGES = Path(__file__).parent / "data" / "html"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_metadata_comes_from_the_page() -> None:
    s = html_article("ferry.html", page("harbour-ferry.html"))
    assert s.title == "Ferry runs aground off Harbour Point, 43 passengers rescued"
    assert s.outlet == "The Coastal Courier"
    assert s.published == dt.date(2025, 3, 14) and s.published_from == "metadata"  # published, not modified
    assert s.url == "https://coastal-courier.example/news/2025/03/ferry-aground-harbour-point"
    assert NOTE in s.notes


def test_body_without_navigation_byline_or_more_from() -> None:
    s = html_article("ferry.html", page("harbour-ferry.html"))
    assert "all 43 passengers and six crew were brought ashore" in s.text
    assert "crossings would resume on Monday" in s.text
    for chrome in ("Weather for 12 towns", "More from", "Lifeboat station marks", "All rights reserved",
                   "Marine Correspondent"):
        assert chrome not in s.text


def test_json_ld_page_with_teasers_sidebar_and_caption() -> None:
    s = html_article("fire.html", page("valley-wildfire.html"))
    assert (s.outlet, s.published) == ("Valley Ledger", dt.date(2025, 7, 8))
    assert s.title == "Wildfire near Redding grows to 12,400 acres as crews gain ground"
    assert "35% contained" in s.text and "11 outbuildings" in s.text
    for chrome in ("Council approves", "112 degrees", "Most read", "3 free articles", "1450 Market St"):
        assert chrome not in s.text


def test_crosscheck_comments_survive_extraction_as_skipped_text() -> None:
    s = html_article("fire.html", page("valley-wildfire.html"))
    kept = [s.text[span.start:span.end] for span in s.skipped]
    assert kept == ["<!-- crosscheck-disable NM001 -- the evacuation count is still moving -->",
                    "<!-- crosscheck-enable -->"]
    (region,) = find_regions(s.text, "fire.html")
    assert region.codes == ("NM001",)
    assert "About 2,300 residents" in s.text[region.start:region.end]
    assert "More than 1,150 firefighters" not in s.text[region.start:region.end]


def test_ignore_next_line_covers_the_next_paragraph() -> None:
    s = html_article("ferry.html", page("harbour-ferry.html"))
    (region,) = find_regions(s.text, "ferry.html")
    assert s.text[region.start:region.end].startswith("Two passengers were treated in hospital")


def test_comment_outside_the_article_is_reported_in_the_notes() -> None:
    html = page("harbour-ferry.html").replace('<nav class="main-nav">', '<nav class="main-nav"><!-- crosscheck-disable -->')
    s = html_article("ferry.html", html)
    assert any("1 crosscheck comment(s) outside the article text" in n for n in s.notes)


@pytest.mark.parametrize("html", [
    page("no-article.html"),
    "",
    "<html><body><div></div></body></html>",
    "\x00\x01\x02 not html at all",
])
def test_a_page_without_an_article_is_one_clear_error(html: str) -> None:
    with pytest.raises(InputError, match="no article text found|cannot read this HTML page"):
        html_article("page.html", html)


def test_read_file_keeps_metadata_date_unless_given_on_the_command_line() -> None:
    rules = load_rules()
    warnings: list[str] = []
    (s,) = read_file("ferry.html", PAGES / "harbour-ferry.html", None, rules, warnings.append)
    assert (s.published, s.published_from) == (dt.date(2025, 3, 14), "metadata")
    (given,) = read_file("ferry.html", PAGES / "harbour-ferry.html", dt.date(2025, 3, 15), rules, warnings.append)
    assert (given.published, given.published_from) == (dt.date(2025, 3, 15), "command-line")
