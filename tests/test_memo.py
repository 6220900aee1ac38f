"""The per-sentence memo: a repeated sentence is read once, and remembering never changes an answer."""
from __future__ import annotations

from pathlib import Path

from checker.memo import SentenceMemo
from checker.options import Options
from checker.pipeline import check, claims_of, load_documents
from checker.rulepack import load_rules

SENTENCES = ("Chief economist Huw Pill said on Friday that 1,200 jobs would go at the plant in Leeds. "
             "The cuts, announced two days after Tuesday's board meeting, are the largest since March 2019.")


def test_memo_computes_once_per_owner_and_stays_bounded() -> None:
    memo: SentenceMemo[int] = SentenceMemo(size=2)
    calls: list[str] = []

    def compute(key: str) -> int:
        calls.append(key)
        return len(key)

    owner, other = object(), object()
    assert memo.get(owner, "abc", lambda: compute("abc")) == 3
    assert memo.get(owner, "abc", lambda: compute("abc")) == 3
    assert calls == ["abc"] and memo.hits == 1 and memo.misses == 1
    memo.get(owner, "de", lambda: compute("de"))
    memo.get(owner, "f", lambda: compute("f"))  # over the bound: the oldest ("abc") goes
    memo.get(owner, "abc", lambda: compute("abc"))
    assert calls == ["abc", "de", "f", "abc"]
    memo.get(other, "f", lambda: compute("f"))  # another rule pack: nothing read with the first is used
    assert calls[-1] == "f" and memo.misses == 5


def _claims(folder: Path, rules_dirs: list[str] | None = None, published: str = "2026-03-06") -> list[tuple]:
    options = Options(published={str(folder / "a.txt"): published})
    rules = load_rules(rules_dirs)
    docs = load_documents([str(folder)], options, rules, lambda _m: None)
    return [(c.kind, c.raw, c.value, c.start, c.context.event, c.context.names, c.extra.get("title"))
            for d in docs for c in claims_of(d, rules, options)]


def test_a_remembered_sentence_gives_the_claims_a_first_reading_gives(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCES + "\n", encoding="utf-8")
    first = _claims(tmp_path)
    again = _claims(tmp_path)  # every sentence now comes from the memos
    assert first == again
    # the same sentences further down another text: offsets move with them, values do not
    (tmp_path / "a.txt").write_text("Markets were calm.\n\n" + SENTENCES + "\n", encoding="utf-8")
    shifted = _claims(tmp_path)
    offset = len("Markets were calm.\n\n")
    assert [(k, r, v, s - offset, e, n, t) for k, r, v, s, e, n, t in shifted if s >= offset] == first


def test_what_depends_on_the_article_is_not_remembered(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCES + "\n", encoding="utf-8")
    friday = {raw: value for kind, raw, value, *_ in _claims(tmp_path, published="2026-03-06") if kind == "date"}
    later = {raw: value for kind, raw, value, *_ in _claims(tmp_path, published="2026-03-13") if kind == "date"}
    assert friday["Friday"] == "2026-03-06" and later["Friday"] == "2026-03-13"


def test_a_different_rule_pack_reads_the_sentence_again(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Harbour warden Anna Lind said 40 boats were damaged.\n", encoding="utf-8")
    assert not [c for c in _claims(tmp_path) if c[0] == "title"]
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "titles.yaml").write_text(
        "titles:\n  - id: harbour-warden\n    description: Keeper of a harbour.\n    canonical: harbour warden\n"
        "    forms: [harbour warden]\n    group: port\n    examples: {same: [[harbour warden, Harbour Warden]], different: []}\n",
        encoding="utf-8")
    titles = [c for c in _claims(tmp_path, [str(pack)]) if c[0] == "title"]
    assert titles and titles[0][6] == "harbour-warden"


def test_a_corpus_of_repeated_stories_reports_what_a_fresh_process_reports(tmp_path: Path) -> None:
    for n in range(3):
        folder = tmp_path / f"story-{n}"
        folder.mkdir()
        for outlet, toll in (("x", 12), ("y", 12 + n)):
            (folder / f"{outlet}.md").write_text(
                f"---\npublished: 2026-03-06\n---\nA fire at the Leeds plant on Thursday killed {toll} people, "
                "officials said.\n", encoding="utf-8")
    whole = check([str(tmp_path)], Options(stories="folder", jobs=1))
    alone = [check([str(tmp_path / f"story-{n}")], Options(jobs=1)) for n in range(3)]
    assert [f.message for f in whole.findings] == [f.message for r in alone for f in r.findings]
    assert len(whole.findings) == 2
