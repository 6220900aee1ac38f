"""Property-based tests over ingest, extract and normalize (and the stages behind them): for random
Unicode, random bytes and random news-like sentences full of figures and dates, nothing but a
one-line InputError escapes, every offset points at its own words, and a second run gives the same
output. The CI share is kept to a few seconds; `python tests/fuzz.py` is the long run."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.errors import InputError
from checker.extract.sentences import split_sentences
from checker.ingest.decode import decode_bytes
from checker.models import Source
from checker.options import Options
from checker.rulepack import load_rules
from hostile.generate import article_text, file_bytes
from hostile.invariants import check_input

RULES = load_rules()
OPTIONS = Options()
COMPANION = split_sentences(Source(path="companion.txt", text=(
    "Officials said 12 people were killed on Monday, January 13, 2025. About 1,300 homes lost power, "
    "and the pact will be signed on Friday in Moscow, the Kremlin said.")))
FAST = settings(max_examples=60, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SUFFIXES = st.sampled_from([".txt", ".md", ".json", ".jsonl", ".txt"])


@FAST
@given(st.binary(max_size=400))
def test_decoding_any_bytes_gives_text_or_one_line(data: bytes) -> None:
    try:
        text, note = decode_bytes(data, "x.txt")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.txt: ")
        return
    assert "\r" not in text and "\x00" not in text
    assert note is None or "\n" not in note
    assert decode_bytes(data, "x.txt") == (text, note)


@FAST
@given(st.text(max_size=300), SUFFIXES)
def test_any_unicode_text(text: str, suffix: str) -> None:
    check_input(text.encode("utf-8", "surrogatepass"), suffix, RULES, OPTIONS)


@FAST
@given(st.binary(max_size=300), SUFFIXES)
def test_any_bytes(data: bytes, suffix: str) -> None:
    check_input(data, suffix, RULES, OPTIONS)


@FAST
@given(st.randoms(use_true_random=False))
def test_news_like_sentences_with_figures_and_dates(rng: random.Random) -> None:
    check_input(article_text(rng).encode("utf-8"), ".txt", RULES, OPTIONS, COMPANION)


@FAST
@given(st.randoms(use_true_random=False))
def test_news_like_files_in_every_format_and_encoding(rng: random.Random) -> None:
    data, suffix = file_bytes(rng)
    check_input(data, suffix, RULES, OPTIONS, COMPANION)


@pytest.mark.parametrize("day_first", [True, False])
def test_month_first_reading_holds_the_same_invariants(day_first: bool) -> None:
    rng = random.Random(8)
    options = Options(day_first=day_first)
    for _ in range(20):
        check_input(article_text(rng).encode("utf-8"), ".txt", RULES, options, COMPANION)
