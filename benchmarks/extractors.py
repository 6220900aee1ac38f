"""Words per second of the date and number extractors alone, on news text (the fixtures' sources).

Speed goals are measured here, not asserted in timed tests:

    .venv/bin/python benchmarks/extractors.py
"""
from __future__ import annotations

import time
from pathlib import Path

from checker.extract.dates import find_dates
from checker.extract.numbers import find_numbers
from checker.options import Options
from checker.pipeline import load_documents
from checker.rulepack import load_rules

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    rules = load_rules()
    paths = [str(p) for p in sorted((ROOT / "fixtures").glob("*/sources"))]
    docs = load_documents(paths, Options(), rules, lambda _msg: None)
    words = sum(len(d.source.text.split()) for d in docs)
    for name, extract in (("dates", lambda d: find_dates(d)), ("numbers", find_numbers)):
        best = float("inf")
        for _ in range(5):
            started = time.process_time()
            for doc in docs:
                extract(doc)
            best = min(best, time.process_time() - started)
        print(f"{name:8} {words / best:>10,.0f} words/s (CPU time, best of 5, {words:,} words)")


if __name__ == "__main__":
    main()
