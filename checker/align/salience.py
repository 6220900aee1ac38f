"""Term-frequency adjustment: a name or word the whole story repeats says nothing about which fact a
claim belongs to.

In a story about the Saints' injuries, "Saints", "New Orleans" and "injured reserve" are near every
claim, so two dates sharing them are no more likely one fact than any two dates of the story; what
tells "Thomas was placed on IR Wednesday" from "Ivory was placed on IR Tuesday" is the rarer name.
Record-linkage tools make the same correction (Splink's term-frequency adjustments: agreement on a
common value is weaker evidence than on a rare one). Here a term near more than TOPICAL_SHARE of a
story's comparable claims, in a story of at least MIN_CLAIMS of them, is the story's topic and is
left out of the names and words compared (align/evidence.py); the rest are compared as before.
The same adjustment is applied when the weights are fitted (scripts/fit_linkage.py), so the fitted
weights are those of distinctive terms.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from checker.align.slots import Slots

TOPICAL_SHARE = 0.3
MIN_CLAIMS = 12


def distinctive(slots: list[Slots]) -> list[Slots]:
    """The slots with the story's topical names and words removed (unchanged in a small story)."""
    if len(slots) < MIN_CLAIMS:
        return slots
    limit = TOPICAL_SHARE * len(slots)
    name_counts = Counter(n for s in slots for n in set(s.names))
    word_counts = Counter(w for s in slots for w in s.words)
    topical_names = {n for n, k in name_counts.items() if k > limit}
    topical_words = {w for w, k in word_counts.items() if k > limit}
    if not topical_names and not topical_words:
        return slots
    return [replace(s, names=tuple(n for n in s.names if n not in topical_names),
                    words=s.words - topical_words) for s in slots]
