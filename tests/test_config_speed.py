"""The walk's quick glob matching and relative paths give what the plain forms give."""
from __future__ import annotations

import fnmatch
import os
import random

from newslint import config
from newslint.config import DEFAULT_INCLUDE, Config


def _plain_matches(rel: str, patterns: tuple[str, ...]) -> bool:
    """The matching as it was: every trailing part and every part, each pattern in turn."""
    parts = rel.split("/")
    for pattern in patterns:
        pat = pattern.rstrip("/")
        for i in range(len(parts)):
            if fnmatch.fnmatchcase("/".join(parts[i:]), pat):
                return True
        if any(fnmatch.fnmatchcase(part, pat) for part in parts):
            return True
    return False


_PIECES = ["a", "b", "drafts", "x.md", "y.txt", "z.jsonl.gz", ".", "..", "", "*", "a.b", "q/r", "é", "[x]", "?"]
_PATTERNS = [
    DEFAULT_INCLUDE,
    ("drafts/",),
    ("drafts/*.md", "*.txt"),
    ("a/b",),
    ("*/b/*",),
    ("[ab]",),
    ("?.md", "a*"),
    ("**/x.md",),
    ("",),
    ("/",),
    (),
]


def test_matches_as_the_plain_form_on_random_paths() -> None:
    rng = random.Random(16)
    for _ in range(6000):
        rel = "/".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 6)))
        patterns = rng.choice(_PATTERNS)
        assert config._matches(rel, patterns) == _plain_matches(rel, patterns), (rel, patterns)


def test_relative_outside_the_root_as_relpath(tmp_path) -> None:
    root = tmp_path / "one" / "two"
    root.mkdir(parents=True)
    cfg = Config(path=root / ".newslint.toml")
    paths = [
        tmp_path / "other" / "f.txt",
        tmp_path / "one" / "f.txt",
        tmp_path / "one",
        tmp_path / "one" / "two",
        tmp_path / "one" / "twofold" / "g.md",
        tmp_path / "one" / "two" / "h.md",
        tmp_path,
        tmp_path / "one" / "tw",
        tmp_path / "other" / "deep" / "er" / "k.md",
    ]
    for path in paths:
        expected = os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
        assert cfg.relative(str(path)) == expected, path
        assert cfg.relative(str(path)) == expected, path  # the kept folder part
