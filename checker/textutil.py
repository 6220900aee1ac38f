"""Small text helpers shared by the stages: folding, words, stop words."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][\w\u00C0-\u024F\u1E00-\u1EFF'’-]*")

STOPWORDS = frozenset("""
a an the and or but of in on at to for from by with as is are was were be been being has have had
do does did this that these those it its it's he she they them his her their we our you your i
will would could should may might can not no than then so such which who whom whose what when where
while after before about into over under up down out off again further also just only more most
other some any each few both all own same very s t said says say according told there here
""".split())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip diacritics and unify apostrophes and dashes: 'Mbappé' -> 'mbappe'."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").lower()


def words(text: str) -> list[str]:
    return [w.lower().strip("'’-") for w in WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and len(w) > 1]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude plural/verb-ending stem, enough to match 'flights'/'flight', 'engines'/'engine'."""
    w = word.lower()
    if w.endswith("ed") and len(w) > 4:  # "damaged" -> "damage"
        w = w[:-1] if w[-3] in "aeiou" or w.endswith(("ged", "ced", "ved", "zed", "sed")) else w[:-2]
    for suffix in ("ies", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "ies":
                return w[:-3] + "y"
            if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes")):
                return w[:-1]
            return w[: -len(suffix)]
    return w


_PHRASE_STOP = frozenset("""
across in of from at on to for with by after before since during into onto over under near around
and or but that which who whom whose while as than per a an the this those these its their his her
shook struck hit left fell rose grew took made said told went came saw gave sank ran held brought
caught flew won lost met paid sent spent sold stood built began were was are is had has have be been
""".split())


_GENERIC_HEADS = frozenset({"time", "times"})


@lru_cache(maxsize=65536)
def noun_phrase(counted: str) -> tuple[str, frozenset[str]]:
    """(head noun, modifiers) of what a figure counts: 'be-4 engines lighting' -> ('engine', {'be-4'});
    'people across caylloma' -> ('people', {}). The phrase stops at a preposition, verb or clause word."""
    kept: list[str] = []
    for token in counted.lower().split():
        if token in _PHRASE_STOP or (kept and token.endswith(("ed", "ing")) and len(token) > 4):
            break
        kept.append(token)
        if len(kept) == 3 or (token.endswith("s") and not token.endswith("ss") and len(token) > 3):
            break  # a plural noun ends the phrase: "be-4 engines relit"
    if not kept:
        return "", frozenset()
    if kept[-1] in _GENERIC_HEADS:
        return "*", frozenset()  # "for the 32nd time": a wildcard, it names no particular thing
    return stem(kept[-1]), frozenset(kept[:-1])
