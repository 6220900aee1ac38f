"""Lexical knowledge for the aligner from real resources: WordNet 3.0 relations between nouns and
verbs (checker/lexicon/wordnet.py, read from the table in checker/data/wordnet.tsv.gz that
scripts/build_wordnet.py generates) and dictionary forms of words (checker/lexicon/lemmas.py,
lemminflect). Nothing is read at import: each resource loads on its first use, once per process.
"""
from __future__ import annotations

from checker.lexicon.lemmas import lemma, lemma_any
from checker.lexicon.wordnet import (LexRelation, antonym, derived, hypernym_closure, lexname,
                                     lexname_of, relation, synsets)

__all__ = ["LexRelation", "antonym", "derived", "hypernym_closure", "lemma", "lemma_any", "lexname",
           "lexname_of", "relation", "synsets"]
