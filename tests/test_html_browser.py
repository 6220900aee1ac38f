"""The HTML report in a real browser: headless Chromium driven over the DevTools protocol
(tests/browser.py). Debian's `chromium` package is installed by .ci/run when missing; where there is
no browser at all the tests are skipped and say why.

Through the DOM: each finding's highlighted words are the claim's exact words, the timeline has one
mark per dated claim, no script error (nor CSP violation) is logged, j/k, filters and claim clicks
work, nothing overflows a phone's width, and print hides the controls. Screenshots at 1280 and 390 px
are saved under build/artifacts/ (gitignored) for a person to look at.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest

from browser import Browser, find_chromium
from checker.models import Report
from checker.report import RENDERERS
from checker.rulepack import load_rules

REPO = Path(__file__).resolve().parent.parent
SEEDS = "fixtures/seeds-russia-iran-pact/sources"
ARTIFACTS = REPO / "build" / "artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    binary = find_chromium()
    if binary is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium; .ci/run installs it when it can)")
    b = Browser(binary)
    try:
        yield b
    finally:
        b.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path]:
    import os

    from checker.pipeline import check

    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        report = check([SEEDS], texts=True)
    finally:
        os.chdir(cwd)
    page = tmp_path_factory.mktemp("html") / "seeds.html"
    page.write_text(RENDERERS["html"](report, load_rules(), False), encoding="utf-8")
    return report, page


def _dated_claims(report: Report) -> set[tuple[str, int, int]]:
    """Every claim the timeline must draw: the dates of date findings and of date facts that have a
    place on the calendar (a date without a year has none)."""
    groups = [f.claims for f in report.findings if f.kind == "date"] + \
             [f.claims for f in report.facts if f.kind == "date"]
    return {(c.source, c.start, c.end) for claims in groups for c in claims if c.lo is not None}


def test_the_seed_report_in_chromium(browser: Browser, seeds: tuple[Report, Path]) -> None:
    report, page = seeds
    assert report.findings, "the seed pair has no finding to show"
    browser.open(page, 1280)
    highlighted = browser.evaluate("""
        Array.from(document.querySelectorAll('article.finding')).map(f =>
          Array.from(f.querySelectorAll('mark.hit')).map(m => [m.closest('.column').dataset.source, m.textContent]))
    """)
    expected = [[[c.source, c.raw] for c in sorted(f.claims, key=lambda c: ([s.path for s in report.sources]
                                                                             .index(c.source), c.start))]
                for f in report.findings]
    assert highlighted == expected
    # the words are highlighted in the full text, at their offsets
    texts = {s.path: s.text for s in report.sources}
    at = browser.evaluate("""
        Array.from(document.querySelectorAll('#f1 .column')).map(col => {
          const box = col.querySelector('.article'), hit = box.querySelector('mark.hit');
          const range = document.createRange(); range.setStart(box, 0); range.setEndBefore(hit);
          return [col.dataset.source, range.toString().length, box.textContent.length];
        })
    """)
    for source, offset, length in at:
        assert length == len(texts[source])
        assert offset in {c.start for c in report.findings[0].claims if c.source == source}

    marks = browser.evaluate("""
        Array.from(document.querySelectorAll('#timeline .tl-mark')).map(g => [g.dataset.source, g.dataset.claim])
    """)
    index = {s.path: i for i, s in enumerate(report.sources)}
    drawn = {(src, *map(int, cid.split("-")[1:])) for src, cid in marks}
    assert len(marks) == len(drawn) == len(_dated_claims(report)) and drawn == _dated_claims(report)
    assert all(cid.startswith(f"s{index[src]}-") for src, cid in marks)
    assert browser.errors == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(ARTIFACTS / "seeds-1280.png")


def test_keys_filters_and_claim_details_work(browser: Browser, seeds: tuple[Report, Path]) -> None:
    _, page = seeds
    browser.open(page, 1280)
    browser.key("j")
    assert browser.evaluate("document.activeElement.id") == "f1"
    assert browser.evaluate("document.querySelector('#f1').classList.contains('current')")
    # a real click on the first highlighted claim closes its detail; a second opens it again
    where = browser.evaluate("""(() => { const m = document.querySelector('#f1 mark.hit'); m.scrollIntoView({block: 'center'});
        const r = m.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2, m.dataset.detail]; })()""")
    x, y, detail = where
    assert browser.evaluate(f"document.getElementById({json.dumps(detail)}).hidden") is False
    browser.click(x, y)
    assert browser.evaluate(f"document.getElementById({json.dumps(detail)}).hidden") is True
    browser.click(x, y)
    assert browser.evaluate(f"document.getElementById({json.dumps(detail)}).hidden") is False
    # unticking the only severity hides the finding and says so
    assert browser.evaluate("document.getElementById('filters').hidden") is False
    browser.evaluate("document.querySelector('input[data-filter=\"severity\"]').click()")
    assert browser.evaluate("document.querySelector('#f1').hidden") is True
    assert browser.evaluate("document.getElementById('shown').textContent").startswith("0 of ")
    assert browser.errors == []


def test_readable_on_a_phone_and_printable(browser: Browser, seeds: tuple[Report, Path]) -> None:
    _, page = seeds
    browser.open(page, 390, 844, mobile=True)
    assert browser.evaluate("document.documentElement.scrollWidth") <= 390
    assert browser.evaluate("getComputedStyle(document.body).fontSize") in ("15px", "16px")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.screenshot(ARTIFACTS / "seeds-390.png")
    browser.call("Emulation.setEmulatedMedia", session=True, media="print")
    try:
        assert browser.evaluate("getComputedStyle(document.getElementById('filters')).display") == "none"
        assert browser.evaluate("getComputedStyle(document.querySelector('.article')).maxHeight") == "none"
    finally:
        browser.call("Emulation.setEmulatedMedia", session=True, media="")
    assert browser.errors == []


def test_hostile_text_does_not_run_in_the_browser(browser: Browser, tmp_path: Path, capsys, monkeypatch) -> None:
    from hostile.harness import run_cli
    from test_html_report import _hostile_story

    monkeypatch.chdir(tmp_path)
    _hostile_story(tmp_path / "story")
    run = run_cli(["check", "story", "--format", "html", "-o", "report.html"], capsys, monkeypatch, seconds=120)
    assert run.code == 1, run.err
    browser.open(tmp_path / "report.html", 1280)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.scripts.length") == 1
    assert browser.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert browser.evaluate("document.title").startswith("crosscheck: </title><script>")
    assert browser.errors == []
