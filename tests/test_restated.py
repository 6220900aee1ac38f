"""restated-sentence (align/restated.py): two sources writing the same sentence around a date give the
date of one event, even with no frame word; ranges pair end with end; a quote's "today" is left alone."""
from __future__ import annotations

from pathlib import Path

from checker.align.restated import StoryWords, quoted, sentence_words
from checker.options import Options
from checker.pipeline import check


def _story(tmp_path: Path, *texts: str, dates: tuple[str, ...] = ()):
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"s{n}.md"
        published = dates[n] if dates else "2013-10-01"
        path.write_text(f"---\npublished: '{published}'\n---\n\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return check(paths, Options())


FILLER = ("Turkmenistan holds a parliamentary election soon. The Central Election Commission "
          "has registered two parties. Observers from abroad have been invited. ")


def test_a_restated_sentence_with_another_date_is_flagged_and_says_why(tmp_path):
    report = _story(tmp_path, FILLER + "Registration of observers will run from October 26 to November 20.",
                    FILLER + "Registration of observers will run from October 29 to November 20.")
    (finding,) = [f for f in report.findings if f.kind == "date"]
    assert sorted(c.raw for c in finding.claims) == ["October 26", "October 29"]
    assert "restated-sentence" in finding.why


def test_the_ends_of_two_ranges_pair_with_each_other_only(tmp_path):
    report = _story(tmp_path, FILLER + "Nomination of candidates will take place from October 16 to November 14.",
                    FILLER + "Nomination of candidates will take place from October 16 to November 17.")
    (finding,) = [f for f in report.findings if f.kind == "date"]
    assert sorted(c.raw for c in finding.claims) == ["November 14", "November 17"]
    agreeing = [f for f in report.facts if f.kind == "date" and f.verdict == "agree"]
    assert [sorted(c.raw for c in f.claims) for f in agreeing] == [["October 16", "October 16"]]


def test_a_restated_date_in_other_words_is_one_fact_that_agrees(tmp_path):
    report = _story(tmp_path, FILLER + "Registration of observers will close on Nov. 20, the commission said.",
                    FILLER + "Registration of observers will close on 20 November, the commission said.")
    assert not report.findings
    (fact,) = [f for f in report.facts if f.kind == "date"]
    assert sorted(c.raw for c in fact.claims) == ["20 November", "Nov. 20"]


def test_dates_of_different_sentences_are_not_linked(tmp_path):
    report = _story(tmp_path, FILLER + "Registration of observers will close on October 26.",
                    FILLER + "The new parliament will hold its first session on November 20.")
    assert not [f for f in report.facts if f.kind == "date"]


def test_a_quoted_today_is_not_restated(tmp_path):
    report = _story(tmp_path, 'Marchers chanted "how many kids will you kill today" outside the 67th Precinct.',
                    'Marchers chanted "how many kids will you kill today" outside the 67th Precinct.',
                    dates=("2013-03-12", "2013-03-13"))
    assert not [f for f in report.findings if f.kind == "date"]


def test_story_weights_make_common_words_weigh_little(tmp_path):
    report = _story(tmp_path, FILLER + "Registration of observers will run from October 26.", FILLER)
    claims = [c for c in report.claims]
    story = StoryWords.of(claims)
    assert story.weights.get("turkmenistan", 0.0) < story.weights.get("registration", 0.0)
    assert "october" not in sentence_words("Registration will run from October 26.")


def test_quoted_reads_the_open_quotation(tmp_path):
    report = _story(tmp_path, 'He said "we meet today" and left on Friday.')
    by_raw = {c.raw: c for c in report.claims if c.kind == "date"}
    assert quoted(by_raw["today"]) and not quoted(by_raw["Friday"])
