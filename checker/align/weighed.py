"""Evidence-weighed align: decide which claims from different sources speak of the same fact.

Claim alignment is record linkage, done the way record-linkage tools do it:
1. slots (align/slots.py): each claim's counted noun, event, names, period, role..., as lemmas;
   names and words the whole story repeats are left out (align/salience.py: term frequency);
2. blocking: a claim meets the claims of its kind and unit that share any plausible key with it (its
   head noun or a WordNet hypernym of it, its verb, a frame, a name; every date and place of a small
   story), so none is dropped for want of a frame word, and the work grows with the blocks;
3. scoring (align/evidence.py, align/linkage.py): each comparison of slots gives a level whose
   fitted weight (rules/linkage.yaml) adds to the pair's log-odds of being one fact;
4. story-level choice (align/choose.py): within one story a fact has one value per source, so a
   claim keeps only its best counterpart in each other source;
5. facts (align/facts.py): the claims joined by the chosen links, most probable first, never two
   disagreeing values of one source in one fact (one-value-per-source).
Titles, quotes and clock times are linked by rule (align/rules.py), as is the gate for ordinals.
"""
from __future__ import annotations

from collections import defaultdict

from checker.align.facts import form_facts
from checker.align.graph import alignable, block_pairs, links_by_component
from checker.align.choose import Candidate, choose_links
from checker.align.label import fact_label
from checker.align.linkage import models, score
from checker.align.salience import distinctive
from checker.align.rules import ordinal_counts_occurrences, quote_link, time_link, title_link
from checker.align.slots import Slots, slots_of
from checker.lexicon.wordnet import hypernym_closure, senses
from checker.models import Alignment, Claim, Document, Fact, Link
from checker.rulepack import RulePack

def align(docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> Alignment:
    claims = [c for cs in per_doc for c in cs if alignable(c)]
    slots = distinctive([slots_of(c) for c in claims])
    model_of = models(rules)
    candidates: dict[tuple[int, int], Candidate] = {}
    for members in _blocks(claims, slots).values():
        for i, j in block_pairs(members):
            if (i, j) in candidates or claims[i].source == claims[j].source:
                continue  # same-source: one article never corroborates or contradicts itself here
            found = _candidate(claims[i], claims[j], slots[i], slots[j], model_of)
            if found is not None:
                candidates[(i, j)] = Candidate(i, j, *found)
    members, chosen = form_facts(claims, choose_links(claims, list(candidates.values())))
    link_list = [Link(a=c.a, b=c.b, score=c.probability, shared=list(c.shared), evidence=list(c.evidence))
                 for c in chosen]
    links_of = links_by_component(members, link_list)
    facts = [Fact(key=f"{claims[m[0]].kind}:{n}", kind=claims[m[0]].kind,
                  label=fact_label([claims[i] for i in m], rules, links_of[n], set(m)),
                  claims=[claims[i] for i in m],
                  confidence=min((l.score for l in links_of[n]), default=0.0))
             for n, m in enumerate(members)]
    return Alignment(claims=claims, links=link_list, facts=facts, members=members)


def _candidate(a: Claim, b: Claim, sa: Slots, sb: Slots,
               model_of: dict) -> tuple[float, tuple[str, ...], tuple[str, ...]] | None:
    """(match probability, what the label may name, what linked them) of a pair, or None when a rule
    keeps them apart or the evidence is below the family's link threshold."""
    if a.kind in ("title", "quote", "time"):
        r = {"title": title_link, "quote": quote_link, "time": time_link}[a.kind](a, b)
        return (r.probability, r.shared, (f"rule {r.rule}",)) if r else None
    if a.kind == "ordinal" and not (ordinal_counts_occurrences(a) and ordinal_counts_occurrences(b)):
        return None  # ordinal-position
    model = model_of.get(sa.family)
    if model is None:
        return None
    ev = score(model, sa, sb)
    if ev.probability < model.link_at:
        return None
    return ev.probability, _shared(sa, sb), ev.reasons()


def _shared(a: Slots, b: Slots) -> tuple[str, ...]:
    """What a fact's label can name: the frames, the counted noun, the names both sides share."""
    from checker.align.evidence import shared_names
    out = tuple(sorted(a.frames & b.frames))
    if a.head and a.head == b.head and a.head != "*":
        out += (a.head,)
    return out + tuple(shared_names(a.names, b.names)[:2])


def _blocks(claims: list[Claim], slots: list[Slots]) -> dict[tuple[str, ...], list[int]]:
    """Blocking keys inside a claim's kind and unit. Generous on purpose: a key only says two claims
    may be one fact; the evidence decides."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (c, s) in enumerate(zip(claims, slots)):
        base = (c.kind, c.unit or "")
        keys: set[tuple[str, ...]] = set()
        if s.family in ("date", "place", "time"):
            keys.add(base + ("all",))  # few per article: every pair of a story is weighed
        elif s.family in ("count", "measure"):
            keys.update(base + ("frame", f) for f in s.frames)
            if s.head:
                keys.add(base + ("head", s.head))
                keys.update(base + ("synset", str(x)) for x in _head_classes(s.head))
            if s.verb:
                keys.add(base + ("verb", s.verb))
            keys.update(base + ("name", n) for n in s.names[:3])
            if s.subject:
                keys.add(base + ("subject", s.subject.split()[-1]))
            if not keys or c.kind in ("quantity", "percentage", "money"):
                keys.add(base + ("all",))  # a measure or share is said by its unit; few per story
        elif c.kind == "title":
            if c.extra.get("subject_key"):
                keys.add(base + ("person", str(c.extra["subject_key"]).split()[-1]))
            if c.extra.get("org"):
                keys.add(base + ("org", str(c.extra["org"]).lower(), c.value))
        elif c.kind == "quote":  # quotes meet on any pair of consecutive words they share
            tokens = c.value.split()
            keys.update(base + ("words", x, y) for x, y in zip(tokens, tokens[1:]))
        for key in keys:
            blocks[key].append(i)
    return blocks


def _head_classes(head: str) -> tuple[int, ...]:
    """The first senses of a counted noun and their direct hypernyms: 'lorry' and 'truck' meet here."""
    out: set[int] = set()
    for synset in senses(head, "n")[:2]:
        out.add(synset)
        out.update(a for a, d in hypernym_closure(synset, 1).items() if d == 1)
    return tuple(sorted(out))
