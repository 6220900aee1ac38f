"""Claims, mentions and contexts share their fields-sets: memory per claim, with exact semantics."""
from __future__ import annotations

import pickle

from checker.models import Context


def test_fields_set_is_shared_between_equal_instances() -> None:
    a, b = Context(window="a b"), Context(window="c d")
    assert a.model_fields_set == {"window"}
    assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__


def test_assignment_marks_the_field_set_on_that_instance_only() -> None:
    a, b = Context(window="a b"), Context(window="c d")
    a.measure = "killed"
    assert a.model_fields_set == {"window", "measure"}
    assert b.model_fields_set == {"window"}
    assert a.model_dump(exclude_unset=True) == {"window": "a b", "measure": "killed"}


def test_pickled_instances_come_back_equal_and_pooled() -> None:
    a = Context(window="a b", event=["signing"])
    back = pickle.loads(pickle.dumps(a))
    assert back == a
    assert back.__pydantic_fields_set__ is Context(window="x", event=[]).__pydantic_fields_set__
