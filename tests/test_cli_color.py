"""--version, --color auto|always|never and NO_COLOR (issue 15)."""
from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from checker import cli
from checker.cli import main, use_color

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds-russia-iran-pact" / "sources"
ESC = "\x1b["


def _invoke(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["crosscheck", *args])
    with pytest.raises(SystemExit) as info:
        main()
    out = capsys.readouterr()
    return int(info.value.code or 0), out.out, out.err


def test_version(monkeypatch, capsys):
    code, out, err = _invoke(monkeypatch, capsys, "--version")
    assert (code, out, err) == (0, f"crosscheck {version('crosscheck')}\n", "")


def test_color_always_colours_a_pipe_and_never_does_not(monkeypatch, capsys):
    monkeypatch.delenv("NO_COLOR", raising=False)
    code, out, _ = _invoke(monkeypatch, capsys, "check", "--color", "always", str(SEEDS))
    assert code == 1 and ESC in out
    code, out, _ = _invoke(monkeypatch, capsys, "check", "--color", "never", str(SEEDS))
    assert code == 1 and ESC not in out and "DT001" in out


def test_a_bad_color_choice_is_one_line(monkeypatch, capsys):
    code, out, err = _invoke(monkeypatch, capsys, "check", "--color", "sometimes", str(SEEDS))
    assert code == 2 and out == "" and err == "crosscheck: --color 'sometimes': expected auto, always or never\n"


@pytest.mark.parametrize(("choice", "no_color", "term", "tty", "output", "expected"), [
    (None, "", "xterm", True, None, True),        # auto on a terminal
    ("auto", "", "xterm", False, None, False),    # a pipe
    (None, "1", "xterm", True, None, False),      # NO_COLOR set to anything
    (None, "", "dumb", True, None, False),
    (None, "", "xterm", True, "report.txt", False),  # never into a file
    ("always", "1", "dumb", False, "report.txt", True),
    ("never", "", "xterm", True, None, False),
])
def test_use_color(monkeypatch, choice, no_color, term, tty, output, expected):
    monkeypatch.setenv("NO_COLOR", no_color)
    monkeypatch.setenv("TERM", term)
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: tty)
    assert use_color(choice, output) is expected
