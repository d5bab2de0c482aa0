"""The words of an article the typo rule looks at, and the spans it skips."""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from itertools import accumulate, compress

import regex

from ...compact import COMPACT_LINES, View, offsets
from .lexicon import zipf

# Spans that are not prose: URLs, e-mail addresses, social handles and
# hashtags, bare domain names.  They are matched first in the same pass so
# that the words inside them are never checked.
# The lookbehinds let the e-mail and domain branches start only where a run
# of such characters starts: without them every dot in a long run ("....",
# "ab.ab.ab...") rescanned the rest of the run (32,000 characters: 3 minutes).
_NOT_PROSE = (
    r"(?:https?://|ftp://|www\.)[^\s<>\"]+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@])[@#]\w+"
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|int|io|ai|co|uk|us|de|fr|info|biz|tv|me|ly)\b(?:/[^\s<>\"]*)?"
)
# A word: letters (and marks), with inner apostrophes (straight or curly) as in
# don't and O’Meara; digits and underscores are included so that tokens such as
# 3rd, mp3 or snake_case come out whole and can be skipped.
_TOKENS = regex.compile(
    rf"(?P<skip>{_NOT_PROSE})|(?P<word>[\p{{L}}\p{{M}}\d_]+(?:['’][\p{{L}}\p{{M}}\d_]+)*)",
    regex.IGNORECASE,
)
# Every span _NOT_PROSE matches contains one of these; an article with none
# (most) is tokenised by the plain word pattern, several times faster.
_MAYBE_NOT_PROSE = regex.compile(
    r"://|www\.|[@#]|\.(?:com|org|net|edu|gov|int|io|ai|co|uk|us|de|fr|info|biz|tv|me|ly)\b", regex.IGNORECASE
)
# The same test for text whose letters and spaces are ASCII (``ascii_words``),
# through the standard library's quicker engine.
_ASCII_MAYBE_NOT_PROSE = re.compile(_MAYBE_NOT_PROSE.pattern, re.IGNORECASE | re.ASCII)
_ASCII_TOKENS = re.compile(
    rf"(?P<skip>{_NOT_PROSE})|(?P<word>[A-Za-z0-9_]+(?:['’][A-Za-z0-9_]+)*)", re.IGNORECASE | re.ASCII
)
_WORD_TOKENS = regex.compile(r"[\p{L}\p{M}\d_]+(?:['’][\p{L}\p{M}\d_]+)*")
# Candidate search grows with the cube of a token's length (deletes of
# deletes): a 2,000-letter token (a base64 blob, a run of letters) took ten
# minutes.  English words and their slips are far shorter than this.
_MAX_LENGTH = 40


def rare_words(text: str, min_length: int, frequent: frozenset[str]) -> Sequence[tuple[str, int, int]]:
    """(word, start, end) of every prose token of a checkable length that is
    not one of the ``frequent`` words, in text order.

    A list; past ``COMPACT_LINES`` tokens (a huge article: a 50 MB one has
    hundreds of thousands, about 170 bytes each as tuples) two arrays of
    offsets, each tuple built again from the text when it is read."""
    out: list[tuple[str, int, int]] = []
    starts = ends = None
    for lo, hi in chunks(text):
        chunk = text[lo:hi]
        if ascii_words(chunk):
            # Lower-casing keeps every offset in such text (see _plain_rare_words).
            lowered = chunk.lower()
            if _lowered_hint(lowered):
                found = _hinted_rare_words(chunk, lo, min_length, frequent, True, _ASCII_MAYBE_NOT_PROSE)
            else:
                found = _ascii_rare_words(chunk, lowered, lo, min_length, frequent)
        elif _MAYBE_NOT_PROSE.search(chunk):
            found = _hinted_rare_words(chunk, lo, min_length, frequent, False, _MAYBE_NOT_PROSE)
        else:
            found = _plain_rare_words(chunk, lo, min_length, frequent, False)
        if starts is None or ends is None:
            out.extend(found)
            if len(out) > COMPACT_LINES:
                starts, ends = offsets(t[1] for t in out), offsets(t[2] for t in out)
                out = []
        else:
            starts.extend(t[1] for t in found)
            ends.extend(t[2] for t in found)
    if starts is None or ends is None:
        return out
    return _compact(text, starts, ends)


def _compact(text: str, starts: array, ends: array) -> View[tuple[str, int, int]]:
    def make(k: int) -> tuple[str, int, int]:
        start, end = starts[k], ends[k]
        return text[start:end], start, end

    return View(make, len(starts))


# Text is tokenised a chunk at a time, cut at white space (no token spans
# it), so that the token lists of a 50 MB article are never held at once.
_CHUNK = 1 << 16
_SPACE = regex.compile(r"\s")


def chunks(text: str) -> Iterator[tuple[int, int]]:
    lo, n = 0, len(text)
    while n - lo > _CHUNK:
        cut = max(text.rfind(" ", lo, lo + _CHUNK), text.rfind("\n", lo, lo + _CHUNK))
        if cut <= lo:
            m = _SPACE.search(text, lo + _CHUNK)
            if m is None:
                break
            cut = m.start()
        yield lo, cut
        lo = cut
    yield lo, n


_SPLIT_WORDS = regex.compile(rf"({_WORD_TOKENS.pattern})")
# Characters outside ASCII that are neither letters, marks, digits nor white
# space for either engine (and have no case): in a text whose other
# characters are all ASCII (``£5``, curly quotes, dashes), ASCII patterns find
# the words and the gaps the Unicode ones do.
_INERT = "‘’‚“”„–—£€¥¢…•·«»′″§¶†‡‰©®™°±×÷"
_NOT_INERT = re.compile(f"[^\\x00-\\x7f{_INERT}]")


def ascii_words(text: str) -> bool:
    """Are all the letters, digits, marks and white space of ``text`` ASCII?"""
    return text.isascii() or not _NOT_INERT.search(text)


# ``_SPLIT_WORDS`` for such text, through the standard library's engine:
# twice as fast.
_ASCII_SPLIT_WORDS = re.compile(r"([A-Za-z0-9_]+(?:['’][A-Za-z0-9_]+)*)")


def _plain_rare_words(chunk: str, offset: int, min_length: int, frequent: frozenset[str],
                      ascii_only: bool) -> list[tuple[str, int, int]]:
    """``rare_words`` for a chunk with no URL, address or handle in it: the
    per-token work (splitting, lower-casing, the frequent-word test and the
    offsets) runs in C; Python touches only the rare tokens.  ``ascii_only``:
    the chunk's letters and spaces are ASCII (``ascii_words``)."""
    # Separators and words alternate: [gap, word, gap, word, ..., gap].
    if ascii_only:
        # Lower-casing keeps every offset in such text: split it lowered.
        parts = _ASCII_SPLIT_WORDS.split(chunk.lower())
        lowers = parts[1::2]
    else:
        parts = _SPLIT_WORDS.split(chunk)
        lowers = list(map(str.lower, parts[1::2]))
    rare = set(lowers).difference(frequent)
    if not rare:
        return []
    ends = list(accumulate(map(len, parts), initial=offset))
    # ends[2i + 1] is where word i starts, ends[2i + 2] where it ends.
    out = []
    for i in compress(range(len(lowers)), map(rare.__contains__, lowers)):
        start, end = ends[2 * i + 1], ends[2 * i + 2]
        if min_length <= end - start <= _MAX_LENGTH:
            out.append((chunk[start - offset : end - offset], start, end))
    return out


# ``_ASCII_MAYBE_NOT_PROSE`` on a lower-cased chunk of such text, without
# the case-free matching that makes the pattern try every position (twenty
# times slower): three literal strings, then the domain endings after a dot.
_LOWER_DOMAIN_HINT = re.compile(
    r"\.(?:com|org|net|edu|gov|int|io|ai|co|uk|us|de|fr|info|biz|tv|me|ly)\b", re.ASCII
)


def _lowered_hint(lowered: str) -> bool:
    """Does ``_ASCII_MAYBE_NOT_PROSE`` match the text ``lowered`` is the
    lower case of (text whose letters are ASCII)?"""
    return (
        "@" in lowered or "#" in lowered or "://" in lowered or "www." in lowered
        or _LOWER_DOMAIN_HINT.search(lowered) is not None
    )


_ASCII_WORDS = re.compile(r"[a-z0-9_]+(?:['’][a-z0-9_]+)*")
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_APOSTROPHES = "'’"
# Past this many distinct rare words in a chunk (a long article, a foreign
# one), or this many occurrences of their letters (inside other words too: a
# short rare word such as ``ent``), looking for each costs more than summing
# the offsets of every token.
_MAX_RARE = 48
_MAX_FINDS = 256


def _ascii_rare_words(chunk: str, lowered: str, offset: int, min_length: int,
                      frequent: frozenset[str]) -> list[tuple[str, int, int]]:
    """``_plain_rare_words`` for a chunk whose letters and spaces are ASCII,
    ``lowered`` its lower case: the distinct tokens are listed in C, and
    only the few rare ones are looked for in the text, instead of the
    offsets of every token being summed up."""
    rare = set(_ASCII_WORDS.findall(lowered)).difference(frequent)
    if not rare:
        return []
    rare = {w for w in rare if min_length <= len(w) <= _MAX_LENGTH}
    if not rare:
        return []
    if len(rare) > _MAX_RARE:
        return _plain_rare_words(chunk, offset, min_length, frequent, True)
    word_chars, apostrophes, n = _ASCII_WORD_CHARS, _APOSTROPHES, len(lowered)
    spans: list[tuple[int, int]] = []
    finds = 0
    for word in rare:
        size = len(word)
        at = lowered.find(word)
        while at >= 0:
            finds += 1
            if finds > _MAX_FINDS:
                return _plain_rare_words(chunk, offset, min_length, frequent, True)
            end = at + size
            # A token is a longest run of word characters joined by single
            # apostrophes: nothing of the kind may touch the match's ends.
            if not (
                at > 0 and (lowered[at - 1] in word_chars
                            or (lowered[at - 1] in apostrophes and at > 1 and lowered[at - 2] in word_chars))
            ) and not (
                end < n and (lowered[end] in word_chars
                             or (lowered[end] in apostrophes and end + 1 < n and lowered[end + 1] in word_chars))
            ):
                spans.append((at, end))
            at = lowered.find(word, at + 1)
    spans.sort()
    return [(chunk[start:end], offset + start, offset + end) for start, end in spans]


# White space for both engines' ``\s``: no span _NOT_PROSE matches and no
# word holds any of these.
_SPACES = " \t\n\r\f\v"


def _hinted_rare_words(chunk: str, offset: int, min_length: int, frequent: frozenset[str],
                       ascii_only: bool, hints: re.Pattern[str] | regex.Pattern[str]) -> list[tuple[str, int, int]]:
    """``rare_words`` for a chunk with a hint of a URL, address or handle.

    Every span _NOT_PROSE matches holds a hint and no white space, so only
    the runs of other characters that hold a hint go through the combined
    pattern (which tries its address branches at every word: several times
    slower); the prose between them is split as ``_plain_rare_words`` does."""
    tokens = _ASCII_TOKENS if ascii_only else _TOKENS
    out: list[tuple[str, int, int]] = []
    done = 0  # the chunk is handled up to here
    for hint in hints.finditer(chunk):
        if hint.start() < done:
            continue  # in the run just handled
        run_start = max(done, max(chunk.rfind(c, done, hint.start()) for c in _SPACES) + 1)
        ends = [at for c in _SPACES if (at := chunk.find(c, hint.end())) >= 0]
        run_end = min(ends) if ends else len(chunk)
        if done < run_start:
            out += _plain_rare_words(chunk[done:run_start], offset + done, min_length, frequent, ascii_only)
        out += [
            (word, offset + m.start(), offset + m.end())
            for m in tokens.finditer(chunk, run_start, run_end)
            if (word := m.group("word")) is not None
            and min_length <= len(word) <= _MAX_LENGTH
            and word.lower() not in frequent
        ]
        done = run_end
    if done < len(chunk):
        out += _plain_rare_words(chunk[done:], offset + done, min_length, frequent, ascii_only)
    return out


_HYPHEN_BEFORE = regex.compile(r"(\p{L}+)-$")
_HYPHEN_AFTER = regex.compile(r"-(\p{L}+)")


def joined_is_word(text: str, start: int, end: int, low: str) -> bool:
    """Is this part of a hyphenated compound a word once joined to its
    neighbour, or part of a hyphenated name (``Chong-gyu``)?"""
    before = _HYPHEN_BEFORE.search(text, max(0, start - 20), start)
    if before and (before.group(1)[0].isupper() or zipf(before.group(1).lower() + low) > 0):
        return True
    after = _HYPHEN_AFTER.match(text, end)
    return bool(after and zipf(low + after.group(1).lower()) > 0)


_ELISION_OR_IDENTIFIER = regex.compile(r"['’](?!\p{L})|\.[\p{L}\d]")


def not_a_word_here(text: str, start: int, end: int) -> bool:
    """Is the token written as something other than a plain word: an
    elision with its apostrophe (``playin'``, ``nothin'``) or the name
    part of an identifier or file name (``lcwa.00010240``, ``setup.cfg``)?"""
    return bool(_ELISION_OR_IDENTIFIER.match(text, end))
