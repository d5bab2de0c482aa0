"""The family's gates find every place a pattern matches, so the gated
search finds exactly the matches a full scan finds."""
from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

import pytest
import regex

from benchmarks.common import corpus_location
from newslint.document import Document
from newslint.phrases import word_start_phrases
from newslint.rules.attribution import cues, prefilter, subjects
from newslint.rules.attribution.credits import _credit_lines
from newslint.rules.attribution.lists import entries
from newslint.rules.attribution.sourcing import vague_patterns

ROOT = Path(__file__).resolve().parent.parent

TEXTS = [
    "Reporting by A. Writer\n" * 40 + "said analysts",
    "Analysts say the plan, according to some economists, would fail.\nSome people close to the talks said so.",
    "It is understood that officials, who asked not to be named, said nothing. Said analysts: no.",
    "sources familiar with the matter SAID it. One analyst said-so; unsaid words.",
    # A superscript number before a word hides its start from the C engine: the plain scan is used.
    "Footnote²analysts say ½ critics argue.",
    # Letters that case-fold to ASCII ones: "ſ" matches "s" case-insensitively.
    "ſome analyſts ſay so, and thinK tanks think it.",
    "By Jane Doe\r\nReporting by John Roe\nWritten by\nsomeone\n© 2024",
    "",
]


def _patterns() -> list[regex.Pattern]:
    """Every pattern the family searches through :mod:`cues`."""
    p = vague_patterns()
    return [
        p.nouns,
        p.inverted,
        p.passive,
        subjects._patterns()[4],
        subjects._patterns()[0],
        word_start_phrases(entries("attribution_credits.txt")),
        word_start_phrases(entries("attribution_agencies.txt"), regex.MULTILINE),
    ]


def _cases() -> list[str]:
    """The attribution benchmark's cases, with a name and a quotation filled in."""
    lines = (ROOT / "benchmarks/data/attribution_cases.jsonl").read_text(encoding="utf-8").splitlines()
    fill = {"name": "Jane Doe", "name2": "John Roe", "NAME": "JANE DOE", "quote": "We will win this."}
    out = []
    for line in lines:
        text = json.loads(line)["text"]
        for key, value in fill.items():
            text = text.replace("{" + key + "}", value)
        out.append(text)
    return out


def _articles(count: int) -> list[str]:
    corpus = corpus_location()
    paths = sorted((corpus / "bbc-dev").rglob("*.txt"))[:count] + sorted((corpus / "polnear-dev/text").glob("*.txt"))[:count]
    return [p.read_text(encoding="utf-8") for p in paths if p.is_file()]


@pytest.fixture(autouse=True)
def _no_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    # The gates from the first document on (a process warms up first).
    monkeypatch.setattr(cues, "WARM_UP_CHARS", -1)


# 0: every place tried one by one; 10**9: every text scanned whole (the path
# taken where the places lie densely, as in a file of many short lines).
BOTH_PATHS = pytest.mark.parametrize("dense", [0, 10**9], ids=["one-by-one", "whole-scan"])


@BOTH_PATHS
def test_word_gated_matches_equal_finditer(dense: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "_DENSE", dense)
    for text in TEXTS:
        doc = Document(path="<t>", text=text, metadata={})
        for pattern in _patterns():
            assert [m.span() for m in cues.matches(doc, pattern)] == [m.span() for m in pattern.finditer(text)]


def test_gated_matches_equal_finditer_on_cases_and_articles() -> None:
    texts = _cases() + _articles(40)
    for pattern in _patterns():
        assert prefilter.gate(pattern) is not None, pattern.pattern[:60]
        for text in texts:
            doc = Document(path="<t>", text=text, metadata={})
            assert [m.span() for m in cues.matches(doc, pattern)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("make", [prefilter.gate, prefilter.fine_gate], ids=["gate", "fine-gate"])
def test_every_place_a_pattern_matches_passes_its_gate(make) -> None:
    """Pointwise: wherever a pattern matches (not only where finditer goes),
    its gate (and its fine gate) matches, on every benchmark case and the edge texts."""
    matched = 0
    for pattern in _patterns():
        gate = make(pattern)
        assert gate is not None
        for text in TEXTS[:4] + TEXTS[6:] + _cases():
            places = {m.start() for m in gate.on_text().finditer(text)}
            folded = places if not gate.folds else {m.start() for m in gate.on_lowered().finditer(text.lower())}
            for p in range(len(text) + 1):
                if pattern.match(text, p):
                    matched += 1
                    assert p in places and p in folded, (pattern.pattern[:60], text[p : p + 40])
    assert matched > 100


def test_the_first_process_documents_are_searched_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "WARM_UP_CHARS", 10**12)
    doc = Document(path="<t>", text=TEXTS[1], metadata={})
    assert cues.starts(doc, vague_patterns().nouns) is None


@pytest.mark.parametrize(
    ("source", "flags", "expected"),
    [
        # Boundaries and lookarounds dropped; a word start kept; letters factored.
        (r"(?<!\w)(?:\bsaid\b|\bsays\b)(?!\s+x)", 0, r"(?<!\w)(?=sa(?:id|ys))"),
        (r"\m(?:analysts)\s+(?-i:\p{Lu})\w+", 0, r"(?<!\w)(?=analysts\s+)"),
        # A leading optional group is spread over its alternatives.
        (r"(?:(?:a|an)\s+)?critics?", 0, r"(?=(?:a(?:\s+critics?|n\s+critics?)|critics?))"),
        # A cut inside a group keeps the first repetition's beginning.
        (r"x(?:ab\p{L}|cd)+y", 0, r"(?=x(?:(?:ab|cd)))"),
        (r"x(?:ab\p{L}|cd)*y", 0, r"(?=x)"),
        (r"ab{,3}", 0, r"(?=ab{0,3})"),
        # Letters of a case-sensitive group keep their case under IGNORECASE.
        (r"(?:Ab)(?-i:Cd|Ce)", regex.IGNORECASE, r"(?=ab(?-i:C(?:d|e)))"),
        (r"\bSaid\s+[A-Z]", regex.IGNORECASE, r"(?=said\s+[a-z])"),
        (r"a[^b]c", 0, r"(?=a)"),
    ],
)
def test_gate_sources(source: str, flags: int, expected: str) -> None:
    gate = prefilter.gate(regex.compile(source, flags))
    assert gate is not None and gate.on_text().pattern == expected
    assert gate.folds == bool(flags and "(?-i:" not in expected)


@pytest.mark.parametrize("source", [r"(?r)said", r"\p{Lu}\w+", r"said|\w+", r"^By", r"(?i:a)b", "é"])
def test_no_gate_where_every_place_would_do(source: str) -> None:
    assert prefilter.gate(regex.compile(source)) is None


def test_no_gate_under_flags_it_cannot_follow() -> None:
    assert prefilter.gate(regex.compile("said", regex.FULLCASE | regex.IGNORECASE)) is None


def test_case_fold_exceptions_are_complete() -> None:
    """Lower-cased text stands for the text in a caseless gate: every
    character that matches an ASCII letter case-insensitively lower-cases to
    it, or is listed (such texts are scanned as they are); and lower-casing
    makes no word character, space or line break of anything else."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    odd = {
        m.group()
        for letter in string.ascii_lowercase
        for m in regex.finditer(letter, everything, regex.IGNORECASE)
        if m.group().lower() != letter
    }
    assert odd == set(cues.CASE_FOLD_EXCEPTIONS)
    for ch in everything:
        low = ch.lower()
        if len(low) != 1 or low == ch:
            continue
        assert low != "\n" and not re.match(r"\s", low), hex(ord(ch))
        if not regex.match(r"[\w\p{No}]", ch):
            assert not re.match(r"\w", low), hex(ord(ch))


def test_a_text_with_an_exception_is_scanned_as_it_is() -> None:
    doc = Document(path="<t>", text="\u017fome analysts say so.", metadata={})
    assert [m.span() for m in cues.matches(doc, vague_patterns().nouns)] == [m.span() for m in vague_patterns().nouns.finditer(doc.text)]
    assert not cues._folds(doc)


def test_re_folds_and_spaces_as_regex_does_or_looser() -> None:
    """The gates rely on it: under IGNORECASE ``re`` matches an ASCII letter
    wherever ``regex`` does, and its ``\\s`` holds ``regex``'s."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in string.ascii_letters:
        folded = {m.group() for m in regex.finditer(letter, everything, regex.IGNORECASE)}
        assert folded <= {m.group() for m in re.finditer(letter, everything, re.IGNORECASE)}, letter
    assert {m.group() for m in regex.finditer(r"\s", everything)} <= {m.group() for m in re.finditer(r"\s", everything)}


@BOTH_PATHS
def test_line_start_matches_equal_finditer(dense: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "_DENSE", dense)
    pattern = _credit_lines()
    for text in TEXTS:
        doc = Document(path="<t>", text=text, metadata={})
        assert [m.span() for m in cues.at_line_starts(doc, pattern)] == [m.span() for m in pattern.finditer(text)]


# Lines that are empty (LF, CRLF, at the start and the end), hold only spaces,
# open with a lone CR, and credits on the lines around them.
_LINE_TEXTS = [
    "\n\nBy Jane Doe\n\n\nReporting by A. Writer\n\n",
    "\r\n\r\nJane Doe\r\nBusiness reporter, BBC News\r\n\r\n   \r\nSource: Reuters\r\n",
    "Jane Doe is a senior reporter for the paper.\n \n\t\n\rBy Jane Doe\n\u2028\nLONDON (Reuters) -",
    "\nEmail jane@example.com\n\n- Jane Doe and John Roe contributed.\n\nJane Doe | The Guardian\n",
    "",
    "\n",
    "\r\n",
]


@BOTH_PATHS
def test_every_line_start_pattern_skips_only_empty_lines(dense: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """at_line_starts leaves the empty lines out: no pattern the family gives
    it can match there, so its matches stay finditer's."""
    from newslint.rules.attribution import bylines, credits

    monkeypatch.setattr(cues, "_DENSE", dense)
    patterns = [
        credits._credit_lines(),
        credits._ANY_DATELINE,
        bylines._BYLINE,
        bylines._bio(),
        bylines._BIO_VERB,
        bylines._NAME_ALONE,
        bylines._CONTACT,
        bylines._CONTRIBUTED,
        bylines._NAME_LINE,
    ]
    found = 0
    for pattern in patterns:
        for text in TEXTS + _LINE_TEXTS:
            doc = Document(path="<t>", text=text, metadata={})
            expected = [m.span() for m in pattern.finditer(text)]
            found += len(expected)
            assert [m.span() for m in cues.at_line_starts(doc, pattern)] == expected, (pattern.pattern[:40], text)
    assert found  # the texts hold credits of several kinds
    doc = Document(path="<t>", text="\n\nBy X\r\n\r\n y\n", metadata={})
    assert list(cues.line_starts(doc)) == [2, 10]


def test_the_other_number_characters_are_what_the_c_engine_adds_to_word() -> None:
    # cues and its gates rely on it: the C re's \w is regex's \w plus \p{No} (less marks).
    import re

    extra = [chr(c) for c in range(0x110000) if re.match(r"\w", chr(c)) and not regex.match(r"\w", chr(c))]
    assert extra and all(regex.match(r"\p{No}", ch) for ch in extra)


def _scanner(doc: Document, pattern: regex.Pattern) -> tuple[re.Pattern[str], str]:
    """The gate scan ``cues.starts`` runs for ``pattern`` on ``doc``, and the text it reads."""
    gate = prefilter.gate(pattern)
    assert gate is not None
    if gate.folds and cues._folds(doc):
        return gate.on_lowered(), doc.text.lower()
    return gate.on_text(), doc.text


def test_gates_scanned_together_list_what_each_scan_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """Once every gate has joined its kind (the first document), each document's
    places come from one joint scan per kind, and each gate's equal what its own
    scan lists, on the edge texts, every benchmark case and 80 articles."""
    monkeypatch.setattr(cues, "_KINDS", {})
    texts = TEXTS + _cases() + _articles(40)
    first = Document(path="<t>", text=TEXTS[1], metadata={})
    for pattern in _patterns():
        cues.starts(first, pattern)
    assert max(len(kind.members) for kind in cues._KINDS.values()) >= 5
    for text in texts:
        doc = Document(path="<t>", text=text, metadata={})
        for pattern in _patterns():
            places = cues.starts(doc, pattern)
            if places is None:
                continue  # a text searched the plain way
            scanner, scanned = _scanner(doc, pattern)
            own = [m.start() for m in scanner.finditer(scanned)]
            assert list(doc.memo[cues.places_key(scanner)]) == own, (pattern.pattern[:60], text[:60])
            # ... and the places handed on are those of them the fine gate passes.
            fine = prefilter.fine_gate(pattern)
            if fine is not None and fine.source != prefilter.gate(pattern).source:
                low = fine.folds and cues._folds(doc)
                passes = (fine.on_lowered() if low else fine.on_text()).match
                assert list(places) == [p for p in own if passes(doc.text.lower() if low else doc.text, p)]


def test_a_joint_scan_of_gates_with_different_openers() -> None:
    gates = [prefilter.Gate(r"(?<!\w)(?=said)", 0, True), prefilter.Gate(r"(?=id\s)", 0, True), prefilter.Gate(r"(?<!\w)(?=sa)", 0, True)]
    joint = cues._joint([g.parts() for g in gates], 0)
    text = "she said it, saying so; aid id said"
    found: list[list[int]] = [[] for _ in gates]
    for m in joint.finditer(text):
        for i, hit in enumerate(m.groups()):
            if hit is not None:
                found[i].append(m.start())
    assert found == [[m.start() for m in g.on_text().finditer(text)] for g in gates]
    assert found == [[4, 31], [6, 25, 28], [4, 13, 31]]


def test_a_gate_with_groups_is_scanned_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cues, "_KINDS", {})
    together = cues._Together()
    doc = Document(path="<t>", text="said so", metadata={})
    scanner = re.compile(r"(?<!\w)(?=(sa)id)")
    together.scan(doc, prefilter.Gate(scanner.pattern, 0, False), scanner, doc.text)
    assert together.members == [] and list(doc.memo[cues.places_key(scanner)]) == [0]


@pytest.mark.parametrize("case", ["capitals", "word-starts"])
def test_the_quick_joint_scan_lists_each_gates_own_places(case: str) -> None:
    """The joint scan's quick forms (a character set of the gates' first
    letters, or a scan of the characters before word starts) list, for each
    gate, the places of its own scan: at the text's start, after any
    non-word character, next to letters that fold to ASCII ones."""
    if case == "capitals":
        sources = [(r"(?<!\w)(?:AP|Reuters|dpa)\b", 0), (r"(?<!\w)(?:AFP|Xinhua|A)", 0)]
        alphabet = "APRdpaXAFeutrsn -(\n²_İ"
    else:
        sources = [(r"(?<!\w)(?:said|says)\s", regex.IGNORECASE), (r"\m(?:analysts?|critics|a\s+friend|told|warned|believe)", regex.IGNORECASE)]
        alphabet = "saidyn crtlfowbe-(\n²_ſ"
    gates = [prefilter.gate(regex.compile(source, flags)) for source, flags in sources]
    assert all(gates)
    scanners = [g.on_lowered() if g.folds else g.on_text() for g in gates]  # type: ignore[union-attr]
    together = cues._Together()
    for gate, scanner in zip(gates, scanners):
        together.scan(Document(path="<t>", text="", metadata={}), gate, scanner, "")  # type: ignore[arg-type]
    rng = random.Random(3)
    texts = ["AP", "said so", "", "a friend said"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)
    ]
    for text in texts:
        doc = Document(path="<t>", text=text, metadata={})
        together.scan(doc, gates[0], scanners[0], text)  # type: ignore[arg-type]
        for scanner in scanners:
            assert list(doc.memo[cues.places_key(scanner)]) == [m.start() for m in scanner.finditer(text)], text
    assert together.quick is not None and together.shift == (0 if case == "capitals" else 1)


def test_fine_gates_go_on_past_the_first_word() -> None:
    # The joint scan's gate stops after "said"; the fine gate reads on to the
    # subject, each shared rest once after its verbs' letters.
    pattern = regex.compile(r"(?<!\w)(?:said|says)\s+(?:some\s+)?(?:analysts|critics)\b", regex.IGNORECASE)
    assert prefilter.gate(pattern).source == r"(?<!\w)(?=sa(?:id\s+|ys\s+))"
    assert prefilter.fine_gate(pattern).source == r"(?<!\w)(?=sa(?:id|ys)\s+(?:some\s+)?(?:(?:analysts|critics)))"
    doc = Document(path="<t>", text="He said analysts and she said the analysts said critics.", metadata={})
    assert list(cues.starts(doc, pattern)) == [3, 43]  # not 25: "said the"
