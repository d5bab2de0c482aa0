"""Meta-tests: every built-in rule has its id, docs, golden cases and runnable examples."""
from __future__ import annotations

import pytest
import regex

from newslint import lint_text
from newslint.ruledocs import SECTIONS, builtin_registry, rules_markdown

from .conftest import GOLDEN, ROOT

REGISTRY = builtin_registry()
RULES = list(REGISTRY)
# Raised by the engine and the suppression pass, not by text on its own.
RUN_RULES = {"NL001", "NL002", "NL003"}
_LITERAL = regex.compile(r"``(.+?)``|::\n\n((?:[ \t]+.*\n|\n)+)", regex.S)


def recorded_ids() -> dict[str, str]:
    out = {}
    for line in (ROOT / "tests/data/builtin_rule_ids.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            rid, name, *_ = line.split()
            out[rid] = name
    return out


def test_ids_are_stable():
    """Ids and names in the registry match the record; none disappears or changes."""
    current = {r.id: r.name for r in RULES}
    assert current == recorded_ids()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_docs_have_sections(rule):
    doc = rule.doc
    positions = [doc.find(s) for s in SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.id} docstring lacks {[s for s, p in zip(SECTIONS, positions) if p < 0]}"
    assert positions == sorted(positions), f"{rule.id}: sections out of order"
    example = doc[doc.find("Example:") : doc.find("Options:")]
    assert "Flagged" in example and "Not flagged" in example
    assert rule.summary and len(rule.summary) < 100


@pytest.mark.parametrize("rule", [r for r in RULES if r.id not in RUN_RULES], ids=lambda r: r.name)
def test_golden_cases_exist(rule):
    folder = GOLDEN / rule.name
    expected = list(folder.glob("*.expected"))
    assert expected, f"no golden cases in tests/golden/{rule.name}/"
    texts = [p.read_text() for p in expected]
    assert any(rule.id in t for t in texts), "no golden case where the rule fires"
    assert any(rule.id not in t.split("\n", 1)[0] or t.startswith("All clear") for t in texts)


def _example_literals(rule):
    doc = rule.doc
    example = doc[doc.find("Example:") : doc.find("Options:")]
    split = example.find("Not flagged")
    flagged, clean = example[:split], example[split:]

    def first(section):
        m = _LITERAL.search(section)
        if not m:
            return None
        if m.group(1) is not None:
            return m.group(1).replace("\\n", "\n")
        import textwrap

        return textwrap.dedent(m.group(2)).strip("\n") + "\n"

    return first(flagged), first(clean)


@pytest.mark.parametrize("rule", [r for r in RULES if r.id not in RUN_RULES], ids=lambda r: r.name)
def test_docstring_examples_run(rule):
    """The first literal after "Flagged" must be flagged by the rule, and the
    first after "Not flagged" must not."""
    flagged, clean = _example_literals(rule)
    assert flagged is not None and clean is not None, f"{rule.id}: examples need ``literal`` text"
    assert any(f.rule == rule.id for f in lint_text(flagged, select=[rule.id])), f"{rule.id} example not flagged: {flagged!r}"
    assert not any(f.rule == rule.id for f in lint_text(clean, select=[rule.id])), f"{rule.id} clean example flagged: {clean!r}"


def test_rules_md_is_current(update_golden):
    path = ROOT / "docs" / "rules.md"
    text = rules_markdown()
    if update_golden:
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, "docs/rules.md is stale: run pytest --update-golden"
