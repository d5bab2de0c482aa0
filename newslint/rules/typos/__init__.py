"""The typos family: NL101 typo, NL102 repeated-word and NL103 real-word.

``typo`` and ``repeated_word`` are the rules; the typo rule's evidence lives
beside them, one job a module: ``lexicon`` (the word list), ``edits`` (what
a slip costs), ``candidates`` (neighbours by spelling and sound), ``forms``
(regular forms and British spellings), ``slips`` (the frequency verdict),
``spelling`` (the en_US and en_GB dictionaries), ``dictionary`` (their
verdicts on rare words), ``verdict`` (one word, both
opinions), ``names`` (capitalisation), ``tokens`` (what is prose),
``suggest`` (ranking with the article's own words), ``deletes`` (the
frequent words by their deletions, for the distance-2 search) and ``store``
(the indexes, built once and kept in the user's cache folder);
``real_word`` (NL103) reads ``context`` (neighbour counts, confusion sets).
"""
from __future__ import annotations

from ...config import Config, config_error
from ...hookspecs import hookimpl
from ...rule import Rule


@hookimpl
def newslint_register_rules() -> list[Rule]:
    # Imported on first call, not with the package: a run whose files are all
    # cache hits loads the plugin manager but never the rules (their patterns).
    from .real_word import real_word
    from .repeated_word import repeated_word
    from .typo import typo

    return [typo, repeated_word, real_word]


@hookimpl
def newslint_configure(config: Config) -> None:
    # A missing allow-file is a configuration error (exit 2), not a rule
    # crash on every file.
    for key in ("typo", "NL101"):
        value = config.rule_options(key).get("allow-file")
        if isinstance(value, str) and value and not (config.root / value).is_file():
            raise config_error(config.path, f"rules.{key}.allow-file", f"no such file: {config.root / value}")
