"""The AI family's fast paths find exactly what the plain patterns find.

The list patterns drop the ``\\b`` their guard makes redundant, and the two
costly NL502 shapes are skipped on lines where a cheap necessary search finds
nothing.  Checked on every benchmark sentence, every example in the data
files and real articles, and on text built to sit on the edges.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import regex

from benchmarks.common import corpus_location
from newslint.pattern_files import read_entries
from newslint.phrases import DATA_DIR, alternation, data_path, read_list, word_start_source
from newslint.rules.ai_content import candidates, leakage_score, shapes, terms
from newslint.rules.ai_content.chatbot_leakage import chatbot_leakage
from newslint.rules.ai_content.heads import case_free_strings
from newslint.rules.ai_content.word_start import after_guard, guarded_alternation
from newslint.testing import findings

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [json.loads(line)["text"] for line in (ROOT / "benchmarks/data/ai_sentences.jsonl").open(encoding="utf-8")]
EXAMPLES = [
    line[2:].rstrip("\n")
    for path in sorted(DATA_DIR.glob("ai_*patterns.txt"))
    for line in path.open(encoding="utf-8")
    if line.startswith("> ")
]
# Edges: a phrase at a line start and end, inside a word, after punctuation.
EDGES = [
    "Sure! Here's a tighter version of your article.",
    "unsure! here's", "xI can trim it if needed", "I can trim it if needed", "[Company Name]",
    "Of course - I've tightened the intro.", "Thanks for the notes! Here is the draft:",
    "Let me know if you'd like changes.", "hope this helpsx", "As an AI language model, I",
    "Got it.\nHere's the rewrite", "ok,  here's the draft", "\u017fure! here's the draft of your story",
]
TEXTS = SENTENCES + EXAMPLES + EDGES + ["\n".join(SENTENCES)]


def _spans(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_fast_lists_match_as_the_plain_lists() -> None:
    plain = re.compile(
        rf"(?P<sure>{word_start_source(candidates.leakage_entries())})|{word_start_source(candidates.chatty_entries())}",
        re.MULTILINE,
    )
    fast = candidates.fast_lists()
    for text in TEXTS:
        low = text.lower()
        assert [(m.span(), m.group("sure") is None) for m in fast.finditer(low)] == [
            (m.span(), m.group("sure") is None) for m in plain.finditer(low)
        ], text


def test_score_patterns_match_as_with_their_boundaries() -> None:
    strong_src = (
        rf"(?P<advice>{alternation(read_entries('ai_advice'))})|(?P<req>{alternation(read_entries('ai_requester'))})"
    )
    plain = re.compile(rf"\b(?=[a-z])(?:{strong_src})", re.MULTILINE)
    fast = leakage_score.score_patterns().strong
    for text in TEXTS:
        assert _spans(fast, text.lower()) == _spans(plain, text.lower()), text


def test_agent_scan_finds_every_agent_and_lower_cased_products() -> None:
    """The scan is the gate before the agent pattern: on lower-cased text it
    finds every agent the pattern finds, and the product names (matched with
    their case by the agent itself) in lower case as well."""
    agent = terms.terms().agent
    fast = terms.terms().agent_scan
    # The makers too: their possessive before a tool noun is the agent.
    products = {e.lower() for f in ("ai_product_names.txt", "ai_developer_names.txt") for e in read_list(data_path(f))}
    extra_seen = 0
    for text in TEXTS + ["Perplexity may make mistakes.", "Sources: ElevenLabs and Suno."]:
        low = text.lower()
        scanned = {m.span(): m.group() for m in fast.finditer(low)}
        wanted = {m.span() for m in agent.finditer(low)}
        assert wanted <= set(scanned), text
        extra = {scanned[s] for s in set(scanned) - wanted}
        assert extra <= products, text
        extra_seen += len(extra)
    assert extra_seen >= 3


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bhope\b", r"hope\b"),
        (r"\b(?:as|being)\s+an?", r"(?:as|being)\s+an?"),
        # Might start with a non-word character: the boundary says something.
        (r"\b(?:\[|x)", r"\b(?:\[|x)"),
        (r"\b(?:i\s+)?hope", r"(?:i\s+)?hope"),
        (r"\b\s*x", r"\b\s*x"),
        (r"(?:^|x)y", r"(?:^|x)y"),
    ],
)
def test_after_guard(source: str, expected: str) -> None:
    assert after_guard(source) == expected


def test_guarded_alternation_of_nothing_matches_nothing() -> None:
    assert re.search(guarded_alternation([]), "anything") is None


def test_every_line_a_shape_matches_passes_its_gates() -> None:
    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:200]] if corpus.is_dir() else []
    lines = [line for text in TEXTS + articles for line in text.splitlines()]
    matched = 0
    for shape, gates in zip(shapes.shapes(), shapes.shape_gates()):
        for line in lines:
            # A line with an exception skips the gates (checked below).
            if shape.search(line) and not any(c in line for c in shapes.CASE_FOLD_EXCEPTIONS):
                matched += 1
                low = line.lower()
                assert all(g.search(low) for g in gates), (shape.pattern[:40], line)
    assert matched > 100


def test_every_line_with_a_sentence_the_scorer_reads_passes_its_line_gate() -> None:
    """NL502 asks the learned scorer about a line's sentences only when the
    line passes ``may_flag_line``: every sentence ``gated`` lets through
    must lie in such a line, wherever its "I" or "you" sits."""
    from newslint.document import Document
    from newslint.rules.ai_content.learned import gated, may_flag_line

    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:200]] if corpus.is_dir() else []
    edges = [
        "Done. You asked for five words here.\nI\u2019m told this has five words now!",
        "Five words end with you. Yes? My\tword, five words are here.\r\nOK. your five words are here",
        "The report (you know, the one) has words. \"I said so,\" she wrote in it.",
    ]
    gated_lines = 0
    for text in TEXTS + EDGES + edges + SENTENCES + articles:
        doc = Document(path="<t>", text=text, metadata={})
        low = text.lower()
        for sentence in doc.sentences:
            if gated("NL502", sentence.text):
                line = doc.lines[doc.line_index(sentence.start)]
                gated_lines += 1
                assert may_flag_line(low, line.start, line.start + len(line.text)), sentence.text
    assert gated_lines > 100


def test_case_fold_exceptions_are_complete() -> None:
    """The gates search lower-cased text case-sensitively where the shapes
    match case-insensitively: every character a shape's letter matches must
    lower-case to that letter, change length when lower-cased (such texts
    skip the gates) or be listed as an exception.  The same holds for the
    letters of the shapes' own strings, which speed15's gates search for."""
    letters = {ch for gates in shapes.shape_gates() for g in gates for ch in g.pattern if ch.isalpha()}
    letters |= {ch for p in shapes.shapes() for s in case_free_strings(p) or () for ch in s if not ch.isspace()}
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    odd = set()
    for letter in letters:
        for m in regex.finditer(regex.escape(letter), everything, regex.IGNORECASE):
            ch = m.group()
            if len(ch.lower()) == 1 and ch.lower() != letter.lower():
                odd.add(ch)
    assert odd <= set(shapes.CASE_FOLD_EXCEPTIONS)


def test_text_with_an_exception_is_linted_in_full() -> None:
    """A long s folds to "s" for the shapes but not in the lower-cased text:
    such a text skips the gates and still gets its finding."""
    text = "Markets rallied on Friday.\n\n\u017fure! Here's a tighter version of your article.\n"
    assert [f.message for f in findings(chatbot_leakage, text)] == ["chatbot text left in the copy: '\u017fure! Here's'"]


def test_every_gate_match_holds_one_of_its_heads() -> None:
    """NL502 skips a shape when none of a gate's literal strings occurs in the
    white-space-folded line (gate_table.py, heads.py): every match of a gate
    must hold one of them once folded, and the line's scan must find it."""
    from newslint.rules.ai_content.gate_table import gate_heads, gate_table, heads_in
    from newslint.rules.ai_content.heads import fold

    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:200]] if corpus.is_dir() else []
    spaced = ["tell  me\tto go", "i\u00a0can\u2003trim it", "in\u3000character  as a chef", " , i  said"]
    lines = [line.lower() for text in TEXTS + articles + spaced for line in text.splitlines()]
    checked = 0
    for gates in shapes.shape_gates():
        for gate in gates:
            heads = gate_heads(gate)
            if heads is None:
                continue
            for line in lines:
                for m in gate.finditer(line):
                    checked += 1
                    assert any(h in fold(m.group()) for h in heads), (gate.pattern[:40], line)
                    assert heads & heads_in(line, 0, len(line)), (gate.pattern[:40], line)
    assert checked > 1000
    # Every shape has at least one gate read into the table.
    assert all(gate_table().keyed)


def test_every_line_the_strong_signals_match_may_be_strong() -> None:
    """NL502's score skips its strong-signal search when the line's heads
    (the same scan as the gates') hold none of that pattern's strings."""
    from newslint.rules.ai_content.gate_table import gate_table, heads_in, may_be_strong

    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:200]] if corpus.is_dir() else []
    strong = leakage_score.score_patterns().strong
    assert gate_table().strong  # read off the pattern, so the test below means something
    found = skipped = 0
    for text in TEXTS + articles + ["You  may\twant to check the date.", "Feel\u00a0free to cut it."]:
        for line in text.lower().splitlines():
            present = heads_in(line, 0, len(line))
            if strong.search(line):
                found += 1
                assert may_be_strong(present), line
            elif not may_be_strong(present):
                skipped += 1
    assert found > 50 and skipped > 100


def test_fold_is_the_engines_white_space() -> None:
    """heads.fold uses str.split; the strings assume re's \\s: the two must
    agree on every code point, and fold must be re.sub(r"\\s+", " ", ...)."""
    from newslint.rules.ai_content.heads import fold

    space = re.compile(r"\s")
    for c in range(0x110000):
        ch = chr(c)
        if not 0xD800 <= c < 0xE000:
            assert ch.isspace() == (space.match(ch) is not None), hex(c)
    for text in ["", " ", "  a", "a  ", " a \t b\u2028c ", "\u00a0x\u00a0", "ab"] + TEXTS[:50]:
        assert fold(text) == re.sub(r"\s+", " ", text), text


def test_gate_heads_follow_the_parse() -> None:
    from newslint.rules.ai_content.gate_table import gate_heads, heads_in
    from newslint.rules.ai_content.heads import contained_strings, fold

    assert gate_heads(re.compile(r"i'm|i’m|i am")) == {"i'm", "i’m", "i am"}
    # White space runs are one space; strings go on across them.
    assert gate_heads(re.compile(r"(?<!\w)(?:you|your)\s")) == {"you ", "your "}
    assert gate_heads(re.compile(r"tell\s+me|let\s+me\s+know")) == {"tell me", "let me know"}
    assert gate_heads(re.compile(r",\s*i\b")) == {",i", ", i"}
    assert gate_heads(re.compile(r"[!.][^\S\n]*i")) == {"!i", "! i", ".i", ". i"}
    # An optional part: with it or without.
    assert gate_heads(re.compile(r"(?:x)?y")) == {"xy", "y"}
    # Past what opens a match without a literal: the longest shortest string.
    assert contained_strings(r"\d{2,4}\s+words\)") == {" words)"}
    assert contained_strings(r"\w+") is None
    assert contained_strings(r"a|\w") is None
    assert gate_heads(re.compile(r"hope", re.IGNORECASE)) is None
    assert contained_strings(r"(?i:hope)") is None
    # Heads that overlap are all found, in the folded line.
    assert {"me to", "tell me", "luck"} <= heads_in("tell  me to luckily", 0, 19)
    assert fold("a \t b") == "a b"


def test_the_automaton_finds_the_heads_the_trie_finds() -> None:
    """heads_in answers with pyahocorasick's automaton when it is installed:
    every head occurring in the folded line, the set the trie's searches
    (restarted one past each find, prefixes added) give without it.  On
    bbc-dev lines and random texts of heads, their pieces and odd characters
    (non-BMP, combining marks, white space runs)."""
    import random

    pytest.importorskip("ahocorasick")
    from newslint.rules.ai_content.gate_table import gate_table, heads_in, trie_heads_in
    from newslint.rules.ai_content.heads import fold

    assert gate_table().automaton is not None
    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:150]] if corpus.is_dir() else []
    lines = [line.lower() for text in TEXTS + articles for line in text.splitlines()]
    heads = sorted(gate_table().prefixes)
    rng = random.Random(13)
    odd = [" ", "  ", "\t", "\u00a0", "\U0001f44d", "\U0001f44e", "\u0301", "'", "\u2019", ":", "**", "!", ".", ",", "x", "\u0130"]
    for _ in range(3000):
        pieces = []
        for _ in range(rng.randint(0, 12)):
            head = rng.choice(heads)
            cut = rng.randint(0, len(head))
            pieces.append(rng.choice([head, head[:cut], head[cut:], rng.choice(odd)]))
        lines.append("".join(pieces))
    assert len(lines) > 5000
    for line in lines:
        for lo, hi in ((0, len(line)), (len(line) // 3, len(line))):
            assert heads_in(line, lo, hi) == trie_heads_in(fold(line[lo:hi])), line


def test_the_line_gate_answers_as_the_plain_patterns() -> None:
    """may_flag_line reads "I" and "you" with a literal-led twin of
    _PERSON_IN_LINE, and leaves the part-of-the-text pattern out when the
    line's heads hold none of its strings: the same answer as the plain
    patterns on bbc-dev lines and random texts, whole and from inside."""
    import random

    from newslint.rules.ai_content import learned
    from newslint.rules.ai_content.gate_table import gate_table, heads_in, may_name_part

    assert gate_table().part  # read off the pattern, so the test below means something
    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:150]] if corpus.is_dir() else []
    lines = [line.lower() for text in TEXTS + articles for line in text.splitlines()]
    rng = random.Random(13)
    pieces = ["i", "me", "my", "you", "your", "yours", "mine", "m", "y", "'", "\u2019", " ", "_", "3", "\u00e9", "x",
              "\u0301", "intro", "alt text", "alt  text", "tone", "s", "-", ".", "\n"]
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(20000)]
    part, label, later = learned._wide_gate()
    skipped = 0
    for line in lines:
        for lo, hi in ((0, len(line)), (1, len(line)), (0, max(0, len(line) - 1))):
            person = learned._PERSON_IN_LINE.search(line, lo, hi) is not None
            assert (learned._PERSON_ANYWHERE.search(line, lo, hi) is not None) == person, (line, lo, hi)
            possible = may_name_part(heads_in(line, lo, hi))
            found = part.search(line, lo, hi) is not None
            assert possible or not found, (line, lo, hi)
            skipped += not possible
            plain = person or found or label.match(line, lo, hi) is not None or later.search(line, lo, hi) is not None
            assert learned.may_flag_line(line, lo, hi, possible) == plain, (line, lo, hi)
    assert skipped > 1000


def test_open_shapes_are_the_shapes_whose_gates_all_find_something() -> None:
    """And, since branch speed15, that hold one of their own strings (when
    those are long enough to be read, gate_table.OWN_SHORTEST)."""
    from newslint.rules.ai_content.gate_table import OWN_SHORTEST, heads_in, open_shapes
    from newslint.rules.ai_content.heads import case_free_strings

    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:200]] if corpus.is_dir() else []
    own = [s if s and min(map(len, s)) >= OWN_SHORTEST else None for s in map(case_free_strings, shapes.shapes())]
    opened = 0
    for text in TEXTS + articles:
        for line in text.lower().splitlines():
            present = heads_in(line, 0, len(line))
            expected = [
                k
                for k, gates in enumerate(shapes.shape_gates())
                if all(g.search(line) for g in gates) and (own[k] is None or not own[k].isdisjoint(present))
            ]
            assert open_shapes(line, 0, len(line)) == expected, line
            opened += len(expected)
    assert opened > 1000


def test_the_quick_anchor_finds_the_anchor_matches() -> None:
    """NL502's anchor scan (candidates.QuickAnchor: a word after a non-word
    character, a mark, a line holding ``*``, ``#`` or ``:``, then the pattern
    at those places) finds anchor().finditer's matches, the same spans, from
    the text's start and from inside it.  On bbc-dev articles (whole: the
    matches run across lines) and random texts of anchor words, their pieces,
    marks, line breaks and odd characters."""
    import random

    anchor, quick = candidates.anchor(), candidates.quick_anchor()
    corpus = corpus_location() / "bbc-dev"
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted(corpus.rglob("*.txt"))[:300]] if corpus.is_dir() else []
    texts += [t.lower() for t in TEXTS + EDGES + SENTENCES]
    words = candidates._ANCHOR_WORDS + ["thank you", "made-up", "here's", "you'd", "ai language model"]
    rng = random.Random(14)
    odd = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "'", "\u2019", ":", "**", "#", "!", "[", "{", "<", "1.", "-", "*",
           "\u2022", ".", ",", "x", "_", "3", "\u00b2", "\u0301", "\u00e9", "\U0001f44d"]
    for _ in range(6000):
        pieces = []
        for _ in range(rng.randint(0, 14)):
            word = rng.choice(words)
            cut = rng.randint(0, len(word))
            pieces.append(rng.choice([word, word[:cut], word[cut:], rng.choice(odd), rng.choice(odd)]))
        texts.append("".join(pieces))
    assert len(texts) > 6000
    matched = 0
    for text in texts:
        for pos in (0, 1, len(text) // 2):
            plain = [m.span() for m in anchor.finditer(text, pos)]
            assert [m.span() for m in quick.finditer(text, pos)] == plain, (text, pos)
            matched += len(plain)
    assert matched > 5000


def test_the_class_searches_left_out_change_no_feature() -> None:
    """The learned scorer leaves a class's search out when the sentence holds
    none of its strings (class_gate.Searcher, an Aho-Corasick pass): the same
    features as every search made, for both rules, on bbc-dev sentences and
    random texts of the classes' strings, their pieces and odd characters."""
    import random

    pytest.importorskip("ahocorasick")
    from newslint.document import Document
    from newslint.rules.ai_content import class_gate, learned

    gate = class_gate.feature_gate()
    assert gate is not None and len(gate.strings) >= 10
    corpus = corpus_location() / "bbc-dev"
    articles = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))[:200]] if corpus.is_dir() else []
    texts = [s.text for a in articles for s in Document(path="<t>", text=a, metadata={}).sentences] + TEXTS + EDGES + SENTENCES
    strings = sorted({s for each in gate.strings.values() for s in each})
    rng = random.Random(14)
    odd = [" ", "  ", "\n", "\t", "\u00a0", "'", "\u2019", ":", "!", "-", "\u2014", ".", ",", "x", "s", "I", "You",
           "\u0301", "\u0130", "\U0001f44d"]
    for _ in range(5000):
        pieces = []
        for _ in range(rng.randint(0, 10)):
            word = rng.choice(strings)
            cut = rng.randint(0, len(word))
            pieces.append(rng.choice([word, word.title(), word[:cut], word[cut:], rng.choice(odd)]))
        texts.append("".join(pieces))
    assert len(texts) > 8000
    left_out = 0
    for text in texts:
        for rule in ("NL501", "NL502"):
            assert learned.cheap_features(text, rule) == learned.cheap_features(text, rule, gated=False), (text, rule)
        searcher = class_gate.Searcher(text.lower().replace("\u2019", "'"), gate)
        left_out += sum(strings.isdisjoint(searcher.present) for strings in searcher.strings.values())
    assert left_out > 10000
