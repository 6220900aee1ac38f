"""`crosscheck claims` end to end on small inline sources and on the seed articles; pint is
imported only when a unit outside the built-in table needs converting."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


ROOT = Path(__file__).parents[1]
CLI = [sys.executable, "-m", "checker.cli"] if not (ROOT / ".venv/bin/crosscheck").exists() \
    else [str(ROOT / ".venv/bin/crosscheck")]
SEEDS = ROOT / "fixtures" / "seeds-russia-iran-pact" / "sources"


def _claims(*paths: Path) -> list[dict]:
    out = subprocess.run(CLI + ["claims", "--format", "json", *map(str, paths)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout)["claims"]


def test_claims_cli_on_inline_source(tmp_path: Path) -> None:
    src = tmp_path / "a.md"
    src.write_text("The earthquake killed at least 32 people and injured more than 140, officials said.\n"
                   "The epicentre was 12 km (7.5 miles) deep and cost $2.3bn.\n", encoding="utf-8")
    got = {(c["raw"], c["value"], c["qualifier"]) for c in _claims(src)}
    assert {("at least 32", "32", "at-least"), ("more than 140", "140", "more-than"),
            ("12 km", "12 km", "exact"), ("7.5 miles", "7.5 mi", "exact"),
            ("$2.3bn", "2300000000 USD", "exact")} <= got
    text = src.read_text(encoding="utf-8")
    for c in _claims(src):
        assert text[c["start"]:c["end"]] == c["raw"]


SEED_FIGURES = {
    ("Over 100", "100", "more-than"), ("more than 140", "140", "more-than"),
    ("approximately 350", "350", "about"), ("1.3 million kilometers", "1300000 km", "exact"),
    ("808,000 miles", "808000 mi", "exact"), ("an estimated $10 trillion", "10000000000000 USD", "about"),
    ("$245 billion", "245000000000 USD", "exact"), ("66%", "66%", "exact"),
    ("50 billion cubic meters", "50000000000 m3", "exact"), ("85-year-old", "85", "exact"),
    ("eight", "8", "exact"), ("11th", "11", "exact"),
    ("tens of billions of dollars", "20000000000 USD", "at-least"), ("hundreds", "200", "at-least"),
}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed fixtures not in this checkout")
def test_seed_figures() -> None:
    claims = _claims(SEEDS)
    got = {(c["raw"], c["value"], c["qualifier"]) for c in claims}
    assert SEED_FIGURES <= got, SEED_FIGURES - got
    raws = {c["raw"] for c in claims if c["kind"] in ("number", "money", "quantity")}
    assert not raws & {"2015", "2023", "300", "35", "130", "2025"}  # years and model numbers


def test_pint_is_imported_only_for_units_outside_the_table(tmp_path: Path) -> None:
    code = ("import sys\nfrom checker.pipeline import check\n"
            f"check([{str(tmp_path / 'a.md')!r}])\nprint('pint' in sys.modules)\n"
            f"check([{str(tmp_path / 'b.md')!r}])\nprint('pint' in sys.modules)\n")
    (tmp_path / "a.md").write_text("The cable is 1.3 million kilometers (808,000 miles) long.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("The plant produced 7.3 MWh on Monday.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "True"]


def test_a_pint_cache_that_cannot_be_used_only_costs_time(tmp_path: Path) -> None:
    """pint's on-disk registry cache is a speed-up, never a requirement: with a home that cannot hold
    it, or a cache that fails to load, units outside the table are still converted."""
    code = ("import pint\nfrom checker.normalize import units\n"
            "real = pint.UnitRegistry\n"
            "def broken(*args, **kwargs):\n"
            "    if kwargs.get('cache_folder'):\n"
            "        raise OSError('cache unusable')\n"
            "    return real(*args, **kwargs)\n"
            "pint.UnitRegistry = broken\n"
            "unit, symbol = units.find_unit('MWh')\n"
            "print(units.to_base(7.3, unit, symbol))\n")
    for home in (str(tmp_path / "missing" / "home"), str(tmp_path)):
        env = {**os.environ, "HOME": home, "XDG_CACHE_HOME": home}
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == "(26280000000.0, 'kilogram*meter**2/second**2')"
