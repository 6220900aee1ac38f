#!/usr/bin/env python3
"""Fit the alignment's evidence weights (rules/linkage.yaml) on labelled pairs of claims.

    python scripts/fit_linkage.py --cases DIR [--cases DIR ...] [--mentions CLUSTERS MENTIONS]
                                  [--out rules/linkage.yaml] [--note TEXT]

Labelled pairs come from:
- case folders (`sources/` + `case.yaml`, the format of fixtures/ and of plant.py's output): the claims
  overlapping the mentions of one discrepancy, or of one `same_fact` trap, are one fact (matches);
  the claims of two sides of a trap without `same_fact` are two facts (non-matches);
- ECB+ cross-document coreference (`--mentions CLUSTERS_DIR MENTIONS_DIR`): claims overlapping gold
  time or place mentions of one instance are matches, of different instances non-matches.
Every other candidate pair the blocking proposes is counted among the non-matches, as Splink
estimates u from random pairs: a candidate pair is far more often two facts than one.

For each comparison level, m = P(level | match) and u = P(level | non-match), with add-one
smoothing; the level's weight is log2(m / u) (Fellegi-Sunter). The prior is the log2 odds of a
labelled match among the candidates. `link_at` is the match probability that maximises F1 on the
labelled pairs (unlabelled candidates counted against at a quarter weight). It is reported in the
provenance; the link_at in use, `warning_at` and `error_at` (the severity a conflict on a link of that
probability may reach) are kept from the previous file: they are chosen end to end on labelled cases
(scripts/calibrate_linkage.py), since a finding's worth depends on more than its link.

Deterministic: same inputs, same file. The output records what it was fitted on (provenance).
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.align.graph import alignable as _alignable, block_pairs as _pairs  # noqa: E402
from checker.align.weighed import _blocks  # noqa: E402
from checker.align.evidence import FAMILY_COMPARISONS, LEVELS, levels_of  # noqa: E402
from checker.align.rules import ordinal_counts_occurrences  # noqa: E402
from checker.align.salience import distinctive  # noqa: E402
from checker.align.slots import slots_of  # noqa: E402
from checker.models import Claim  # noqa: E402
from checker.options import Options  # noqa: E402
from checker.pipeline import collect_claims, load_documents  # noqa: E402
from checker.rulepack import load_rules  # noqa: E402

FAMILIES = tuple(FAMILY_COMPARISONS)
_ECB_TYPES = {"TIME_DATE": "date", "LOC_GEO": "place", "LOC_FAC": "place", "LOC_OTHER": "place"}

Pair = tuple[str, dict[str, str], bool | None]  # family, levels, label (None: unlabelled)


@lru_cache(maxsize=1)
def _rules():
    return load_rules()


def story_claims(paths: list[str]) -> list[Claim]:
    rules = _rules()
    options = Options(jobs=1)
    docs = load_documents(paths, options, rules, lambda _m: None)
    per_doc = collect_claims(docs, rules, options)
    return [c for cs in per_doc for c in cs if _alignable(c)]


def candidate_pairs(claims: list[Claim]) -> list[tuple[int, int, str, dict[str, str]]]:
    slots = distinctive([slots_of(c) for c in claims])
    seen: set[tuple[int, int]] = set()
    out = []
    for members in _blocks(claims, slots).values():
        for i, j in _pairs(members):
            if (i, j) in seen or claims[i].source == claims[j].source:
                continue
            seen.add((i, j))
            family = slots[i].family
            if family not in FAMILIES:
                continue
            if claims[i].kind == "ordinal" and not (ordinal_counts_occurrences(claims[i])
                                                    and ordinal_counts_occurrences(claims[j])):
                continue
            out.append((i, j, family, levels_of(family, slots[i], slots[j])))
    return out


def _locate(case: Path, mention: dict) -> tuple[str, int, int]:
    text = (case / mention["source"]).read_text(encoding="utf-8")
    pos = -1
    for _ in range(int(mention.get("occurrence", 1))):
        pos = text.find(mention["text"], pos + 1)
        if pos < 0:
            raise ValueError(f"{case}: no {mention['text']!r} in {mention['source']}")
    return Path(mention["source"]).name, pos, pos + len(mention["text"])


def _over(c: Claim, loc: tuple[str, int, int]) -> bool:
    return Path(c.source).name == loc[0] and c.start < loc[2] and loc[1] < c.end


def case_pairs(case: Path) -> list[Pair]:
    truth = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8")) or {}
    claims = story_claims([str(case / "sources")])
    group: dict[int, set[int]] = defaultdict(set)  # claim -> labelled groups it belongs to
    apart: set[tuple[int, int]] = set()
    n = 0
    for entry in truth.get("discrepancies", []) + [t for t in truth.get("consistent", []) if t.get("same_fact")]:
        for side in entry["sides"]:
            for m in side:
                loc = _locate(case, m)
                for k, c in enumerate(claims):
                    if _over(c, loc):
                        group[k].add(n)
        n += 1
    for trap in truth.get("consistent", []):
        if trap.get("same_fact"):
            continue
        sides = [[k for m in side for k, c in enumerate(claims) if _over(c, _locate(case, m))] for side in trap["sides"]]
        for x in range(len(sides)):
            for y in range(x + 1, len(sides)):
                apart.update((min(i, j), max(i, j)) for i in sides[x] for j in sides[y])
    out: list[Pair] = []
    for i, j, family, levels in candidate_pairs(claims):
        if group[i] & group[j]:
            label: bool | None = True
        elif (i, j) in apart:
            label = False
        else:
            label = None
        out.append((family, levels, label))
    return out


def ecb_pairs(cluster: Path, mentions: Path) -> list[Pair]:
    gold = [json.loads(line) for line in mentions.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if g["type"] in _ECB_TYPES]
    claims = story_claims([str(cluster)])
    instances: dict[int, set[str]] = defaultdict(set)
    for k, c in enumerate(claims):
        for g in gold:
            if Path(c.source).name == g["doc"] and c.start < g["end"] and g["start"] < c.end:
                instances[k].add(g["instance"])
    out: list[Pair] = []
    for i, j, family, levels in candidate_pairs(claims):
        if instances[i] and instances[j]:
            out.append((family, levels, bool(instances[i] & instances[j])))
        else:
            out.append((family, levels, None))
    return out


def fit(pairs: list[Pair], rounds: int = 8) -> dict[str, dict]:
    """Per family: m and u of every level. m is counted on the labelled matches only (what one fact
    written twice looks like). u is estimated by expectation-maximisation over the candidates
    (Splink's way): each unlabelled pair counts towards the non-matches by its current probability of
    being two facts, so the true matches hidden among the unlabelled candidates (another shared
    fact of the story) do not pass for non-matches; the first round counts them all as non-matches.
    Keeping m on labelled pairs stops EM from drifting to "pairs worded alike" as its match class."""
    fitted: dict[str, dict] = {}
    for family in FAMILIES:
        names = FAMILY_COMPARISONS[family]
        groups: Counter[tuple[tuple[str, ...], bool | None]] = Counter(
            (tuple(lv[n] for n in names), lab) for fam, lv, lab in pairs if fam == family)
        if not any(lab is True for _, lab in groups):
            continue
        share = {key: (1.0 if key[1] is True else 0.0) for key in groups}
        for _ in range(rounds):
            model = _estimate(names, groups, share)
            share = {key: (1.0 if key[1] is True else 0.0 if key[1] is False
                           else _prob(model, dict(zip(names, key[0])))) for key in groups}
        model = _estimate(names, groups, share)
        mine = [(dict(zip(names, lv)), lab) for (lv, lab), n in groups.items() for _ in range(n)]
        model["n_matches"] = sum(n for (_, lab), n in groups.items() if lab is True)
        model["n_labelled_non"] = sum(n for (_, lab), n in groups.items() if lab is False)
        model["n_others"] = sum(n for (_, lab), n in groups.items() if lab is None)
        model["link_at"] = _best_threshold(model, mine)
        fitted[family] = model
    return fitted


def _estimate(names: tuple[str, ...], groups: Counter, share: dict) -> dict:
    labelled = {k: (1.0 if k[1] is True else 0.0) for k in groups}
    total_prior = sum(n * share[k] for k, n in groups.items())
    model = _counts(names, groups, labelled, share)
    model["prior"] = round(math.log2(max(total_prior, 1e-9) / max(sum(groups.values()) - total_prior, 1.0)), 3)
    return model


def _counts(names: tuple[str, ...], groups: Counter, m_share: dict, share: dict) -> dict:
    """m, u and weight of each level from (soft) counts. Smoothing adds one pseudo-pair per level on
    each side in proportion to the side's size, so a level never seen gets weight 0, not a guess."""
    total_m = sum(n * m_share[k] for k, n in groups.items())
    total_u = sum(n * (1 - share[k]) for k, n in groups.items())
    features: dict[str, dict] = {}
    for pos, name in enumerate(names):
        levels = LEVELS[name]
        cm: Counter[str] = Counter()
        cu: Counter[str] = Counter()
        for key, n in groups.items():
            cm[key[0][pos]] += n * m_share[key]
            cu[key[0][pos]] += n * (1 - share[key])
        table = {}
        for level in levels:
            m = (cm[level] + 1) / (total_m + len(levels))
            u = (cu[level] + total_u / max(total_m, 1e-9)) / (total_u + len(levels) * total_u / max(total_m, 1e-9))
            table[level] = {"m": round(m, 5), "u": round(u, 5), "weight": round(math.log2(m / u), 3),
                            "matches": round(cm[level]), "non_matches": round(cu[level])}
        features[name] = table
    return {"prior": round(math.log2(max(total_m, 1e-9) / max(total_u, 1.0)), 3), "features": features}


def _prob(model: dict, levels: dict[str, str]) -> float:
    total = model["prior"] + sum(model["features"][k][v]["weight"] for k, v in levels.items())
    return 1.0 / (1.0 + 2.0 ** -max(-60.0, min(60.0, total)))


def _best_threshold(model: dict, pairs: list[tuple[dict, bool | None]]) -> float:
    """The probability that maximises F1 over the labelled pairs, with the unlabelled candidates
    counted against too, weighted down (likely, not surely, two facts): labelled non-matches are few
    (the traps, ECB+'s other instances), and without the candidates every threshold looks precise."""
    scored = sorted(((_prob(model, lv), lab) for lv, lab in pairs), key=lambda t: -t[0])
    total_pos = sum(1 for _, lab in scored if lab is True)
    best, best_f1, tp, fp = 0.5, -1.0, 0, 0.0
    for p, lab in scored:
        if lab is True:
            tp += 1
        else:
            fp += 1.0 if lab is False else 0.25  # an unlabelled candidate is likely, not surely, two facts
        prec, rec = tp / max(1e-9, tp + fp), tp / max(1, total_pos)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        if f1 > best_f1 and 0.02 <= p <= 0.98:
            best, best_f1 = p, f1
    return round(min(0.95, max(0.05, best)), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", action="append", default=[], help="a folder of case folders (repeatable)")
    ap.add_argument("--mentions", nargs=2, action="append", default=[], metavar=("CLUSTERS", "MENTIONS"))
    ap.add_argument("--out", default=str(ROOT / "rules" / "linkage.yaml"))
    ap.add_argument("--note", default="", help="words for the provenance (e.g. the plant.py seeds used)")
    args = ap.parse_args()
    pairs: list[Pair] = []
    sources: list[str] = []
    for folder in args.cases:
        cases = sorted(p for p in Path(folder).iterdir() if (p / "case.yaml").is_file())
        for case in cases:
            pairs += case_pairs(case)
        sources.append(f"{len(cases)} case folders in {Path(folder).name}/")
    for clusters, mentions in args.mentions:
        n = 0
        for gold in sorted(Path(mentions).glob("*.jsonl")):
            cluster = Path(clusters) / gold.stem
            if cluster.is_dir():
                pairs += ecb_pairs(cluster, gold)
                n += 1
        sources.append(f"ECB+ time and place coreference of {n} clusters ({Path(mentions).name}/)")
    fitted = fit(pairs)
    write(Path(args.out), fitted, sources, args.note)


def write(out: Path, fitted: dict[str, dict], sources: list[str], note: str) -> None:
    old = {}
    if out.is_file():
        old = {e["id"]: e for e in (yaml.safe_load(out.read_text(encoding="utf-8")) or {}).get("linkage", [])}
    entries = []
    for family, model in fitted.items():
        prev = old.get(family, {})
        provenance = (f"Fitted by scripts/fit_linkage.py on {'; '.join(sources)}{'; ' + note if note else ''}: "
                      f"{model['n_matches']} labelled matches, {model['n_labelled_non']} labelled non-matches, "
                      f"{model['n_others']} other candidate pairs counted as non-matches; the F1-best link_at "
                      f"on those pairs is {model['link_at']}.")
        entries.append({
            "id": family,
            "description": prev.get("description", f"Evidence that two {family} claims are one fact."),
            "prior": model["prior"], "link_at": prev.get("link_at", model["link_at"]),
            "warning_at": prev.get("warning_at", max(model["link_at"], 0.5)),
            "error_at": prev.get("error_at", max(model["link_at"], 0.8)),
            **({"restated_at": prev["restated_at"]} if "restated_at" in prev else {}),
            "provenance": provenance,
            "features": model["features"],
            "examples": prev.get("examples", []),
        })
    header = ("# Linkage: fitted weights of evidence that two claims are one fact (checker/align/).\n"
              "# Generated by scripts/fit_linkage.py; descriptions, examples and the thresholds (link_at,\n"
              "# warning_at, error_at: scripts/calibrate_linkage.py) are kept from the previous file when refitting.\n")
    out.write_text(header + yaml.safe_dump({"linkage": entries}, sort_keys=False, allow_unicode=True, width=110),
                   encoding="utf-8")
    for e in entries:
        print(f"{e['id']}: prior {e['prior']}, link_at {e['link_at']}; {e['provenance']}", file=sys.stderr)


if __name__ == "__main__":
    main()
