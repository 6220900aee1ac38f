"""The match probability of a pair of claims: the prior odds plus the fitted weight of each level of
evidence (Fellegi-Sunter), read from rules/linkage.yaml.

A pair's `Evidence` keeps every comparison's level and weight, so that a finding can say what linked
its claims ("same counted noun (lorry ~ truck, WordNet synonym) +3.1; same event +2.4; ...").
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from checker.align.evidence import levels_of
from checker.align.slots import Slots
from checker.rulepack import Linkage, RulePack


@dataclass(frozen=True, slots=True)
class Evidence:
    probability: float
    weights: tuple[tuple[str, str, float], ...]  # (comparison, level, weight), strongest first

    def reasons(self, top: int = 3) -> tuple[str, ...]:
        """The strongest pieces of evidence for the link, in words: "event: frame"."""
        return tuple(f"{name}: {level}" for name, level, w in self.weights if w > 0)[:top]


def models(rules: RulePack) -> dict[str, Linkage]:
    return {m.id: m for m in rules.linkage}


def score(model: Linkage, a: Slots, b: Slots) -> Evidence:
    levels = levels_of(model.id, a, b)
    weights = []
    total = model.prior
    for name, level in levels.items():
        table = model.features.get(name)
        w = table[level].weight if table and level in table else 0.0
        total += w
        weights.append((name, level, w))
    weights.sort(key=lambda t: -abs(t[2]))
    return Evidence(probability=probability(total), weights=tuple(weights))


def probability(log2_odds: float) -> float:
    if log2_odds > 60:
        return 1.0
    if log2_odds < -60:
        return 0.0
    return 1.0 / (1.0 + math.pow(2.0, -log2_odds))
