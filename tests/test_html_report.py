"""`--format html`: the page in a real headless Chromium (findings, hostile text,
filters, screenshot) and the reporter's own pieces without a browser."""
from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from newslint.findings import Finding, Severity
from newslint.reporters import Report
from newslint.reporters import html as html_reporter
from newslint.reporters.html_text import Span, esc, marked_line

from .browser import Browser, find_or_install_chromium, parse
from .conftest import ROOT, run_cli

HOSTILE = (
    "Hostile copy <script>document.title='pwned';document.body.setAttribute('data-pwned','script')</script> here.\n"
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">\n"
    "\"><svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>\n"
    "</code></div><script>document.body.setAttribute('data-pwned','close')</script>\n"
    "The the board met on Monday, analysts say.\n"
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Browser:
    return Browser(find_or_install_chromium(), tmp_path_factory.mktemp("chromium-profile"))


def _report(tmp: Path, *paths: str, cwd: Path = ROOT) -> tuple[Path, list[dict]]:
    out = tmp / "report.html"
    proc = run_cli("--format", "html", "--output-file", str(out), *paths, cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr
    findings = json.loads(run_cli("--format", "json", *paths, cwd=cwd).stdout)["findings"]
    return out, findings


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> tuple[Path, list[dict]]:
    return _report(tmp_path_factory.mktemp("seeds"), "seeds/")


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> tuple[Path, list[dict]]:
    tmp = tmp_path_factory.mktemp("hostile")
    corpus = tmp / "corpus"
    corpus.mkdir()
    (corpus / "article.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / 'evil"<b>name.txt').write_text("<i onmouseover=alert(1)>x</i> the the end.\n", encoding="utf-8")
    return _report(tmp, str(corpus), cwd=tmp)


def _shown(elements) -> list:
    return [el for el in elements if "finding" in el.classes() and not el.hidden]


def test_every_seed_finding_is_on_the_page(browser, seeds_report):
    page, expected = seeds_report
    dom = parse(browser.dump_dom(page.as_uri()))
    on_page = sorted(
        (el.parent.attrs["data-path"] if el.parent.tag == "article" else _doc_of(el), el.attrs["data-loc"], el.attrs["data-rule"])
        for el in dom
        if "finding" in el.classes()
    )
    wanted = sorted((f["path"], f"{f['line']}:{f['column']}", f["rule"]) for f in expected)
    assert on_page == wanted
    # the typo's message and its suggestion are written beside line 7
    typo = next(el for el in dom if el.attrs.get("data-loc") == "7:35")
    assert "encourafged" in typo.text and "encouraged" in typo.text
    # the script ran (it writes the count line) and nothing is filtered yet
    shown = next(el for el in dom if el.attrs.get("id") == "shown")
    assert shown.text == f"Showing {len(expected)} of {len(expected)} findings in 2 of 2 documents below."
    assert len(_shown(dom)) == len(expected)


def _doc_of(el) -> str:
    node = el
    while node is not None and node.tag != "article":
        node = node.parent
    return node.attrs["data-path"] if node is not None else ""


def test_findings_show_what_fix_would_change(seeds_report):
    raw = seeds_report[0].read_text(encoding="utf-8")
    # "Type to search" (001 line 1) is removed with its line break by a safe fix;
    # the typo's only strong suggestion is an unsafe one.
    assert '<span class="fix">--fix would delete 1:1–3:1</span>' in raw  # with the blank line after it
    assert '<span class="fix">--fix --unsafe-fixes would write <ins>encouraged</ins> at 7:35–7:46</span>' in raw


def test_hostile_article_text_is_escaped(hostile_report):
    page, findings = hostile_report
    raw = page.read_text(encoding="utf-8")
    elements = parse(raw)
    tags = [el.tag for el in elements]
    assert tags.count("script") == 1 and "img" not in tags and "i" not in tags
    assert tags.count("svg") == 1  # the chart, not the article's
    assert not [el for el in elements if any(a.startswith("on") for a in el.attrs)]
    assert "document.title=&#x27;pwned&#x27;" in raw and "script&gt;" in raw
    assert findings, "the hostile article should have findings to show"


def test_hostile_article_text_is_inert_in_the_browser(browser, hostile_report):
    page, findings = hostile_report
    dom_text = browser.dump_dom(page.as_uri())
    dom = parse(dom_text)
    body = next(el for el in dom if el.tag == "body")
    assert "data-pwned" not in body.attrs
    title = next(el for el in dom if el.tag == "title")
    assert "pwned" not in title.text
    assert [el.tag for el in dom].count("script") == 1
    # the hostile text is on the page as text
    assert any("<script>document.title='pwned'" in el.text for el in dom if el.tag == "code")
    assert any('evil"<b>name.txt' in el.text for el in dom if el.tag == "h3")
    assert len(_shown(dom)) == len(findings)


def test_filters_change_what_is_shown(browser, seeds_report):
    page, expected = seeds_report
    dom = parse(browser.dump_dom(page.as_uri() + "#rule=NL101"))
    shown = _shown(dom)
    assert [el.attrs["data-rule"] for el in shown] == ["NL101", "NL101"]
    docs = {el.attrs["data-path"]: el.hidden for el in dom if el.tag == "article"}
    assert docs == {"seeds/001_2ccb0959de7edc47.txt": False, "seeds/000_3ce34696dd0060a3.txt": True}
    # a highlight stays only where a shown finding is
    lit = [el for el in dom if el.tag == "mark" and "off" not in el.classes() and not el.hidden]
    assert {el.text for el in lit} == {"encourafged"}
    # only the lines around the typos stay: 6-9 of seed 001
    rows = [el.attrs["data-line"] for el in dom if "row" in el.classes() and not el.hidden]
    assert rows == ["6", "7", "8", "9"]

    dom = parse(browser.dump_dom(page.as_uri() + "#severity=info"))
    shown = _shown(dom)
    assert shown and {el.attrs["data-severity"] for el in shown} == {"info"}
    assert len(shown) == sum(f["severity"] == "info" for f in expected)


def test_screenshot(browser, seeds_report, tmp_path):
    page, _ = seeds_report
    png = browser.screenshot(page.as_uri(), tmp_path / "report.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 2000)
    assert len(data) > 50_000  # a blank page compresses to a few KB


# -- without a browser -------------------------------------------------------


def _finding(path: str, line: int, rule: str = "NL101", severity: Severity = Severity.WARNING, **kw) -> Finding:
    return Finding(path, line, 1, line, 5, rule, kw.pop("name", "typo"), severity, kw.pop("message", "m"), **kw)


def test_large_corpus_caps_the_detail_and_keeps_the_summary(monkeypatch):
    monkeypatch.setattr(html_reporter, "MAX_DOCUMENTS", 5)
    findings = [_finding(f"doc{i:02}.txt", 1) for i in range(12)]
    findings.append(_finding("doc07.txt", 2, "NL301", Severity.ERROR, name="stray-ui-text"))
    report = Report(findings=findings, summary={"files": 40, "findings": 13}, source_line=lambda f: "some line text")
    page = html_reporter.render(report)
    elements = parse(page)
    articles = [el for el in elements if el.tag == "article"]
    assert len(articles) == 5
    assert articles[0].attrs["data-path"] == "doc07.txt"  # the one with an error comes first
    assert "Showing the 5 worst of 12 documents with findings in detail" in page
    rows = {el.attrs["data-rule"]: el.text for el in elements if el.tag == "tr" and "data-rule" in el.attrs}
    assert "12" in rows["NL101"] and "30%" in rows["NL101"]  # 12 of 40 files
    assert "<b>13</b> findings" in page


def test_no_findings_page():
    page = html_reporter.render(Report(findings=[], summary={"files": 3, "findings": 0}))
    assert "All clear" in page and "<article" not in page and 'id="filters"' not in page


def test_overlapping_spans_and_carets():
    line = "abcdefghij"
    out = marked_line(line, [Span(2, 6, "f1", "info"), Span(4, 8, "f2", "error"), Span(9, 9, "f3", "warning")])
    assert out == (
        'ab<mark class="s-info" data-f="f1">cd</mark><mark class="s-error" data-f="f1 f2">ef</mark>'
        '<mark class="s-error" data-f="f2">gh</mark>i<mark class="pt s-warning" data-f="f3"></mark>j'
    )


def test_long_lines_show_a_window_around_the_span():
    line = "x" * 5000 + "TYPO" + "y" * 5000
    out = marked_line(line, [Span(5000, 5004, "f1", "warning")])
    assert out.startswith('<span class="cut">…</span>') and out.endswith('<span class="cut">…</span>')
    assert '<mark class="s-warning" data-f="f1">TYPO</mark>' in out and len(out) < 1000


def test_controls_and_invisible_characters_are_shown_not_passed_through():
    assert esc("a\x1bb") == "a\u241bb"
    assert esc("left\u202eright") == 'left<span class="cp">U+202E</span>right'
    assert esc("zero\u200bwidth") == 'zero<span class="cp">U+200B</span>width'
    assert esc('"<&>\'') == "&quot;&lt;&amp;&gt;&#x27;"
    assert esc("\ud800") == '<span class="cp">U+D800</span>'
