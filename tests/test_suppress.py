"""Inline suppression comments: regions, code matching, and the any-claim rule."""
from __future__ import annotations

from checker.models import Document, Finding, Source
from checker.options import Options
from checker.report.select import select_findings
from checker.report.suppress import apply_suppressions, find_regions
from test_formats_snapshots import A_PATH, A_TEXT, B_PATH, B_TEXT, claim, sample_report


def covered(text: str) -> list[tuple[str, tuple[str, ...] | None]]:
    return [(text[r.start:r.end], r.codes) for r in find_regions(text)]


def test_disable_enable_region_with_codes_and_reason() -> None:
    text = "one\n<!-- crosscheck-disable DT001, NM -- the toll is older -->\ntwo\n<!-- crosscheck-enable -->\nthree\n"
    ((inside, codes),) = covered(text)
    assert codes == ("DT001", "NM") and "two" in inside and "three" not in inside and "one" not in inside


def test_disable_without_enable_runs_to_the_end_and_without_codes_covers_all() -> None:
    ((inside, codes),) = covered("one\n<!-- crosscheck-disable -->\ntwo\nthree")
    assert codes is None and inside.endswith("two\nthree")


def test_enable_of_one_code_keeps_the_others_disabled() -> None:
    text = ("<!-- crosscheck-disable DT, NM -->\nALPHA\n<!-- crosscheck-enable DT -->\nBRAVO\n"
            "<!-- crosscheck-enable -->\nCHARLIE")
    regions = covered(text)
    assert [codes for _, codes in regions] == [("DT", "NM"), ("NM",)]
    assert "ALPHA" in regions[0][0] and "BRAVO" not in regions[0][0]
    assert "BRAVO" in regions[1][0] and "ALPHA" not in regions[1][0] and "CHARLIE" not in regions[1][0]


def test_ignore_next_line_skips_blank_lines_and_covers_one_line() -> None:
    text = "<!-- crosscheck-ignore-next-line QT002 -->\n\n  \nThe quote.\nNext paragraph.\n"
    assert covered(text) == [("The quote.", ("QT002",))]
    assert covered("last line <!-- crosscheck-ignore-next-line -->") == []


def test_unknown_directive_warns_with_the_line() -> None:
    warnings: list[str] = []
    assert find_regions("a\n<!-- crosscheck-disabel -->\n", "a.md", warnings.append) == []
    assert warnings == ["a.md:2: unknown directive 'crosscheck-disabel' (expected one of: crosscheck-disable, "
                        "crosscheck-enable, crosscheck-ignore-next-line)"]


def test_enable_of_a_code_inside_disable_all_warns() -> None:
    warnings: list[str] = []
    regions = find_regions("<!-- crosscheck-disable -->\na\n<!-- crosscheck-enable DT001 -->\nb", "a.md", warnings.append)
    assert len(regions) == 1 and regions[0].codes is None and "has no effect" in warnings[0]


def docs_with(a_text: str, b_text: str = B_TEXT) -> list[Document]:
    return [Document(source=Source(path=A_PATH, text=a_text), sentences=[]),
            Document(source=Source(path=B_PATH, text=b_text), sentences=[])]


def date_finding(a_text: str) -> Finding:
    """The sample's DT001 finding, its first claim located in `a_text`."""
    f = sample_report().findings[0]
    f.claims[0] = claim(A_PATH, a_text, "January 19, 2025", "2025-01-19")
    return f


ABOVE = "<!-- crosscheck-ignore-next-line {codes} -->\n"


def test_a_finding_is_suppressed_when_any_of_its_claims_is() -> None:
    """Suppressing in one's own article silences the finding, whatever the other article says."""
    a_text = A_TEXT.replace("On January 19", ABOVE.format(codes="DT001") + "On January 19")
    assert apply_suppressions([date_finding(a_text)], docs_with(a_text)) == []


def test_suppression_matches_by_code_prefix_or_name_only() -> None:
    for codes, suppressed in [("DT", True), ("date-mismatch", True), ("dt001", True), ("NM001", False),
                              ("DT002", False), ("", True)]:
        a_text = A_TEXT.replace("On January 19", ABOVE.format(codes=codes) + "On January 19")
        kept = apply_suppressions([date_finding(a_text)], docs_with(a_text))
        assert (kept == []) is suppressed, codes


def test_a_comment_elsewhere_in_the_article_does_not_suppress() -> None:
    a_text = ABOVE.format(codes="DT001") + "Unrelated first line.\n" + A_TEXT
    assert len(apply_suppressions([date_finding(a_text)], docs_with(a_text))) == 1


def test_select_findings_applies_suppressions_when_given_the_documents() -> None:
    a_text = "<!-- crosscheck-disable -->\n" + A_TEXT
    finding = date_finding(a_text)
    assert select_findings([finding], Options(), docs_with(a_text)) == []
    assert select_findings([finding], Options()) == [finding]  # no documents: nothing to read comments from
    assert select_findings([finding], Options(ignore=["DT"]), None) == []
