"""Facts from chosen links (align/facts.py, rule one-value-per-source) and the settled-figure rule of
compare (a developing figure that held before and after another report's value)."""
from __future__ import annotations

import datetime as dt

from checker.align.choose import Candidate
from checker.align.facts import form_facts
from checker.compare.across import _figure_settled
from checker.models import Claim


def count(source: str, value: int, sentence: int = 0) -> Claim:
    return Claim(kind="number", source=source, start=0, end=1, raw=str(value), value=str(value),
                 sentence=f"s{sentence}", sentence_index=sentence, lo=value, hi=value)


def test_links_join_claims_of_one_fact():
    claims = [count("a", 4), count("b", 4), count("c", 2)]
    facts, kept = form_facts(claims, [Candidate(0, 1, 0.9, ()), Candidate(1, 2, 0.8, ())])
    assert facts == [[0, 1, 2]]
    assert len(kept) == 2


def test_a_chain_never_puts_two_values_of_one_source_in_one_fact():
    # A's "4 killed" -> B's "4"; B's "4" -> C's "4"; C's "4" -> A's "7" (another figure of A):
    # joining the last link would give A two values for the fact.
    claims = [count("a", 4, 0), count("b", 4), count("c", 4), count("a", 7, 3)]
    links = [Candidate(0, 1, 0.99, ()), Candidate(1, 2, 0.95, ()), Candidate(2, 3, 0.6, ())]
    facts, kept = form_facts(claims, links)
    assert facts == [[0, 1, 2]]
    assert [(c.a, c.b) for c in kept] == [(0, 1), (1, 2)]


def test_the_more_probable_link_wins_the_merge():
    claims = [count("a", 4, 0), count("a", 7, 2), count("b", 7)]
    links = [Candidate(0, 2, 0.6, ()), Candidate(1, 2, 0.97, ())]
    facts, _ = form_facts(claims, links)
    assert facts == [[1, 2]]


def test_two_values_for_one_slot_are_kept_when_nearly_as_probable():
    # B gives 14 in its lede and 11 later; both are A's counterparts, nearly as probable: the
    # finding must say B gives two values, so both stay.
    claims = [count("a", 14), count("b", 14, 0), count("b", 11, 5)]
    facts, _ = form_facts(claims, [Candidate(0, 1, 0.9, ()), Candidate(0, 2, 0.88, ())])
    assert facts == [[0, 1, 2]]


def test_one_sentence_never_gives_two_values_for_one_fact():
    # "Artino scored 14 points and Echenique had 11": two facts of one sentence.
    claims = [count("a", 14), count("b", 14, 2), count("b", 11, 2)]
    facts, _ = form_facts(claims, [Candidate(0, 1, 0.9, ()), Candidate(0, 2, 0.89, ())])
    assert facts == [[0, 1]]


def test_a_figure_held_before_and_after_is_settled():
    claims = [count("a", 4), count("b", 2), count("c", 4)]
    published = {"a": dt.date(2025, 3, 10), "b": dt.date(2025, 3, 11), "c": dt.date(2025, 3, 12)}
    assert _figure_settled(claims, published)


def test_a_figure_reported_only_earlier_may_have_developed():
    claims = [count("a", 4), count("b", 9), count("c", 4)]
    published = {"a": dt.date(2025, 3, 10), "b": dt.date(2025, 3, 12), "c": dt.date(2025, 3, 11)}
    assert not _figure_settled(claims, published)


def test_an_undated_source_leaves_timing_open():
    claims = [count("a", 4), count("b", 2), count("c", 4)]
    published = {"a": dt.date(2025, 3, 10), "b": None, "c": dt.date(2025, 3, 12)}
    assert not _figure_settled(claims, published)
