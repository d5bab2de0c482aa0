"""NL502 chatbot-leakage: what an AI assistant said about itself or to its user, left in the copy."""
from __future__ import annotations

import bisect
from typing import Iterator

import regex

from ...analysis.lowered import keeps_offsets, windows
from ...document import Document
from ...findings import Finding, Severity
from ...phrases import with_list_options, word_start_phrases
from ...rule import Context, rule
from .candidates import candidate_lines, chatty_entries, leakage_entries, listed_in_windows
from .gate_table import heads_in, may_be_strong, may_name_part, may_open, open_shapes
from .leakage_score import scored
from .learned import may_flag_line, sentence_spans
from .list_gate import lists_for
from .mentions import outside_speech
from .remarks import remark_lines
from .shapes import CASE_FOLD_EXCEPTIONS, CHATTY, NOT_SPEECH, SHAPE_EVIDENCE, STRONG, WEAK, shapes
from .word_places import anchor_starts, remark_cues

_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)")
# Per shape, whether it is not speech.
NOT_SPEECH_FLAGS = tuple(i in NOT_SPEECH for i in range(len(SHAPE_EVIDENCE)))


@rule("NL502", "chatbot-leakage", severity=Severity.ERROR, options={"extend": [], "disable": []})
def chatbot_leakage(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Chatbot boilerplate left in the copy.

    What it does:
        Reports what an AI assistant says about itself or to its user that
        gets pasted into an article with the answer.  It is an error only
        on strong evidence; weaker evidence is a warning.  Three layers:

        * wordings in two lists, plain phrases and patterns over word
          classes.  The unmistakable ones (``ai_leakage.txt``,
          ``ai_leakage_patterns.txt``: the assistant naming itself or its
          training, its limits as a program, interface text, word counts:
          ``As an AI language model``, ``as of my last update``, ``I don't
          have access to real-time data``, ``Regenerate response``,
          ``ChatGPT can make mistakes. Check important info.``, ``(Word
          count: 512)``) are errors.  The chatty ones a columnist could
          also write (``ai_chatty.txt``, ``ai_chatty_patterns.txt``: ``I
          hope this helps``, ``Let me know if you'd like``, ``feel free to
          tweak``, ``I'm sorry, but I can't``) are warnings, and errors
          only beside a second chatty signal in the same sentence;
        * general shapes built from vocabulary classes in data files:
          a preamble (``here is``, ``below is``, ``I've`` + an editing verb)
          soon followed by a noun for the text (``ai_leakage_nouns.txt``)
          and an editing word (``ai_edit_words.txt``) or second-person
          address; an interjection opening a reply followed by a preamble
          (``Got it! Here's``; after a comma or a dash only a preamble or
          an edit: ``Sure, I was sceptical`` is a column;
          ``ai_interjections.txt``); praise for the request before ``!`` or
          a dash (``Great question!``, then anything; ``ai_praise.txt``) and
          thanks before a preamble (``Cheers for the notes! The expanded
          story is below.``); an offer tied to
          the requester's wish (``I can trim it further if needed``); a
          question offering another version (``Would you like a shorter
          version?``); a capitalised template placeholder in brackets
          (``[Company Name]``; ``ai_placeholder_words.txt``; an error); a
          field label at a line start (``**Headline:**``, ``SEO title:``;
          ``ai_labels.txt``; a warning, and never ``BYLINE:``, which opens
          real wire copy).  The other shapes count as chatty signals;
        * a score over weak signals, for wordings in none of those shapes.
          Each sentence (outside quotation marks, without a reporting verb)
          adds up: advice, offers and politeness to the requester (``I'd
          suggest``, ``you may want to``, ``feel free``, ``happy to``,
          ``please``; ``ai_advice.txt``, 2) and phrases tying the text to
          that person (``your notes``, ``the material you shared``,
          ``before this goes out``, ``as you asked``;
          ``ai_requester_patterns.txt``, 2); a reply's opener ended by ``!``
          or a dash (``Good catch —``, 2; a comma, 1); nouns for the text
          being produced (``paragraph``, ``quote``, ``tone``, ``version``;
          ``ai_meta_nouns.txt``), editing verbs (``trim``, ``tailor``;
          ``ai_edit_verbs_patterns.txt``), first person singular, second
          person, a preamble (``here's``), and being the article's first or
          last line (1 each).  A sentence scoring 4 or more is reported
          when it holds a strong signal (advice, requester, ``!``/dash
          opener) and talks about the text (a meta-noun, a requester phrase
          or an opener): first and second person alone are how columns and
          service journalism sound.  A scored sentence is a chatty signal.
          Sentences about a chatbot (``the assistant offered to shorten
          it``), reader call-outs (``share this``, ``get in touch``),
          interview ``Q:``/``A:`` lines and letters (``Dear ...``, ``Sir,``)
          are not scored.  Also reported: an interjection alone on a line
          (``Sure!``, not a bare ``OK`` button) and, outside Markdown files,
          a Markdown heading or a bold lead-in at a line start
          (``### Key takeaways``, ``1. **Lead with the impact:**``), both
          warnings;
        * compositions of word classes (``compose.py``), each a sequence
          of classes rather than a wording: the assistant naming what it is
          (``I'm just a computer program``; an error); an offer of work with
          a verb of ``ai_offer_verbs.txt`` (``Tell me if you need me to trim
          it``; ``Would you like me to tell you what happened next?`` is a
          columnist's) or for the requester's sake (``I'll happily expand it
          if that would help``); an apology and a refusal of a task
          (``ai_refusal_verbs.txt``; ``I'm sorry, but I cannot accept that
          ...`` is an opinion) or a refusal of content (``I won't write a
          piece that ...``, ``against my guidelines``); an inability to
          reach a live source (``ai_inability.txt``, ``ai_access_verbs.txt``,
          ``ai_live_sources.txt``: ``I do not have the ability to access the
          council's website``); a dated knowledge limit (``My knowledge does
          not extend beyond early 2024``); a template's fields (``(insert
          date)``, ``<VENUE NAME>``, ``{{first_name}}``; an error); a
          reply's word count (``Below you'll find a 600-word feature``);
          placeholders to fill (``Please replace XX with ...``); content
          called made up with an instruction to replace it; advice to
          verify the draft (``You may want to double-check the spelling of
          ...``); option labels ending in a colon (``Option B (more
          formal):``; a warning); a row of chat buttons (``Copy |
          Regenerate``, ``Regenerate draft | Copy to clipboard``; an
          error).  And the frame of a reply (``replies.py``): the
          assistant introducing itself by its kind (``As a large language
          model trained by ..., I``; an error); a sign-off hoping the draft
          serves ``you`` (``Hopefully this hands you ...``); the reworked
          text announced (``the revised paragraph is below``); a word count
          alone in brackets (``(Approximately 450 words.)``; an error); a
          transcript's speaker label (``ChatGPT said:``, ``Prompt:``); a
          prompt echoed (``Write a 500-word news story about ... in a
          neutral tone.``); more work on the requester's word (``Tell me
          and I'll adjust``); a question offering edits (``Anything else
          to tweak ...?``); no live access (``I have no live access to
          news feeds``); the reworked text presented with its edit after
          the noun (``What follows is the story retold ...``); a refusal
          turning to what it gives instead (``While I can't give medical
          guidance, here is ...``); a requester's label before an
          instruction (``User: make it shorter``); a label answering a
          request (``Key points, as requested:``); ``Done! I've added a
          paragraph ...``; ``Good luck with the edit``; a field in single
          braces (``{quote from the head teacher}``; an error); the text
          presented in the manner asked for (``Here's the article in a more
          formal tone``); a placeholder to fill as an instruction, a
          sentence (``Insert a quote from the head teacher here.``; a web
          form's ``Paste the comment here`` is not one); the text based on
          the requester's material (``the details above are based on what
          you told me``); another framing offered (``Alternatively, I could
          recast the story around ...``).  Remarks on the draft's
          choices (``choices.py``): a choice about a part with its reason
          (``I went with a softer headline because ...``), no means to
          check (``I don't have the ability to check whether ...``), a
          bracketed part awaiting something (``[Photographer credit
          needed]``; not ``[citation needed]``), another form offered as a
          question (``Would a Q&A format work better for your readers?``),
          where the extras sit (``Headline suggestions follow the main
          text``), the fit to the requester's outlet, a part worked up from
          what the requester gave.  And
          what a reply says about its own making (``frames.py``): its own
          turn (``In this response, I ...``, ``the answer above``); the
          style of the text above it; a persona taken on request (``In
          character as a veteran sports reporter, here's ...``); the
          layout it chose (``I've set out the timeline as a table``);
          asking whether the text does its job (``Let me know whether this
          hits the mark``); no views of its own; no advice it may give;
          details withheld for safety or privacy; what the requester's
          material lacked (``since your notes didn't give a date``); thanks
          for that material before turning it into a story; the text's
          search ranking (``to help the article rank``), all warnings
          alone.  The others are chatty signals;
        * remarks about the text it produced (``remarks.py``), by word
          classes paired in one sentence rather than by wordings: a part of
          the text (``the third paragraph``, ``the tone``), what "I" did to
          it or could not check (``I kept``, ``I couldn't confirm``), the
          requester (``as requested``, ``the notes you pasted``), what is
          still to do (``still needs``, ``can be cut``) and a place in the
          reply (``at the bottom``): ``The two alternative standfirsts are
          at the bottom``.  Vetoed by the writer's own things and history
          (``my``, ``last week``), corrections, reader call-outs and AI
          tools named in the sentence.  By grammar: a part of the draft as a sentence's subject (``The final
          line is a bit of a cliché``; ``part_subjects.py``), a note's label with a caveat on a fact
          (``Note: the figure may be out of date``; ``note_caveats.py``), hand-over asides (``draft_asides.py``).  A warning;
        * a learned scorer (``learned.py``, weights in ``ai_scorer.json``,
          retrained with ``python tools/train_ai_model.py``) over words
          and classes (first and second person, an offer, a question, an
          instruction, talk about the draft, a placeholder, and the reply
          classes: a part of the text named, what the requester provided,
          the text's going out, a caveat, whether it suits, a label naming
          a part, and the writer's own family, street and town, which mark
          a letter), for sentences of five words or more with an ``I`` or a
          ``you``, a part of the draft (``the ending``, ``reading time``) or
          an opening label that nothing above found: a warning.

        A match inside double quotation marks, or opened by a single
        quote that closes later in the line, is not reported (stories
        about chatbots quote these phrases) unless it is a bracketed field
        that is the whole of a quotation given as speech (``A spokesperson
        said: "[Spokesperson quote here]."``: a quote never filled in), and neither is first- or
        second-person speech in a sentence with a reporting verb (``I'm
        sorry, but I can't comment, the police chief said``).  A report
        of an edit with a count of times (``I've rewritten this column three
        times``) is the writer's own history, not a reply's.

    Why it matters:
        It proves the text was machine-written and never read by an editor,
        and it is an embarrassment in print.

    Example:
        Flagged::

            Certainly! Here is a rewritten version of the article:
            As of my last update in 2023, the company had 200 staff.
            I've tightened the intro and moved the quote higher up.
            [Reporter Name], [City] - Officials confirmed the closure.
            I'd recommend cutting the second quote, which repeats the first.
            Reminder: the image caption still needs the photographer's name.
            Please confirm the victim's age before this runs.
            ### Key takeaways

        Not flagged::

            Reviews containing "As an AI language model" flooded the site.
            Here's what you need to know about the draft.
            I've rewritten the rules twice, the coach said.
            I'd suggest you read the full judgment, which runs to 80 pages.
            You should check your tyre pressure before a long journey.
            I kept the sentences of my speech short because my hands were shaking.

    Options:
        ``extend``: extra phrases (data-file format, ``re:`` allowed);
        ``disable``: entries to switch off, by their exact text: a phrase of
        ``ai_leakage.txt`` or ``ai_chatty.txt``, or ``re:`` and a pattern of
        ``ai_leakage_patterns.txt`` or ``ai_chatty_patterns.txt``.  Entries
        added with ``extend`` are errors.  The general shapes and the score
        are not list entries and stay on.  A severity set in the
        configuration applies to the errors; warnings stay warnings (or
        that severity, if lower).

    Limitations:
        Leakage that scores below the threshold and matches no general
        entry is missed: an aside with no word for the text or the requester
        (``Tip: pair this with a photo``, ``Length and tone are easy to dial
        up or down on request``), remarks on news craft (``as is standard
        for news writing``), questions offering a version without a verb
        (``Would a version aimed at teenagers be useful?``), refusals
        without a modal (``falls outside what I can do``).
        So is leakage that was itself quoted or sits in a sentence with a
        reporting verb, unless the leakage is unmistakable and the verb sits
        inside a clause it is about (``As a language model, I can't verify
        whether the mayor actually said this`` is reported).  Lines are only examined when they hold an anchor
        word (``I``, ``you``, ``my``, ``here``, ``please``, ``sure``,
        ``[``, ``!`` ...) or a remark's cue (``still``, ``at the bottom``).
        A remark with a part of the text alone (``The standfirst is
        deliberately short``) or a part the classes do not name is missed.  A columnist who writes ``I hope this summary
        helps you plan your weekend`` gets a warning; so do ``I can't
        confirm the date, but I think ...`` and ``I've flagged the pothole
        ... to the council three times now``; so does ``Let me know if you'd
        like to buy a raffle ticket``.  Measured
        (benchmarks/quality/ai.py and tests/test_ai_batches.py, history in
        benchmarks/RESULTS.md): AX (20 asides written before branch leak20's
        change) 10 of 20 (0.50) at its first run, 19 after; AY (after its
        first round) 5 (0.25), 20 after a second (tuned on); BC 9 (0.45); BE (before leak21) 14 (0.70), BF (after
        it, never tuned on) 11 (0.55, main the same); BG (before leak22) 14 (0.70), BH (after it) 20 (main 17); BI (before leak23) 18 (0.90), 20 after (tuned on its fit half).  AW (20 asides written after branch leak18's
        last change, never tuned on) 13 of 20 (0.65; main 12), none of its
        20 human hard controls flagged; its misses: a check not made and
        the fact left out, ``isn't something I can help with``, a choice
        of the requester's figures, ``As requested, the piece avoids
        ...``, ``alternative standfirsts are at the bottom``, a caption
        that ``still needs`` a name, ``I kept the sentences short,
        since ...``.  AV (after leak18's first round) 15 of 20 (0.75; main
        the same lines), 18 after a second round (tuned on).  AU (after
        leak17) 13 of 20 (0.65) at its first run, 20 after leak18 (tuned
        on), one human warning in 20 (``Thanks for the emails — I've folded
        the best of your tips into this week's list``).  AT (before leak17, 30 asides unlike the earlier batches') 21
        of 30 (0.70) at its first run, 28 after (tuned on), its 30 human hard
        controls clean.  AJ and AK (after branch ai13, never tuned
        on) 9 of 10 and 19 of 20 (28/30, 0.93; main the same), one human
        warning in 30; AI (before ai13, classic assistant text) 29 of 32 (0.91), 30 after.
        The fresh batch before those, AG (32 asides written after branch leak10
        retrained the scorer, never tuned on), 14 (0.44) at its first run
        (main had 13), one of its 30 first-person human lines a warning
        (main's too); AF 10 of 32 (0.31) before that change.  AG's misses:
        notes on the version's angle or tense (``This version leans into
        ...``, ``I've written this in the present tense ...``), headline
        options ending in a colon, ``Ready to go — just drop in ...``,
        inabilities to see what was attached or linked.  The scorer alone,
        cross-validated leaving one batch out, finds 335/865 of dev, A-Y
        and AF with none of 2,181 corpus sentences.  Y, the fresh batch
        after branch leak8's changes, 16 (0.50) at its first run (main had
        15); X 14 of 32 before them, W 21 of 32 (0.66), V 16 of 32.  Y's
        misses: labels with a word before them (``Suggested URL slug:``),
        ``this isn't legal advice``, ``To summarise my answer:``, ``Writing
        this as if I were a ...``, ``Great idea —`` openers.  Earlier
        first runs (U 16 of 24, T 19 of 32, S 13 of 16, R 27 of 32) and
        their misses are in benchmarks/RESULTS.md.  No finding at all on
        bbc-dev, polnear-dev, aeb-dev or the readability-dev pages, and
        since leak10's retraining none in cweb-dev's web prose either.
    """
    text = doc.text
    # The lower case, a slice at a time (a huge article is not copied whole),
    # when lower-casing keeps the text's offsets.
    low = windows(doc) if keeps_offsets(text) else None
    # User entries may need ``regex`` features and hold no anchor word: with
    # any, the whole text goes through the time-limited case-insensitive scan.
    customised = bool(ctx.options.get("extend") or ctx.options.get("disable"))
    fast = not customised and low is not None
    listed: list[tuple[int, int, bool]] = []
    if not fast:
        # Entries a user adds are as sure as the unmistakable list.
        disable = set(ctx.options.get("disable", ()))
        for entries, strong in (
            (with_list_options(leakage_entries(), ctx.options), True),
            (tuple(e for e in chatty_entries() if e not in disable), False),
        ):
            listed += [(m.start(), m.end(), strong) for m in ctx.finditer(word_start_phrases(entries))]
    anchors = anchor_starts(doc) if low is not None else []
    weak = min(ctx.severity, Severity.WARNING)
    # The shapes' gates read the lower-cased text at the text's offsets.
    same_offsets = low is not None and not any(c in text for c in CASE_FOLD_EXCEPTIONS)
    every_shape = shapes()
    # Remarks about the text (remarks.py) need no anchor word: their lines
    # join the candidates, and on a line that is no candidate they are all.
    remarks = remark_lines(doc, remark_cues(doc) if low is not None else None)
    for lo, hi, candidate in _with_remark_lines(candidate_lines(doc, low is not None, listed, anchors), remarks):
        if not candidate:
            yield from _reported(ctx, text, [(x, y, False, WEAK) for x, y in remarks[lo][1]], lo, hi, weak)
            continue
        # The line's lower case, at offset ``base`` in ``line_low``.
        line_low, base = low.window(lo, hi) if low is not None else ("", 0)
        # (start, end, not speech, evidence): STRONG, CHATTY or WEAK.
        spans: list[tuple[int, int, bool, int]] = [
            (s, e, False, STRONG if strong else CHATTY) for s, e, strong in listed if lo <= s < hi
        ]
        # One scan for the heads of the gates, lists and score: what they rule out (gate_table.py).
        present = heads_in(line_low, lo - base, hi - base) if same_offsets else None
        lists = lists_for(present) if fast else None
        for s, e, strong in listed_in_windows(line_low, base, anchors, lo, hi, lists) if lists is not None else ():
            spans.append((s, e, False, STRONG if strong else CHATTY))
        for k in open_shapes(line_low, lo - base, hi - base, present) if present is not None else range(len(every_shape)):
            for m in every_shape[k].finditer(text, lo, hi):
                spans.append((m.start(), m.end(), NOT_SPEECH_FLAGS[k], SHAPE_EVIDENCE[k]))
        # The score only adds sentences no shape or list entry found: those
        # quote the telling words, not the whole sentence.
        found = [(x, y) for x, y, _, _ in spans]
        strong, opens, part_possible = (may_be_strong(present), may_open(present), may_name_part(present)) if present is not None else (True,) * 3
        spans.extend(sp for sp in scored(doc, text, line_low if low is not None else None, base, lo, hi, strong, opens) if not any(x < sp[1] and sp[0] < y for x, y in found))
        found = [(x, y) for x, y, _, _ in spans]
        spans.extend((x, y, False, WEAK) for x, y in remarks.get(lo, (0, ()))[1] if not any(a < y and x < b for a, b in found))
        # Then the learned scorer (learned.py), for sentences nothing else
        # found; a warning at most.  It reads sentences with an "I" or a
        # "you" only, so a line with neither is passed by at once.
        if low is None or may_flag_line(line_low, lo - base, hi - base, part_possible):
            found = [(x, y) for x, y, _, _ in spans]
            spans.extend(
                (x, y, False, WEAK)
                for x, y in sentence_spans(doc, "NL502", lo, hi, part_possible)
                if not any(a < y and x < b for a, b in found)
            )
        yield from _reported(ctx, text, spans, lo, hi, weak)


def _with_remark_lines(
    candidates: Iterator[tuple[int, int]], remarks: dict[int, tuple[int, list[tuple[int, int]]]]
) -> Iterator[tuple[int, int, bool]]:
    """(start, end, candidate) of the candidate lines and, in order among
    them, of the lines that hold remarks only."""
    rest = sorted(remarks)
    i = 0
    for lo, hi in candidates:
        while i < len(rest) and rest[i] < lo:
            yield rest[i], remarks[rest[i]][0], False
            i += 1
        if i < len(rest) and rest[i] == lo:
            i += 1
        yield lo, hi, True
    for start in rest[i:]:
        yield start, remarks[start][0], False


def _reported(ctx: Context, text: str, spans: list[tuple[int, int, bool, int]], lo: int, hi: int, weak: Severity) -> Iterator[Finding]:
    """The findings of one line's spans, after the speech vetoes."""
    # The longest match at a start wins (the surest of equals): it quotes
    # the most of the phrase.
    kept = sorted(outside_speech(text, spans, lo, hi), key=lambda x: (x[0], -x[1], -x[2]))
    kept_starts = [x[0] for x in kept]
    last = -1
    for start, end, evidence, (s, e) in kept:
        if start < last:
            continue
        last = end
        # Error only on unmistakable evidence, or on a second chatty
        # signal in the sentence that is not the same words again (neither
        # span inside the other): one alone is how columns sound.
        sure = evidence == STRONG or (
            evidence == CHATTY
            and any(
                ev != WEAK and not (x <= start and end <= y) and not (start <= x and y <= end)
                # Only the spans of this sentence: a long line stays linear.
                for x, y, ev, _ in kept[bisect.bisect_left(kept_starts, s) : bisect.bisect_left(kept_starts, e)]
            )
        )
        yield ctx.finding(
            start,
            end,
            f"chatbot text left in the copy: '{text[start:end].strip()}'",
            severity=None if sure else weak,
            fix=ctx.line_removal(start, end, "remove the chatbot line", unsafe=True),
        )
