"""WordNet 3.0 relations between two words, for the aligner: may "lorry" and "truck", "derailed"
and "left the rails", "carriage" and "car" name the same thing in two articles?

The data is the table in checker/data/wordnet.tsv.gz (scripts/build_wordnet.py, WordNet licence in
checker/data/WORDNET-LICENSE.txt), read on the first call and cached for the process; nothing from
/usr/share/wordnet is read at run time. Synset ids are ss_type * 10^8 + offset (102958343 is
data.noun 02958343, car.n.01; verbs start with 2).

Rules, and why (the pairs in tests/test_lexicon.py are the contract):
- Senses: the first SENSE_LIMIT (3) in WordNet's order, and of a lemma with corpus counts only the
  counted ones. Later senses are rare and make unrelated words meet: "bus" is also a jalopy (its
  4th, uncounted sense), a kind of car; "take" is, in its 41st sense, "obtain by winning".
  Measured on the contract pairs: 1 sense loses lorry/truck, carriage/car and derail/leave (their
  senses 2); with the count cap any limit from 2 to 5 keeps the contract, without it 4 already makes
  car/bus a hypernym pair.
- synonym: a shared synset (buy/purchase, injure/wound).
- hypernym: one word's sense is within HYPERNYM_DEPTH (2) hypernym steps of the other's
  (carriage -> passenger_car -> car, soldier -> enlisted_person -> serviceman: 1 step would lose
  it). At 3 steps WordNet's intermediate classes are already general (fee -> ... -> cost).
- verb-group: WordNet's verb groups ($), senses it judges similar.
- gloss (verbs): the other word is a content lemma of the first clause of a sense's gloss; derail is
  "run off or leave the rails", so derail/leave relate, which covers "left the tracks".
- cohyponym, the weak kind: a direct hypernym of one word's sense that the other reaches within
  COUSIN_DEPTH (3) steps (car/truck under motor_vehicle; fee -> fixed_charge -> charge -> cost <-
  payment). It says "same kind of thing", not "the same thing": the aligner must treat it as
  comparable, never as equivalent. Depth 3 on one side is what fee/payment needs; the price is that
  every word relates weakly to the near relatives of its siblings (adult/passenger under person).
- Antonyms block every kind but same and synonym: a sense that is WordNet's antonym of the other's
  sense or of its direct hypernym. rise/fall, import/export and adult/child (child is a juvenile,
  adult's antonym) are otherwise cohyponyms; antonym() reports them, which a consistency checker
  can use as a conflict cue.
- derived, across parts of speech only (relation(a, b, "n", "v")): WordNet's lexical + pointers name
  the exact words, so no sense limit applies (derailment -> derail, strike n -> strike v).

What WordNet says about the listed pairs: lorry/truck is hypernym, not synonym (lorry.n.02
{lorry, camion} is a kind of truck); win/take is None (only take's 41st sense "obtain by winning"
is under win); fee/payment is only a cohyponym (cousins under cost, 4 steps); policeman/soldier,
kill/injure, passenger/crew, car/bus, death/injury and hire/fire are None; rise/fall, import/export
and adult/child are None through their antonyms.

Cost (this machine): importing reads nothing; the first look-up reads the table (gzip
decompression ~55 ms, then each section is indexed on first use: nouns' lemmas ~50 ms, nouns'
synsets ~30 ms, the verb and derivation sections ~20 ms together; ~0.16 s for the whole table,
~130 ms before the first synsets() answer). Then synsets() ~10 us per new lemma, ~1 us cached;
relation() ~30 us per new pair, ~2 us cached; lexname_of() and derived() under 10 us.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from checker.lexicon.table import Pos, derived_lemmas, lemma_record, synset_record

RelationKind = Literal["same", "synonym", "hypernym", "cohyponym", "verb-group", "derived", "gloss",
                       "antonym"]

SENSE_LIMIT = 3
HYPERNYM_DEPTH = 2
COUSIN_DEPTH = 3


@dataclass(frozen=True, slots=True)
class LexRelation:
    """How two words relate in WordNet: kind, number of pointer steps, and the path in words."""

    kind: RelationKind
    distance: int
    via: str


def _checked(pos: str) -> Pos:
    """A wrong part of speech is a caller's bug; say so instead of failing inside the table."""
    if pos not in ("n", "v"):
        raise ValueError(f"WordNet part of speech must be 'n' or 'v', not {pos!r}")
    return pos  # type: ignore[return-value]


def normal_lemma(word: str) -> str:
    """WordNet's spelling of a lemma: lower case, words joined by underscores."""
    return "_".join(word.lower().split())


def synsets(lemma: str, pos: Pos) -> tuple[int, ...]:
    """All synsets of a lemma, in WordNet sense order (most frequent first); () when unknown."""
    record = lemma_record(normal_lemma(lemma), _checked(pos))
    return record.synsets if record else ()


def lexname(synset: int) -> str:
    """The synset's lexicographer file ("noun.artifact"); KeyError for an unknown id."""
    record = synset_record(synset)
    if record is None:
        raise KeyError(f"no WordNet synset {synset}")
    return record.lexname


def lexname_of(lemma: str, pos: Pos) -> str | None:
    """The lexicographer file of the lemma's first (most frequent) sense."""
    found = synsets(lemma, pos)
    return lexname(found[0]) if found else None


def derived(lemma: str, from_pos: Pos, to_pos: Pos) -> tuple[str, ...]:
    """Derivationally related words in the other part of speech, in the lemma's sense order
    (derived("derailment", "n", "v") -> ("derail",)); () when from_pos == to_pos."""
    if _checked(from_pos) == _checked(to_pos):
        return ()
    return derived_lemmas(normal_lemma(lemma), from_pos)


def hypernym_closure(synset: int, depth: int = 3) -> dict[int, int]:
    """Ancestors (hypernyms and instance hypernyms) within depth steps -> their distance."""
    return {ancestor: distance for ancestor, (distance, _) in _ancestors(synset, depth).items()}


@lru_cache(maxsize=16384)
def _ancestors(synset: int, depth: int) -> dict[int, tuple[int, int]]:
    """Breadth-first over hypernyms: ancestor -> (distance, the child it was reached from).
    Cached, so callers must not change the dict."""
    found: dict[int, tuple[int, int]] = {}
    queue: deque[tuple[int, int]] = deque([(synset, 0)])
    while queue:
        current, distance = queue.popleft()
        if distance == depth:
            continue
        record = synset_record(current)
        for parent in record.hypernyms if record else ():
            if parent != synset and parent not in found:
                found[parent] = (distance + 1, current)
                queue.append((parent, distance + 1))
    return found


def senses(lemma: str, pos: Pos) -> tuple[int, ...]:
    """The senses relation() considers: the first SENSE_LIMIT in WordNet's order, and for a lemma
    with corpus counts only the counted ones (the rest have no occurrence and no real order)."""
    record = lemma_record(normal_lemma(lemma), _checked(pos))
    if record is None:
        return ()
    limit = min(SENSE_LIMIT, record.tagged) if record.tagged else SENSE_LIMIT
    return record.synsets[:limit]


def relation(a: str, b: str, pos: Pos, pos_b: Pos | None = None) -> LexRelation | None:
    """The strongest WordNet relation between lemma a and lemma b (both of part of speech pos, or
    b of pos_b), or None. Strongest first: same, synonym, hypernym, verb-group, gloss, cohyponym;
    across parts of speech only derived. Antonyms (directly, or b under a's antonym) are None."""
    return _relation(normal_lemma(a), normal_lemma(b), _checked(pos), _checked(pos_b or pos))


def antonym(a: str, b: str, pos: Pos) -> LexRelation | None:
    """kind "antonym" when a sense of one word is WordNet's antonym of a sense of the other or of
    its direct hypernym (rise/fall, import/export; adult/child through juvenile)."""
    a, b = normal_lemma(a), normal_lemma(b)
    return _opposition(a, b, senses(a, pos), senses(b, pos))


@lru_cache(maxsize=65536)
def _relation(a: str, b: str, pos: Pos, pos_b: Pos) -> LexRelation | None:
    if pos != pos_b:
        return _derivation(a, b, pos, pos_b)
    if a == b:
        return LexRelation("same", 0, f"{a} (same lemma)")
    senses_a, senses_b = senses(a, pos), senses(b, pos)
    if not senses_a or not senses_b:
        return None
    shared = next((synset for synset in senses_a if synset in senses_b), None)
    if shared is not None:
        return LexRelation("synonym", 0, f"{a} = {b} (WordNet synonyms, synset {_head(shared)})")
    if _opposition(a, b, senses_a, senses_b) is not None:
        return None
    return (_hypernymy(a, b, senses_a, senses_b) or _verb_group(a, b, senses_a, senses_b)
            or _gloss(a, b, senses_a, senses_b) or _cohyponymy(a, b, senses_a, senses_b))


def _head(synset: int) -> str:
    record = synset_record(synset)
    return record.head if record else str(synset)


def _path_words(start: str, chain: list[int], end: str | None = None) -> list[str]:
    """start, the head words of chain's synsets, then end; a word equal to its neighbour shown once
    ("carriage", [passenger_car, car], "car" -> carriage, passenger_car, car)."""
    words: list[str] = []
    for word in [start, *(_head(synset) for synset in chain), *([end] if end else [])]:
        if not words or words[-1] != word:
            words.append(word)
    return words


def _chain_up(synset: int, ancestor: int, found: dict[int, tuple[int, int]]) -> list[int]:
    """synset .. ancestor, following the child links _ancestors recorded."""
    chain = [ancestor]
    while chain[-1] != synset:
        chain.append(found[chain[-1]][1])
    return chain[::-1]


def _hypernymy(a: str, b: str, senses_a: tuple[int, ...],
               senses_b: tuple[int, ...]) -> LexRelation | None:
    best: tuple[int, str] | None = None
    for specific, general, word, other in ((senses_a, senses_b, a, b), (senses_b, senses_a, b, a)):
        for synset in specific:
            found = _ancestors(synset, HYPERNYM_DEPTH)
            for target in general:
                if target in found and (best is None or found[target][0] < best[0]):
                    path = _path_words(word, _chain_up(synset, target, found), other)
                    best = (found[target][0], " -> ".join(path))
    return LexRelation("hypernym", best[0], f"{best[1]} (WordNet hypernym)") if best else None


def _verb_group(a: str, b: str, senses_a: tuple[int, ...],
                senses_b: tuple[int, ...]) -> LexRelation | None:
    for synset in senses_a:
        record = synset_record(synset)
        if record and any(group in senses_b for group in record.verb_groups):
            return LexRelation("verb-group", 1, f"{a} ~ {b} (WordNet verb group)")
    return None


def _gloss(a: str, b: str, senses_a: tuple[int, ...],
           senses_b: tuple[int, ...]) -> LexRelation | None:
    for word, synsets_of_word, other in ((a, senses_a, b), (b, senses_b, a)):
        for synset in synsets_of_word:
            record = synset_record(synset)
            if record and other in record.gloss:
                return LexRelation("gloss", 1, f"{word} -> {other} (WordNet gloss of {word}: "
                                               f"{' '.join(record.gloss)})")
    return None


def _cohyponymy(a: str, b: str, senses_a: tuple[int, ...],
                senses_b: tuple[int, ...]) -> LexRelation | None:
    """A direct hypernym of one word's sense that the other reaches within COUSIN_DEPTH steps."""
    best: tuple[int, str] | None = None
    for near, far, near_word, far_word in ((senses_a, senses_b, a, b), (senses_b, senses_a, b, a)):
        for near_synset in near:
            record = synset_record(near_synset)
            for parent in record.hypernyms if record else ():
                for far_synset in far:
                    found = _ancestors(far_synset, COUSIN_DEPTH)
                    if parent in found and (best is None or 1 + found[parent][0] < best[0]):
                        up = _path_words(far_word, _chain_up(far_synset, parent, found))
                        down = _path_words(near_word, [near_synset])[::-1]
                        best = (1 + found[parent][0], " -> ".join(up) + " <- " + " <- ".join(down))
    return LexRelation("cohyponym", best[0], f"{best[1]} (WordNet cohyponyms)") if best else None


def _opposition(a: str, b: str, senses_a: tuple[int, ...],
                senses_b: tuple[int, ...]) -> LexRelation | None:
    for word, mine, other, theirs in ((a, senses_a, b, senses_b), (b, senses_b, a, senses_a)):
        for synset in mine:
            record = synset_record(synset)
            for opposite in record.antonyms if record else ():
                for their_synset in theirs:
                    their_record = synset_record(their_synset)
                    if opposite == their_synset:
                        return LexRelation("antonym", 1, f"{word} <-> {other} (WordNet antonym)")
                    if their_record and opposite in their_record.hypernyms:
                        return LexRelation("antonym", 2, f"{word} <-> {_head(opposite)} <- {other} "
                                                         "(WordNet antonym of a hypernym)")
    return None


def _derivation(a: str, b: str, pos: Pos, pos_b: Pos) -> LexRelation | None:
    """Lexical + pointers name the exact words, so no sense limit is needed across pos."""
    if b in derived_lemmas(a, pos):
        return LexRelation("derived", 1, f"{a} ({pos}) -> {b} ({pos_b}) (WordNet derivation)")
    if a in derived_lemmas(b, pos_b):
        return LexRelation("derived", 1, f"{b} ({pos_b}) -> {a} ({pos}) (WordNet derivation)")
    return None
