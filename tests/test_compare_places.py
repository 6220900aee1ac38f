"""Two place names are two places unless one is the other misspelt."""
from __future__ import annotations

import pytest

from checker.compare.across import _misspelt


@pytest.mark.parametrize(("a", "b", "same"), [
    ("police precinct", "presinct", True),
    ("khan younis", "khan yunis", True),
    ("north carolina", "south carolina", False),
    ("westgate mall", "eastgate mall", False),
    ("veska", "drava", False),
    ("moscow", "tehran", False),
])
def test_misspelt_place_names(a: str, b: str, same: bool) -> None:
    assert _misspelt(a, b) is same
