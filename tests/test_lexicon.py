"""checker.lexicon: WordNet relations and lemmas. The related / unrelated pairs are the behaviour
contract the aligner relies on; the WordNet facts behind each one are in checker/lexicon/wordnet.py."""
from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

from checker.lexicon import (antonym, derived, hypernym_closure, lemma, lemma_any, lexname,
                             lexname_of, relation, synsets)
from checker.lexicon.table import TABLE_PATH

REPO = Path(__file__).resolve().parent.parent
WORDNET_DIR = Path("/usr/share/wordnet")

# (a, b, pos, kind WordNet gives, what via must show)
RELATED = [
    ("lorry", "truck", "n", "hypernym", "lorry -> truck"),  # lorry.n.02 {lorry, camion} is a truck
    ("carriage", "car", "n", "hypernym", "carriage -> passenger_car -> car"),
    ("soldier", "serviceman", "n", "hypernym", "soldier -> enlisted_person -> serviceman"),
    ("derail", "leave", "v", "gloss", "run off leave rail"),
    ("kill", "slay", "v", "hypernym", "slay -> murder -> kill"),
    ("buy", "purchase", "v", "synonym", "buy = purchase"),
    ("strike", "walkout", "n", "hypernym", "walkout -> strike"),
    ("fee", "payment", "n", "cohyponym", "fee -> fixed_charge -> charge -> cost <- payment"),
]

# Must not relate, or only as the weak cohyponym.
UNRELATED = [
    ("policeman", "soldier", "n"), ("kill", "injure", "v"), ("passenger", "crew", "n"),
    ("car", "bus", "n"), ("death", "injury", "n"), ("hire", "fire", "v"), ("rise", "fall", "v"),
    ("import", "export", "v"), ("adult", "child", "n"),
    ("win", "take", "v"),  # only take's 41st sense, "obtain by winning", is under win
]


@pytest.mark.parametrize("a, b, pos, kind, via", RELATED, ids=[f"{a}-{b}" for a, b, *_ in RELATED])
def test_related_pairs(a: str, b: str, pos: str, kind: str, via: str) -> None:
    found = relation(a, b, pos)
    assert found is not None and found.kind == kind and via in found.via
    reverse = relation(b, a, pos)
    assert reverse is not None and reverse.kind == kind  # the order of the words does not matter


@pytest.mark.parametrize("a, b, pos", UNRELATED, ids=[f"{a}-{b}" for a, b, _ in UNRELATED])
def test_unrelated_pairs(a: str, b: str, pos: str) -> None:
    for first, second in ((a, b), (b, a)):
        found = relation(first, second, pos)
        assert found is None or found.kind == "cohyponym", found


@pytest.mark.parametrize("a, b, pos, via", [
    ("rise", "fall", "v", "rise <-> fall"),
    ("import", "export", "v", "import <-> export"),
    ("adult", "child", "n", "adult <-> juvenile <- child"),
])
def test_antonyms_are_reported_and_block_cohyponymy(a: str, b: str, pos: str, via: str) -> None:
    found = antonym(a, b, pos)
    assert found is not None and found.kind == "antonym" and via in found.via
    assert relation(a, b, pos) is None


def test_cohyponyms_are_the_weak_kind() -> None:
    found = relation("car", "truck", "n")
    assert found is not None and found.kind == "cohyponym" and found.distance == 2
    assert "truck -> motor_vehicle <- car" in found.via
    assert antonym("policeman", "soldier", "n") is None


def test_same_lemma_and_spelling() -> None:
    assert relation("Passenger car", "passenger_car", "n") == relation("passenger_car", "passenger_car", "n")
    same = relation("car", "car", "n")
    assert same is not None and same.kind == "same" and same.distance == 0
    assert relation("car", "xyzzyplugh", "n") is None


def test_synsets_and_lexnames() -> None:
    car = synsets("car", "n")
    assert car[0] == 102958343 and len(car) == 5  # car.n.01 is data.noun 02958343
    assert lexname(car[0]) == "noun.artifact"
    assert synsets("passenger car", "n") == synsets("passenger_car", "n") != ()
    assert synsets("xyzzyplugh", "v") == ()
    assert lexname_of("derail", "v") == "verb.motion"
    assert lexname_of("kill", "v") == "verb.contact"
    assert lexname_of("injure", "v") == "verb.body"
    assert lexname_of("xyzzyplugh", "n") is None
    with pytest.raises(KeyError):
        lexname(109999999)
    with pytest.raises(ValueError):
        synsets("car", "a")  # type: ignore[arg-type]


def test_hypernym_closure() -> None:
    closure = hypernym_closure(synsets("car", "n")[0], depth=2)
    motor_vehicle = synsets("motor_vehicle", "n")[0]
    assert closure[motor_vehicle] == 1 and max(closure.values()) == 2
    assert hypernym_closure(synsets("entity", "n")[0]) == {}


def test_derived_forms() -> None:
    assert derived("derailment", "n", "v") == ("derail",)
    assert "derailment" in derived("derail", "v", "n")
    assert derived("strike", "n", "v")[0] == "strike"
    assert derived("strike", "v", "n")[:2] == ("strike", "striker")
    assert derived("lorry", "n", "v") == ()
    assert derived("derailment", "n", "n") == ()
    across = relation("derailment", "derail", "n", "v")
    assert across is not None and across.kind == "derived"
    assert relation("lorry", "derail", "n", "v") is None


@pytest.mark.parametrize("word, pos, expected", [
    ("lorries", "NOUN", "lorry"), ("Lorries", "NOUN", "lorry"), ("people", "NOUN", "people"),
    ("children", "NOUN", "child"), ("policemen", "NOUN", "policeman"), ("ran", "VERB", "run"),
    ("left", "VERB", "leave"), ("derailed", "VERB", "derail"), ("slain", "VERB", "slay"),
    ("better", "ADJ", "good"), ("passenger cars", "NOUN", "passenger car"),
    ("took off", "VERB", "take off"),
    ("blorked", "VERB", "blorked"),  # unknown: the word itself
    ("selfies", "NOUN", "selfies"),  # lemminflect's guess "selfy" is not a WordNet noun
])
def test_lemma(word: str, pos: str, expected: str) -> None:
    assert lemma(word, pos) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("word, expected", [
    ("ran", "run"), ("lorries", "lorry"), ("left", "leave"), ("lives", "life"), ("saw", "see"),
    ("strikes", "strike"), ("Derailed", "derail"), ("xyzzyplugh", "xyzzyplugh"),
])
def test_lemma_any(word: str, expected: str) -> None:
    assert lemma_any(word) == expected


def _run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_nothing_is_read_at_import() -> None:
    out = _run_python(
        "import sys\n"
        "import checker.lexicon\n"
        "from checker.lexicon import table\n"
        "print(table._section_texts.cache_info().currsize, 'lemminflect' in sys.modules)\n")
    assert out.split() == ["0", "False"]


def test_table_comes_from_package_data_only() -> None:
    """An audit hook fails any open() under /usr/share/wordnet: the run-time reads checker/data."""
    assert TABLE_PATH.parent.name == "data" and TABLE_PATH.parent.parent.name == "checker"
    out = _run_python(
        "import sys\n"
        "def guard(event, args):\n"
        "    if event == 'open' and str(args[0]).startswith('/usr/share/wordnet'):\n"
        "        raise RuntimeError('read ' + str(args[0]))\n"
        "sys.addaudithook(guard)\n"
        "from checker.lexicon import relation, synsets, derived\n"
        "from checker.lexicon.table import load, TABLE_PATH\n"
        "load()\n"
        "print(TABLE_PATH, synsets('lorry', 'n'), relation('carriage', 'car', 'n').kind,"
        " derived('derailment', 'n', 'v'))\n")
    assert out.startswith(str(TABLE_PATH)) and "hypernym" in out and "'derail'" in out


def test_licence_travels_with_the_table() -> None:
    licence = (TABLE_PATH.parent / "WORDNET-LICENSE.txt").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in licence
    assert "scripts/build_wordnet.py" in licence


@pytest.mark.skipif(not (WORDNET_DIR / "data.noun").is_file(),
                    reason="WordNet 3.0 is not installed at /usr/share/wordnet (Debian's wordnet-base); "
                           "the shipped table is used instead")
def test_build_is_deterministic_and_matches_the_shipped_table(tmp_path: Path) -> None:
    outs = [tmp_path / "first", tmp_path / "second"]
    runs = [subprocess.Popen([sys.executable, str(REPO / "scripts" / "build_wordnet.py"), str(WORDNET_DIR),
                              "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for out in outs]
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr.decode()
    for name in ("wordnet.tsv.gz", "WORDNET-LICENSE.txt"):
        assert filecmp.cmp(outs[0] / name, outs[1] / name, shallow=False)
        assert filecmp.cmp(outs[0] / name, TABLE_PATH.parent / name, shallow=False), \
            f"checker/data/{name} is not what scripts/build_wordnet.py makes: rerun it"
    assert (outs[0] / "wordnet.tsv.gz").stat().st_size < 4_000_000
