"""The compiled-pattern cache: kept at exit, put back at the next start, never trusted blindly."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Compiles a long pattern the way a rule does, and says whether regex had to
# parse it (its parser is pure Python; a cache hit never reaches it).
_PROBE = r"""
import regex, regex._main as main
from newslint import patterncache
patterncache.load()
parsed = []
original = main._parse_pattern
main._parse_pattern = lambda *a: (parsed.append(1), original(*a))[1]
p = regex.compile(r"\b(?:" + "|".join(f"word{i}" for i in range(40)) + r")\b", regex.IGNORECASE)
assert [m.group() for m in p.finditer("a WORD7 b word39 word40")] == ["WORD7", "word39"]
print("parsed" if parsed else "cached")
"""


def _probe(folder: Path | str, script: str = _PROBE) -> str:
    """Run ``script`` in a fresh interpreter with its pattern cache in ``folder``."""
    env = {**os.environ, "NEWSLINT_PATTERN_CACHE": str(folder)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_pattern_compiled_once_is_not_parsed_again(tmp_path: Path) -> None:
    assert _probe(tmp_path) == "parsed"
    files = list(tmp_path.glob("patterns-*.marshal"))
    assert len(files) == 1 and not files[0].stat().st_mode & 0o077
    assert _probe(tmp_path) == "cached"


def test_a_file_others_may_write_is_not_read(tmp_path: Path) -> None:
    _probe(tmp_path)
    (file,) = tmp_path.glob("patterns-*.marshal")
    file.chmod(0o666)
    assert _probe(tmp_path) == "parsed"


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    _probe(tmp_path)
    (file,) = tmp_path.glob("patterns-*.marshal")
    file.write_bytes(b"\x00not marshal data")
    assert _probe(tmp_path) == "parsed"
    assert _probe(tmp_path) == "cached"


def test_off_switches_it_off(tmp_path: Path) -> None:
    assert _probe("off") == "parsed"
    assert _probe("off") == "parsed"


# The same for the standard re module: says whether re's parser ran, and
# checks the pattern matches (groups, flags) exactly as a fresh compile's.
_RE_PROBE = r"""
import re, re._parser as parser
from newslint import patterncache
patterncache.load()
parsed = []
original = parser.parse
parser.parse = lambda *a: (parsed.append(1), original(*a))[1]
source = r"(?<!\w)(?:(?P<sure>" + "|".join(f"alpha{i}" for i in range(30)) + r")|beta\s+gamma)\b"
p = re.compile(source, re.IGNORECASE | re.MULTILINE)
parser.parse = original
assert p == re._compiler.compile(source, re.IGNORECASE | re.MULTILINE)
assert [(m.group(), m.group("sure")) for m in p.finditer("x ALPHA7 y beta  gamma alpha30")] == [
    ("ALPHA7", "ALPHA7"), ("beta  gamma", None)]
print("parsed" if parsed else "cached")
"""


def test_re_patterns_are_kept_too(tmp_path: Path) -> None:
    assert _probe(tmp_path, _RE_PROBE) == "parsed"
    assert _probe(tmp_path, _RE_PROBE) == "cached"


def test_re_patterns_of_another_python_build_are_not_used(tmp_path: Path) -> None:
    import marshal

    _probe(tmp_path, _RE_PROBE)
    (file,) = tmp_path.glob("patterns-*.marshal")
    stored = marshal.loads(file.read_bytes())
    stored["re"]["build"][0] += 1
    file.write_bytes(marshal.dumps(stored))
    assert _probe(tmp_path, _RE_PROBE) == "parsed"
    stored["re"]["build"][0] -= 1
    stored["re"]["entries"][0][4] = [1, 2, 3]  # code that is not the source's
    file.write_bytes(marshal.dumps(stored))
    # Loaded as stored (the file is trusted), but a fresh run's entries are checked
    # against re's own compile before they are written.
    from newslint import patterncache

    entry = patterncache._re_entry(re_compiler(), *stored["re"]["entries"][0][:2], compiled_of(stored))
    assert entry is not None and entry[4] != [1, 2, 3]


def re_compiler():
    import re

    return re._compiler


def compiled_of(stored):
    import re

    source, given = stored["re"]["entries"][0][:2]
    return re._compiler.compile(source, given)



def _other(probe: str, old: str, new: str, max_idle: int) -> str:
    """``probe`` on another word list, with ``MAX_IDLE`` set before the load."""
    return probe.replace(old, new).replace(
        "from newslint import patterncache\n", f"from newslint import patterncache\npatterncache.MAX_IDLE = {max_idle}\n"
    )


def _sources(folder: Path, part: str) -> list[str]:
    import marshal

    (file,) = folder.glob("patterns-*.marshal")
    stored = marshal.loads(file.read_bytes())
    items = stored["entries"] if part == "regex" else stored["re"]["entries"]
    return [item[1][0] if part == "regex" else item[0] for item in items]


def test_a_kept_pattern_no_run_asks_for_is_dropped_after_max_idle_saves(tmp_path: Path) -> None:
    # A phrase list edited between runs leaves its old alternation in the file;
    # kept for ever, such patterns filled it to its cap and cost every start.
    assert _probe(tmp_path) == "parsed"
    # Each run below compiles a list the file lacks, so each saves; none asks for word0..39.
    for n, expected in ((1, True), (2, False)):
        probe = _other(_PROBE, "word", f"w{n}x", max_idle=1)
        probe = probe.replace("assert [m.group()", "pass  # assert [m.group()")
        assert _probe(tmp_path, probe) == "parsed"
        assert any("word39" in s for s in _sources(tmp_path, "regex")) is expected
        assert any(f"w{n}x39" in s for s in _sources(tmp_path, "regex"))
    assert _probe(tmp_path) == "parsed"


def test_a_kept_re_pattern_no_run_asks_for_is_dropped_after_max_idle_saves(tmp_path: Path) -> None:
    assert _probe(tmp_path, _RE_PROBE) == "parsed"
    for n, expected in ((1, True), (2, False)):
        probe = _other(_RE_PROBE, "alpha", f"a{n}x", max_idle=1)
        start = probe.index("assert [(m.group()")
        probe = probe[:start] + probe[probe.index('None)]\n', start) + len('None)]\n'):]
        assert _probe(tmp_path, probe) == "parsed"
        assert any("alpha29" in s for s in _sources(tmp_path, "re")) is expected
    assert _probe(tmp_path, _RE_PROBE) == "parsed"


# A short pattern is kept when it was compiled before the first document
# began (a rule module's own), not after (one built from a document's words).
_SHORT_PROBE = r"""
import re, regex
from newslint import patterncache
patterncache.load()
regex.compile(r"(?<!\w)Before(?!\w)")
re.compile(r"(?<![A-Z])Before(?![a-z])")
patterncache.documents_begin()
regex.compile(r"(?<!\w)After(?!\w)")
re.compile(r"(?<![A-Z])After(?![a-z])")
patterncache.documents_begin()  # only the first call counts
regex.compile(r"(?<!\w)Later(?!\w)")
"""


def test_short_patterns_are_kept_only_from_before_the_first_document(tmp_path: Path) -> None:
    _probe(tmp_path, _SHORT_PROBE)
    kept = _sources(tmp_path, "regex")
    assert r"(?<!\w)Before(?!\w)" in kept
    assert not any("After" in s or "Later" in s for s in kept)
    kept_re = _sources(tmp_path, "re")
    assert r"(?<![A-Z])Before(?![a-z])" in kept_re and not any("After" in s for s in kept_re)
