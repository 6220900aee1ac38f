"""Build a benchmark corpus: stories of 2 to 10 articles, each story a folder, from real texts.

The texts are the project's fixtures (fixtures/*/sources) and a small sample of real news clusters
(benchmarks/data/ecbplus, see benchmarks/data/SOURCE.md). A story starts from one group of texts about
the same event (a fixture case or an ECB+ cluster), so its articles share sentences and claims, which
is what gives alignment real work. So that a 10,000-article corpus is not 50 stories copied 200 times,
each story gets its own names, figures and dates (a consistent substitution over the whole story), and
single articles then differ from their story by a figure, a date or a spelling, as real reports do.

Everything is drawn from one seeded random generator: the same seed gives the same corpus, byte for byte.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
TARGET_WORDS = 600  # an article is filled up to about this many words from its group's other texts

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_NOT_NAMES = set(_MONTHS) | {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                             "The", "This", "That", "These", "There", "When", "After", "Before", "While"}
# One pass over the text, so that a day or a year is never scaled again as a figure.
_DATES_AND_FIGURES = re.compile(
    r"\b(?P<iso>(\d{4})-(\d{2})-(\d{2}))\b"
    r"|\b(?P<month>" + "|".join(_MONTHS) + r") (?P<day>\d{1,2})\b"
    r"|(?<![\d.,:-])(?P<year>19[5-9]\d|20[0-4]\d)(?![\d:-])"
    r"|(?<![\d.,:-])(?P<figure>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:-])")
# A name inside a sentence: a capitalised word after a lower-case word (so not a sentence start).
_INNER_NAME = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})\b")
_SYLLABLES = ["ka", "lo", "mar", "ten", "vi", "ro", "san", "del", "bri", "mon", "ta", "nel", "cor",
              "fa", "zu", "ber", "lin", "go", "ra", "pe", "sto", "wen", "al", "dri", "ki", "hal"]


@dataclass(frozen=True)
class Group:
    """Texts about one event: a story's articles are built from them."""

    name: str
    texts: tuple[str, ...]
    suffix: str  # file extension of the first text (.md keeps front matter meaningful)


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    stories: int
    words: int
    bytes: int


def load_groups() -> list[Group]:
    """Every fixture case and every sampled ECB+ cluster, in a fixed order."""
    groups: list[Group] = []
    folders = sorted((PROJECT / "fixtures").glob("*/sources")) + sorted((HERE / "data" / "ecbplus").glob("*"))
    for folder in folders:
        files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
        if files:
            texts = tuple(p.read_text(encoding="utf-8") for p in files)
            name = folder.parent.name if folder.name == "sources" else folder.name
            groups.append(Group(name, texts, files[0].suffix))
    if not groups:
        raise SystemExit("benchmarks: no fixtures or data found")
    return groups


def build_corpus(out: Path, n_articles: int, seed: int = 7) -> CorpusStats:
    """Write n_articles articles under out/, one folder per story of 2 to 10 articles."""
    rng = random.Random(seed)
    groups = load_groups()
    sizes = _story_sizes(n_articles, rng)
    words = size = 0
    out.mkdir(parents=True, exist_ok=True)
    for story_no, n in enumerate(sizes):
        group = groups[rng.randrange(len(groups))]
        story = _Story(group, rng)
        folder = out / f"story-{story_no:05d}-{group.name}"
        folder.mkdir(exist_ok=True)
        for k in range(n):
            text = story.article(k, rng)
            (folder / f"article-{k:02d}{group.suffix}").write_text(text, encoding="utf-8")
            words += len(text.split())
            size += len(text.encode("utf-8"))
    return CorpusStats(articles=n_articles, stories=len(sizes), words=words, bytes=size)


def _story_sizes(n_articles: int, rng: random.Random) -> list[int]:
    sizes: list[int] = []
    left = n_articles
    while left > 0:
        n = min(rng.randint(2, 10), left)
        if left - n == 1:  # never leave a story of one article
            n += 1
        sizes.append(n)
        left -= n
    return sizes


class _Story:
    """One story's consistent substitutions (names, figure scale, date shift) over a group's texts."""

    def __init__(self, group: Group, rng: random.Random) -> None:
        self.group = group
        self.scale = rng.choice([0.5, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0])
        self.days = rng.randint(-900, 900)
        found = sorted({m.group(1) for t in group.texts for m in _INNER_NAME.finditer(t)} - _NOT_NAMES)
        chosen = rng.sample(found, min(len(found), 12))
        self.names = {old: _invent_name(rng) for old in chosen}
        self.name_pattern = re.compile(r"\b(" + "|".join(map(re.escape, chosen)) + r")\b") if chosen else None

    def article(self, k: int, rng: random.Random) -> str:
        texts = self.group.texts
        main = texts[k % len(texts)]
        paragraphs = [p for t in texts if t is not main for p in _body_paragraphs(t)]
        rng.shuffle(paragraphs)
        parts, count = [main.rstrip("\n")], len(main.split())
        for p in paragraphs:
            if count >= TARGET_WORDS:
                break
            parts.append(p)
            count += len(p.split())
        text = "\n\n".join(parts) + "\n"
        return self._vary(text, rng)

    def _vary(self, text: str, rng: random.Random) -> str:
        """The story's substitutions, then this article's own differences (about one in three)."""
        odd_figure = rng.random() < 0.35
        odd_day = rng.choice([-1, 1]) if rng.random() < 0.25 else 0
        misspelt = rng.choice(sorted(self.names)) if self.names and rng.random() < 0.2 else None
        figures = iter(range(10**9))
        odd_at = rng.randrange(8)

        def replace(m: re.Match[str]) -> str:
            if m.group("iso"):
                return self._shift_iso(m)
            if m.group("month"):
                return f"{m.group('month')} {(int(m.group('day')) + self.days + odd_day) % 28 + 1}"
            if m.group("year"):
                return str(int(m.group("year")) + self.days // 365)
            odd = odd_figure and next(figures) == odd_at
            return _scale(m.group("figure"), self.scale * (1.1 if odd else 1.0))

        text = _DATES_AND_FIGURES.sub(replace, text)
        if self.name_pattern is not None:
            text = self.name_pattern.sub(lambda m: self._name(m.group(1), misspelt), text)
        return text

    def _shift_iso(self, m: re.Match[str]) -> str:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        return (day + dt.timedelta(days=self.days)).isoformat()

    def _name(self, old: str, misspelt: str | None) -> str:
        new = self.names[old]
        return new[:-1] + new[-1] * 2 if old == misspelt else new


def _body_paragraphs(text: str) -> list[str]:
    """Paragraphs after any front matter, long enough to be prose (not a byline or a share button)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        text = text[end + 5:] if end > 0 else text
    return [p.strip() for p in re.split(r"\n\s*\n|\n(?=[A-Z`'\"])", text) if len(p.split()) >= 8]


def _scale(figure: str, factor: float) -> str:
    if factor == 1.0:
        return figure
    plain = figure.replace(",", "")
    if "." in plain:
        decimals = len(plain.split(".")[1])
        return f"{float(plain) * factor:.{decimals}f}"
    value = max(1, round(int(plain) * factor))
    return f"{value:,}" if "," in figure else str(value)


def _invent_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
