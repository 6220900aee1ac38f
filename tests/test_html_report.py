"""`--format html`: one self-contained page; article text can never become markup.

The page in a real browser is tested in tests/test_html_browser.py; its structure is snapshotted in
tests/test_formats_snapshots.py. Here: the command line, what the page holds, determinism, the
highlighting of exact words, the charts' geometry, and hostile text.
"""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path

import pytest

from checker.models import Claim, Fact, Report, SourceSummary, Summary
from checker.report import RENDERERS
from checker.report.html_text import Mark, marked_text
from checker.rulepack import load_rules
from hostile.harness import ARTICLES, assert_one_line_failure, run_cli
from html_outline import parse

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "fixtures" / "seeds-russia-iran-pact" / "sources"
# Tags the page is made of; anything else in the output came from an article.
PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "a", "header", "p", "h1", "h2", "h3", "h4", "ul",
             "li", "span", "b", "table", "caption", "thead", "tbody", "tr", "th", "td", "code", "div", "q",
             "details", "summary", "nav", "label", "input", "kbd", "section", "figure", "figcaption", "svg",
             "text", "g", "title", "rect", "path", "line", "main", "article", "mark", "script"}


def html_of(report: Report) -> str:
    return RENDERERS["html"](report, load_rules(), False)


def test_check_writes_one_self_contained_deterministic_page(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    pages = []
    for name in ("a.html", "b.html"):
        run = run_cli(["check", str(SEEDS.relative_to(REPO)), "--format", "html", "-o", str(tmp_path / name)],
                      capsys, monkeypatch, seconds=120)
        assert run.code == 1 and run.out == "", run.err  # the seed pair's pact date is an error
        pages.append((tmp_path / name).read_text(encoding="utf-8"))
    assert pages[0] == pages[1]
    page = pages[0]
    assert page.startswith("<!DOCTYPE html>")
    outline = parse(page)
    assert [t for t, _ in outline.tags].count("script") == 1
    # nothing is loaded from anywhere: no src, no external href, no url() in the inlined CSS
    for tag, attrs in outline.tags:
        for k, v in attrs:
            assert k != "src", tag
            if k == "href":
                assert (v or "").startswith("#"), (tag, v)
    assert "url(" not in page and "@import" not in page
    # the Content-Security-Policy allows exactly the inlined script and stylesheet
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)[1]
    script = re.search(r"<script>(.*)</script>", page, re.S)[1]
    style = re.search(r"<style>(.*)</style>", page, re.S)[1]
    for body in (script, style):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy
    # the articles are there whole, the pact's dates highlighted in place
    assert "Russia and Iran to Sign Strategic Pact Amid Growing Concerns" in page
    assert '<mark class="claim hit" data-claim="s0-100-116"' in page
    assert re.search(r'data-claim="s0-100-116"[^>]*>January 19, 2025</mark>', page)


def test_a_format_that_does_not_exist_is_one_line_and_exit_2(capsys, monkeypatch) -> None:
    run = run_cli(["check", str(SEEDS), "--format", "htm"], capsys, monkeypatch)
    assert_one_line_failure(run, "--format 'htm'")
    assert "html" in run.err


def test_html_is_a_format_the_config_accepts(tmp_path: Path, capsys, monkeypatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "story")
    (tmp_path / "crosscheck.toml").write_text('format = "html"\n')
    monkeypatch.chdir(tmp_path)
    run = run_cli(["check", "story"], capsys, monkeypatch, seconds=120)
    assert run.code == 1, run.err
    assert run.out.startswith("<!DOCTYPE html>") and "January 19, 2025</mark>" in run.out


def test_the_contract_json_never_carries_the_source_text(capsys, monkeypatch) -> None:
    from checker.pipeline import check

    report = check([str(SEEDS)], texts=True)
    assert all(s.text for s in report.sources)
    assert '"text"' not in RENDERERS["json"](report, load_rules(), False)


# --- marked text ----------------------------------------------------------------------------------

def test_marks_nest_cross_and_keep_line_anchors() -> None:
    text = "one two\nthree four"
    marks = [Mark(4, 13, "claim hit", "a", "d-a"), Mark(8, 13, "claim near", "b", "d-b"),
             Mark(2, 6, "claim near", "c", "d-c")]  # c crosses a: dropped, a (listed first) kept
    out = marked_text(text, marks, "box")
    assert out == ('<span class="ln" id="box-L1" data-line="1"></span>one '
                   '<mark class="claim hit" data-claim="a" data-detail="d-a" tabindex="0" role="button" '
                   'aria-expanded="false">two\n<span class="ln" id="box-L2" data-line="2"></span>'
                   '<mark class="claim near" data-claim="b" data-detail="d-b" tabindex="0" role="button" '
                   'aria-expanded="false">three</mark></mark> four')


def test_marked_text_escapes_and_shows_control_characters() -> None:
    text = 'a <script>x("1")</script> \x1b[2J \u202e b'
    out = marked_text(text, [Mark(2, 10, "claim hit", "a", "d")], None)
    assert "<script>" not in out and "&lt;script&gt;" in out and "&quot;1&quot;" in out
    assert "\x1b" not in out and "\u202e" not in out and "\\x1b[2J" in out and "\\u202e" in out


# --- hand-built reports ---------------------------------------------------------------------------

A, B = "a.txt", "b.txt"
A_TEXT = "Officials said more than 100 people attended.\nThe march began on Friday in the capital.\n"
B_TEXT = "Police counted 140 people.\nThe march began on Saturday, organisers said. It was loud on Saturday.\n"


def claim(path: str, text: str, raw: str, value: str, kind: str, nth: int = 0, **extra: object) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(raw, start + 1)
    line_start = text.rfind("\n", 0, start) + 1
    return Claim(kind=kind, source=path, start=start, end=start + len(raw), raw=raw, value=value,
                 sentence=text[line_start:text.find("\n", start)], sentence_start=line_start,
                 line=text.count("\n", 0, start) + 1, column=start - line_start + 1, **extra)


def hand_report() -> Report:
    from checker.compare.findings import make_finding

    rules = load_rules()
    more = claim(A, A_TEXT, "more than 100", "100", "number", qualifier="more-than", lo=101.0, hi=None, unit="count")
    n140 = claim(B, B_TEXT, "140", "140", "number", lo=140.0, hi=140.0, unit="count")
    fri = claim(A, A_TEXT, "Friday", "2025-01-17", "date", lo=739268.0, hi=739268.0, unit="day")
    sat = claim(B, B_TEXT, "Saturday", "2025-01-18", "date", lo=739269.0, hi=739269.0, unit="day")
    sat2 = claim(B, B_TEXT, "Saturday", "2025-01-18", "date", nth=1, lo=739269.0, hi=739269.0, unit="day")
    findings = [make_finding(rules, "DT001", fact="start of the march", message="Friday vs Saturday",
                             why="Different days.", claims=[fri, sat])]
    facts = [Fact(key="date:0", kind="date", label="start of the march", claims=[fri, sat, sat2], verdict="conflict"),
             Fact(key="number:0", kind="number", label="people attending", claims=[more, n140])]
    return Report(sources=[SourceSummary(path=A, text=A_TEXT), SourceSummary(path=B, text=B_TEXT, outlet="B News")],
                  findings=findings, facts=facts, claims=[more, fri, n140, sat, sat2],
                  summary=Summary(sources=2, claims=5, facts=2, findings=1, errors=1, warnings=0))


def test_the_other_claims_of_the_fact_are_marked_and_explained() -> None:
    page = html_of(hand_report())
    sat2 = B_TEXT.index("Saturday", B_TEXT.index("Saturday") + 1)
    assert re.search(rf'<mark class="claim near" data-claim="s1-{sat2}-{sat2 + 8}"[^>]*>Saturday</mark>', page)
    assert f'<li class="claim-detail near" id="f1-d-s1-{sat2}-{sat2 + 8}"' in page
    assert 'href="#f1-s1-L2">line 2, column' in page and 'id="f1-s1-L2"' in page


def _mark_geometry(page: str, value: str) -> tuple[float, float]:
    """The x range a figure's mark covers: its rect, or the diamond's path."""
    g = re.search(rf'<g class="tl-mark[^"]*" [^>]*data-value="{value}">(.*?)</g>', page, re.S)[1]
    rect = re.search(r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"', g)
    if rect:
        return float(rect[1]), float(rect[1]) + float(rect[2])
    mid = float(re.search(r'<path d="M([\d.]+) ', g)[1])
    return mid - 6, mid + 6


def test_a_hedge_is_an_interval_that_overlaps_the_figure_inside_it() -> None:
    page = html_of(hand_report())
    figures = page[page.index('<section id="figures">'):page.index('<main')]
    assert figures.count('class="tl-mark') == 2
    lo_more, hi_more = _mark_geometry(figures, "100")
    lo_140, hi_140 = _mark_geometry(figures, "140")
    assert lo_more < lo_140 and hi_140 <= hi_more  # "more than 100" runs past 140
    assert figures.count("<path") >= 2  # the open end's arrow and the point's diamond


def test_the_timeline_colours_the_conflicting_values_apart() -> None:
    page = html_of(hand_report())
    timeline = page[page.index('<section id="timeline">'):page.index('<section id="figures">')]
    tones = {v: t for t, v in re.findall(r'<g class="tl-mark (\w+)" [^>]*data-value="([\d-]+)"', timeline)}
    assert set(tones) == {"2025-01-17", "2025-01-18"} and tones["2025-01-17"] != tones["2025-01-18"]
    assert timeline.count('class="tl-mark') == 2  # the finding's two claims (the fact is shown by it)


# --- hostile text ---------------------------------------------------------------------------------

INJECTION = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">'
             '"><svg onload="window.__pwned=3"></textarea></title></style> \x1b]0;owned\x07 \u202egnp.exe')


def _hostile_story(folder: Path) -> None:
    folder.mkdir()
    (folder / "a<b>.md").write_text(
        "---\ntitle: '</title><script>window.__pwned=4</script>'\n"
        "outlet: '\"><img src=x onerror=alert(1)>'\npublished: 2025-01-14\n---\n"
        f"{INJECTION}\nThe pact was signed on January 19, 2025 in Moscow, {INJECTION}.\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"The pact was signed on January 17, 2025 in Moscow.\n{INJECTION}\n",
                                  encoding="utf-8")
    for name in ("nul-bytes.txt", "mixed-endings.txt", "latin1.txt", "odd-dates.txt"):
        shutil.copy2(ARTICLES / name, folder / name)


def assert_no_injected_markup(page: str) -> None:
    outline = parse(page)
    tags = [t for t, _ in outline.tags]
    assert set(tags) <= PAGE_TAGS, set(tags) - PAGE_TAGS
    assert tags.count("script") == 1 and tags.count("style") == 1 and "img" not in tags
    assert tags.count("svg") == page.count('<svg class="chart"')
    for tag, attrs in outline.tags:
        assert not [k for k, _ in attrs if k.startswith("on")], (tag, attrs)
    assert len(outline.scripts) == 1 and "__pwned" not in outline.scripts[0]
    for raw in ("\x1b", "\x07", "\x00", "\u202e"):
        assert raw not in page


def test_hostile_text_cannot_inject_markup(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _hostile_story(tmp_path / "story")
    run = run_cli(["check", "story", "--format", "html", "-o", "report.html"], capsys, monkeypatch, seconds=120)
    assert run.code == 1, run.err
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert_no_injected_markup(page)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page  # shown as the words it is
    assert "\\x1b]0;owned\\x07" in page and "\\u202egnp.exe" in page  # control characters visible
    assert "a&lt;b&gt;.md" in page and "&lt;/title&gt;&lt;script&gt;" in page
    assert re.search(r'data-claim="s\d+-\d+-\d+"[^>]*>January 19, 2025</mark>', page)


def test_hostile_strings_in_every_field_of_a_hand_built_report() -> None:
    report = hand_report()
    evil = INJECTION + " \x00 \ud800"
    sources = [s.model_copy(update={"path": s.path + evil, "title": evil, "outlet": evil, "published_evidence": evil,
                                    "published": "2025-01-14", "published_from": "metadata", "notes": [evil]})
               for s in report.sources]
    rename = {s.path: s.path + evil for s in report.sources}

    def touch(c: Claim) -> Claim:
        return c.model_copy(update={"source": rename[c.source], "resolution": evil, "value": c.value + evil,
                                    "context": c.context.model_copy(update={"event": [evil], "measure": evil})})

    findings = [f.model_copy(update={"fact": evil, "message": evil, "why": evil, "doubts": [evil], "kind": "date",
                                     "claims": [touch(c) for c in f.claims]}) for f in report.findings]
    facts = [f.model_copy(update={"label": evil, "claims": [touch(c) for c in f.claims]}) for f in report.facts]
    hostile = report.model_copy(update={"sources": sources, "findings": findings, "facts": facts,
                                         "warnings": [evil]})
    page = html_of(hostile)
    assert_no_injected_markup(page)
    assert "\ud800" not in page and "\\ud800" in page
    page.encode("utf-8")  # no lone surrogate left to break the file


@pytest.mark.parametrize("name", ["nul-bytes.txt", "binary.txt", "utf16-bom.txt", "html-deep.html", "huge-numbers.txt"])
def test_each_hostile_article_gives_a_clean_page(name: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story").mkdir()
    shutil.copy2(ARTICLES / name, tmp_path / "story" / name)
    shutil.copy2(SEEDS / "000_db3107fd03c2a6d7.txt", tmp_path / "story" / "seed.txt")
    run = run_cli(["check", "story", "--format", "html"], capsys, monkeypatch, seconds=120)
    assert run.code in (0, 1), run.err
    assert_no_injected_markup(run.out)
