"""Per-sentence results remembered within a run: the same sentence is read once.

A day's feed repeats itself: wire copy runs under many outlets' names, updates repeat the earlier
version's paragraphs, and the articles of one story share background sentences. What the extractors
read in a sentence depends only on the sentence's text (and the rule pack), so a sentence seen before
costs a dictionary lookup instead of another pass of the date, number, name and frame grammars.

Each memo is bounded (oldest entries go first) so that a run over a large corpus holds at most a few
thousand sentences' results, and it is emptied when a different rule pack is used (tests and library
callers load several packs in one process). Cached values are shared, so they must never be changed
by their users: tuples, or models nobody assigns to after they are built.
"""
from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

V = TypeVar("V")

SENTENCES = 8192  # entries per memo: a few thousand sentences' results, a few MB


class SentenceMemo(Generic[V]):
    def __init__(self, size: int = SENTENCES) -> None:
        self._size = size
        self._owner: object | None = None
        self._data: dict[Hashable, V] = {}
        self.hits = 0
        self.misses = 0

    def get(self, owner: object, key: Hashable, compute: Callable[[], V]) -> V:
        """The value for key, computed once per owner (the rule pack the value was read with)."""
        if owner is not self._owner:
            self._data.clear()
            self._owner = owner
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            value = self._data[key] = compute()
            if len(self._data) > self._size:
                del self._data[next(iter(self._data))]
            return value
        self.hits += 1
        return value
