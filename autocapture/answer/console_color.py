"""Colour- and weight-aware answers: "what colour was X?", "what colour were the line numbers
in the grep output?", "which lines/tests were shown in red?", "was X bold?", "which entries
were shown in bold?"; and console outcomes ("how many tests passed?", "which tests failed?",
in ``console_counts``).

Colours are sampled from the pixels at ingest (span fg/bg) and named here the way people say
them; a word's own colour wins over its line's, since terminals colour single words. Stroke
weights are measured at ingest too (span weight); whether a word is bold is judged against
its window's regular text, the same way the UI graph's console lines are
(``understand.console.bold_flags``).

This module reads which kind of question it is and hands it on: ``console_question`` reads
the question, ``console_text_colour`` answers "what colour was X", ``console_in_colour``
"which lines were red", ``console_bold`` the weight questions.
"""

from __future__ import annotations

from autocapture.answer.base import AnswerContext
from autocapture.answer.command_order import next_command
from autocapture.answer.console_bold import was_bold, which_bold
from autocapture.answer.console_commands import (
    PRINT_ASK,
    RAN_ASK,
    RAN_BY,
    asked_command,
    count_records,
    never_ran,
    printed,
    tests_ran,
    when_ran,
)
from autocapture.answer.console_counts import (
    COLLECT_WORDS,
    HOW_MANY,
    asked_collected,
    asked_outcome,
    count_outcome,
    count_tokens,
    list_outcome,
)
from autocapture.answer.console_diagnostics import diagnostic
from autocapture.answer.console_in_colour import items_in, which_in
from autocapture.answer.console_negated import negated_colour, not_in_colour
from autocapture.answer.console_parts import parts_in
from autocapture.answer.console_place import PLACE_ASK, described_targets, place_of, place_targets
from autocapture.answer.console_question import (
    BOLD,
    CODE,
    LISTING,
    ROWS,
    TEST_ITEMS,
    asked_pair,
    colour_word,
    look_asked,
    placing_terms,
    question_terms,
)
from autocapture.answer.console_question import asked_colour as _asked_colour
from autocapture.answer.console_row_cell import cell_of_coloured_row
from autocapture.answer.console_rows import rows_in
from autocapture.answer.console_text_colour import what_colour
from autocapture.answer.console_tokens import kind_of
from autocapture.answer.console_unseen_run import unrun_output_colour, unseen_run
from autocapture.answer.lookup import Draft
from autocapture.text import QUOTED
from autocapture.understand.colours import KIN


class ConsoleColorAnswerer:
    name = "console_color"
    version = "1"

    def answer(self, ctx: AnswerContext) -> Draft:
        diag = diagnostic(ctx)  # "what was the gcc warning about": its message
        if diag is not None:
            return diag
        cell = cell_of_coloured_row(ctx)  # "the row on red, what's the note on it"
        if cell is not None:
            return cell
        colour = _asked_colour(ctx.question)
        quoted = QUOTED.findall(ctx.question)
        if not quoted and not LISTING.search(ctx.question.lower()):
            # "what colour was the SKIP / INC-2's status": capitals as the screen prints them
            # name the text, with a code's number ("INC-2", "FZ-04").
            quoted = CODE.findall(ctx.question)
        low = ctx.question.lower()
        outcome = asked_outcome(low)
        named = kind_of(low)
        if PLACE_ASK.search(low):
            # "which project has the test_x test": where it was shown, not a colour.
            terms = question_terms(ctx)
            targets = place_targets(ctx.question, terms) or described_targets(ctx, terms)
            if targets:
                return place_of(ctx, targets)
        following = next_command(ctx)  # "what did I run right after the git log"
        if following is not None:
            return following
        tested = tests_ran(ctx)  # "when did I kick off the harbor-api tests"
        if tested is not None:
            return tested
        ran = asked_command(ctx.question, RAN_ASK) or asked_command(ctx.question, RAN_BY)
        if ran is not None:
            return when_ran(ctx, ran)  # "when did I run git log in web": its prompt line
        said = asked_command(ctx.question, PRINT_ASK)
        if said is not None and colour is None:  # "what did the red line say": a colour
            return printed(ctx, said)  # "what did npm test print": that command's output
        unrun = never_ran(ctx, said) if said is not None else None
        if unrun is not None:  # "what did run-wave.sh print in red": it never ran
            return unrun
        unseen = unseen_run(ctx)  # "the failures when I ran pytest": no pytest on screen
        if unseen is not None:
            return unseen
        unrun = unrun_output_colour(ctx)  # "what colour did export.sh print": it never ran
        if unrun is not None:
            return unrun
        records = count_records(ctx)  # "how many people were in contacts.csv"
        if records is not None:
            return records
        if HOW_MANY.search(low) and outcome is not None:
            return count_outcome(ctx, placing_terms(ctx), *outcome)
        if HOW_MANY.search(low) and named is not None:
            return count_tokens(ctx, placing_terms(ctx, named[1]), named[0])
        collected = asked_collected(low)
        if collected is not None:
            # "how many tests did pytest pick up": the collected count, not an outcome's.
            placing = [t for t in placing_terms(ctx) if t not in COLLECT_WORDS]
            return count_outcome(ctx, placing, *collected)
        if outcome is not None and LISTING.search(low) and not quoted and not ROWS.search(low):
            return list_outcome(ctx, placing_terms(ctx), *outcome, colour)
        negated = negated_colour(low) if outcome is None else None
        if (
            negated is not None
            and negated[0] == colour
            and LISTING.search(low)
            and TEST_ITEMS.search(low)
        ):
            got = not_in_colour(ctx, *negated)  # "which tests didn't go green"
            if got is not None:
                return got
        if colour and outcome is None and LISTING.search(low) and TEST_ITEMS.search(low):
            got = items_in(ctx, colour)  # "which tests showed up in red"
            if got is not None:
                return got
        pair = asked_pair(ctx.question)  # "which line was white on blue"
        if pair is not None and LISTING.search(low) and not quoted:
            got = which_in(ctx, pair[0], on=pair[1])
            if got.state == "ok":
                return got
        if BOLD.search(low):
            if LISTING.search(low) and not quoted and colour is not None:
                got = which_in(ctx, colour, bold=True)  # "which flight was in bold red"
                if got.state == "ok":
                    return got
            if LISTING.search(low) and not quoted:
                return which_bold(ctx, colour)
            return was_bold(ctx, quoted)
        if colour is None or quoted:
            return what_colour(ctx, quoted, by_words=not QUOTED.search(ctx.question))
        got = which_in(ctx, colour)
        kin = KIN.get(colour)  # "the purple status": a terminal's magenta, called purple
        if got.state == "ok" and not got.decisions.get("says_thing") and kin is not None:
            # A table's row in the colour that is no board of the thing asked for ("x | x"
            # of a title bar), or a mere line in it (a test's "x" mark): a board of it in
            # the colour's kin answers instead.
            near = which_in(ctx, kin)
            if near.state == "ok" and near.decisions.get("says_thing"):
                return near
        if got.state == "ok":
            return got
        # No coloured console line is placed: a table row printed in the colour or on it (OCR
        # splits a row into cells, each looking plain: white on red is white text).
        rows = rows_in(ctx, colour, question_terms(ctx), bool(look_asked(ctx.question)))
        if rows is not None:
            return rows
        # Nor a row: parts of words in the colour (a word diff's removed value run into the
        # value replacing it, "7.08.0", read as one word).
        parts = parts_in(ctx, colour, question_terms(ctx))
        if parts is not None:
            return parts
        if kin is not None:
            near = which_in(ctx, kin)
            if near.state == "ok":
                return near
        return got


__all__ = ["ConsoleColorAnswerer", "_asked_colour", "colour_word"]
