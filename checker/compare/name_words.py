"""Name spellings word by word: single-word names too ("Mr. Nichols" / "Mr. Nochols", "Cheeks" /
"Cheks"), and a difference in any word of a longer name.

check_name_spellings (names.py) compares whole person names with the same first name. Most names in
news after their first mention are a bare surname, so here every capitalised word of a story's
prose is a name word, and two name words one or two letters apart are weighed:
- the rarer spelling must be rare in the story: used by one source only (a source that writes
  "Nichols" three times and "Nochols" once is flagged in itself; two sources each using their own
  spelling disagree with each other), so two people with similar names, each named in several
  sources, are never taken for one;
- plurals, demonyms and other endings ("Kenyan"/"Kenyans", "Protests"/"Protesters") and spellings
  rules/aliases.yaml lists as one name are the same name;
- two words each written beside other names, and never beside the same one, are two names
  ("Barack Obama", "Ehud Barak");
- two words that are both English words (WordNet) are two words ("Baker"/"Banker").
The more common spelling is named as the likely right one.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from checker.compare.findings import make_finding
from checker.extract.names import COMMON, is_headline
from checker.lexicon.lemmas import lemma
from checker.lexicon.wordnet import synsets
from checker.models import Claim, Document, Finding
from checker.rulepack import RulePack

_WORD = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?(?![\w-])")
_MIN_LENGTH = 5


@dataclass(frozen=True)
class _Use:
    doc: Document
    start: int
    end: int
    sentence: int


def check_name_words(docs: list[Document], rules: RulePack, reported: set[frozenset[str]]) -> list[Finding]:
    """Findings for name words spelt two ways; `reported` holds pairs of words already flagged as
    whole names (names.py), which are not flagged twice."""
    uses = _name_words(docs)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for word in uses:
        by_initial[word[0]].append(word)
    aliases = _alias_words(rules)
    neighbours: dict[str, set[str]] = {}  # word -> the names written beside it, read once per word
    findings = []
    for words in by_initial.values():
        words.sort(key=len)
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                if len(b) - len(a) > 2:
                    break
                if frozenset((a, b)) in reported or not _one_letter_or_two(a, b) or _same_name(a, b, aliases):
                    continue
                finding = _judge(a, b, uses, neighbours, rules)
                if finding is not None:
                    findings.append(finding)
    return findings


def _name_words(docs: list[Document]) -> dict[str, dict[str, list[_Use]]]:
    """Folded capitalised word -> source -> where it is used (never a sentence's first word, which is
    capitalised anyway, unless it is no English word, nor a headline's words, nor page furniture)."""
    out: dict[str, dict[str, list[_Use]]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        for index, sentence in enumerate(doc.sentences):
            if sentence.block != 0 or sentence.is_caption or is_headline(sentence.text):
                continue
            first = re.match(r"\W*", sentence.text).end()
            for m in _WORD.finditer(sentence.text):
                word = m.group()
                if len(word) < _MIN_LENGTH or word.lower() in COMMON:
                    continue
                if m.start() <= first and _english(word.lower()):
                    continue  # a sentence's first word is capitalised anyway; a name there is no word
                out[_fold(word)][doc.source.path].append(
                    _Use(doc, sentence.start + m.start(), sentence.start + m.end(), index))
    return out


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _one_letter_or_two(a: str, b: str) -> bool:
    limit = 1 if min(len(a), len(b)) < 8 else 2
    return 0 < Levenshtein.distance(a, b) <= limit


def _same_name(a: str, b: str, aliases: set[frozenset[str]]) -> bool:
    short, long = sorted((a, b), key=len)
    if frozenset((a, b)) in aliases:
        return True  # listed transliterations
    if len(long) > len(short) and long.startswith(short[:-1]):
        return True  # only the ending differs in length: Kenyan/Kenyans, Protests/Protesters, Referendum/Referenda
    return _english(a) and _english(b)


def _english(word: str) -> bool:
    """A word WordNet knows as a noun or verb, in any inflection (lemminflect)."""
    return any(synsets(lemma(word, pos), wn) for pos, wn in (("NOUN", "n"), ("VERB", "v")))


def _neighbours(uses: dict[str, list[_Use]]) -> set[str]:
    """The capitalised words written next to a name word (initials skipped): "Barack" beside "Obama"."""
    out: set[str] = set()
    for by_source in uses.values():
        for u in by_source:
            text = u.doc.source.text
            before = re.findall(r"([A-Z][\w'-]+)\s+(?:[A-Z]\.\s+)*$", text[max(0, u.start - 40):u.start])
            after = re.match(r"\s+(?:[A-Z]\.\s+)*([A-Z][\w'-]+)", text[u.end:u.end + 40])
            out.update(_fold(w) for w in before[-1:])
            if after:
                out.add(_fold(after.group(1)))
    return out


def _alias_words(rules: RulePack) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for alias in rules.aliases:
        forms = [_fold(f) for f in [alias.canonical, *alias.names] if " " not in f]
        out.update(frozenset((x, y)) for x in forms for y in forms if x != y)
    return out


def _judge(a: str, b: str, uses: dict[str, dict[str, list[_Use]]], neighbours: dict[str, set[str]],
           rules: RulePack) -> Finding | None:
    in_a, in_b = set(uses[a]), set(uses[b])
    rare, common = (b, a) if len(in_b) < len(in_a) or (len(in_b) == len(in_a) and _count(uses[b]) < _count(uses[a])) else (a, b)
    in_rare = set(uses[rare])
    if len(in_rare) != 1:
        return None  # each spelling in several sources: two names, not one misspelt
    for word in (rare, common):
        if word not in neighbours:
            neighbours[word] = _neighbours(uses[word])
    near_rare, near_common = neighbours[rare], neighbours[common]
    if near_rare and near_common and not near_rare & near_common:
        return None  # written beside other names: "Barack Obama" and "Ehud Barak" are two people
    source = next(iter(in_rare))
    if source in uses[common]:
        first_common = uses[common][source][0]  # the source writes both: flagged in itself
    else:
        others = sorted(uses[common])
        first_common = uses[common][others[0]][0]
    first_rare = uses[rare][source][0]
    claims = [_claim(first_common), _claim(first_rare)]
    n_common = len(uses[common])
    where = "the same source also writes" if source in uses[common] else f"{n_common} source{'s' if n_common > 1 else ''} write"
    return make_finding(
        rules, "NA001", fact=f"spelling of {claims[0].raw}",
        message=f"The same name is spelled two ways: '{claims[1].raw}' ({_file(claims[1])}) vs "
                f"'{claims[0].raw}' ({_file(claims[0])}); '{claims[0].raw}' is the likely spelling",
        why=f"'{claims[1].raw}' is one or two letters from '{claims[0].raw}', is used by one source only, "
            f"and {where} '{claims[0].raw}'. If both spellings are accepted, list them in rules/aliases.yaml.",
        claims=claims)


def _count(by_source: dict[str, list[_Use]]) -> int:
    return sum(len(v) for v in by_source.values())


def _claim(use: _Use) -> Claim:
    text = use.doc.source.original_text or use.doc.source.text
    sentence = use.doc.sentences[use.sentence]
    raw = text[use.start:use.end]
    line = text.count("\n", 0, use.start) + 1
    column = use.start - (text.rfind("\n", 0, use.start) + 1) + 1
    return Claim(kind="name", source=use.doc.source.path, start=use.start, end=use.end, raw=raw,
                 value=_fold(raw), sentence=text[sentence.start:sentence.start + len(sentence.text)],
                 sentence_index=use.sentence, sentence_start=sentence.start, line=line, column=column)


def _file(c: Claim) -> str:
    return c.source.rsplit("/", 1)[-1]
