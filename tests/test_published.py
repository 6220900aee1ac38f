"""Publication dates inferred from the text when a source has none (checker/ingest/published.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from checker.ingest.published import infer_published
from checker.models import Source

CASES = [
    ("SHINGLETOWN - Thursday, July 17, 2025\n\nCopper Gulch Fire: a town waits.\n", dt.date(2025, 7, 17), "dateline"),
    ("THE MORNING LEDGER\nFriday, 2 August 2024\n\nGood morning. The Bank cut rates yesterday.\n",
     dt.date(2024, 8, 2), "masthead"),
    ("Peru earthquake\n\nSouthern Cross Broadcasting | World\nUpdated 10 Mar 2025, 18:40 GMT\n\nA quake hit.\n",
     dt.date(2025, 3, 10), "masthead"),
    ("Headline\n\nWest Coast Radio News | Clare | Updated 12 June 2025, 09:15\n\nText.\n", dt.date(2025, 6, 12), "masthead"),
    ("Russia Says Iran's President Will Visit\n\n08 January 2025, Iran, Tehran: Iranian President Masoud "
     "Pezeshkian attends a joint press conference in Tehran. (Iranian Presidency/dpa)\n\n"
     "Putin will host his Iranian counterpart this week, the Kremlin said Monday.\n",
     dt.date(2025, 1, 13), "reporting-clause"),
    ("The council voted on 3 March 2025 to close the bridge. Work began soon after.\n",
     dt.date(2025, 3, 3), "latest-date-in-text"),
    ("On January 19, 2025, Russia and Iran are set to sign a pact.\n", None, "unknown"),
    ("Nothing here says when this was written.\n", None, "unknown"),
]


@pytest.mark.parametrize("text,date,how", CASES, ids=[c[2] + str(i) for i, c in enumerate(CASES)])
def test_infer_published(text: str, date: dt.date | None, how: str) -> None:
    got, got_how, evidence = infer_published(Source(path="a.txt", text=text))
    assert (got, got_how) == (date, how)
    assert (evidence is None) == (date is None)


def test_a_long_caption_line_is_no_masthead() -> None:
    text = ("Headline\n08 January 2025, Iran, Tehran: Iranian President Masoud Pezeshkian attends a joint "
            "press conference with Iraq's Prime Minister in Tehran.\n\nThe talks went on.\n")
    got, how, _ = infer_published(Source(path="a.txt", text=text))
    assert how != "masthead"
