#!/usr/bin/env python3
"""Choose the severity thresholds of rules/linkage.yaml (warning_at, error_at) on labelled cases.

    python scripts/calibrate_linkage.py --cases DIR [--cases DIR ...] [--write] [--jobs N]

A finding's severity is its check's, capped by its link's match probability (error at or above
error_at, warning at or above warning_at, info below), then lowered one step per doubt
(checker/compare/findings.py). This script runs the weighed aligner once per case with no cap, keeps
each finding's link probability, doubts and uncapped severity, and labels the finding true when it
cites claims overlapping mentions of two different sides of one of the case's discrepancies (as
bench/score.py matches them); any other finding counts as a false alarm, so natural discrepancies
of unlabelled real news count against (conservative). Then, over a grid, it takes the lowest
thresholds at which errors are at least 95% true and errors and warnings together at least 75% true
(the issue's calibration targets), and prints, for the chosen and a few other settings, how many
findings of each severity are true and how many labelled discrepancies are found.

With --write (only when the targets are met) the chosen thresholds replace warning_at and error_at of every family in
rules/linkage.yaml, with this run's figures in the provenance. Deterministic for the same cases.
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.models import SEVERITY_RANK  # noqa: E402
from checker.options import Options  # noqa: E402
from checker.pipeline import check  # noqa: E402
from checker.rulepack import load_rules  # noqa: E402

ERROR_PRECISION = 0.95
REPORTED_PRECISION = 0.75
_GRID = [round(0.5 + 0.01 * k, 2) for k in range(50)] + [0.995, 0.999]
_LOWER = {"error": "warning", "warning": "info", "info": "info"}
_RAISE = {"info": "warning", "warning": "error", "error": "error"}


@dataclass(frozen=True)
class Scored:
    case: str
    kind: str
    probability: float | None  # None: linked by a hard rule, not capped by thresholds
    doubts: int
    uncapped: str  # severity with no link cap
    discrepancy: str | None  # the labelled discrepancy it matches, or None


def _case_text(case: Path) -> dict:
    text = (case / "case.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _locate(case: Path, mention: dict) -> tuple[str, int, int] | None:
    path = case / mention["source"]
    text = path.read_text(encoding="utf-8", errors="replace")
    at = -1
    for _ in range(int(mention.get("occurrence", 1))):
        at = text.find(mention["text"], at + 1)
        if at < 0:
            return None
    return str(path.resolve()), at, at + len(mention["text"])


def score_case(case_dir: str, align: str = "weighed") -> tuple[str, int, list[Scored]]:
    """(case, number of labelled discrepancies, its findings) with no link cap."""
    case = Path(case_dir)
    truth = _case_text(case)
    rules = load_rules()
    for model in rules.linkage:
        model.warning_at = model.error_at = 0.0
    sources = sorted(str(p.resolve()) for p in (case / "sources").iterdir() if p.is_file())
    report = check(sources, Options(align=align), rules=rules, detail=False)  # type: ignore[arg-type]
    sides = {}
    for d in truth.get("discrepancies") or []:
        sides[d["id"]] = [[loc for m in side if (loc := _locate(case, m))] for side in d["sides"]]
    out = []
    for f in report.findings:
        hit = None
        for did, locs in sides.items():
            touched = {k for k, side in enumerate(locs) for c in f.claims for (src, s, e) in side
                       if str(Path(c.source).resolve()) == src and c.start < e and s < c.end}
            if len(touched) >= 2:
                hit = did
                break
        out.append(Scored(case.name, f.kind, f.link_probability, len(f.doubts), f.severity, hit))
    return case.name, len(sides), out


def severity_at(f: Scored, warning_at: float, error_at: float) -> str:
    if f.probability is None or f.uncapped == "info":
        return f.uncapped
    level = f.uncapped
    for _ in range(f.doubts):
        level = _RAISE[level]  # back to the check's own severity before doubts
    cap = "error" if f.probability >= error_at else "warning" if f.probability >= warning_at else "info"
    if SEVERITY_RANK[cap] < SEVERITY_RANK[level]:
        level = cap
    for _ in range(f.doubts):
        level = _LOWER[level]
    return level


def tally(findings: list[Scored], gold: int, warning_at: float, error_at: float) -> dict:
    counts = {"error": [0, 0], "warning": [0, 0]}
    found = set()
    for f in findings:
        level = severity_at(f, warning_at, error_at)
        if level in counts:
            counts[level][1] += 1
            if f.discrepancy:
                counts[level][0] += 1
                found.add((f.case, f.discrepancy))
    reported = [counts["error"][0] + counts["warning"][0], counts["error"][1] + counts["warning"][1]]
    return {"warning_at": warning_at, "error_at": error_at, "errors": counts["error"],
            "warnings": counts["warning"], "reported": reported, "found": len(found), "gold": gold}


def _precision(pair: list[int]) -> float:
    return pair[0] / pair[1] if pair[1] else 1.0


def choose(findings: list[Scored], gold: int) -> tuple[dict, list[dict]]:
    rows = [tally(findings, gold, w, e) for e in _GRID for w in _GRID if w <= e]
    ok = [r for r in rows if _precision(r["errors"]) >= ERROR_PRECISION
          and _precision(r["reported"]) >= REPORTED_PRECISION]
    pool = ok or rows
    best = max(pool, key=lambda r: (r["found"], r["errors"][0], -r["warning_at"], -r["error_at"]))
    return best, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", action="append", required=True, help="a folder of case folders")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--write", action="store_true", help="write the thresholds into rules/linkage.yaml")
    ap.add_argument("--align", default="weighed", choices=["weighed", "frames"],
                    help="the aligner to score (frames: for comparison; its links carry no probability)")
    ap.add_argument("--dump", help="write the uncapped findings as JSON to this file")
    args = ap.parse_args()
    cases = sorted(str(c) for d in args.cases for c in Path(d).iterdir() if (c / "case.yaml").is_file())
    findings: list[Scored] = []
    gold = 0
    with ProcessPoolExecutor(args.jobs) as pool:
        for _, n, scored in pool.map(score_case, cases, [args.align] * len(cases), chunksize=4):
            gold += n
            findings.extend(scored)
    best, rows = choose(findings, gold)
    met = any(_precision(r["errors"]) >= ERROR_PRECISION and _precision(r["reported"]) >= REPORTED_PRECISION
               for r in rows)
    if not met:
        print("No thresholds meet the precision targets on these cases: the link probability alone "
              "does not separate true findings from false ones; the most recall is shown.")
    print(f"{len(cases)} cases, {gold} labelled discrepancies, {len(findings)} uncapped findings")
    print("warning_at error_at  errors(true/all)  warnings(true/all)  found/gold")
    shown = [r for r in rows if (r["warning_at"], r["error_at"]) in
             {(0.5, 0.5), (0.75, 0.95), (0.9, 0.99), (0.95, 0.999), (0.99, 0.999), (best["warning_at"], best["error_at"])}]
    for r in shown:
        mark = "  <- chosen" if r is best else ""
        print(f"{r['warning_at']:>10} {r['error_at']:>8}  {r['errors'][0]:>6}/{r['errors'][1]:<8} "
              f"{r['warnings'][0]:>6}/{r['warnings'][1]:<10} {r['found']}/{r['gold']}{mark}")
    if args.dump:
        Path(args.dump).write_text(json.dumps([f.__dict__ for f in findings]), encoding="utf-8")
    if args.write and not met:
        print("Nothing written: thresholds that miss the targets would claim a precision they lack.")
        return 1
    if args.write:
        _write(best, cases, args.cases)
    return 0


def _write(best: dict, cases: list[str], folders: list[str]) -> None:
    path = ROOT / "rules" / "linkage.yaml"
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))
    note = (f" Thresholds warning_at {best['warning_at']}, error_at {best['error_at']} chosen by"
            f" scripts/calibrate_linkage.py on {len(cases)} cases ({', '.join(Path(f).name for f in folders)}):"
            f" errors {best['errors'][0]}/{best['errors'][1]} true, warnings {best['warnings'][0]}/"
            f"{best['warnings'][1]} true, {best['found']}/{best['gold']} labelled discrepancies found.")
    for model in data["linkage"]:
        model["warning_at"], model["error_at"] = best["warning_at"], best["error_at"]
        model["provenance"] = model["provenance"].split(" Thresholds ")[0] + note
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110),
                    encoding="utf-8")
    print(json.dumps({"written": str(path), "warning_at": best["warning_at"], "error_at": best["error_at"]}))


if __name__ == "__main__":
    raise SystemExit(main())
