"""The one reading of pattern source shared by the AI dispatch and the attribution gate."""
from re import escape as regex_escape

import pytest

from newslint.regex_source import UnbalancedSource, class_end, token_end
from newslint.rules.ai_content.dispatch import split_top


@pytest.mark.parametrize(
    "src, start, end",
    [
        (r"\bword", 0, 2),
        ("abc", 1, 2),
        ("[]a]b", 0, 4),  # a ] first in a class is a literal
        ("[^]a]b", 0, 5),
        ("[a[b]c", 0, 5),  # a [ inside a class is a literal
        (r"[a\]b]c", 0, 6),
        ("(a(b|c)d)e", 0, 9),
        ("(a[)]b)c", 0, 7),  # a ) in a class closes nothing
        (r"(a\)b)c", 0, 6),
        ("x(?<=a(b))y", 1, 10),
    ],
)
def test_token_end_steps_over_one_whole_token(src, start, end):
    assert token_end(src, start) == end


def test_class_end_and_token_end_agree_on_classes():
    assert class_end("[ab]c", 0) == token_end("[ab]c", 0) == 4


@pytest.mark.parametrize(
    "src, message",
    [("(ab", "unbalanced group at 0"), ("[ab", "unclosed class at 0"), ("((a)", "unbalanced group at 0"), ("(a[)", "unclosed class at 2")],
)
def test_an_unclosed_group_or_class_is_an_error_not_a_wrong_index(src, message):
    with pytest.raises(UnbalancedSource, match=rf"^{regex_escape(message)}$"):
        token_end(src, 0)


def test_top_level_alternatives_ignore_bars_inside_groups_and_classes():
    assert split_top(r"a|(b|c)|[|]|\||d") == ["a", "(b|c)", "[|]", r"\|", "d"]
