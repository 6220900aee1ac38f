"""What a figure counts and what happened to it: "32 people had died" -> counted "people", verb "died".

Align must never set "eight wounded" against "11 injured in another attack", nor "flights cancelled"
against "flights delayed"; the words next to the figure are the cheapest reliable signal for that,
so they are read here, where the figure's exact span is known, without a tagger.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][\w'’-]*")

# Words that end a noun phrase after a figure.
_STOP = frozenset("""
a an the of in on at to for from by with as and or but than that which who whom whose this these those
is are was were be been being has have had do does did will would could should may might can must
it its their his her our your my they he she we you i there here after before during since until while
when where if about over under into onto between among per each every more less most least other another
not no nor so also only just still already yet again even then now s
across near around through throughout against along toward towards inside outside within without
beyond behind beside besides amid amidst among amongst via off out up down upon despite including
like across onto toward versus vs whereas whether because although though unless away back ago
apart later earlier last next yesterday today tonight tomorrow
""".split())
# Nouns that are plural without an "-s": like a regular plural, they end the phrase.
_PLURAL_HEADS = frozenset("people men women children police cattle staff personnel crew folk livestock".split())
# Titles end the phrase before the name that follows them: "85-year-old Supreme Leader Ali Khamenei".
_TITLES = frozenset("""leader president minister chancellor king queen prince princess premier governor
mayor senator general commander chief director chairman chairwoman ceo secretary pope emperor
ambassador judge officer""".split())
_AUX = frozenset("""is are was were be been being has have had having got get gets will would could should
may might can must reportedly also already all still now later then since both believed feared
thought said""".split())
# Verbs and participles that say what happened to what was counted, beyond regular "-ed" forms.
_IRREGULAR = frozenset("""
rose grew fell fallen risen grown died dead hurt lost won took taken made seen left held killed kill
kills wounded injured injure injures sank sunk shot struck stricken hit cut sold bought spent paid
drew drawn flew flown fled stood went gone gave given brought caught built rescued missing displaced
shook shaken broke broken began begun came ran rang swept spread tore torn threw thrown blew blown woke
lit led met kept sent set put said told found fought became beat beaten struck sank swam rode wrote
hit hits kill
evacuated arrested detained freed released jailed sentenced treated hospitalised hospitalized affected
trapped stranded destroyed damaged burned burnt razed cancelled canceled delayed diverted grounded
voted elected passed approved rejected raised lowered reached topped hit climbed jumped soared slid
dropped slumped declined increased decreased gained surged plunged tumbled recorded reported confirmed
estimated employed laid hired fired
""".split())
MEASURE_BEFORE = frozenset("""magnitude level rate grade category number no tier phase stage wave
round seed size""".split())
_MAX_NP = 3
# "of the 200", "of the parliament's 200", "of his 68": the whole a part is counted against.
_OF_WHOLE = re.compile(r"\s+of\s+(?:(?:the|his|her|their|its|our)\s+)?(?:[A-Za-z]+['\u2019]s\s+)?\d[\d,]*(?=\s+[a-z])")


def whole_of(text: str, end: int) -> str | None:
    """The whole a part is counted against, as written digits: "112 of the 200 seats" -> "200"."""
    m = _OF_WHOLE.match(text, end)
    return re.sub(r"\D", "", m.group().rsplit(None, 1)[-1]) if m else None


def counted_and_verb(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The noun phrase after the figure (lowercased, up to three words) and the adjacent verb,
    looked for after the noun phrase ("14 flights were delayed"), right after the figure ("150
    injured") or right before it ("killed 32 people", "rose 13%")."""
    whole = _OF_WHOLE.match(text, end)
    if whole:  # "112 of the 200 seats": the part counts what the whole counts
        end = whole.end()
    after = _words_after(text, end)
    counted_words: list[str] = []
    verb: str | None = None
    i = 0
    while i < len(after) and len(counted_words) < _MAX_NP:
        word, low, gap = after[i]
        if gap.strip() not in ("", "-") and i > 0:
            break  # punctuation ends the phrase
        if i == 0 and gap.strip() not in ("", "-"):
            break
        if low in _STOP:
            if low in ("more", "other", "additional") and not counted_words:
                i += 1  # "4,000 more residents"
                continue
            break
        if _is_verb(low) and (not counted_words or _ends_phrase(after, i) or low in _IRREGULAR):
            verb = low if not counted_words else None
            if counted_words:
                break
            i += 1
            break
        if counted_words and low.endswith("ing") and len(low) > 5 and _ends_phrase(after, i):
            break  # "engines lighting together", "rocket lifting off": a participle after the noun
        counted_words.append(low)
        i += 1
        if _is_plural(low) or low in _TITLES:
            break  # the head noun: "be-4 engines", "people", "supreme leader"
    if verb is None and counted_words:
        verb = _verb_after(after, i)
    if verb is None:
        verb = _verb_before(text, start)
    counted = " ".join(counted_words) or _measure_before(text, start)
    return counted, verb


def _words_after(text: str, end: int, limit: int = 8) -> list[tuple[str, str, str]]:
    """(word, lowercased, the characters between it and the previous word) for the next words."""
    out: list[tuple[str, str, str]] = []
    pos = end
    for m in _WORD.finditer(text, end, min(len(text), end + 120)):
        gap = text[pos:m.start()]
        if any(ch in gap for ch in ".;:!?()\"“”[]") or "," in gap:
            if out or gap.strip():
                out.append(("", "", gap))
                break
        out.append((m.group(), m.group().lower(), gap))
        pos = m.end()
        if len(out) >= limit:
            break
    return [w for w in out if w[0]]


def _ends_phrase(after: list[tuple[str, str, str]], i: int) -> bool:
    """An "-ed" word ends the phrase unless a noun follows it ("armed men" vs "people injured");
    so does one followed by a capitalised word ("rocket launched Blue Origin's")."""
    if i + 1 >= len(after):
        return True
    word, nxt, gap = after[i + 1]
    return nxt in _STOP or nxt in _AUX or gap.strip() != "" or word[:1].isupper()


def _is_plural(low: str) -> bool:
    """A plural noun ends a counted phrase ("flights", "people"); "-ss", "-us", "-is" words are not plural."""
    if low in _PLURAL_HEADS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def _is_verb(low: str) -> bool:
    return low in _IRREGULAR or (len(low) > 4 and low.endswith("ed") and not low.endswith("eed"))


def _verb_after(after: list[tuple[str, str, str]], i: int) -> str | None:
    for word, low, gap in after[i:i + 4]:
        if gap.strip():
            return None
        if low in _AUX or low.endswith("ly") or low in ("not", "been"):
            continue
        return low if _is_verb(low) else None
    return None


_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def _verb_before(text: str, start: int) -> str | None:
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    low = m.group(1).lower()
    return low if _is_verb(low) else None


def _measure_before(text: str, start: int) -> str | None:
    """"magnitude 6.9", "category 4": the figure measures the noun in front of it."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    low = m.group(1).lower()
    return low if low in MEASURE_BEFORE else None
