"""Inputs found by tools/fuzz.py and tools/redos.py that once hung a
rule (minutes instead of milliseconds), rebuilt synthetically (the fuzzer's
own inputs were spliced from third-party corpus text, which stays out of the
repository).

Each case lints in a subprocess with a generous limit: it detects a hang, it
does not time the rule.  With the old code every case ran for minutes.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    # Candidate search is cubic in token length: a 2,000-letter token took 10 min.
    "typo-long-token": ("typo", "A report on " + "x" * 4000 + " was filed.\n"),
    # E-mail/domain branches restarted at every dot of a run: 3 min for 32,000 chars.
    "typo-dotted-run": ("typo", "See " + "ab." * 12000 + "\n"),
    # Trailing-punctuation strip rescanned every run not at the end: 7 s per 20,000 ')'.
    "duplicate-line-punctuation-run": ("duplicate-line", "Title line\n" + ")" * 150_000 + "x\n"),
    # Whole-line UI pattern backtracked into a run of dashes: 2 s per 20,000 '-'.
    "stray-ui-text-dash-run": ("stray-ui-text", "-" * 200_000 + "x just press some button\n"),
    "related-links-block-dash-run": ("related-links-block", "-" * 200_000 + "x just press some button\n"),
    # A rest-of-sentence look-ahead tried at every character: 4 s for 8,000.
    "chatbot-leakage-long-sentence": ("chatbot-leakage", "\u201cHe said " + "word " * 12000 + "\n"),
    # difflib.SequenceMatcher over a whole long line of mojibake and repeated
    # letters: 40 s for 23,000 characters.
    "markup-residue-long-mojibake-line": ("markup-residue", ("caf\u00c3\u00a9 " + "a" * 300 + " ") * 150 + "\n"),
    # Front matter: ^\s* in MULTILINE mode rescanned every following blank line.
    "markdown-front-matter-blank-lines": ("unreadable", None),
}

SCRIPT = r"""
import sys
from newslint import Linter
from newslint.config import Config
rule, path = sys.argv[1], sys.argv[2]
linter = Linter(Config(regex_timeout=60.0), select=[rule])
raw = sys.stdin.buffer.read()
for f in linter.lint_bytes(path, raw).findings:
    print(f.rule, f.message)
"""


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_hang(case):
    rule, text = CASES[case]
    path = "a.txt"
    if text is None:
        path, text = "a.md", "---\n" + "\n" * 200_000 + "author: A\n---\nBody text.\n"
    try:
        proc = subprocess.run(
            [sys.executable, "-c", SCRIPT, rule, path],
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{rule} ran for over 120 s on the {case} input (hang or super-linear time)")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "NL003" not in proc.stdout.decode(), proc.stdout.decode()
