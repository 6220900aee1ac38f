"""Figures that count nothing: a number inside a name, an offset ("fifteen games later"). End to end."""
from __future__ import annotations

from pathlib import Path

from casefiles import scored_findings


def _findings(tmp_path: Path, *bodies: str) -> list[str]:
    return scored_findings(tmp_path, "2012-12-20", *bodies)


def test_a_number_inside_a_name_introduces_no_list(tmp_path: Path) -> None:
    assert _findings(tmp_path, "Joining events such as the Big 12/Pac 10 Hard-court Series, the SEC and Big East "
                               "showcased four cross-conference games.") == []


def test_a_real_count_before_a_list_is_still_checked(tmp_path: Path) -> None:
    found = _findings(tmp_path, "The three dissenters, Megan Greene, Jonathan Haskel, Catherine Mann and Huw Pill, "
                                "wanted to hold.")
    assert [f for f in found if f.startswith("NM002")], found


def test_an_offset_is_not_a_count(tmp_path: Path) -> None:
    assert _findings(
        tmp_path,
        "Few people had the Colts winning ten games this season, coach Chuck Pagano said.",
        "But fifteen games later the Colts stand at 10-5 this season, coach Chuck Pagano said.",
    ) == []


def test_a_weekday_before_a_count_is_no_name(tmp_path: Path) -> None:
    """"on Monday 12 Chinese sailors": capitalised words on both sides, and still a count."""
    found = _findings(
        tmp_path,
        "The coast guard said that on Monday 12 Chinese sailors were pulled from the sea after the Ocean Star sank off Busan.",
        "The coast guard said 15 Chinese sailors were pulled from the sea after the Ocean Star sank off Busan on Monday.",
    )
    assert [f for f in found if f.startswith("NM001")], found


def test_an_age_is_of_the_name_after_its_role_words() -> None:
    from checker.extract.context import _age_subject

    assert _age_subject("", " champion Klitschko, 58-3 with") == "Klitschko"
    assert _age_subject("", " protester Paris Kyriakides said") == "Paris Kyriakides"
    assert _age_subject("", " Glasgow-born star Peter Capaldi will") == "Peter Capaldi"
    assert _age_subject("Police said Peterson, ", " was convicted") == "Peterson"
    assert _age_subject("", " was hit by John Smith") is None  # a function word: no subject here
    assert _age_subject("", " girl was killed") is None
