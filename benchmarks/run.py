"""Time `crosscheck check --format json` on corpora of 100, 1,000 and 10,000 articles (see README.md).

Each corpus is checked in ONE run, as a desk would check a day's feed filed one folder per story
(`--stories folder`; `--stories one` checks the whole corpus as one story). For each size this prints the
wall time, articles/s, words/s, MB/s, the peak memory of the largest process (the CLI or one of its
workers; from the kernel's rusage of the child) and the peak of the whole process tree (sampled), then
the 10,000/1,000 time ratio, the cold-start time of the seed pair, and, for scale, the speed of one
compiled-regex pass over the same text.

    .venv/bin/python benchmarks/run.py                      # 100, 1,000 and 10,000 articles
    .venv/bin/python benchmarks/run.py --sizes 100,1000 --jobs 1
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import PROJECT, CorpusStats, build_corpus  # noqa: E402

SEED_PAIR = PROJECT / "fixtures" / "seeds-russia-iran-pact" / "sources"


@dataclass
class Result:
    articles: int
    stories: int
    words: int
    megabytes: float
    seconds: float
    articles_per_s: float
    words_per_s: float
    mb_per_s: float
    peak_mb: float  # the largest single process
    tree_peak_mb: float  # all processes together (sampled every 20 ms; shared pages counted in each)
    findings: int
    repeated_paragraphs: float = 0.0  # share of paragraphs seen before in the corpus (what the memo saves)


def main() -> None:
    args = _parse_args()
    command = [args.crosscheck, "check", "--format", "json", "--fail-on", "never", "--stories", args.stories]
    if args.jobs is not None:
        command += ["--jobs", str(args.jobs)]
    results: list[Result] = []
    for size in args.sizes:
        corpus, stats = _corpus(args.out, size, args.seed, args.rebuild)
        runs = [_run(command + [str(corpus)], stats) for _ in range(args.repeat)]
        results.append(min(runs, key=lambda r: r.seconds))
        results[-1].repeated_paragraphs = _repeated_paragraphs(corpus)
        _print_row(results[-1])
    by_size = {r.articles: r for r in results}
    ratio = by_size[10000].seconds / by_size[1000].seconds if 1000 in by_size and 10000 in by_size else None
    if ratio is not None:
        print(f"10,000 / 1,000 articles time ratio: {ratio:.1f}x (linear would be 10x)")
    seed_command = [args.crosscheck, "check", "--format", "json", "--fail-on", "never", str(SEED_PAIR)]
    seed = _cold_start(seed_command, _installed_env())
    print(f"seed pair, cold (a new interpreter each run, bytecode cached as after pip install), best of "
          f"{len(seed)}: {min(seed):.2f} s (median {statistics.median(seed):.2f} s)")
    reference = _regex_reference(args.out, args.sizes, args.seed)
    print(f"for scale: one compiled-regex pass over the same text: {reference:.1f} MB/s")
    report = {"command": command, "results": [asdict(r) for r in results], "ratio_10000_1000": ratio,
              "seed_cold_seconds": seed, "regex_pass_mb_per_s": reference}
    (args.out / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000",
                        type=lambda s: [int(x) for x in s.split(",")], help="corpus sizes, comma-separated")
    parser.add_argument("--jobs", type=int, default=None, help="passed to crosscheck (default: its own)")
    parser.add_argument("--stories", choices=("folder", "one"), default="folder",
                        help="folder (default): one story per folder, as a desk files a day's feed; "
                             "one: the whole corpus as one story")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is reported")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the corpus")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--rebuild", action="store_true", help="rebuild corpora that already exist")
    parser.add_argument("--crosscheck", default=str(PROJECT / ".venv" / "bin" / "crosscheck"))
    return parser.parse_args()


def _corpus(out: Path, size: int, seed: int, rebuild: bool) -> tuple[Path, CorpusStats]:
    """The corpus of this size and seed, built once and reused (its stats are kept beside it)."""
    folder = out / f"corpus-{size}-seed{seed}"
    stamp = out / f"corpus-{size}-seed{seed}.json"
    if rebuild or not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        stats = build_corpus(folder, size, seed)
        stamp.write_text(json.dumps(asdict(stats)), encoding="utf-8")
    return folder, CorpusStats(**json.loads(stamp.read_text(encoding="utf-8")))


def _run(command: list[str], stats: CorpusStats) -> Result:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        sampler = _TreeSampler(child.pid)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)  # the kernel's rusage: peak RSS of the largest process
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        sampler.stop()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    try:
        findings = len(json.loads(stdout)["findings"])
    except (ValueError, KeyError):
        sys.exit(f"benchmarks: crosscheck failed: {stderr.decode(errors='replace')[-2000:]}")
    megabytes = stats.bytes / 1e6
    return Result(articles=stats.articles, stories=stats.stories, words=stats.words, megabytes=round(megabytes, 2),
                  seconds=round(seconds, 3), articles_per_s=round(stats.articles / seconds, 1),
                  words_per_s=round(stats.words / seconds), mb_per_s=round(megabytes / seconds, 3),
                  peak_mb=round(usage.ru_maxrss / 1024, 1), tree_peak_mb=round(sampler.peak / 2**20, 1),
                  findings=findings)


class _TreeSampler(threading.Thread):
    """Peak resident memory of a process and all its descendants, read from /proc (Linux only)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.02):
            self.peak = max(self.peak, _tree_rss(self.pid))

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree_rss(root: int) -> int:
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(p for p, parent in parents.items() if parent == pid)
    return total


def _installed_env() -> dict[str, str]:
    """The environment of an installed tool: pip compiles a package's bytecode when it installs it,
    so a user's first run does not compile every module. An environment that sets
    PYTHONDONTWRITEBYTECODE (as this machine's does) would make every run pay for that compile."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cold_start(command: list[str], env: dict[str, str], runs: int = 10) -> list[float]:
    """Wall time of a new process each run, after one run not counted (which writes the bytecode
    when the environment allows it)."""
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(round(time.perf_counter() - start, 3))
    return times


def _regex_reference(out: Path, sizes: list[int], seed: int) -> float:
    """MB/s of one pass of a compiled pattern (figures and capitalised words) over the largest corpus
    read into memory: the ceiling a regex-driven extractor is measured against."""
    folder = out / f"corpus-{max(sizes)}-seed{seed}"
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.*")))
    pattern = re.compile(r"\d+(?:[.,]\d+)*|\b[A-Z][a-z]+\b")
    start = time.perf_counter()
    pattern.findall(text)
    return len(text.encode("utf-8")) / 1e6 / (time.perf_counter() - start)


def _repeated_paragraphs(folder: Path) -> float:
    """The share of non-empty paragraphs (lines) that appeared earlier in the corpus: the articles of a
    story share wire copy, which crosscheck reads once per run (checker/memo.py), so this says how much
    of the speed comes from that."""
    seen: set[str] = set()
    total = repeated = 0
    for path in sorted(folder.rglob("*.*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                total += 1
                repeated += line in seen
                seen.add(line)
    return round(repeated / max(1, total), 3)


def _print_row(r: Result) -> None:
    print(f"{r.articles:>6} articles ({r.stories} stories, {r.words:,} words, {r.megabytes} MB): "
          f"{r.seconds:.2f} s, {r.articles_per_s:,.0f} articles/s, {r.words_per_s:,} words/s, "
          f"{r.mb_per_s:.2f} MB/s, peak {r.peak_mb:.0f} MB (largest process), "
          f"{r.tree_peak_mb:.0f} MB (all processes), {r.findings} findings, "
          f"{r.repeated_paragraphs:.0%} of paragraphs repeated", flush=True)


if __name__ == "__main__":
    main()
