"""Build checker/data/wordnet.tsv.gz, the aligner's compact WordNet 3.0 table.

Source: Princeton WordNet 3.0 as installed by Debian's ``wordnet-base`` package
(/usr/share/wordnet: data.noun, data.verb, index.noun, index.verb, noun.exc, verb.exc).
Licence: the WordNet 3.0 licence (/usr/share/doc/wordnet-base/copyright), which allows copying
and modification provided the copyright notice travels with every copy; the script writes it to
checker/data/WORDNET-LICENSE.txt beside the table, with a line saying what was derived.

Why a derived table rather than the WordNet files: the full database is 36 MB and needs a
WordNet reader at run time; the aligner needs only a few relations of nouns and verbs, and CI
machines must not need ``wordnet-base`` installed. The table keeps exactly what
checker/lexicon/wordnet.py reads, nothing more.

Rerun (deterministic: same input files give the same bytes, the gzip header carries no time or
name), then commit both outputs; tests/test_lexicon.py rebuilds and compares them wherever
/usr/share/wordnet exists (``apt-get install wordnet-base``):

    python scripts/build_wordnet.py /usr/share/wordnet

Output: ~7.5 MB of text, 2.7 MB gzipped (WordNet 3.0: 82,115 noun and 13,767 verb synsets,
117,798 noun and 11,529 verb lemmas).

Table format (UTF-8 text, gzip). Sections start with a ``%`` line; every other line is one
record ``<key><TAB><value>``, and the value's own fields are separated by single spaces (lists
inside a field by commas, an empty field is an empty string). One tab a line lets the loader build
each section's dict in a few C-level calls instead of a Python loop over 240,000 lines (about
0.1 s instead of 0.45 s). Synset ids in the API are ``ss_type * 100_000_000 + offset`` (ss_type 1 =
noun, 2 = verb, as in WordNet's sense keys), so 102958343 is data.noun offset 02958343; inside the
table a synset is its bare offset, its part of speech given by the section or field.

    #crosscheck-wordnet 1 WordNet 3.0        version line
    %lexnames       <lex_filenum> TAB <lexicographer file name>           (6 TAB noun.artifact)
    %synsets n|v    <offset> TAB <lex_filenum> <head word> <hypernyms> <verb groups> <antonyms>
                    <derived> <gloss>
                    hypernyms (@, @i), verb groups ($) and antonyms (!, a lexical pointer kept
                    here for its synset) are offsets of the same part of speech;
                    derived (+, lexical pointers kept only between noun and verb) are offsets of
                    the other one; gloss, for verbs only, is the content lemmas of the gloss's
                    first clause (before ';'); head word is the synset's first word, for display.
    %lemmas n|v     <lemma> TAB <tagged senses> <offsets in WordNet sense order, most frequent first>
                    tagged senses is index.*'s tagsense_cnt: how many of those senses have a
                    frequency count in the semantically tagged corpora (the later ones have none).
    %derived n|v    <lemma> TAB <its derivational relatives in the other part of speech, in the
                    lemma's sense order>                                   (derailment TAB derail)

Multiword lemmas keep WordNet's underscores (``passenger_car``); all words are lower-cased.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

POS_FILES: dict[str, str] = {"n": "noun", "v": "verb"}
OTHER_POS: dict[str, str] = {"n": "v", "v": "n"}

# lexnames(5WN): lex_filenum -> lexicographer file name. The list is fixed by WordNet 3.0 and not
# shipped as a data file by wordnet-base (only inside the man page), so it lives here.
LEXNAMES: tuple[str, ...] = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event",
    "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process",
    "noun.quantity", "noun.relation", "noun.shape", "noun.state", "noun.substance", "noun.time",
    "verb.body", "verb.change", "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion",
    "verb.perception", "verb.possession", "verb.social", "verb.stative", "verb.weather",
    "adj.ppl",
)

# Function words dropped from verb glosses. Particles such as off/out/up/down stay: in "run off
# or leave the rails" they carry the meaning of the phrasal verb.
GLOSS_STOPWORDS: frozenset[str] = frozenset("""
    a an the and or but nor not no so as if than then that this these those which who whom whose
    what when where while whether of to in into on onto at by for from with without within about
    over under through during before after against between among upon via per
    be is are was were been being am have has had having do does did done can could may might
    must shall should will would
    it its it's itself he him his himself she her herself they them their themselves we us our
    you your one oneself one's someone somebody something somewhere anything anyone everything
    each every all any some such other another more most less very also especially usually often
    e.g. i.e. etc
""".split())

# WordNet's morphy detachment rules (morph.c), used to lemmatise gloss words at build time.
DETACHMENT_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
}

GLOSS_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


@dataclass
class Synset:
    """One data.* line, reduced to what the table keeps."""

    pos: str
    offset: int
    lex_filenum: int
    words: list[str]
    hypernyms: list[int] = field(default_factory=list)
    verb_groups: list[int] = field(default_factory=list)
    antonyms: list[int] = field(default_factory=list)
    # (source word index, target offset, target word index), 0-based; noun<->verb only.
    derivations: list[tuple[int, int, int]] = field(default_factory=list)
    gloss: str = ""


@dataclass
class IndexEntry:
    """One index.* line: a lemma's synsets in sense order and how many of them are tagged."""

    tagged: int
    offsets: list[int]


def parse_data_line(pos: str, line: str) -> Synset:
    """Parse a data.noun / data.verb line (format in wndb(5WN))."""
    body, _, gloss = line.partition(" | ")
    fields = body.split()
    offset, lex_filenum = int(fields[0]), int(fields[1])
    word_count = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower() for i in range(word_count)]
    if any("," in word for word in words):  # the table writes word lists comma-separated
        raise ValueError(f"data.{POS_FILES[pos]} {fields[0]}: a word with a comma: {words}")
    cursor = 4 + 2 * word_count
    pointer_count = int(fields[cursor])
    cursor += 1
    synset = Synset(pos, offset, lex_filenum, words, gloss=gloss.strip())
    for _ in range(pointer_count):
        symbol, target, target_pos, source_target = fields[cursor:cursor + 4]
        cursor += 4
        if symbol in ("@", "@i"):
            synset.hypernyms.append(int(target))
        elif symbol == "$":
            synset.verb_groups.append(int(target))
        elif symbol == "!" and target_pos == pos:
            synset.antonyms.append(int(target))
        elif symbol == "+" and target_pos == OTHER_POS[pos]:
            source_word, target_word = int(source_target[:2], 16), int(source_target[2:], 16)
            synset.derivations.append((source_word - 1, int(target), target_word - 1))
    return synset


def read_data(root: Path, pos: str) -> dict[int, Synset]:
    synsets: dict[int, Synset] = {}
    with open(root / f"data.{POS_FILES[pos]}", encoding="utf-8") as data_file:
        for line in data_file:
            if not line.startswith("  "):  # the licence header lines start with two spaces
                synset = parse_data_line(pos, line.rstrip("\n"))
                synsets[synset.offset] = synset
    return synsets


def read_index(root: Path, pos: str) -> dict[str, IndexEntry]:
    """index.*: lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets..."""
    entries: dict[str, IndexEntry] = {}
    with open(root / f"index.{POS_FILES[pos]}", encoding="utf-8") as index_file:
        for line in index_file:
            if line.startswith("  "):
                continue
            fields = line.split()
            synset_count, pointer_count = int(fields[2]), int(fields[3])
            tagged = int(fields[5 + pointer_count])
            offsets = [int(offset) for offset in fields[6 + pointer_count:]]
            if len(offsets) != synset_count:
                raise ValueError(f"index.{POS_FILES[pos]}: bad line for {fields[0]!r}")
            entries[fields[0]] = IndexEntry(tagged, offsets)
    return entries


def read_exceptions(root: Path, pos: str) -> dict[str, list[str]]:
    exceptions: dict[str, list[str]] = {}
    with open(root / f"{POS_FILES[pos]}.exc", encoding="utf-8") as exc_file:
        for line in exc_file:
            inflected, *bases = line.split()
            exceptions[inflected] = bases
    return exceptions


class Morphy:
    """WordNet's morphy for single words: exception list first, then detachment rules, keeping
    only bases that are lemmas of that part of speech."""

    def __init__(self, lemmas: dict[str, set[str]], exceptions: dict[str, dict[str, list[str]]]):
        self.lemmas = lemmas
        self.exceptions = exceptions

    def base(self, word: str, pos: str) -> str | None:
        if word in self.lemmas[pos]:
            return word
        for base in self.exceptions[pos].get(word, []):
            if base in self.lemmas[pos]:
                return base
        for suffix, ending in DETACHMENT_RULES[pos]:
            if word.endswith(suffix) and len(word) > len(suffix):
                candidate = word[: len(word) - len(suffix)] + ending
                if candidate in self.lemmas[pos]:
                    return candidate
        return None

    def gloss_lemma(self, word: str) -> str:
        """Verb glosses are verb phrases, so a word is read as a verb first, then as a noun."""
        return self.base(word, "v") or self.base(word, "n") or word


def gloss_lemmas(gloss: str, morphy: Morphy) -> list[str]:
    """Content lemmas of the gloss's first clause: "run off or leave the rails" ->
    run, off, leave, rail (order kept, duplicates dropped)."""
    first_clause = gloss.split(";", 1)[0].lower()
    lemmas: list[str] = []
    for word in GLOSS_WORD.findall(first_clause):
        if word in GLOSS_STOPWORDS:
            continue
        lemma = morphy.gloss_lemma(word)
        if lemma not in GLOSS_STOPWORDS and lemma not in lemmas:
            lemmas.append(lemma)
    return lemmas


def join_ints(values: list[int]) -> str:
    return ",".join(str(value) for value in dict.fromkeys(values))


def build_table(root: Path) -> bytes:
    """The whole table as uncompressed UTF-8 bytes, in a fixed order (deterministic)."""
    data = {pos: read_data(root, pos) for pos in POS_FILES}
    index = {pos: read_index(root, pos) for pos in POS_FILES}
    morphy = Morphy({pos: set(index[pos]) for pos in POS_FILES},
                    {pos: read_exceptions(root, pos) for pos in POS_FILES})
    lines: list[str] = ["#crosscheck-wordnet 1 WordNet 3.0", "%lexnames"]
    used_lexfiles = sorted({s.lex_filenum for pos in POS_FILES for s in data[pos].values()})
    lines += [f"{number}\t{LEXNAMES[number]}" for number in used_lexfiles]
    for pos in POS_FILES:
        lines.append(f"%synsets {pos}")
        for offset in sorted(data[pos]):
            synset = data[pos][offset]
            gloss = ",".join(gloss_lemmas(synset.gloss, morphy)) if pos == "v" else ""
            value = " ".join((str(synset.lex_filenum), synset.words[0], join_ints(synset.hypernyms),
                              join_ints(synset.verb_groups), join_ints(synset.antonyms),
                              join_ints([target for _, target, _ in synset.derivations]), gloss))
            lines.append(f"{offset}\t{value}")
    for pos in POS_FILES:
        lines.append(f"%lemmas {pos}")
        for lemma in sorted(index[pos]):
            entry = index[pos][lemma]
            lines.append(f"{lemma}\t{entry.tagged} {join_ints(entry.offsets)}")
    for pos in POS_FILES:
        lines.append(f"%derived {pos}")
        lines += [f"{lemma}\t{','.join(relatives)}"
                  for lemma, relatives in derivational_relatives(pos, data, index).items()]
    return ("\n".join(lines) + "\n").encode("utf-8")


def derivational_relatives(pos: str, data: dict[str, dict[int, Synset]],
                           index: dict[str, dict[str, IndexEntry]]) -> dict[str, list[str]]:
    """lemma -> the exact words its + pointers lead to in the other part of speech. Lexical
    pointers name the source and target word, so "strike" (n) gives "strike" (v), not every
    member of the verb's synset."""
    other = OTHER_POS[pos]
    relatives_of: dict[str, list[str]] = {}
    for lemma in sorted(index[pos]):
        relatives: list[str] = []
        for offset in index[pos][lemma].offsets:
            synset = data[pos][offset]
            for source_word, target, target_word in synset.derivations:
                if synset.words[source_word] == lemma:
                    relative = data[other][target].words[target_word]
                    if relative not in relatives:
                        relatives.append(relative)
        if relatives:
            relatives_of[lemma] = relatives
    return relatives_of


def gzip_deterministic(payload: bytes) -> bytes:
    """gzip without a timestamp or file name in the header, so reruns give identical bytes."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as out:
        out.write(payload)
    return buffer.getvalue()


def licence_text(root: Path) -> str:
    """The WordNet 3.0 licence paragraph from Debian's copyright file, un-indented."""
    copyright_file = Path("/usr/share/doc/wordnet-base/copyright")
    licence_lines: list[str] = []
    in_licence = False
    for line in copyright_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("License: WordNet3.0"):
            in_licence = True
            continue
        if in_licence:
            if not line.startswith(" "):
                break
            licence_lines.append("" if line.strip() == "." else line[1:])
    if not licence_lines:
        raise ValueError(f"{copyright_file}: no 'License: WordNet3.0' paragraph")
    header = (
        "checker/data/wordnet.tsv.gz is derived from Princeton WordNet 3.0 (data.noun, data.verb,\n"
        "index.noun, index.verb, noun.exc, verb.exc as installed by Debian's wordnet-base package\n"
        f"in {root}) by scripts/build_wordnet.py: noun and verb lemmas with their synsets in\n"
        "sense order, lexicographer file names, hypernym, verb-group and derivational pointers\n"
        "and lemmatised first clauses of verb glosses. It is distributed under the WordNet 3.0\n"
        "licence below.\n\n"
        "WordNet 3.0 license (https://wordnet.princeton.edu/license-and-commercial-use)\n\n"
    )
    return header + "\n".join(licence_lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("wordnet_dir", type=Path, help="folder with data.noun etc.")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent.parent / "checker" / "data",
                        help="output folder (default: checker/data of this repository)")
    args = parser.parse_args(argv)
    missing = [name for pos in POS_FILES.values() for name in
               (f"data.{pos}", f"index.{pos}", f"{pos}.exc") if not (args.wordnet_dir / name).is_file()]
    if missing:
        print(f"build_wordnet: {args.wordnet_dir} lacks {', '.join(missing)}", file=sys.stderr)
        return 2
    table = build_table(args.wordnet_dir)
    compressed = gzip_deterministic(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "wordnet.tsv.gz").write_bytes(compressed)
    (args.out / "WORDNET-LICENSE.txt").write_text(licence_text(args.wordnet_dir), encoding="utf-8")
    print(f"wordnet.tsv.gz: {len(table):,} bytes of text, {len(compressed):,} gzipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
