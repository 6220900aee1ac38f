"""The long fuzz run (not part of CI): `python tests/fuzz.py --count 100000 --seed 1`.

Input i is generated from `random.Random(f"{seed}:{i}")`, so a run is deterministic and any failure
is replayed alone with `--only i`. Each input is a file's bytes in a random format (plain text, front
matter, JSON, JSONL, UTF-16 with and without BOM, Latin-1, damaged UTF-8, random bytes) built around
news-like sentences full of figures and dates. It goes through ingest, sentences, extract and
normalize (tests/hostile/invariants.py): no exception but a one-line InputError, and
`text[start:end] == raw` everywhere. Every --deep-every'th input (default 5) also runs twice, with
the same output both times, and through align and compare against a companion article. An input
that takes longer than --slow seconds counts as a failure too. Prints one summary line: inputs,
seconds, failures.
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile.generate import article_text, file_bytes  # noqa: E402
from hostile.invariants import check_input  # noqa: E402

from checker.extract.sentences import split_sentences  # noqa: E402
from checker.models import Source  # noqa: E402
from checker.options import Options  # noqa: E402
from checker.rulepack import load_rules  # noqa: E402

COMPANION = ("Officials said 12 people were killed on Monday, January 13, 2025. About 1,300 homes lost "
             "power, and the pact will be signed on Friday in Moscow, the Kremlin said.")


def make_input(seed: int, index: int) -> tuple[bytes, str]:
    rng = random.Random(f"{seed}:{index}")
    if index % 3 == 0:
        return article_text(rng).encode("utf-8"), ".txt"
    return file_bytes(rng)


_STATE: dict[str, object] = {}


def _setup(seed: int, slow: float, verbose: bool, deep_every: int) -> None:
    """Per worker: the rule pack and the companion article, built once."""
    _STATE.update(seed=seed, slow=slow, verbose=verbose, deep_every=deep_every, rules=load_rules(), options=Options(),
                  companion=split_sentences(Source(path="companion.txt", text=COMPANION)))


def run_one(index: int) -> tuple[int, str, int, str | None, float]:
    """(index, suffix, size, problem or None, seconds) for input `index`."""
    data, suffix = make_input(int(_STATE["seed"]), index)  # type: ignore[call-overload]
    began = time.perf_counter()
    try:
        deep = index % int(_STATE["deep_every"]) == 0  # type: ignore[call-overload]
        check_input(data, suffix, _STATE["rules"], _STATE["options"],  # type: ignore[arg-type]
                    _STATE["companion"] if deep else None, twice=deep)  # type: ignore[arg-type]
        problem = None
    except Exception as exc:  # noqa: BLE001 - recording every failure is the point of a fuzzer
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        problem = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}: {str(exc)[:160]}"
        if _STATE["verbose"]:
            traceback.print_exc()
    took = time.perf_counter() - began
    if problem is None and took > float(_STATE["slow"]):  # type: ignore[arg-type]
        problem = f"slow: more than {_STATE['slow']:g} s"
    return index, suffix, len(data), problem, took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="number of inputs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="first input index")
    parser.add_argument("--only", type=int, default=None, help="replay one input and print its traceback")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds after which an input is a failure")
    parser.add_argument("--show", type=int, default=3, help="examples printed per kind of failure")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (the result does not depend on it)")
    parser.add_argument("--deep-every", type=int, default=5,
                        help="every Nth input also runs twice (same output?) and through align and compare")
    args = parser.parse_args(argv)

    indexes = [args.only] if args.only is not None else list(range(args.start, args.start + args.count))
    failures: Counter[str] = Counter()
    slowest = (0.0, -1)
    started = time.perf_counter()
    setup = (args.seed, args.slow, args.only is not None, 1 if args.only is not None else args.deep_every)
    if args.jobs > 1:
        pool = multiprocessing.get_context("fork").Pool(args.jobs, initializer=_setup, initargs=setup)
        results = pool.imap(run_one, indexes, chunksize=50)
    else:
        _setup(*setup)
        pool, results = None, map(run_one, indexes)
    for index, suffix, size, problem, took in results:
        slowest = max(slowest, (took, index))
        if problem is not None:
            kind = problem.split(": ")[0]
            failures[kind] += 1
            if failures[kind] <= args.show:
                print(f"input {index} ({suffix}, {size} bytes): {problem}", file=sys.stderr, flush=True)
    if pool is not None:
        pool.close()
        pool.join()
    seconds = time.perf_counter() - started
    for kind, n in failures.most_common():
        print(f"  {n} x {kind}", file=sys.stderr)
    print(f"fuzz: seed {args.seed}, inputs {len(indexes)}, seconds {seconds:.1f}, "
          f"failures {sum(failures.values())} ({len(failures)} kinds), "
          f"slowest input {slowest[1]} at {slowest[0]:.2f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
