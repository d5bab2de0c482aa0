"""Build the verb word classes NL302 reads a headline's verb by (newslint/data/list_verb_*.txt).

A teaser is another page's headline: a clause with a finite verb (`Council
approves new budget`, `Pool prices to rise`).  An article's list items are
mostly noun phrases, names and figures.  The classes are derived from Hunspell's
en_US dictionary (shipped in the chunspell wheel) and the web frequency list
(wordfreq), not written by hand:

- ``list_verb_bases.txt``: a word whose entry takes the `-ing` suffix (flag G, or
  a doubled `-ing` form of its own) and not the possessive (flag M, which marks a
  noun: `cake`, `home`, `plan`): a word used mostly as a verb;
- ``list_verb_s_forms.txt``: the third-person `-s` forms of those (the dictionary's S flag
  misses some: `opens`);
- ``list_verb_past_forms.txt``: the `-ed` forms of every word that takes `-ing`
  (flag D, or an `-ed` or doubled `-ed` form of its own: `banned`, `jailed`, `lifted`),
  and the irregular past forms in ``list_verb_irregular.txt`` (written by hand: a
  closed class the dictionary does not mark);
- ``list_verb_noun_s_forms.txt``: the `-s` forms of the nouns that take `-ing`
  (`ends`, `plans`, `cuts`): a plural or a verb, read as a verb only before a
  particle or a determiner (`Hosepipe ban ends after a wet spring`).

Function words (newslint/data/lineclass_function.txt) are left out.  Only forms at Zipf 2.5 or more (about one in three million words) are kept: a rare
verb rarely heads a teaser, and the files stay small.  The British `-ise`/`-yse`
spellings of the `-ize`/`-yze` forms are added (the web list holds both).

    python tools/build_verb_forms.py      # rewrites the four files
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wordfreq import zipf_frequency  # noqa: E402

from newslint.phrases import DATA_DIR, read_list  # noqa: E402

MIN_ZIPF = 2.5
HEADER = (
    "# {what}: derived by tools/build_verb_forms.py from Hunspell's en_US dictionary and the\n"
    "# web frequency list (Zipf >= 2.5); do not edit by hand.  Read by\n"
    "# newslint/rules/scraping/headline_verbs.py: a teaser's headline has a finite verb.\n"
)


def _dictionary() -> dict[str, str]:
    import hunspell

    dic = Path(hunspell.__file__).parent / "dictionaries" / "en_US.dic"
    entries: dict[str, str] = {}
    for row in dic.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        word, _, flags = row.partition("/")
        if word.isalpha() and word.islower() and len(word) >= 2:
            entries[word] = entries.get(word, "") + flags
            # A prefix flag makes a word of its own with the same suffixes (`move` -> `remove`).
            for flag, prefix in _PREFIXES.items():
                if flag in flags:
                    entries[prefix + word] = entries.get(prefix + word, "") + flags.replace(flag, "")
    return entries


# en_US.aff's prefix flags.
_PREFIXES = {"A": "re", "I": "in", "U": "un", "C": "de", "E": "dis", "F": "con", "K": "pro"}


def _s_form(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _ed_form(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ied"
    return word + "ed"


def build() -> tuple[list[str], list[str], list[str], list[str]]:
    entries = _dictionary()
    bases, s_forms, past, noun_s = set(), set(), set(), set()
    for word, flags in entries.items():
        doubled = word + word[-1]
        takes_ing = "G" in flags or doubled + "ing" in entries
        if not takes_ing:
            continue
        if "D" in flags or _ed_form(word) in entries:
            past.add(_ed_form(word))
        if doubled + "ed" in entries:
            past.add(doubled + "ed")
        if "M" in flags:
            noun_s.add(_s_form(word))
            continue  # a noun that also takes -ing (`homing`): not a verb first
        bases.add(word)
        s_forms.add(_s_form(word))
    past |= set(read_list(DATA_DIR / "list_verb_irregular.txt"))
    # en_US spells -ize and -yze; British news writes -ise and -yse (`apologises`).
    for forms in (bases, s_forms, past):
        forms |= {w.replace("iz", "is").replace("yz", "ys") for w in forms if "iz" in w or "yz" in w}

    # Function words are never a clause's verb (the dictionary lets `with` take -ing).
    function = set(read_list(DATA_DIR / "lineclass_function.txt"))

    def common(words: set[str]) -> list[str]:
        return sorted(w for w in words if w not in function and zipf_frequency(w, "en") >= MIN_ZIPF)

    return common(bases), common(s_forms), common(past), common(noun_s - s_forms)


def main() -> None:
    bases, s_forms, past, noun_s = build()
    for name, what, words in (
        ("list_verb_bases.txt", "Verbs (base forms)", bases),
        ("list_verb_s_forms.txt", "Verbs (third-person -s forms)", s_forms),
        ("list_verb_past_forms.txt", "Verbs (past and past participle forms)", past),
        ("list_verb_noun_s_forms.txt", "Nouns that are verbs too (-s forms: `ends`, `plans`)", noun_s),
    ):
        (DATA_DIR / name).write_text(HEADER.format(what=what) + "".join(w + "\n" for w in words), encoding="utf-8")
        print(f"{name}: {len(words)}")


if __name__ == "__main__":
    main()
