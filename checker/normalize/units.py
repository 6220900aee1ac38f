"""Units of measure: how they are written, their symbol, and how to convert them to a base unit.

The units news writes most (km, miles, acres, tonnes, barrels, hours, degrees...) are a small table of
exact factors, so converting them costs nothing. Units outside the table (electronvolts, gigahertz,
megawatt-hours...) are converted with pint, imported only the first time such a unit needs converting:
pint takes ~130 ms to import and ~200 ms to build its registry (~20 ms from its on-disk cache), which a
check of two news articles should not pay.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True)
class Unit:
    symbol: str  # how the contract value writes it: "km", "mi", "degC"
    dimension: str | None  # base unit compared in ("meter"); None: ask pint
    factor: float | None  # base units per unit; None: ask pint
    words: tuple[str, ...]  # regular expressions, case-insensitive, for how it is written out
    symbols: tuple[str, ...] = ()  # regular expressions, case-sensitive (short symbols: "m", "C")
    offset: float = 0.0  # temperatures: base = value * factor + offset
    pint: str | None = None  # pint expression for units outside the table


_L, _A, _V, _M, _T, _S, _K = "meter", "square_meter", "cubic_meter", "kilogram", "second", \
    "meter_per_second", "kelvin"
_PL = r"(?:er|re)s?"  # meter, metres

UNITS: tuple[Unit, ...] = (
    # area first: "square kilometers" must not read as kilometers
    Unit("km2", _A, 1e6, (rf"square kilomet{_PL}", rf"sq\.? ?km", r"km squared"), (r"km2", r"km²", r"km\^2")),
    Unit("m2", _A, 1.0, (rf"square met{_PL}", r"sq\.? ?m"), (r"m2", r"m²", r"m\^2")),
    Unit("mi2", _A, 2589988.110336, (r"square miles?", r"sq\.? ?mi(?:les?)?"), ()),
    Unit("ft2", _A, 0.09290304, (r"square f(?:ee|oo)t", r"sq\.? ?ft"), ()),
    Unit("acre", _A, 4046.8564224, (r"acres?",), ()),
    Unit("ha", _A, 1e4, (r"hectares?",), (r"ha",)),
    Unit("km3", _V, 1e9, (rf"cubic kilomet{_PL}", r"km cubed"), (r"km3", r"km³", r"km\^3")),
    Unit("bcm", _V, 1e9, (r"bcm",), ()),
    Unit("m3", _V, 1.0, (rf"cubic met{_PL}", r"cu\.? ?m"), (r"m3", r"m³", r"m\^3")),
    Unit("ft3", _V, 0.028316846592, (r"cubic f(?:ee|oo)t", r"cu\.? ?ft"), ()),
    Unit("bbl", _V, 0.158987294928, (r"barrels?", r"bbl"), ()),
    Unit("gal", _V, 0.003785411784, (r"gallons?",), ()),
    Unit("ml", _V, 1e-6, (rf"millilit{_PL}",), (r"ml", r"mL")),
    Unit("cl", _V, 1e-5, (rf"centilit{_PL}",), (r"cl",)),
    Unit("L", _V, 1e-3, (rf"lit{_PL}",), (r"L",)),
    Unit("cup", _V, 2.365882365e-4, (r"cups?",), ()),
    Unit("tbsp", _V, 1.478676478125e-5, (r"tablespoons?", r"tbsp"), ()),
    Unit("tsp", _V, 4.92892159375e-6, (r"teaspoons?", r"tsp"), ()),
    Unit("km/h", _S, 1 / 3.6, (rf"kilomet{_PL} (?:per|an) hour", r"km/h", r"kph", r"kmh"), ()),
    Unit("mph", _S, 0.44704, (r"miles (?:per|an) hour", r"mph"), ()),
    Unit("m/s", _S, 1.0, (rf"met{_PL} (?:per|a) second",), (r"m/s",)),
    Unit("kn", _S, 1852 / 3600, (r"knots?",), ()),
    Unit("km", _L, 1000.0, (rf"kilomet{_PL}", r"kms?"), ()),
    Unit("cm", _L, 0.01, (rf"centimet{_PL}",), (r"cm",)),
    Unit("mm", _L, 0.001, (rf"millimet{_PL}",), (r"mm",)),
    Unit("nm", _L, 1e-9, (rf"nanomet{_PL}",), (r"nm",)),
    Unit("m", _L, 1.0, (rf"met{_PL}",), (r"m",)),
    Unit("nmi", _L, 1852.0, (r"nautical miles?", r"nmi"), ()),
    Unit("mi", _L, 1609.344, (r"miles?",), (r"mi",)),
    Unit("ft", _L, 0.3048, (r"feet", r"foot", r"ft"), ()),
    Unit("in", _L, 0.0254, (r"inch(?:es)?",), (r"in(?=\s*(?:[.,;:)]|thick|wide|long|tall|high|$))", r"in\.")),
    Unit("yd", _L, 0.9144, (r"yards?", r"yds?"), ()),
    Unit("t", _M, 1000.0, (r"tonnes?", r"metric tons?"), (r"t",)),
    Unit("ton", _M, 907.18474, (r"tons?",), ()),
    Unit("kg", _M, 1.0, (r"kilo(?:gram)?s?", r"kgs?"), ()),
    Unit("mg", _M, 1e-6, (r"milligrams?",), (r"mg",)),
    Unit("g", _M, 1e-3, (r"grams?",), (r"g",)),
    Unit("lb", _M, 0.45359237, (r"lbs?", r"pounds?(?! sterling)"), ()),
    Unit("oz", _M, 0.028349523125, (r"ounces?", r"oz"), ()),
    Unit("s", _T, 1.0, (r"seconds?", r"secs?"), ()),
    Unit("min", _T, 60.0, (r"minutes?", r"mins?"), ()),
    Unit("h", _T, 3600.0, (r"hours?", r"hrs?"), ()),
    Unit("d", _T, 86400.0, (r"days?",), ()),
    Unit("wk", _T, 604800.0, (r"weeks?",), ()),
    Unit("mo", _T, 2629746.0, (r"months?",), ()),
    Unit("yr", _T, 31556952.0, (r"years?", r"yrs?"), ()),
    # geological time: "66 Ma", "4.5 Ga", "one gigaannum"
    Unit("ka", _T, 31556952.0e3, (r"kiloannums?", r"kilo-?years?"), (r"ka", r"kyr")),
    Unit("Ma", _T, 31556952.0e6, (r"megaannums?", r"mega-?years?"), (r"Ma", r"Myr")),
    Unit("Ga", _T, 31556952.0e9, (r"gigaannums?", r"giga-?years?"), (r"Ga", r"Gyr")),
    Unit("degC", _K, 1.0, (r"degrees? (?:celsius|centigrade|c)\b", r"celsius"), (r"°\s?C", r"ºC", r"C"), offset=273.15),
    Unit("degF", _K, 5 / 9, (r"degrees? (?:fahrenheit|f)\b", r"fahrenheit"), (r"°\s?F", r"ºF", r"F"),
         offset=273.15 - 32 * 5 / 9),
    Unit("K", _K, 1.0, (r"kelvins?",), ()),
    Unit("deg", None, None, (r"degrees?",), (r"°",)),  # no scale named: not comparable
    # Outside the table: pint converts them, when one is met.
    Unit("eV", None, None, (r"electron ?volts?",), (r"[kMGT]?eV",), pint="eV"),
    Unit("Wh", None, None, (r"(?:kilo|mega|giga|tera)?watt[- ]hours?",), (r"[kMGT]?Wh",), pint="Wh"),
    Unit("W", None, None, (r"(?:kilo|mega|giga)?watts?",), (r"[kMG]?W",), pint="W"),
    Unit("Hz", None, None, (r"(?:kilo|mega|giga)?hertz",), (r"[kMG]?Hz",), pint="Hz"),
    Unit("B", None, None, (r"(?:kilo|mega|giga|tera|peta|exa)?bytes?",), (r"[kKMGTPE]B",), pint="B"),
    Unit("Gy", None, None, (r"(?:milli)?grays?",), (r"m?Gy",), pint="Gy"),
    Unit("J", None, None, (r"(?:kilo|mega)?joules?",), (r"[kM]?J",), pint="J"),
)

# Symbols written with an SI prefix map onto the unit they prefix ("MWh" is Wh); pint reads the prefix.
_PREFIXED = {u.symbol for u in UNITS if u.pint}

_SPOKEN_PREFIX = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "exa": "E", "milli": "m"}

UNIT_PATTERN = ("(?:" + "|".join(f"(?i:{w})" for u in UNITS for w in u.words) + "|"
                + "|".join(s for u in UNITS for s in u.symbols) + r")(?![\w°])")

_MATCHERS = [(u, re.compile("|".join([f"(?i:{w})" for w in u.words] + list(u.symbols)))) for u in UNITS]


def find_unit(written: str) -> tuple[Unit, str] | None:
    """The unit a written form names and the symbol to print for it ("megawatt hours" -> Wh, "MWh")."""
    for unit, rx in _MATCHERS:
        if rx.fullmatch(written):
            return unit, _symbol_as_written(unit, written)
    return None


def _symbol_as_written(unit: Unit, written: str) -> str:
    if unit.symbol not in _PREFIXED:
        return unit.symbol
    low = written.lower()
    for word, prefix in _SPOKEN_PREFIX.items():
        if low.startswith(word):
            return prefix + unit.symbol
    if len(written) > len(unit.symbol) and written.endswith(unit.symbol):
        return written
    return unit.symbol


def to_base(value: float, unit: Unit, symbol: str) -> tuple[float, str] | None:
    """`value` of the unit in its base unit and the base unit's name; None when it has no scale."""
    if unit.factor is not None and unit.dimension is not None:
        return value * unit.factor + unit.offset, unit.dimension
    if unit.pint is None:
        return None
    found = _pint_factor(symbol)
    if found is None:
        return None
    factor, dimension = found
    return value * factor, dimension


@lru_cache(maxsize=128)
def _pint_factor(symbol: str) -> tuple[float, str] | None:
    registry = _registry()
    try:
        q = registry.Quantity(1.0, symbol).to_base_units()
    except Exception:  # pint raises many types for an unknown expression; any of them means "no scale"
        return None
    return float(q.magnitude), str(q.units).replace(" ", "")


@lru_cache(maxsize=1)
def _registry() -> Any:
    """pint's registry, built from its on-disk cache when there is one (pint's own `cache_folder`,
    in the user's cache folder: 0.02 s instead of 0.2 s for every process that meets such a unit).
    A cache that cannot be written or read (a read-only home, two workers writing it at once) only
    costs the time: the registry is then built from pint's definitions."""
    import pint  # lazily: see the module docstring

    try:
        return pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # noqa: BLE001 - whatever the cache did wrong, the plain registry is the answer
        return pint.UnitRegistry()
