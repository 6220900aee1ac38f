"""Name spellings across sources: the same person written two ways ("Pezeshkian" / "Pezeshkyan").

Diacritics are folded and aliases mapped before comparing, so "Mbappé" = "Mbappe" and listed
transliterations agree. Two names are flagged when they are nearly the same string but not the same
name: same number of words, the same first name, and a last name one or two letters apart.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from checker.compare.findings import make_finding
from checker.models import Claim, Finding
from checker.rulepack import RulePack

_MIN_LENGTH = 5  # shorter surnames differ by one letter too often to be the same person


def check_name_spellings(per_doc: list[list[Claim]], rules: RulePack) -> list[Finding]:
    first_seen: dict[str, dict[str, Claim]] = defaultdict(dict)  # value -> source -> first claim
    for claims in per_doc:
        for c in claims:
            if c.kind == "name" and c.block == 0:
                first_seen[c.value].setdefault(c.source, c)
    # block by first name and surname initial so only plausible pairs are compared
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for value in first_seen:
        tokens = value.split()
        if len(tokens) >= 2 and len(tokens[-1]) >= _MIN_LENGTH:
            blocks[(tokens[0], tokens[-1][0])].append(value)
    findings = []
    for values in blocks.values():
        values.sort()
        for i, x in enumerate(values):
            for y in values[i + 1:]:
                finding = _pair(x, y, first_seen, rules)
                if finding is not None:
                    findings.append(finding)
    return findings


def reported_words(findings: list[Finding]) -> set[frozenset[str]]:
    """The pairs of last names these findings already flag (so name_words.py does not flag them again)."""
    return {frozenset(c.value.split()[-1] for c in f.claims) for f in findings if f.rule == "NA001"}


def _pair(x: str, y: str, seen: dict[str, dict[str, Claim]], rules: RulePack) -> Finding | None:
    tx, ty = x.split(), y.split()
    if len(tx) != len(ty) or tx[:-1] != ty[:-1]:
        return None
    distance = Levenshtein.distance(tx[-1], ty[-1])
    if distance == 0 or distance > (1 if len(tx[-1]) < 8 else 2):
        return None
    sx, sy = seen[x], seen[y]
    only_x = [s for s in sx if s not in sy]
    only_y = [s for s in sy if s not in sx]
    if not only_x or not only_y:
        return None  # one source using both spellings is a typo inside it, not a disagreement
    a, b = sx[only_x[0]], sy[only_y[0]]
    return make_finding(
        rules, "NA001", fact=f"spelling of {a.raw}",
        message=f"The same name is spelled two ways: '{a.raw}' ({a.source.rsplit('/', 1)[-1]}) "
                f"vs '{b.raw}' ({b.source.rsplit('/', 1)[-1]})",
        why=f"The names differ by {distance} letter{'s' if distance > 1 else ''} after folding accents; "
            "if both spellings are accepted transliterations, list them in rules/aliases.yaml.",
        claims=[a, b])
