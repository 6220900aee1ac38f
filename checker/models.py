"""The data passed between the pipeline stages: ingest -> extract -> normalize -> align -> compare -> report.

Every stage is a function from these models to these models, so that any stage can be tested, replaced
or inspected on its own, and so that the JSON the contract promises is a plain dump of them.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field

ClaimKind = Literal[
    "date", "time", "number", "money", "percentage", "quantity", "ordinal", "age",
    "place", "title", "name", "quote",
]
Qualifier = Literal["exact", "about", "at-least", "more-than", "at-most", "less-than", "range"]
Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}

PublishedFrom = Literal[
    "front-matter", "command-line", "metadata", "dateline", "reporting-clause",
    "latest-date-in-text", "masthead", "unknown",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _FieldsSet(set[str]):
    """The names of a model's explicitly set fields, shared between instances. Pydantic keeps a set
    per instance, and a set of 20 names costs 2.2 KB: more than the claim's own values. A corpus
    holds about fifty claims per article, so one pooled set per distinct set of names halves the
    memory of a 10,000-article run. A pooled set is never changed: `add` (what pydantic calls when a
    field is assigned) is a no-op, and `_Compact.__setattr__` swaps in the pooled set that includes the
    new name, so `model_fields_set` stays exact. (A `set` subclass, not a frozenset, because pydantic's
    serializer requires a set.)"""

    _pool: ClassVar[dict[frozenset[str], "_FieldsSet"]] = {}

    @classmethod
    def of(cls, names: Iterable[str]) -> "_FieldsSet":
        key = frozenset(names)
        pooled = cls._pool.get(key)
        if pooled is None:
            pooled = cls._pool[key] = cls(key)
        return pooled

    def add(self, name: str) -> None:
        pass


class _Compact(_Model):
    """A model made in the hundreds of thousands (mentions, claims and their contexts): its fields-set
    is pooled (see _FieldsSet)."""

    def model_post_init(self, context: Any, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", _FieldsSet.of(self.__pydantic_fields_set__))

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, value)
        if name in type(self).model_fields and name not in self.__pydantic_fields_set__:
            object.__setattr__(self, "__pydantic_fields_set__",
                               _FieldsSet.of(self.__pydantic_fields_set__ | {name}))

    def __setstate__(self, state: dict[Any, Any]) -> None:
        super().__setstate__(state)  # a claim back from a worker process: pool its set again
        object.__setattr__(self, "__pydantic_fields_set__", _FieldsSet.of(self.__pydantic_fields_set__))


class Span(_Model):
    """A half-open character range [start, end) into a source's whole decoded text."""

    start: int
    end: int


class Source(_Model):
    """One article as read from disk: the whole decoded text (offsets refer to it) and its metadata."""

    path: str  # exactly as given on the command line, or as found under a given folder
    text: str
    # The text as decoded, when `text` has digit forms folded for reading (checker/ingest/digits.py:
    # same length, so offsets hold for both); claims quote their words from it.
    original_text: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_from: PublishedFrom = "unknown"
    published_evidence: str | None = None  # the words the publication date was inferred from
    body_start: int = 0  # where the article body starts (after front matter)
    # Ranges that are page furniture (repeated headlines, captions, "Loading...", teasers for other
    # stories): no claims are extracted from them.
    skipped: list[Span] = Field(default_factory=list)
    # Where another story on the same page starts ("More from ...", a second headline block): claims
    # after such a point belong to a teaser, not to the story being checked.
    block_starts: list[int] = Field(default_factory=list)
    captions: list[Span] = Field(default_factory=list)  # photo captions: their dates are of the photo
    notes: list[str] = Field(default_factory=list)  # e.g. "offsets refer to the text extracted from HTML"


class Sentence(_Compact):
    start: int
    end: int
    text: str
    # Sentences of a trailing teaser or a different story on the same page carry another story id, so
    # that claims about different stories are never aligned with each other.
    block: int = 0
    is_caption: bool = False


class Document(_Model):
    """A source after sentence splitting: what the extractors read."""

    source: Source
    sentences: list[Sentence]


class Mention(_Compact):
    """What an extractor found: a span of text and what it read there, before normalization.

    `parts` holds the extractor's reading (e.g. {"weekday": 4, "shift": "last"} for "last Friday", or
    {"number": 1.3e6, "unit": "km", "hedge": "about"}); its keys are owned by the extractor of `kind`.
    """

    kind: ClaimKind
    start: int
    end: int
    raw: str
    sentence: int  # index into Document.sentences
    parts: dict[str, Any] = Field(default_factory=dict)


class Context(_Compact):
    """What a claim is about, read from the words around it; align builds fact keys from this."""

    event: list[str] = Field(default_factory=list)  # frame names from rules/frames.yaml ("signing")
    measure: str | None = None  # the noun or verb the figure counts ("killed", "flights cancelled")
    names: list[str] = Field(default_factory=list)  # proper names in the sentence, normalized
    places: list[str] = Field(default_factory=list)
    window: str = ""  # lowercased words around the claim, for fuzzy similarity
    period: str | None = None  # a time the figure belongs to ("2024", "June"), when the sentence gives one
    subject: str | None = None  # for titles, names and quotes: the person or thing they are of
    # "third reading", "second round", "final day": the ordinal that tells one instance of a repeated
    # event from another ("reading" -> "third")
    instance: dict[str, str] = Field(default_factory=dict)
    # the other figures of the sentence, as written digits ("5.25"): two sentences that share one
    # ("had stood at 5.25% since August 2023" / "held at 5.25 per cent since August 2022") likely
    # speak of the same fact
    figures: list[str] = Field(default_factory=list)
    # frame id -> the stemmed head of what the event verb acts on ("signed an executive order" ->
    # "order"): two dates of one frame about different things are two facts
    objects: dict[str, str] = Field(default_factory=dict)


class Claim(_Compact):
    """A normalized claim, as the contract prints it, plus what compare needs to judge it."""

    kind: ClaimKind
    source: str
    start: int
    end: int
    raw: str
    value: str
    qualifier: Qualifier = "exact"
    resolution: str | None = None
    sentence: str
    line: int = 0
    column: int = 0
    # Comparison data, not part of the contract's claim object (dumped under "detail" in JSON).
    lo: float | None = None  # lower end of what the claim allows (dates: proleptic ordinal day)
    hi: float | None = None
    unit: str | None = None  # dimension or currency compared in ("USD", "meter", "%", "day")
    certain: bool = True  # False when the value rests on an inferred or unknown publication date
    comparable: bool = True  # False for a year used as a name ("the 2015 nuclear deal")
    context: Context = Field(default_factory=Context)
    sentence_index: int = 0
    sentence_start: int = 0
    block: int = 0
    extra: dict[str, Any] = Field(default_factory=dict)


class Fact(_Model):
    """Claims from one or more sources that speak of the same thing."""

    key: str
    kind: ClaimKind
    label: str  # plain words: "signing of the partnership pact"
    claims: list[Claim]
    # "conflict" when compare flagged the fact (its sources cannot all be right), else "agree"
    verdict: Literal["agree", "conflict"] = "agree"
    # how sure the alignment is that these claims are one fact (the weakest link that joined them, 0..1)
    confidence: float = 1.0


class Link(_Compact):
    """Two claims from different sources that align stage judged to be about the same fact."""

    a: int  # indexes into Alignment.claims
    b: int
    score: float  # 0..1: how sure the alignment is
    shared: list[str] = Field(default_factory=list)  # what they share: frames, names, the measure
    evidence: list[str] = Field(default_factory=list)  # what linked them: "event: frame", "rule: quote-words"
    rule: str | None = None  # the named rule that linked them, when one did ("restated-sentence: ...")


class Alignment(_Model):
    claims: list[Claim]
    links: list[Link]
    facts: list[Fact]
    members: list[list[int]] = Field(default_factory=list)  # claim indexes of each fact


class Finding(_Model):
    rule: str  # rule code, e.g. "DT001"
    name: str  # rule name, e.g. "date-mismatch"
    kind: ClaimKind
    severity: Severity
    fact: str
    message: str
    why: str = ""  # why the values cannot both be true
    claims: list[Claim]
    fingerprint: str = ""
    # How sure the alignment is that the claims are one fact (the strongest conflicting link's match
    # probability; None for links by a hard rule) and the reasons the severity was lowered: what
    # scripts/calibrate_linkage.py reads to choose warning_at and error_at on labelled cases.
    link_probability: float | None = None
    doubts: list[str] = Field(default_factory=list)


class SourceSummary(_Model):
    path: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_from: str = "unknown"
    published_evidence: str | None = None
    notes: list[str] = Field(default_factory=list)
    # The whole text the claims' offsets refer to (the decoded file, or the article extracted from a
    # page), kept only when a renderer shows the articles (`--format html`); never dumped, so the
    # contract's JSON is unchanged.
    text: str | None = Field(default=None, exclude=True)


class Summary(_Model):
    sources: int
    claims: int
    facts: int
    findings: int
    errors: int
    warnings: int
    infos: int = 0


class Report(_Model):
    schema_: str = Field(default="crosscheck.report/1", alias="schema")
    sources: list[SourceSummary]
    findings: list[Finding]
    facts: list[Fact] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    summary: Summary
    warnings: list[str] = Field(default_factory=list)  # input problems that did not stop the run

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
