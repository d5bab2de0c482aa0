"""Properties of fixing (Hypothesis), in process:

* applying fixes never touches text outside the fixed spans, pass by pass;
* a fixed text re-lints with no fixable finding left, and with no finding
  at all of a rule whose findings were all fixed;
* the --diff output, applied with ``patch``, gives what --fix writes.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import Context, Document, Edit, Finding, Fix, Linter, Rule
from newslint.cli import main
from newslint.config import Config
from newslint.fixer import apply_edits, choose, fix_document
from newslint.fixes import overlap

from .test_properties import ARTICLE

# Article lines with the junk the safe fixes remove, written for these tests.
PARAGRAPHS = [
    "Harbour Town Council Approves New Ferry Terminal",
    "Councillors voted eight to three on Monday to approve a new terminal on the old coal wharf.",
    "The terminal will cost £42m and open in 2028, the council's planning chief said.",
    "Residents who want to follow the project can read the council's weekly bulletin.",
    "Fishermen said the the new quay would take berths they have used for decades.",
    "The operator said fares would rise by 4% &amp; timetables would change in April.",
    "Work on the slip\u200bway is due to start in the spring, weather permitting.",
    "By Jane Doe, local democracy reporter",
]
JUNK = ["Type to search", "Advertisement", "Share this article", "Comments"]
# A header and the teasers under it end the page (a header above article
# text would make that text a teaser).
BLOCKS = [
    [],
    ["Read more:", "Ferry Fares to Rise by 4% From April", "Harbour Dredging Starts Next Week"],
    ["Related Articles", "Fishing Fleet Braces for Quota Cuts", "Coal Wharf Sold to Developer", "New Lifeboat Station Opens"],
]
LINE_BREAKS = ["\n", "\r\n"]


@st.composite
def articles(draw) -> str:
    """Paragraphs with interface lines between them, a paragraph repeated
    (a caption scraped twice), a block of teasers at the end, one kind of
    line break, a blank line between paragraphs or none, and a final
    newline or none."""
    body = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=6, unique=True))
    lines: list[str] = []
    for para in body:
        lines.extend(draw(st.lists(st.sampled_from(JUNK), max_size=2)))
        lines.append(para)
        if draw(st.booleans()):
            lines.append(para)
    lines.extend(draw(st.sampled_from(BLOCKS)))
    eol = draw(st.sampled_from(LINE_BREAKS))
    gap = eol * draw(st.integers(1, 2))
    return gap.join(lines) + (eol if draw(st.booleans()) else "")


@st.composite
def proposed(draw) -> tuple[str, list[Finding]]:
    """A text and findings whose fixes propose random insertions, deletions
    and replacements, one to three edits each, overlapping at will."""
    text = draw(st.text(alphabet="ab \n", min_size=0, max_size=30))
    doc = Document("a.txt", text)
    ctx = Context(doc, _ANY_RULE, {})
    findings = []
    for _ in range(draw(st.integers(0, 8))):
        edits = []
        for _ in range(draw(st.integers(1, 3))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, len(text)))
            edits.append(Edit(start, end, draw(st.sampled_from(["", "", "x", "yy"]))))
        try:
            findings.append(ctx.finding(0, 0, "m", fix=Fix(tuple(edits), draw(st.sampled_from(["safe", "unsafe"])))))
        except ValueError:
            pass  # edits of one fix that overlap: ctx.finding refuses them
    return text, findings


_ANY_RULE = Rule("TEST101", "any", lambda doc, ctx: ())


@settings(max_examples=400, deadline=None)
@given(case=proposed(), unsafe=st.booleans())
def test_chosen_edits_never_collide_and_keep_the_rest(case, unsafe):
    text, findings = case
    chosen, edits = choose(text, findings, unsafe)
    assert all(f.fix.safe or unsafe for f in chosen)
    for a, b in zip(edits, edits[1:]):
        assert (a.start, a.end) <= (b.start, b.end) and not overlap(a, b)
    after = apply_edits(text, edits)
    _outside_kept(text, after, edits)
    # Each chosen fix's edits are made, and only they (merged deletions aside).
    covered = {i for f in chosen for e in f.fix.edits for i in range(e.start, e.end)}
    assert all(set(range(e.start, e.end)) <= covered for e in edits)
    made = {(e.start, e.end, e.replacement) for e in edits if not e.is_deletion}
    for f in chosen:
        for e in f.fix.edits:
            if not e.is_deletion and text[e.start : e.end] != e.replacement:
                assert (e.start, e.end, e.replacement) in made
    # A fix left out collides with one taken.
    for f in findings:
        if f in chosen or not (f.fix.safe or unsafe):
            continue
        live = [e for e in f.fix.edits if text[e.start : e.end] != e.replacement]
        assert not live or any(overlap(e, t) and not (e.is_deletion and t.is_deletion) for e in live for t in edits)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(), select=["ALL"])


def _outside_kept(before: str, after: str, edits: list[Edit]) -> None:
    """The text between the edits of a pass comes through unchanged, in
    order, with only the replacements between (checked without apply_edits)."""
    pieces, pos = [], 0
    for e in edits:
        pieces.append(before[pos : e.start])
        pos = e.end
    pieces.append(before[pos:])
    at = 0
    for piece, e in zip(pieces, [*edits, None]):
        assert after.startswith(piece, at), (piece, after[at : at + 80])
        at += len(piece)
        if e is not None:
            assert after.startswith(e.replacement, at)
            at += len(e.replacement)
    assert at == len(after)


def _replay(linter: Linter, text: str, unsafe: bool) -> tuple[str, set[str]]:
    """Fix ``text`` pass by pass, checking each pass; returns the result and
    the rules whose fixes were applied."""
    lint = lambda d: linter.lint_document(d, linter.rules)  # noqa: E731
    done = fix_document(Document("a.txt", text), lint, unsafe)
    rounds: dict[int, list] = defaultdict(list)
    for a in done.applied:
        rounds[a.round].append(a.finding)
    current = text
    for n in sorted(rounds):
        findings = lint(Document("a.txt", current))
        chosen, edits = choose(current, findings, unsafe)
        assert [f.rule for f in chosen] == [f.rule for f in rounds[n]]
        for a, b in zip(edits, edits[1:]):
            assert a.start <= b.start and not overlap(a, b)
        after = apply_edits(current, edits)
        _outside_kept(current, after, edits)
        # Every character an edit changes lies in the span of a chosen fix.
        covered = {i for f in chosen for e in f.fix.edits for i in range(e.start, e.end)}
        assert all(set(range(e.start, e.end)) <= covered for e in edits)
        current = after
    assert current == done.doc.text
    return current, {a.finding.rule for a in done.applied}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.one_of(articles(), ARTICLE), unsafe=st.booleans())
def test_fixes_touch_only_their_spans_and_settle(linter, text, unsafe):
    fixed, rules = _replay(linter, text, unsafe)
    left = linter.lint_document(Document("a.txt", fixed), linter.rules)
    assert not [f for f in left if f.fix is not None and (f.fix.safe or unsafe)], "fixable findings left"
    assert all(f.rule != "NL003" for f in left)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=articles())
def test_a_fixed_article_relints_clean_for_the_fixed_rules(linter, text):
    before = linter.lint_document(Document("a.txt", text), linter.rules)
    all_safe = {f.rule for f in before} - {f.rule for f in before if f.fix is None or not f.fix.safe}
    fixed, rules = _replay(linter, text, unsafe=False)
    left = linter.lint_document(Document("a.txt", fixed), linter.rules)
    assert not [f for f in left if f.rule in all_safe & rules], [(f.rule, f.message) for f in left]
    for para in PARAGRAPHS[:-1]:
        if para in text and "the the" not in para and "&amp;" not in para and "\u200b" not in para:
            assert para in fixed  # article text is never removed


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs the patch program")
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(articles(), min_size=1, max_size=3))
def test_diff_applied_with_patch_gives_the_fix_result(tmp_path_factory, capsys, texts):
    base = tmp_path_factory.mktemp("patch")
    for name in ("fixed", "patched"):
        (base / name).mkdir()
        for i, text in enumerate(texts):
            (base / name / f"a{i}.txt").write_bytes(text.encode("utf-8"))
    capsys.readouterr()
    old = os.getcwd()
    os.chdir(base)  # patch applies relative names only
    try:
        main(["--select", "ALL", "--diff", "patched"])
        diff = capsys.readouterr().out
        main(["--select", "ALL", "--fix-only", "fixed"])
        capsys.readouterr()
    finally:
        os.chdir(old)
    if diff:
        done = subprocess.run(["patch", "-p0", "--quiet", "--batch"], input=diff.encode("utf-8"), cwd=base, capture_output=True)
        assert done.returncode == 0, done.stdout + done.stderr
    for i in range(len(texts)):
        assert (base / "patched" / f"a{i}.txt").read_bytes() == (base / "fixed" / f"a{i}.txt").read_bytes()
