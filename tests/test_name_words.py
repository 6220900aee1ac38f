"""Name spellings word by word (checker/compare/name_words.py): sources in, findings out."""
from __future__ import annotations

from pathlib import Path

from checker.options import Options
from checker.pipeline import check


def _story(tmp_path: Path, *texts: str) -> list[str]:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"s{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _spellings(paths: list[str]) -> list[tuple[str, ...]]:
    report = check(paths, Options(jobs=1))
    return [tuple(c.raw for c in f.claims) for f in report.findings if f.rule == "NA001"]


def test_a_bare_surname_spelt_another_way_in_one_source(tmp_path: Path) -> None:
    paths = _story(tmp_path,
                   "Brian Nichols escaped from the courthouse. Police said Mr. Nichols fled downtown.\n",
                   "Brian Nichols was captured on Saturday. Mr. Nochols surrendered without a fight.\n",
                   "Officers arrested Nichols in a suburb, police said.\n")
    assert _spellings(paths) == [("Nichols", "Nochols")]


def test_the_common_spelling_is_named_as_likely(tmp_path: Path) -> None:
    paths = _story(tmp_path, "The coach praised Cheeks after the game.\n", "Fans cheered as Cheks walked in.\n",
                   "Later, Cheeks spoke to reporters.\n")
    report = check(paths, Options(jobs=1))
    finding = next(f for f in report.findings if f.rule == "NA001")
    assert "'Cheeks' is the likely spelling" in finding.message


def test_endings_and_two_people_are_not_misspellings(tmp_path: Path) -> None:
    paths = _story(tmp_path,
                   "Kenyan officials met Barack Obama. Protests followed the Referendum vote.\n",
                   "Kenyans cheered as Ehud Barak arrived. Protesters rejected the Referenda.\n")
    assert _spellings(paths) == []


def test_english_words_are_two_words(tmp_path: Path) -> None:
    paths = _story(tmp_path, "The report named the Baker family.\n", "The report named the Banker family.\n")
    assert _spellings(paths) == []
