"""Dictionary forms of English words (lemminflect), so that "lorries", "derailed" and "left" meet
WordNet as "lorry", "derail" and "leave".

Why lemminflect: a part-of-speech-aware lemma dictionary (MIT, data inside the wheel, no model to
download), and it knows irregular forms (ran -> run, slain -> slay, children -> child). Its
out-of-vocabulary rules guess too freely ("selfies" -> "selfy"), so a guess is kept only when
WordNet knows it as a noun or verb lemma; otherwise the word itself comes back.

Cost (measured on this machine): lemminflect is imported on the first call, not at import of this
module (numpy and its tables: ~0.45 s once per process); then ~30 us per new word it knows, ~0.1-0.2
ms per unknown one (the rule guess and the WordNet check; the first such check also reads the
WordNet table), ~0.35 us per cached one.

"people" stays "people": lemminflect lists it as a noun of its own, and WordNet's index keeps
"people" and "person" apart too.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from checker.lexicon.wordnet import synsets

UPos = Literal["NOUN", "VERB", "ADJ"]
_WORDNET_POS: dict[str, Literal["n", "v"]] = {"NOUN": "n", "VERB": "v"}


@lru_cache(maxsize=65536)
def lemma(word: str, pos: UPos) -> str:
    """The lower-cased dictionary form of word read as pos; the word itself when unknown.
    In a phrase, the head is lemmatised: the last word of a noun ("passenger cars" -> "passenger
    car"), the first of a verb ("took off" -> "take off")."""
    words = word.lower().split()
    if not words:
        return ""
    head = len(words) - 1 if pos == "NOUN" else 0
    words[head] = _lemma_of_word(words[head], pos)
    return " ".join(words)


@lru_cache(maxsize=65536)
def lemma_any(word: str) -> str:
    """The dictionary form when the part of speech is unknown: a form that only one of noun and verb
    knows takes that one's lemma ("ran" -> "run", "lorries" -> "lorry"); when both know it, the one
    that changes the word wins ("left" -> "leave": an inflected verb is likelier than the noun
    "left"), and a tie goes to the noun ("lives" -> "life", "strikes" -> "strike")."""
    lowered = " ".join(word.lower().split())
    noun, verb = _known_lemma(lowered, "NOUN"), _known_lemma(lowered, "VERB")
    if noun is None or verb is None:
        return noun or verb or lowered
    if verb != lowered and noun == lowered:
        return verb
    return noun


def _lemma_of_word(word: str, pos: UPos) -> str:
    known = _known_lemma(word, pos)
    if known is not None:
        return known
    wordnet_pos = _WORDNET_POS.get(pos)
    if wordnet_pos is not None:
        guess = _lemminflect().getLemma(word, upos=pos, lemmatize_oov=True)
        if guess and guess[0] != word and synsets(guess[0], wordnet_pos):
            return guess[0]
    return word


@lru_cache(maxsize=65536)
def _known_lemma(word: str, pos: UPos) -> str | None:
    """lemminflect's dictionary lemma (the first when it gives several: "data" -> "data"), or None."""
    found = _lemminflect().getLemma(word, upos=pos, lemmatize_oov=False)
    return found[0].lower() if found else None


@lru_cache(maxsize=1)
def _lemminflect():  # type: ignore[no-untyped-def]  # the package ships no type hints
    """Imported on first use: it pulls in numpy and its tables (~0.5 s), which a run that never
    asks for a lemma should not pay."""
    import lemminflect

    return lemminflect
