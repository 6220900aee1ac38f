"""Align: decide which claims from different sources speak of the same fact.

Two aligners, chosen by `Options.align` (`--align`, `align = ...` in the config):
- "frames" (the default, align/vetoed.py): blocks by frame, measure and person, and a pair is linked
  when the rules of align/similarity.py all let it through;
- "weighed" (align/weighed.py): claim alignment as record linkage, the way record-linkage tools do it:
  1. slots (align/slots.py): each claim's counted noun, event, names, period, role..., as lemmas;
  2. blocking: a claim meets the claims of its kind and unit that share any plausible key with it, so
     none is dropped for want of a frame word;
  3. scoring (align/evidence.py, align/linkage.py): each comparison of slots gives a level whose fitted
     weight (rules/linkage.yaml, fitted by scripts/fit_linkage.py) adds to the pair's log-odds;
  4. story-level choice (align/choose.py): one value per source for a fact;
  5. facts (align/facts.py): the chosen links merged most probable first, never two disagreeing
     values of one source in one fact (rule one-value-per-source); names and words the whole story
     repeats weigh nothing (align/salience.py, term-frequency adjustment).
  Titles and quotes are linked by named rules (align/rules.py).
The weighed aligner finds more on unseen news (docs/alignment.md has the measurements) but still
misses fixtures the frame aligner passes; it becomes the default when it passes them (issue 12).
"""
from __future__ import annotations

from checker.align import vetoed, weighed
from checker.align.graph import ALIGNED_KINDS
from checker.models import Alignment, Claim, Document
from checker.rulepack import RulePack

ALIGNERS = {"frames": vetoed.align, "weighed": weighed.align}


def align(docs: list[Document], per_doc: list[list[Claim]], rules: RulePack,
          method: str = "frames") -> Alignment:
    return ALIGNERS[method](docs, per_doc, rules)


__all__ = ["align", "ALIGNED_KINDS", "ALIGNERS"]
