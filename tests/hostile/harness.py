"""Run the real command line in-process, with a wall-clock limit, and read what it wrote.

In-process because starting Python and importing the pipeline costs seconds per run, and the hostile
corpus has dozens of cases; `main()` is the console entry point itself, so exit status, standard
output and standard error are exactly what a user sees. A run that exceeds its time limit is stopped
by SIGALRM with an exception that `main()` cannot swallow (it is not an `Exception`).
"""
from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from checker.cli import main

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
RULES = HERE / "rules"


class Hung(BaseException):
    """Raised by the alarm: the run took longer than the test allows."""


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.err_lines if line.startswith("crosscheck: warning: ")]


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def _alarm(signum: int, frame: object) -> None:
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
            seconds: float = 20) -> Run:
    """`crosscheck ARGS` as the console script runs it; asserts it never leaks a traceback."""
    monkeypatch.setattr(sys, "argv", ["crosscheck", *args])
    capsys.readouterr()
    with time_limit(seconds), pytest.raises(SystemExit) as exited:
        main()
    captured = capsys.readouterr()
    code = exited.value.code if isinstance(exited.value.code, int) else 0
    run = Run(code=code, out=captured.out, err=captured.err)
    assert "Traceback" not in run.err and "Traceback" not in run.out, run.err
    assert "internal error" not in run.err, run.err
    return run


def assert_one_line_failure(run: Run, *fragments: str) -> None:
    """The contract for unusable input: exit 2, nothing on stdout, one line on stderr naming it."""
    assert run.code == 2, (run.code, run.err)
    assert run.out == "", run.out
    assert len(run.err_lines) == 1, run.err
    line = run.err_lines[0]
    assert line.startswith("crosscheck: ") and not line.startswith("crosscheck: warning:"), line
    for fragment in fragments:
        assert fragment in line, (fragment, line)
