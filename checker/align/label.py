"""A fact's name in plain words, for the report: "date of the signing (Moscow, Iran)"."""
from __future__ import annotations

from collections import Counter

from checker.models import Claim, Link
from checker.rulepack import RulePack
from checker.textutil import stem

# Frames that qualify a figure rather than name what it counts ("will hold 112 seats" is a forecast of
# seats): the counted noun names the fact better.
_QUALIFYING = frozenset({"forecast"})
_KIND_WORDS = {"date": "date", "time": "time", "number": "number", "money": "amount", "percentage": "percentage",
               "quantity": "measure", "ordinal": "count", "age": "age", "place": "place",
               "title": "role", "quote": "words"}


def fact_label(claims: list[Claim], rules: RulePack, links: list[Link], members: set[int]) -> str:
    labels = {f.id: f.label for f in rules.frames}
    reasons: Counter[str] = Counter()
    for link in links:
        if link.a in members and link.b in members:
            reasons.update(link.shared)
    kind = claims[0].kind
    frames = [r for r, _ in reasons.most_common() if r in labels]
    # names shared by the claims' sentences; a shared figure ("2.3") says which fact to the aligner
    # but names nothing for a reader
    others = [r for r, _ in reasons.most_common() if r not in labels and not _is_figure(r)][:2]
    word = _KIND_WORDS.get(kind, kind)
    if kind in ("age", "title"):
        subject = claims[0].context.subject or claims[0].extra.get("subject_key") or (others[0] if others else "")
        return f"{word} of {_title_case(subject)}".strip()
    if kind == "quote":
        speaker = claims[0].context.subject or ""
        return f"words of {_title_case(speaker)}" if speaker else "a quotation"
    events = [f for f in frames if f not in _QUALIFYING]
    counted = claims[0].extra.get("counted") or ""
    what = labels[events[0]] if events else counted or (labels[frames[0]] if frames else "")
    extra = ", ".join(_title_case(o) for o in others
                      if o and stem(o) != stem(counted) and o.lower() not in what.lower().split())
    label = f"{word} of the {what}" if what else word
    return f"{label} ({extra})" if extra else label


def _is_figure(reason: str) -> bool:
    return reason.replace(".", "", 1).replace(",", "").isdigit()


def _title_case(text: str) -> str:
    return " ".join(w if w.isupper() else w.capitalize() for w in str(text).split())
