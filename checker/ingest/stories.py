"""Which articles are about the same story, and so are compared with each other.

By the contract, everything given in one run is one story (`--stories one`, the default): a handful of
articles about one event. A desk that checks a day's feed in one run keeps one folder per story;
`--stories folder` then makes each folder that holds articles a story of its own. Claims are aligned
and compared only inside a story: two stories never produce a finding against each other (which
would be a false alarm), and the work and the memory of a run grow with the corpus, not with the
square of it, because each story is read, checked and let go before the next.
"""
from __future__ import annotations

from pathlib import Path

from checker.options import StoryMode

File = tuple[str, Path, bool]  # as checker/ingest/discover.py returns them


def group_stories(files: list[File], mode: StoryMode) -> list[list[File]]:
    """The files of each story, stories in the order their first file was found (discovery order is
    sorted, so the grouping is deterministic). With "folder", a file's story is the folder it is in:
    the files directly inside one folder are one story, whatever folder they were found under."""
    if mode == "one":
        return [files] if files else []
    stories: dict[Path, list[File]] = {}
    for entry in files:
        stories.setdefault(entry[1].parent, []).append(entry)
    return list(stories.values())
