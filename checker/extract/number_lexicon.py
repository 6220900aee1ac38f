"""Words around a figure that change what it says: hedges, currencies, multipliers, percent signs.

The hedge phrases here only decide what the extractor puts inside a figure's span; what each hedge
allows (its interval) is rule data in rules/tolerances.yaml, read by the normalizer.
"""
from __future__ import annotations

import re

# Hedges written before a figure, longest first so "no more than" wins over "more than".
HEDGES_BEFORE = (
    "at least", "no fewer than", "no less than", "not less than", "a minimum of", "a total of",
    "more than", "well over", "just over", "over", "above", "in excess of", "upwards of", "upward of",
    "exceeding", "greater than", "north of", "nearly", "almost", "close to", "just under", "just shy of",
    "about", "around", "approximately", "approx.", "roughly", "some", "an estimated", "estimated",
    "circa", "~", "up to", "as many as", "as much as", "at most", "no more than", "not more than",
    "a maximum of", "fewer than", "less than", "under", "below", "exactly", "precisely", "just",
    "at least some", "more or less",
    # wider news usage: averages and "barely" are approximate; comparatives are open bounds; "just
    # over"/"slightly less than" are bounds a little way off the figure
    "barely", "hardly", "just about", "an average of", "average of", "averaging", "averaged", "on average",
    "in the region of", "on the order of", "not quite", "a little under", "a little less than",
    "slightly under", "slightly less than", "slightly below", "just below", "a little over",
    "a little more than", "slightly over", "slightly more than", "slightly above", "just above",
    "well above", "well in excess of", "far more than", "much more than", "higher than", "larger than",
    "bigger than", "older than", "well below", "well under", "far less than", "far fewer than",
    "much less than", "lower than", "smaller than", "younger than", "beneath",
)
# Hedges written after a figure: "100 or more", "50-plus", "100+".
HEDGES_AFTER = {"or more": "or more", "or so": "or so", "plus": "plus", "+": "plus", "or fewer": "or fewer",
                "or less": "or less", "odd": "odd", "or higher": "or higher", "or above": "or above",
                "or over": "or over", "or older": "or older", "and above": "and above", "and over": "and over",
                "and up": "and up", "or lower": "or lower", "or below": "or below", "or under": "or under",
                "or younger": "or younger", "and below": "and below", "and under": "and under",
                "on average": "on average"}

_HEDGE_ALT = "|".join(re.escape(h) for h in sorted(HEDGES_BEFORE, key=len, reverse=True))
HEDGE_BEFORE = re.compile(r"(?:(?<=\W)|^)(?i:" + _HEDGE_ALT + r")\s+$")
HEDGE_AFTER = re.compile(r"(?:[ -](?i:or (?:more|so|fewer|less|higher|above|over|older|lower|below|under|younger)"
                         r"|and (?:above|over|up|below|under)|on average)\b|-(?i:plus|odd)\b|\+)")

# Currency written before the number ("$", "US$", "EUR ") and after it ("dollars", "euros", "€").
# The letters of "A$", "C$", "HK$" are capitals glued to the "$": "a $10 billion buyback" is US
# dollars after the article "a", never Australian dollars.
CURRENCY_PREFIX: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "chf": "CHF", "c$": "CAD", "cad": "CAD",
    "a$": "AUD", "au$": "AUD", "ca$": "CAD", "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD",
    "sgd": "SGD", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR", "r$": "BRL", "brl": "BRL",
    "₽": "RUB", "rub": "RUB", "₩": "KRW", "krw": "KRW", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "zar": "ZAR", "mxn": "MXN", "try": "TRY", "pln": "PLN",
}
CURRENCY_PREFIX_RE = re.compile(
    r"(?:(?<=[^\w$])|^)(?P<cur>(?:US|AU|CA|NZ|HK|A|C|S|R)?\$ ?|[€£¥₹₽₩] ?"
    r"|(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|NZD|HKD|SGD|INR|BRL|RUB|KRW|SEK|NOK|DKK|ZAR|MXN|PLN|Rs\.?)\s?)$")
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rouble": "RUB",
    "ruble": "RUB", "won": "KRW", "franc": "CHF", "swiss franc": "CHF", "real": "BRL", "reais": "BRL",
    "rand": "ZAR", "peso": "MXN", "lira": "TRY", "zloty": "PLN", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "swedish crown": "SEK", "norwegian crown": "NOK", "danish crown": "DKK",
    "czech crown": "CZK", "icelandic crown": "ISK", "crown": "crowns", "canadian dollar": "CAD", "australian dollar": "AUD",
    "new zealand dollar": "NZD", "hong kong dollar": "HKD", "singapore dollar": "SGD",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY", "€": "EUR",
    "$": "USD", "£": "GBP",
}
# "crowns" (Reuters' English for krona/krone/koruna) names its country only with an adjective; a bare
# "crowns" keeps the word itself as its currency, so two sources that both say "crowns" still compare.
# "pounds" is money only when sterling is said or the sum has a multiplier ("3 million pounds");
# otherwise it is a weight (see checker/normalize/units.py).
CURRENCY_AFTER_RE = re.compile(
    r"\s?(?P<cur>€|(?i:(?:us |canadian |australian |new zealand |hong kong |singapore |swiss )?"
    r"(?:dollars?|euros?|pounds sterling|sterling|yen|yuan|renminbi|rupees?|roubles?|rubles?|francs?"
    r"|reais|rand|pesos?|lira|zloty|kronor|krona|kroner|krone"
    r"|(?:swedish |norwegian |danish |czech |icelandic )?crowns))\b|(?:USD|EUR|GBP|JPY|CHF|CNY)\b)")
POUNDS_RE = re.compile(r"\s(?i:pounds?)\b")

# Multipliers after a number: words anywhere, abbreviations only after a currency or before a unit.
MULTIPLIER_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
MULTIPLIER_ABBREV: dict[str, float] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9,
    "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12, "T": 1e12,
}
MULTIPLIER_WORD_RE = re.compile(r"[ -]?(?P<mult>(?i:hundred|thousand|million|billion|trillion))\b")
MULTIPLIER_ABBREV_RE = re.compile(r" ?(?P<mult>bn|mn|mln|bln|tn|trn)\b|(?P<short>[kKmMbBT])\b")

PERCENT_RE = re.compile(
    r"\s?(?P<pct>%|(?i:percentage points?|per ?cent|pct|basis points?|bps?|pp)\b)")

# A plural noun next: "2000 people", "1.2m homes" (a count, or "m" as million), but not "was", "gas".
PLURAL_NEXT = re.compile(r" (?!(?:gas|news|series|species|bus|status|census|was|has|does|as|his|its|this|thus"
                          r"|perhaps|always|whereas|plus|minus|versus|yes|ours|yours|theirs|hers)\b)"
                          r"([a-z]+(?<![su]s)(?<!is)s|people|men|women|children|police|staff|cattle)\b")
