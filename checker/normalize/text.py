"""Names, titles, places and quotes: normalized text values.

Values fold diacritics and case and map known aliases to their canonical form, so that "Mbappé" and
"Mbappe", or "Kiev" and "Kyiv", compare equal; titles map every form to one canonical role.
"""
from __future__ import annotations

import re

from checker.models import Document, Mention
from checker.normalize.model import Normalized
from checker.rulepack import Alias, RulePack
from checker.textutil import fold

_VENUE_WORDS = re.compile(r"\b(?:airport|stadium|estadio|stade|stadio|arena|international)\b|\b(?:de|del|la)\b")


def canonical_name(name: str, rules: RulePack) -> str:
    """Folded name, mapped to the canonical form of an alias entry when one lists it."""
    key = " ".join(fold(name).replace("'s", "").split())
    index = _alias_index(rules.aliases)
    if key in index:
        return index[key]  # "U.S." keeps its full stops
    key = key.strip(" .,;:!?")  # "Daniel Roe." at a sentence end is Daniel Roe
    return index.get(key, key)


# Alias list -> {folded name: folded canonical}; built once per rule pack, not once per name looked up.
# The list itself is kept in the entry, so its id cannot be reused by another list while cached.
_ALIAS_INDEXES: dict[int, tuple[list[Alias], int, dict[str, str]]] = {}


def _alias_index(aliases: list[Alias]) -> dict[str, str]:
    cached = _ALIAS_INDEXES.get(id(aliases))
    if cached is not None and cached[0] is aliases and cached[1] == len(aliases):
        return cached[2]
    index: dict[str, str] = {}
    for alias in aliases:  # the first entry that lists a name wins, as in a scan in file order
        for key in _alias_keys(alias.names):
            index.setdefault(key, fold(alias.canonical))
    if len(_ALIAS_INDEXES) > 8:
        _ALIAS_INDEXES.clear()
    _ALIAS_INDEXES[id(aliases)] = (aliases, len(aliases), index)
    return index


def _alias_keys(names: list[str]) -> set[str]:
    return {" ".join(fold(n).split()) for n in names}


def place_key(name: str) -> str:
    """The distinctive part of a place name: 'Estadio de La Cartuja' and 'La Cartuja stadium' -> 'cartuja'."""
    return " ".join(_VENUE_WORDS.sub(" ", fold(name)).split())


def normalize_text(m: Mention, doc: Document, rules: RulePack) -> Normalized | None:
    if m.kind == "name":
        value = canonical_name(m.raw, rules)
        how = None if value == fold(m.raw) else f"alias of {value}"
        return Normalized(value=value, resolution=how)
    if m.kind == "title":
        title = next(t for t in rules.titles if t.id == m.parts["title"])
        return Normalized(value=title.canonical,
                          resolution=f"'{m.parts.get('form')}' is the role '{title.canonical}' of "
                                     f"{m.parts.get('subject')}" + (f" at {m.parts['org']}" if m.parts.get("org") else ""),
                          extra={"group": title.group, "unique": title.unique,
                                 "subject_key": canonical_name(m.parts.get("subject", ""), rules)})
    if m.kind == "place":
        place = canonical_name(m.parts.get("place", m.raw), rules)
        return Normalized(value=place, extra={"place_key": place_key(place)})
    if m.kind == "quote":
        value = " ".join(re.sub(r"[^\w\s']", " ", fold(m.raw)).split())
        return Normalized(value=value, extra={"speaker_key": canonical_name(m.parts.get("subject", ""), rules)})
    return None
