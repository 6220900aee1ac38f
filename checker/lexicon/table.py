"""Reading checker/data/wordnet.tsv.gz (written by scripts/build_wordnet.py; format in its docstring).

Why lazy at two levels: importing the aligner must cost nothing, so the file is read on the first
look-up only (once per process), and each section is indexed on its first use. A run looks up a
few hundred words out of 130,000, so a record stays raw text until it is asked for, then its fields
are split (lru_cache). Measured: a Python loop splitting all 240,000 records took ~0.45 s; the
one-tab-a-line format lets each section's dict come from two C-level splits (~0.1 s in all).
"""
from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from checker.errors import ConfigError

Pos = Literal["n", "v"]
POS_DIGIT: dict[str, int] = {"n": 1, "v": 2}  # WordNet's ss_type numbers, as in sense keys
OTHER_POS: dict[str, Pos] = {"n": "v", "v": "n"}
_ID_BASE = 100_000_000
TABLE_NAME = "wordnet.tsv.gz"
# checker/ is a namespace package (no __init__.py), which importlib.resources cannot address in an
# editable install, so the table is found beside this module: checker/lexicon/../data.
TABLE_PATH = Path(__file__).resolve().parent.parent / "data" / TABLE_NAME
_FORMAT = "#crosscheck-wordnet 1 "


@dataclass(frozen=True, slots=True)
class SynsetRecord:
    """One synset's fields; every id is a full synset id (pos digit * 10^8 + offset)."""

    synset: int
    lexname: str
    head: str  # the synset's first word, used to show a path ("passenger_car")
    hypernyms: tuple[int, ...]
    verb_groups: tuple[int, ...]
    antonyms: tuple[int, ...]  # synsets holding an antonym of one of this synset's words
    derived: tuple[int, ...]
    gloss: tuple[str, ...]  # verbs only: content lemmas of the gloss's first clause


@dataclass(frozen=True, slots=True)
class LemmaRecord:
    tagged: int  # how many leading senses have a corpus frequency (index.* tagsense_cnt)
    synsets: tuple[int, ...]  # in WordNet sense order, most frequent first


_POS_OF_DIGIT: dict[int, Pos] = {1: "n", 2: "v"}
_BUILD_LOCK = threading.Lock()


@cache
def _section_texts() -> dict[str, str]:
    """The table's sections as text, read once per process from the installed package data."""
    try:
        text = gzip.decompress(TABLE_PATH.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise ConfigError(f"cannot read the WordNet table checker/data/{TABLE_NAME}: {error}") from None
    if not text.startswith(_FORMAT):
        raise ConfigError(f"checker/data/{TABLE_NAME} is not a crosscheck WordNet table (version 1)")
    return dict(section.partition("\n")[::2] for section in text.rstrip("\n").split("\n%")[1:])


@cache
def _section(name: str) -> dict[str, str]:
    """One section as key -> raw value, built on first use: a noun-only caller never pays for the
    verb sections, and a caller of synsets() alone never pays for the synset records."""
    with _BUILD_LOCK:  # two threads meeting a section first must not both build it
        return _built_section(name)


@cache
def _built_section(name: str) -> dict[str, str]:
    texts = _section_texts()
    if name not in texts:
        raise ConfigError(f"checker/data/{TABLE_NAME} lacks the section {name!r}")
    # Every record is key TAB value on one line: one tab-split gives key, value, key, value...
    cells = iter(texts.pop(name).replace("\n", "\t").split("\t"))
    return dict(zip(cells, cells))


def load() -> None:
    """Read every section now: before forking workers (checker/parallel.py) they then inherit it,
    and a caller can pay the cost up front or time it."""
    _section("lexnames")
    for pos in POS_DIGIT:
        for kind in ("synsets", "lemmas", "derived"):
            _section(f"{kind} {pos}")


def _ids(field: str, pos: str) -> tuple[int, ...]:
    if not field:
        return ()
    base = POS_DIGIT[pos] * _ID_BASE
    return tuple(base + int(offset) for offset in field.split(","))


@lru_cache(maxsize=65536)
def synset_record(synset: int) -> SynsetRecord | None:
    pos = _POS_OF_DIGIT.get(synset // _ID_BASE)
    rest = _section(f"synsets {pos}").get(str(synset % _ID_BASE)) if pos else None
    if pos is None or rest is None:
        return None
    lex_filenum, head, hypernyms, groups, antonyms, derived, gloss = rest.split(" ")
    return SynsetRecord(synset, _section("lexnames")[lex_filenum], head, _ids(hypernyms, pos),
                        _ids(groups, pos), _ids(antonyms, pos), _ids(derived, OTHER_POS[pos]),
                        tuple(gloss.split(",")) if gloss else ())


@lru_cache(maxsize=65536)
def lemma_record(lemma: str, pos: Pos) -> LemmaRecord | None:
    rest = _section(f"lemmas {pos}").get(lemma)
    if rest is None:
        return None
    tagged, synsets = rest.split(" ")
    return LemmaRecord(int(tagged), _ids(synsets, pos))


@lru_cache(maxsize=16384)
def derived_lemmas(lemma: str, pos: Pos) -> tuple[str, ...]:
    field = _section(f"derived {pos}").get(lemma)
    return tuple(field.split(",")) if field else ()
