"""NL303 markup-residue: what it reports, where, with which repair; what it leaves alone."""
from __future__ import annotations

import json

import pytest

from newslint.phrases import data_path, read_list
from newslint.rules.scraping.markup_residue import markup_residue
from newslint.testing import assert_findings, assert_no_findings

from .conftest import run_cli


def test_html_tags_list_sorted_unique_lowercase():
    tags = read_list(data_path("html_tags.txt"))
    assert tags == sorted(set(tags))
    assert all(t == t.lower() and t.isalnum() for t in tags)


@pytest.mark.parametrize(
    "bad, fix",
    [
        ("’", "’"),
        ("é", "é"),
        ("–", "–"),
        ("“", "“"),
    ],
)
def test_mojibake_cp1252_found_with_repair(bad, fix):
    word = f"x{fix}y".encode("utf-8").decode("cp1252")  # e.g. 'xâ€™y'
    text = f"Shares rose.\nThe firm{word} chief said so.\n"
    [f] = assert_findings(markup_residue, text, [f"2:10-2:{10 + len(word) - 2} NL303"])
    assert f.message.startswith("mojibake") and f.suggestions == (fix,)


def test_mojibake_latin1_shows_control_characters():
    word = "it’s".encode("utf-8").decode("latin-1")
    [f] = assert_findings(markup_residue, f"So {word} done.\n", ["1:6-1:9 NL303"])
    assert "â\\x80\\x99" in f.message and f.suggestions == ("’",)


@pytest.mark.parametrize(
    "entity, char",
    [("&amp;", "&"), ("&#8217;", "’"), ("&#x2019;", "’"), ("&nbsp;", "\u00a0"), ("&quot;", '"'), ("&mdash;", "—"), ("&nbsp", "\u00a0")],
)
def test_entities_with_their_character(entity, char):
    [f] = assert_findings(markup_residue, f"Profits rose {entity} costs fell.\n", [f"1:14-1:{14 + len(entity)} NL303"])
    assert f.message.startswith(f"HTML entity '{entity}'") and f.suggestions == (char,)


@pytest.mark.parametrize("tag", ["<p>", "</p>", "<br>", "<br/>", "<BR />", '<a href="https://x.org/a?b=1">', "<div class='c' id=main>", "<!-- ad slot -->"])
def test_tags_found(tag):
    [f] = assert_findings(markup_residue, f"Sales rose.{tag} Costs fell.\n", [f"1:12-1:{12 + len(tag)} NL303"])
    assert "HTML" in f.message


@pytest.mark.parametrize(
    "char, name",
    [
        ("\u200b", "zero-width space"),
        ("\u00ad", "soft hyphen"),
        ("\u2060", "word joiner"),
        ("\u200d", "zero-width joiner"),
        ("\u202e", "bidirectional control"),
        ("\x07", "control character"),
    ],
)
def test_invisible_characters(char, name):
    [f] = assert_findings(markup_residue, f"The fac{char}tory opened.\n", ["1:8-1:9 NL303"])
    assert name in f.message


def test_bom_only_mid_text_and_runs_are_one_finding():
    assert_no_findings(markup_residue, "\ufeffHeadline\n\nText.\n")
    assert_findings(markup_residue, "Headline\n\ufeffText.\n", ["2:1-2:2 NL303"])
    [f] = assert_findings(markup_residue, "Over\u200b\u200b\u200bthere.\n", ["1:5-1:8 NL303"])
    assert "3 × zero-width space" in f.message


def test_replacement_character():
    [f] = assert_findings(markup_residue, "Output fell by 3\ufffd\ufffd in May.\n", ["1:17-1:19 NL303"])
    assert "U+FFFD" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "AT&T and R&D budgets rose; M&S held its Q&A.",
        "The rule holds when a < b and b > c.",
        "A café in Zürich, a naïve idea, a façade.",
        "Fans posted 👍 and 👨\u200d👩\u200d👧 and ❤️.",
        "Talks in Москва, 北京 and Αθήνα were «constructive».",
        "The Persian word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and \u0645\u0631\u062d\u0628\u0627\u200f.",
        "Fish & chips; rock & roll; &c.; the &foo; tag is not HTML.",
        "Key combos like <Ctrl> and <Shift> are not tags.",
        "Prices rose 5% to £1.2bn — the highest since 2001.",
    ],
)
def test_legit_text_left_alone(text):
    assert_no_findings(markup_residue, text + "\n")


def test_json_output_positions(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nThe firm&#8217;s chief.<br>\n", encoding="utf-8")
    proc = run_cli("--format", "json", "--select", "NL303", str(path))
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    assert [(f["line"], f["column"], f["end_column"], f["suggestions"]) for f in findings] == [
        (3, 9, 16, ["’"]),
        (3, 24, 28, []),
    ]


@pytest.mark.parametrize("entity, code", [("&#10;", "U+000A"), ("&#13;", "U+000D"), ("&#x2028;", "U+2028"), ("&#9;", "U+0009")])
def test_entities_for_line_breaks_and_controls_are_one_line_and_unsafe(entity, code):
    # The message stays one line (a raw line feed in it made the rule crash as NL003).
    [f] = assert_findings(markup_residue, f"Profits rose {entity} costs fell.\n", [f"1:14-1:{14 + len(entity)} NL303"])
    assert f.message == f"HTML entity '{entity}' (stands for {code}, a line-break or control character)"
    assert f.suggestions == () and f.fix is not None and f.fix.applicability == "unsafe"


@pytest.mark.parametrize("seed", range(3))
def test_matches_at_suspect_characters_are_the_whole_scan(seed):
    # The pattern is tried only where a character of _SUSPECT stands; the
    # matches must be those of one scan of the whole text.
    import random

    from newslint.rules.scraping import markup_residue as mr

    rng = random.Random(seed)
    pieces = ("<p>", "</DIV>", "<a href=\"x\">", "<foo>", "<!-- c -->", "<!--", "-->", "&amp;", "&AMP;", "&nbsp",
              "&#8217;", "&bogus;", "&", "<", "AT&T", "a < b", "\ufffd\ufffd", "\u200b", "\x07", "\u00ad", "café",
              "word", " ", "\n", "<br/>", "<<p>>", "&&amp;")
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        first = mr._SUSPECT.search(text)
        whole = [m.span() for m in mr._pattern().finditer(text)]
        quick = [m.span() for m in mr._matches(text, first.start())] if first else []
        assert quick == whole, repr(text)
