"""GitHub workflow-command annotations: one per claim location, escaped by the runner's rules."""
from __future__ import annotations

import re

from checker.report.github import escape_data, escape_property, render_github
from test_formats_snapshots import claim, sample_report, sample_rules


def test_escaping_follows_the_runner_rules() -> None:
    assert escape_data("50% of 2\r\nmore") == "50%25 of 2%0D%0Amore"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("a:b,c") == "a:b,c"  # : and , are escaped only in property values


def test_one_annotation_per_claim_location() -> None:
    lines = render_github(sample_report(), sample_rules()).splitlines()
    annotations = [line for line in lines if re.match(r"::(error|warning|notice) file=", line)]
    assert len(annotations) == sum(len(f.claims) for f in sample_report().findings) == 3
    assert annotations[0].startswith("::error file=sources/wire-a.md,line=6,col=4,endColumn=19,title=DT001 ")
    assert annotations[1].startswith("::error file=sources/daily b.txt,line=3,col=112,endColumn=117,")
    assert all("\n" not in a and "\r" not in a for a in annotations)


def test_extracted_text_is_annotated_on_the_file_with_the_place_in_words() -> None:
    line = render_github(sample_report(), sample_rules()).splitlines()[2]
    assert line.startswith("::warning file=pages/baltic.html,title=")
    assert "line=" not in line.split("::")[1]
    assert "line 2, column 48 of the article text extracted" in line


def test_hostile_paths_and_words_cannot_break_the_command() -> None:
    report = sample_report()
    text = "Police said 100%, or 3,000:\r\nthe toll rose on Friday."
    f = report.findings[0]
    f.claims[0] = claim("odd,name:1.md", text, "Friday", "2025-01-17")
    f.fact = "toll, revised: 50%"
    line = render_github(report, sample_rules()).splitlines()[0]
    props, message = line[len("::error "):].split("::", 1)
    assert props.startswith("file=odd%2Cname%3A1.md,line=2,col=")
    assert "title=DT001 date-mismatch%3A toll%2C revised%3A 50%25" in props
    assert props.count(",") == 4  # file, line, col, endColumn, title: the separators only
    assert "%0A" in message and "\n" not in message


def test_info_is_a_notice_and_warnings_are_plain_annotations() -> None:
    report = sample_report()
    report.findings[1].severity = "info"
    lines = render_github(report, sample_rules()).splitlines()
    assert lines[2].startswith("::notice file=pages/baltic.html")
    assert lines[3] == "::warning::pages/old.htm: no article text found in this HTML page (skipped)"
