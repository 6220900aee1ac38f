"""What an event verb acts on decides whether two dates of one frame are one fact."""
from __future__ import annotations

import pytest

from checker.extract.event_object import event_object


def _object(sentence: str, trigger: str) -> str | None:
    start = sentence.index(trigger)
    return event_object(sentence, start, start + len(trigger))


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("On January 30, Obama signed an executive order rescinding a 2001 policy.", "signed", "order"),
    ("A provision in an omnibus spending bill signed by President Obama on March 11 allows it.", "signed", "bill"),
    ("They also signed veteran DeShawn Wynn (Florida) on Tuesday.", "signed", "wynn"),
    ("On Wednesday, signed Joique Bell to replace Thomas.", "signed", "bell"),
    ("Putin and Pezeshkian will sign a comprehensive strategic partnership treaty on Friday.", "sign", "treaty"),
    ("The treaty will be signed during the visit on Friday.", "signed", None),
    ("The pact was signed on Friday in Moscow.", "signed", None),
    ("The pact was signed by both leaders on Friday.", "signed", None),  # "was" names nothing
    ("Leaders met with Xi Jinping on Tuesday.", "met with", "jinping"),
    ("The agreement was reached on Monday.", "agreement", None),  # a noun trigger is the event itself
    ("Chargers receiver Vincent Jackson was arrested for investigation of DUI on Jan. 6.", "arrested", "jackson"),
    ("Police said Jamal Williams was arrested early Sunday.", "arrested", "william"),
    ("The suspect was arrested early Sunday.", "arrested", None),  # a common noun: maybe the same one
    ("He was arrested on Sunday.", "arrested", None),
])
def test_object_of_the_event_verb(sentence: str, trigger: str, expected: str | None) -> None:
    assert _object(sentence, trigger) == expected
