"""restated-sentence: two sources that write the same sentence around a date are giving the date of one
event, whatever their frame words.

Wire copy is rewritten, not rewritten from scratch: "Registration will run from October 26 to
November 20" in one outlet is "Registration will run from October 29 to November 20" in another, and
"Bush injured his left knee on Oct. 19" is "Bush hurt his left knee against the Carolina Panthers on
Oct. 14". Such a pair shares most of its distinctive words, while two dates of different events in
one story share the story's words only. So the overlap is weighed by how rare each word is in the
story (inverse document frequency over the story's sentences, the weighting of TF-IDF and of
record-linkage term-frequency adjustments): a word every sentence has weighs almost nothing.

A pair is linked when, in the same role (the frame aligner's other tests: precision, "since"/"until"),
the two sentences hold the same number of dates and these two stand at the same place among them
(the start of a range is never the end of the other), neither inside a quotation, and their weighted
overlap reaches the date model's `restated_at` (rules/linkage.yaml). The threshold was chosen on the
training plants (plant.py seeds 1 and 2): at 0.5, 6 planted day/year changes and 4 reworded dates are
linked, and 2 conflicting pairs of the 84 clean stories, both a quote's "today" (now excluded).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from checker.align.slots import _lemma_of
from checker.extract import date_words as W
from checker.models import Claim
from checker.textutil import STOPWORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_DATE_WORDS = frozenset(W.MONTHS) | frozenset(W.WEEKDAYS)


@lru_cache(maxsize=65536)
def sentence_words(sentence: str) -> frozenset[str]:
    """The content lemmas of a sentence, without the words of dates themselves (months, weekdays)."""
    out = set()
    for token in _WORD.findall(sentence):
        w = token.lower().rstrip(".'\u2019")
        if len(w) > 2 and w not in STOPWORDS and w not in _DATE_WORDS:
            out.add(_lemma_of(w))
    return frozenset(out)


@dataclass
class StoryWords:
    """How rare each word is among a story's sentences, and where each date stands in its sentence."""

    weights: dict[str, float]
    place: dict[int, tuple[int, int]]  # id(claim) -> (its index among its sentence's dates, their number)

    @classmethod
    def of(cls, claims: list[Claim]) -> "StoryWords":
        sentences = {(c.source, c.sentence_start): c.sentence for c in claims}
        df = Counter(w for s in sentences.values() for w in sentence_words(s))
        n = len(sentences)
        weights = {w: math.log((n + 1) / (k + 0.5)) for w, k in df.items()}
        dates: dict[tuple[str, int], list[Claim]] = {}
        for c in claims:
            if c.kind == "date":
                dates.setdefault((c.source, c.sentence_start), []).append(c)
        place = {id(c): (k, len(group)) for group in dates.values()
                 for k, c in enumerate(sorted(group, key=lambda x: x.start))}
        return cls(weights, place)

    def overlap(self, a: Claim, b: Claim) -> float:
        """The share of the two sentences' word weight that they have in common (0..1)."""
        wa, wb = sentence_words(a.sentence), sentence_words(b.sentence)
        union = sum(self.weights.get(w, 0.0) for w in wa | wb)
        return sum(self.weights.get(w, 0.0) for w in wa & wb) / union if union > 0 else 0.0

    def same_place(self, a: Claim, b: Claim) -> bool:
        return self.place.get(id(a)) == self.place.get(id(b)) is not None


def quoted(c: Claim) -> bool:
    """Inside a quotation: a speaker's "today" is the day they spoke, which a restated quote in another
    source, published another day, does not make a different date."""
    before = c.sentence[:max(0, c.start - c.sentence_start)]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def restated(a: Claim, b: Claim, story: StoryWords, threshold: float) -> float | None:
    """The weighted overlap of two dates' sentences when it links them (restated-sentence), else None."""
    if not story.same_place(a, b) or quoted(a) or quoted(b):
        return None
    overlap = story.overlap(a, b)
    return overlap if overlap >= threshold else None
