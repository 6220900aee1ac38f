"""What a normalizer returns for one mention."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from checker.models import Qualifier


class Normalized(BaseModel):
    model_config = ConfigDict(extra="forbid")

    value: str  # the contract's normalized value ("2025-01-17", "1300000 km", "245000000000 USD")
    qualifier: Qualifier = "exact"
    resolution: str | None = None  # how the value was derived, in plain words
    lo: float | None = None  # what the claim allows, in `unit` (dates: proleptic ordinal days)
    hi: float | None = None
    unit: str | None = None
    certain: bool = True  # False when it rests on an inferred or unknown reference date
    comparable: bool = True  # False when the text uses the value as a name ("the 2015 deal")
    extra: dict[str, Any] = Field(default_factory=dict)
