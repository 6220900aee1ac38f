"""The words of dates: month and weekday names, number words, holidays, and the compiled patterns the
date extractor runs. Everything is compiled once, at import, so extraction never builds a regex per call.

Month and weekday names are matched case-sensitively (capitalised), so "may" the verb and "march" the
walk are never dates; the words around them ("last", "early", "ago") are matched case-insensitively.
"""
from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _number, _names in enumerate([
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept", "Sep"),
    ("October", "Oct"), ("November", "Nov"), ("December", "Dec"),
], start=1):
    for _name in _names:
        MONTHS[_name.lower()] = _number

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])}
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_day_or_month(word: str) -> bool:
    """A weekday or month name ("Sunday's", "Jan."), which names a time, never a place or a name."""
    low = word.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s")
    return low in WEEKDAYS or low in MONTHS

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "a couple of": 2, "a few": 3, "several": 3,
}
UNIT_WORDS = {"day": "day", "week": "week", "month": "month", "year": "year"}

# Fixed-date and rule-based holidays newsrooms write as dates. Only these names are dates: "Victory
# Day" and the like are names of events, not calendar claims. (month, day), or (month, weekday, nth) with an
# optional shift in days: US Election Day is the Tuesday after the first Monday of November.
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "election day": (11, 0, 1, 1),
}

_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# A month in a dated expression: full name, or an abbreviation with or without its dot.
MONTH = rf"(?P<month>{_FULL_MONTH}|{_ABBR_MONTH}\.?)(?![A-Za-z])"
WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|%)"
YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|[-\u2013]\d|s\b)"
# Parts of a period: "early December", "mid-2024", "the end of the year".
PART = (r"(?i:(?P<part>early|earlier|late|later|mid|the middle of|the end of|the beginning of|the start of|"
        r"the first half of|the second half of|end)(?:\s*-\s*|\s+))")
_PAIR_WEEKDAY = rf"(?:{WEEKDAY}\s*,?\s+(?i:the\s+)?)?"

# Absolute dates. Each names its groups so the extractor reads them the same way.
MONTH_DAY_YEAR = re.compile(
    rf"\b{_PAIR_WEEKDAY}{MONTH}\s+{DAY}(?:\s*,\s*|\s+){YEAR}")
DAY_MONTH_YEAR = re.compile(
    rf"\b{_PAIR_WEEKDAY}{DAY}\s+(?i:of\s+)?{MONTH}\s*,?\s+{YEAR}")
MONTH_DAY = re.compile(rf"\b{_PAIR_WEEKDAY}{MONTH}\s+{DAY}(?![\d,.]\d)(?!\s*(?:-|\u2013|to)\s*\d)")
DAY_MONTH = re.compile(rf"\b{_PAIR_WEEKDAY}{DAY}\s+(?i:of\s+)?{MONTH}")
MONTH_YEAR = re.compile(rf"\b(?:{PART})?{MONTH}\s*,?\s+(?i:of\s+)?{YEAR}")
NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])"
                     r"|(?<![\d/.-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])")
# "the week of March 6"
WEEK_OF = re.compile(rf"\b(?i:the\s+week\s+of)\s+{MONTH}\s+{DAY}")

# A month without a day: bare ("in May"), relative to a year ("July next year", "last November").
_CUE = (r"(?i:in|since|until|till|by|from|through|during|to|before|after|of|for|last|next|this|"
        r"this\s+past|this\s+coming|early|late|mid|end|the\s+end\s+of|the\s+middle\s+of|"
        r"the\s+beginning\s+of|the\s+start\s+of|in\s+early|in\s+late)")
MONTH_REL = re.compile(
    rf"\b(?:(?P<shift>(?i:last|next|this\s+past|this\s+coming|this))\s+|{PART})?{MONTH}"
    rf"(?:\s+(?P<yrel>(?i:last|this|next))\s+(?i:year))?(?![\w-]|\s+\d)")
# Bare month names that are also common words or names need a cue word before them.
AMBIGUOUS_MONTHS = {"may", "march", "june", "april", "august", "jan", "mar", "jun", "jul", "aug", "sep",
                    "sept", "oct", "nov", "dec", "feb", "apr"}
CUE_BEFORE = re.compile(rf"(?:{_CUE})\s+$")

# A year on its own: "in 2024", "since 2021", "fiscal 1989", "the 2015 nuclear deal".
YEAR_ALONE = re.compile(rf"(?<![\d,.$\u00a3\u20ac#/:-]){YEAR}(?!\s*(?:-|\u2013)\s*\d)")
# What may stand before a year alone: "early 2024", "mid-2024", "the end of 2024", "fiscal 1989".
YEAR_PREFIX = re.compile(rf"(?:\b{PART})?(?:\b(?P<fiscal>(?i:fiscal))\s+)?$")

# Relative days and periods.
DAYWORD = re.compile(r"\b(?P<part>(?i:early|late|earlier|later)\s+)?"
                     r"(?P<rel>(?i:today|yesterday|tomorrow|tonight))(?![\w-])")
PERIOD = re.compile(
    r"\b(?i:(?:(?P<part>early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|"
    r"the rest of)(?:\s*-\s*|\s+))?(?P<det>this|last|next|the past|the previous|the coming|this past|"
    r"this coming|the current|the latest|the following|the same)\s+(?P<unit>week|month|year|weekend))"
    r"(?![\w-])")
YEAR_END = re.compile(r"\b(?i:(?P<part>the end of) the (?P<unit>year|month|week)|(?P<ye>year[- ]end|year's end))"
                      r"(?![\w-])")
SINCE_BEFORE = re.compile(r"(?i:\bsince\s+)$")
CURRENT_YEAR = re.compile(r"\b(?i:(?:earlier|later)\s+in\s+)?(?i:the\s+(?:current\s+|full\s+|latest\s+)?"
                          r"(?:fiscal\s+)?year)(?![\w-])(?!\s+(?i:before|after|of|that|when|in|earlier|ago|later|"
                          r"ended|ending|to|\d))")
# Years in words, as transcripts write them: "nineteen ninety-six", "the year two thousand".
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
SPELLED_YEAR = re.compile(rf"\b(?i:nineteen[\s-]+(?P<tens>{_TENS})(?:[\s-]+(?P<ones>{_ONES}))?|"
                          rf"(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:\s+(?P<ones2>{_ONES}))?)(?![\w-])")
TENS_WORDS = {w: 10 * (i + 2) for i, w in enumerate(_TENS.split("|"))}
ONES_WORDS = {w: i + 1 for i, w in enumerate(_ONES.split("|"))}
# "three days later", "two weeks ago", "a year earlier", "nearly four years ago"
_COUNT = (r"(?P<n>\d{1,3}|a couple of|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|"
          r"eleven|twelve|fifteen|twenty|thirty|an?)")
AGO = re.compile(
    rf"\b(?i:(?P<hedge>almost|nearly|about|some|more than|roughly|around|just over|just under)\s+)?"
    rf"(?i:{_COUNT}\s+(?P<unit>day|week|month|year)s?(?:\s+or\s+so)?\s+)"
    rf"(?P<dir>(?i:ago|earlier|later|from\s+now)|(?i:before|after|prior)(?!\s+(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|"
    rf"[Tt]heir|[Tt]his|[Tt]hat|[A-Z0-9])))(?![\w-])")
# "three days before the inauguration", "the day after the election"
ANCHORED = re.compile(
    rf"\b(?i:(?:{_COUNT}\s+(?P<unit>day|week|month|year)s?|the\s+(?P<theunit>day|week|month|eve|morning)|"
    rf"(?P<eve>on\s+the\s+eve))\s+(?P<dir>before|after|prior\s+to|ahead\s+of|of|following)\s+"
    rf"(?P<anchor>(?:the|this|last|next)\s+[\w/-]+(?:\s+[\w/-]+){{0,2}}|"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|\u2019s)\s+[\w/-]+(?:\s+[\w/-]+){{0,1}}))")
# An anchor that is itself a weekday: "the day before last Tuesday's hearing", "two days after Friday's vote".
ANCHOR_WEEKDAY = re.compile(r"^(?:(?P<shift>last|next|this)\s+)?"
                            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
ANCHOR_STOP = {"of", "in", "on", "at", "to", "for", "and", "by", "from", "with", "that", "which", "who",
               "was", "is", "will", "when", "as", "but", "or", "had", "has", "were"}
# "the following day", "that day", "the next morning", "later that year"
SEQUENCE = re.compile(
    r"\b(?i:(?P<part>earlier|later)\s+)?(?i:(?:the\s+(?P<which>following|next|previous|preceding|same)|"
    r"(?P<that>that)(?:\s+same)?)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year))(?![\w-])")
# Weekdays with what shifts them: "last Tuesday", "on Tuesday night", "Friday's".
WEEKDAY_REL = re.compile(
    rf"\b(?:(?P<shift>(?i:last|next|this\s+coming|this\s+past|this|the\s+previous|the\s+following|"
    rf"early|late|earlier|later|until|through))\s+)?{WEEKDAY}"
    rf"(?:(?:'s|\u2019s)|(?:\s+(?P<pod>(?i:morning|afternoon|evening|night))))?(?![\w-])")
HOLIDAY = re.compile(r"\b(?P<name>New Year's (?:Day|Eve)|Christmas(?: Day| Eve)?|Boxing Day|Independence Day|"
                     r"Halloween|Valentine's Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day)"
                     r"(?:\s+(?P<year>(?:19|20)\d\d))?(?![\w-])")

# Words that make a sentence speak of the future (a bare weekday then looks forward).
FUTURE = re.compile(r"\b(?i:will|won't|shall|would|'ll|\u2019ll|is\s+to|are\s+to|is\s+due|are\s+due|"
                    r"(?:is|are|was|were)\s+(?:set|scheduled|expected|due|slated|planned|going)\s+to|"
                    r"set\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|to\s+be\s+held|has\s+scheduled|"
                    r"scheduled|as\s+(?:soon|early)\s+as|postponed|upcoming)\b")
# Present-tense verbs of plans, meetings and journeys: news writes scheduled events in the present
# ("Netanyahu and Arafat meet separately Monday", "the trial opens Friday"), and a plan written as a noun
# looks forward too ("protesters planned a demonstration on Saturday"). Only when the date follows them.
SCHEDULED = re.compile(r"\b(?i:meets?|visits|heads\s+(?:to|for|into|back)|leaves\s+for|leave\s+for|travels?\s+to|"
                       r"flies\s+to|arrives|returns|begins|starts|opens|resumes|reconvenes|convenes|"
                       r"planned|planning|plans|plan\s+(?:a|an|the|to)|supposed\s+to|agreed\s+to|to\s+meet|to\s+visit|to\s+leave|to\s+travel|deadline)\b")
# Past-form plans do not look forward when the date opens the clause: "On Friday, the government planned
# to pay ..." is the Friday the plan was reported.
PAST_PLAN = re.compile(r"\b(?i:planned\s+to|(?:was|were)\s+(?:set|scheduled|expected|due|slated|planned|going)\s+to)\b")
# Verbs in the past tense: a month or day without a year then lies on or before publication ("stepped
# down in March", "the year ended March 31", "since shortly after the Oct. 23 slaying"). Reporting verbs
# are left out: "said the deal closes Nov. 5" speaks of a later date.
PAST_IRREGULAR = frozenset(
    "was were had did since ago been bought brought sold made took came went began fell rose won lost held met "
    "left saw seen paid got gave became struck shot hit built ran led set spent sent found kept caught fought felt "
    "grew knew wrote broke chose drove flew threw stood wore swept fled slew woke spoke".split())
NOT_PAST_ED = frozenset(
    "said need speed indeed hundred proceed exceed succeed red bed feed seed shed breed reported announced added "
    "noted stated declared scheduled expected planned proposed limited united based related detailed advanced "
    "concerned interested used supposed".split())
WORD = re.compile(r"[A-Za-z]+")
# Words that make a date a deadline or target, after which even a past verb looks forward: "extended to
# Nov. 16", "told to leave by Jan. 14", "effective Feb. 1", "holders of record Dec. 15".
TARGET_BEFORE = re.compile(r"(?i:\b(?:by|until|till|to|through|for|effective|record|payable|due|between\s+now\s+and|"
                           r"starting|beginning|before)\s+(?:early\s+|mid-?|late\s+|about\s+|around\s+|"
                           r"the\s+end\s+of\s+)?)$")
TARGET_AFTER = re.compile(r"\s+(?:as\s+the\s+)?(?i:deadline|target\s+date)\b")
# A past verb right after the date: the date closes the subject ("a memorial planned for Saturday was
# canceled"), and the sentence is about the past.
PASSIVE_AFTER = re.compile(r"\s+(?:was|were|had\s+been)\s+[a-z]+ed\b")
# Any finite verb sign at all: a clause without one ("her first stop Tuesday morning") takes its tense
# from the sentence before it.
ANY_VERB = re.compile(r"\b(?i:said|says|say|told|tells|is|are|am|be|been|has|have|do|does|can|could|may|might|"
                      r"must|should|announced|reported)\b")
# A weekday's event named with a possessive ("Wednesday's ruling") is looked back on unless the clause
# plainly speaks of the future; reported speech ("would") does not make it future.
STRONG_FUTURE = re.compile(r"\b(?i:will|shall|'ll|\u2019ll|upcoming|is\s+to|are\s+to|set\s+to|scheduled|due\s+to\s+be)\b")
# Where the clause around a date starts and ends, for reading its tense.
# "and" between two names ("Kenya and Tanzania", "the National Abortion and Reproductive Rights Action
# League") joins words, not clauses.
CLAUSE_BREAK = re.compile(r";|(?<!\d):(?!\s?\d)|[.!?][\"'`\u201d\u2019]*\s|,\s|\s(?:and|but)\s(?![A-Z])|"
                          r"\s(?:while|after|before|when|because|saying|which|who)\s")
# Names of events that use a weekday ("Black Friday"): the weekday then is no date of this week.
WEEKDAY_EPONYMS = {"black", "good", "bloody", "cyber", "super", "ash", "holy", "palm", "easter", "maundy",
                   "giving", "manic", "blue", "shrove", "low", "whit", "mothering"}
REPORTING = re.compile(r"(?i:\b(?:said|says|announced|told|reported|confirmed|stated|added|declared|"
                       r"denied|insisted|warned|noted|disclosed|revealed)\s+(?:here\s+|there\s+)?(?:on\s+|late\s+|early\s+)?)$")
# Plural nouns and units after a four-digit figure make it a count, not a year ("2000 people").
COUNT_NOUN = re.compile(r"\s+(?:[a-z]{2,}[a-rt-z]s|people|feet|foot|men|women|children|police|staff|personnel|"
                        r"metres|meters|km|mi|kg|tonnes|tons|hectares|acres|votes)\b")
# A sentence about a fiscal quarter or period: its "a year ago" is the same quarter a year before, which
# no calendar value of ours can state.
FISCAL_PERIOD = re.compile(r"(?i:quarter|\bperiod\b|months\s+ended|half)")
# A year, "last year" or "a year ago" that only says which reporting period a figure belongs to: "the 1988
# quarter", "the third quarter of 1984", "this year's third quarter", "the corresponding period last year".
# The period is a company's quarter or half, which no calendar value of ours states (and may be fiscal).
_PERIOD_NOUN = r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|last|final)\s+)?(?:fiscal\s+)?(?:quarters?|half)"
PERIOD_AFTER = re.compile(rf"(?i:(?:['\u2019]s)?\s+{_PERIOD_NOUN})\b")
PERIOD_BEFORE = re.compile(r"(?i:\b(?:quarters?|half|period)\s+(?:of\s+)?(?:fiscal\s+)?)$")
# Gates: one cheap search per sentence decides which families of patterns can match at all, so most
# sentences cost one or two scans instead of twenty.
MONTH_GATE = re.compile(rf"{_FULL_MONTH}|{_ABBR_MONTH}")
RELATIVE_GATE = re.compile(r"(?i:today|yesterday|tomorrow|tonight|week|month|year|day|ago|later|earlier|eve|"
                           r"morning|afternoon|evening|night)")
HOLIDAY_GATE = re.compile(r"Day|Eve|Christmas|Halloween|Thanksgiving")
