"""Typos: non-words close to a frequent word, and doubled words."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import takewhile
from typing import Iterable

import regex

from .. import lexicon
from ..hookspecs import hookimpl
from ..config import config_error
from ..phrases import data_path, read_list
from ..rule import rule

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
_WORD_TOKENS = regex.compile(r"[\p{L}\p{M}\d_]+(?:['’][\p{L}\p{M}\d_]+)*")
_NON_LATIN = regex.compile(r"[^\p{Latin}\p{M}'’]")
_INNER_CAPITAL = regex.compile(r".\p{Lu}")
# What may stand between the end of a sentence and the first word of the next.
_OPENERS = frozenset(" \t\"'“‘([«*_>-–—•·")
_SENTENCE_END = frozenset(".!?:;…\r\n")
_CONTRACTIONS = ("n't", "'re", "'ve", "'ll", "'d", "'m", "'s")


@lru_cache(maxsize=16)
def _allow_file(path: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in read_list(path))


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


@lru_cache(maxsize=65536)
def _normalise(word: str) -> str | None:
    """The lower-case form to look up, or None for a token that is not a
    candidate (acronyms, CamelCase brands, numbers, non-Latin script)."""
    if any(ch.isdigit() or ch == "_" for ch in word):
        return None
    if _NON_LATIN.search(word):
        return None
    letters = [ch for ch in word if ch.isalpha()]
    if sum(ch.isupper() for ch in letters) > 1 or _INNER_CAPITAL.search(word):
        # HTML, BBC, iPod, McDonald, O'Meara: acronyms and names
        return None
    return word.replace("’", "'").lower()


def _lookup_forms(word: str) -> list[str]:
    """Forms to check: the word, then without a possessive or contraction."""
    forms = [word]
    if "'" in word:
        for ending in _CONTRACTIONS:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                forms.append(word[: -len(ending)])
                break
        else:
            forms.extend(p for p in word.split("'") if p)
    return forms


@rule(
    "NL101",
    "typo",
    options={"allow": [], "allow-file": "", "min-length": 3, "max-zipf": 3.0, "min-gap": 1.0},
    honours_sic=True,
)
def typo(doc, ctx):
    """A word that is not in the lexicon but is one or two edits from a far more frequent word.

    What it does:
        Looks every lower-case word (and every capitalised word that starts a
        sentence) up in wordfreq's large English list of about 321,000 words
        (US and UK spellings).  A word that is rare or unknown there, and that
        a cheap edit (a neighbouring key, a doubled or dropped letter, two
        swapped letters, a vowel that sounds alike) turns into a word at least
        ``min-gap`` Zipf points (factors of ten) more frequent, is reported
        with up to three suggestions, best first.  Inflections, prefixed
        forms and closed compounds of known words, and British or American
        variants of a known spelling are not reported.  Parts of hyphenated
        compounds are checked one by one.  A word the article itself uses
        three times or more is taken as its own term (a currency, a
        product), and a capitalised word is checked only where it starts a
        sentence, is not followed by another capitalised word (a full name)
        and is not used mid-sentence elsewhere in the article; mid-sentence,
        only a slip for a word that names and dates are built from
        (newslint/data/typo_title_words.txt: ``Unversity``, ``Febuary``) is
        reported.  Words the article uses rank the suggestions up.

        Hunspell's en_US dictionary (the chunspell wheel ships it; read
        offline) is a second opinion: a word it accepts is not a slip
        (``flout``, ``apace``), unless it is rarer than Zipf 2 and one cheap
        slip from a word a thousand times more frequent (``wonted``); a
        lower-case word it rejects is reported even at Zipf 2 to 3 when one
        cheap edit inside the word (first and last letters kept) leaves a
        far more frequent dictionary word (``definately``, ``goverment``).
        British spellings stay clean through the variant rules, since the
        dictionary is American.

    Why it matters:
        Slips such as ``encourafged`` survive editing and scraping, and a
        dictionary checker buries them under hundreds of names and brands;
        a known-typo list misses every slip nobody listed.

    Example:
        Flagged::

            China's big state firms have been encourafged to boost investment.

        reports ``encourafged`` and suggests ``encouraged``.

        Not flagged: ``Wang Zhigang``, ``Sean O’Meara``, ``recognise``,
        ``the ‘strangleholds’ areas``, ``don’t``, ``BBC``, ``iPod``,
        ``3rd``, ``self-reliance``, ``www.bbc.co.uk``.

    Options:
        ``allow`` (list of words, case-insensitive) and ``allow-file`` (a
        word list, one per line, # comments; relative to the config file):
        house vocabulary the lexicon does not know.  ``min-length`` (3):
        shorter words are not checked.  ``max-zipf`` (3.0): words at least
        this frequent (once per million words) are never reported.
        ``min-gap`` (1.0): how much more frequent, in Zipf points, the
        suggestion must be than the word.

    Limitations:
        Context-free: a slip that makes another real word (``contended`` for
        ``contented``, ``where`` for ``were``, ``planed``) is not reported,
        nor is a capitalised word in mid-sentence (taken as a name) unless it
        is a slip for a title word (``Managment`` in a product name is
        missed), nor a popular misspelling the web list holds at Zipf 3 or
        more (``wil``, ``ment``), nor one two edits from its word
        (``rember``).  Rare real words missing from the dictionary and one
        slip from a very common word are the false findings (``yuppy``,
        ``titbit``, ``bourses``, brands at a sentence start): add them to
        ``allow``.
        Measured with benchmarks/quality_typo.py (Norvig's misspellings put
        into BBC dev articles; 522 cases whose correct word occurs in an
        article): recall at the exact line:column 0.900 over all cases and
        0.925 over the 508 non-word cases, first suggestion right 0.799; on
        the 911 untouched BBC dev articles (366,000 words) 0.36 false
        findings per 10,000 words, besides 33 genuine slips in the
        published text (``noteboook``, ``accomodate``).  Held out (never
        used for tuning): 400 one-slip non-words put into the 80 AEB dev
        article bodies, recall 0.973; on the untouched bodies (60,000
        words) 0.50 false findings per 10,000 words.
    """
    opts = ctx.options
    settings = lexicon.Settings(
        max_zipf=float(opts["max-zipf"]), min_gap=float(opts["min-gap"])
    )
    min_length = int(opts["min-length"])
    allow = {w.casefold() for w in opts["allow"]}
    if opts["allow-file"]:
        allow |= _allow_file(opts["allow-file"])
    text = doc.text
    vocabulary: Counter[str] | None = None
    frequent = _frequent_words(settings.max_zipf)
    # Most tokens are frequent words, settled by one set lookup; the rest are
    # gathered first so that the capitalised ones used mid-sentence (names)
    # are known without a second pass over the text.
    if _MAYBE_NOT_PROSE.search(text):
        rare = [
            (word, m.start(), m.end())
            for m in _TOKENS.finditer(text)
            if (word := m.group("word")) is not None
            and min_length <= len(word) <= _MAX_LENGTH
            and word.lower() not in frequent
        ]
    else:
        rare = [
            (word, m.start(), m.end())
            for m in _WORD_TOKENS.finditer(text)
            if min_length <= len(word := m.group()) <= _MAX_LENGTH and word.lower() not in frequent
        ]
    if not rare:
        return
    names = {w for w, start, _ in rare if w[0].isupper() and not _sentence_initial(text, start)}
    for word, start, end in rare:
        if word[0].isupper():
            if not _sentence_initial(text, start):
                fix = _title_word_slip(word, settings)
                if fix is not None and word.casefold() not in allow and not _next_is_capitalised(text, end):
                    yield ctx.finding(start, end, f"possible misspelling '{word}'", (fix,))
                continue
            if word in names or len(word) < _MIN_CAPITALISED or _next_is_capitalised(text, end):
                continue  # names: Wang Zhigang, Alyx, Btu
        low = _normalise(word)
        if low is None or low.casefold() in allow:
            continue
        if text.startswith("&", end) or _joined_is_word(text, start, end, low):
            # ``risqu&#233;`` is markup residue (another rule's business);
            # ``pre-empt`` is the word ``preempt`` written with a hyphen.
            continue
        found = _check(low, settings, word[0].islower())
        if found is None:
            continue
        if vocabulary is None:
            # finditer, not findall: a list of every word of a 50 MB file
            # held half a gigabyte at once.
            vocabulary = Counter(m.group().lower() for m in _WORDS.finditer(text))
        if vocabulary[low] >= _DELIBERATE_REPEATS:
            # A slip is seldom made the same way three times in one article:
            # a word used that often is the article's own term (a currency,
            # a product) that the lexicon lacks.
            continue
        suggestions = _rank(found, vocabulary)
        if word[0].isupper():
            suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
        yield ctx.finding(start, end, f"possible misspelling '{word}'", suggestions)


@lru_cache(maxsize=8)
def _frequent_words(max_zipf: float) -> frozenset[str]:
    """Words at least as frequent as ``max_zipf``: never reported."""
    known = 10**max_zipf / 1e9
    # The list is sorted by frequency, most frequent first.
    return frozenset(w for w, _ in takewhile(lambda item: item[1] >= known, lexicon.frequencies().items()))


_TITLE_SLIP_MAX_ZIPF = 2.0
# Candidate search grows with the cube of a token's length (deletes of
# deletes): a 2,000-letter token (a base64 blob, a run of letters) took ten
# minutes.  English words and their slips are far shorter than this.
_MAX_LENGTH = 40


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(read_list(data_path("typo_title_words.txt")))


def _deletes2(word: str) -> set[str]:
    once = {word[:i] + word[i + 1 :] for i in range(len(word))}
    return {word} | once | {w[:i] + w[i + 1 :] for w in once for i in range(len(w))}


@lru_cache(maxsize=1)
def _title_index() -> frozenset[str]:
    """Every title word with up to two letters deleted: two strings within
    two edits share a key."""
    return frozenset(k for w in _title_words() for k in _deletes2(w))


@lru_cache(maxsize=8192)
def _title_word_slip(word: str, settings: lexicon.Settings) -> str | None:
    """A capitalised mid-sentence word is a name, unless it is a slip for a
    word that names and dates are built from (``Unversity of Leeds``,
    ``in Febuary``): then the correction, capitalised."""
    low = _normalise(word)
    if low is None or len(low) < 4 or lexicon.zipf(low) >= _TITLE_SLIP_MAX_ZIPF:
        return None  # Banc, Chambre, Joly: names and foreign words the web list knows
    index = _title_index()
    if not any(key in index for key in _deletes2(low)):
        return None  # most names: no title word within two edits, no search needed
    found = lexicon.suspicious(low, settings)
    if not found or found[0].word not in _title_words():
        return None
    best = found[0].word
    return best[:1].upper() + best[1:]


_HYPHEN_BEFORE = regex.compile(r"(\p{L}+)-$")
_HYPHEN_AFTER = regex.compile(r"-(\p{L}+)")


def _joined_is_word(text: str, start: int, end: int, low: str) -> bool:
    """Is this part of a hyphenated compound a word once joined to its
    neighbour, or part of a hyphenated name (``Chong-gyu``)?"""
    before = _HYPHEN_BEFORE.search(text, max(0, start - 20), start)
    if before and (before.group(1)[0].isupper() or lexicon.zipf(before.group(1).lower() + low) > 0):
        return True
    after = _HYPHEN_AFTER.match(text, end)
    return bool(after and lexicon.zipf(low + after.group(1).lower()) > 0)


_NEXT_WORD = regex.compile(r"[^\S\r\n]+(\p{L})")


def _next_is_capitalised(text: str, end: int) -> bool:
    """``Parul Jain, deputy ...``: a capitalised word followed by another is a name."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and m.group(1).isupper())


def _mid_sentence_capitals(text: str) -> set[str]:
    """Capitalised words the document also uses mid-sentence: names, even
    where one starts a sentence."""
    out = set()
    for m in _TOKENS.finditer(text):
        word = m.group("word")
        if word and word[0].isupper() and not _sentence_initial(text, m.start()):
            out.add(word)
    return out


_WORDS = regex.compile(r"\p{L}+")
# A correction the article itself uses elsewhere is the likelier one
# (``analsyts`` in a story that quotes analysts), worth this many Zipf points.
_IN_DOCUMENT_BONUS = 1.0
_DELIBERATE_REPEATS = 3
# Short capitalised words starting a sentence are mostly names and units.
_MIN_CAPITALISED = 5


def _rank(found: tuple[lexicon.Candidate, ...], vocabulary: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(
        found, key=lambda c: (-(c.score + (_IN_DOCUMENT_BONUS if c.word in vocabulary else 0.0)), c.word)
    )
    return tuple(c.word for c in ranked[:3])


@lru_cache(maxsize=65536)
def _check(word: str, settings: lexicon.Settings, lower_written: bool = True) -> tuple[lexicon.Candidate, ...] | None:
    forms = _lookup_forms(word)
    for form in forms:
        if lexicon.zipf(form) >= settings.max_zipf:
            return None
    if lexicon.spelled_right(word) and not lexicon.archaic_slip(word):
        return None  # flout, apace, funereal: rare, but real words
    if len(forms) > 1:
        # Possessives and contractions: the word is fine when its stem is.
        for form in forms[1:]:
            if lexicon.suspicious(form, settings) is None:
                return None
        return None if forms[0].endswith(_CONTRACTIONS) else lexicon.suspicious(forms[0], settings)
    found = lexicon.suspicious(word, settings)
    if found is None and lower_written:
        # Capitalised words are left out: brands and names the dictionary
        # lacks start sentences too.
        found = lexicon.rejected_slip(word, settings)
    return found


_REPEAT = regex.compile(r"\b(\p{L}+)(?:[^\S\r\n]+|[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*)(\p{L}+)\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _legit_repeats() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_list(data_path("typo_repeats.txt")))


@rule("NL102", "repeated-word")
def repeated_word(doc, ctx):
    """The same word twice in a row (``the the``).

    What it does:
        Reports the second of two identical words (ignoring case) separated
        only by spaces or a single line break.

    Why it matters:
        A doubled word is the commonest slip left behind by editing (a
        sentence rewritten around the join) and the eye skips it, especially
        across a line break.

    Example:
        Flagged::

            The minister said the the talks would resume on Monday.

        Not flagged: ``he had had enough``, ``said that that deal``,
        ``Walla Walla``, ``Duran Duran``, ``bye bye``.

    Options:
        None.

    Limitations:
        Legitimate doubles are a list (newslint/data/typo_repeats.txt) plus
        any pair written with capitals (names such as ``Walla Walla``), so a
        rare legitimate double (``buffalo buffalo``) may be reported, and a
        doubled capitalised word is not.  On the 911 edited BBC dev articles
        it reports three doubles, all genuine (``the the``, ``about about``,
        ``hostility hostility``); it finds 288 of 288 doubles put into BBC
        text, at the second copy (benchmarks/quality_repeated.py).
    """
    legit = _legit_repeats()
    text = doc.text
    for m in _iter_pairs(text):
        first, second = m.group(1), m.group(2)
        if first.casefold() != second.casefold():
            continue
        if second[0].isupper() or first.casefold() in legit:
            continue
        yield ctx.finding(m.start(2), m.end(2), f"repeated word '{second}'")


# The same pairs for ASCII text, through the standard library's faster engine:
# only pairs whose second word repeats the first (ignoring case) are matched,
# the second word inside a lookahead so that it can start the next pair.
# regex's \s (White_Space) is [\t\n\v\f\r ] in ASCII, so spelled out here.
_ASCII_REPEAT = re.compile(
    r"\b([A-Za-z]+)(?=(?:[\t\v\f ]+|[\t\v\f ]*(?:\r\n|\r|\n)[\t\v\f ]*)(\1)\b)",
    re.IGNORECASE | re.ASCII,
)


def _iter_pairs(text: str) -> Iterable[regex.Match | re.Match]:
    if text.isascii():
        return _ASCII_REPEAT.finditer(text)
    # Overlapping: in "a b b" the pair (b, b) starts where the pair (a, b) ends.
    return _REPEAT.finditer(text, overlapped=True)


@hookimpl
def newslint_register_rules():
    return [typo, repeated_word]


@hookimpl
def newslint_configure(config):
    # A missing allow-file is a configuration error (exit 2), not a rule
    # crash on every file.
    for key in ("typo", "NL101"):
        value = config.rule_options(key).get("allow-file")
        if isinstance(value, str) and value and not (config.root / value).is_file():
            raise config_error(config.path, f"rules.{key}.allow-file", f"no such file: {config.root / value}")
