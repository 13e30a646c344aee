"""Console scenario content (set k): a small C copy-checking library (headline fits, word
counts, house spellings, numbers) built with ``make`` and gcc (one bold magenta warning)
whose tests run under Criterion (``--verbose -j1``: blue RUN lines, green PASS, red FAIL with
their assertion messages, a yellow SKIP, a crash, a coloured "Synthesis" line), a Python page
plan printing the Thursday edition's pages (a dropped story in bright white on magenta, bold
red HELD, green SENT, bold yellow SUBBING, cyan PROOFED, magenta WAITING COPY, red LATE, a
bold blue summary) and a house style repository shown with ``git log`` (NZ-style "Tue 24 Nov
4.10pm" dates, authors cut to 12 columns) and a coloured ``git show`` patch."""

from __future__ import annotations

from ..constants import HOLD

SUBCHECK_H = """/* subcheck: copy checks for the Courier's night subs. */
#ifndef SUBCHECK_H
#define SUBCHECK_H

int headline_chars(const char *hed);
int headline_fits(const char *hed, int limit);
int word_count(const char *copy);
const char *house_spelling(const char *word);
const char *number_style(int n);
int depth_cm(int words, int columns);

#endif
"""
SUBCHECK_C = """#include <ctype.h>
#include <string.h>
#include "subcheck.h"

/* Characters in a headline (the count editors see on the page). */
int headline_chars(const char *hed) { return (int)strlen(hed); }

int headline_fits(const char *hed, int limit) { return headline_chars(hed) <= limit; }

int word_count(const char *copy)
{
    int words = 0, in_word = 0;
    for (const char *p = copy; *p; p++) {
        if (isspace((unsigned char)*p)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    return words;
}

/* House spellings (Courier style guide, rev. 12). */
const char *house_spelling(const char *word)
{
    static const char *pairs[][2] = {
        {"Maori", "M\\u0101ori"},
        {"Wanganui", "Whanganui"},
        {"alright", "all right"},
        {"Te Papa museum", "Te Papa"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (strcmp(word, pairs[i][0]) == 0)
            return pairs[i][1];
    return word;
}

/* Numbers one to ten are spelled out; figures from 11. */
const char *number_style(int n)
{
    static const char *words[] = {"zero", "one", "two", "three", "four", "five",
                                  "six",  "seven", "eight", "nine", "ten"};
    static char buf[16];
    int figures_from = 11;
    if (n >= 0 && n <= 10)
        return words[n];
    buf[0] = 0;
    for (int v = n, i = 0; v > 0 && i < 15; v /= 10, i++) {
        memmove(buf + 1, buf, strlen(buf) + 1);
        buf[0] = (char)('0' + v % 10);
    }
    return buf;
}

/* Story depth in cm on the page: 38 words per cm of one column. */
int depth_cm(int words, int columns) { return (words + 38 * columns - 1) / (38 * columns); }
"""
TEST_C = """#include <criterion/criterion.h>
#include "subcheck.h"

Test(headline, fits_one_column)
{
    cr_assert(headline_fits("Rates rise 9.8pc across Wellington", 36),
              "front page hed should fit 36 chars");
}

Test(headline, macron_counts_as_one)
{
    int got = headline_chars("M\\u0101ori ward vote goes to Thursday");
    cr_assert_eq(got, 32, "macron hed is %d chars, expected 32", got);
}

Test(wordcount, brief_counts_seven_words)
{
    cr_assert_eq(word_count("Petone wharf reopens on Tuesday after repairs."), 7);
}

Test(wordcount, null_copy_is_zero)
{
    cr_assert_eq(word_count(NULL), 0, "empty copy box should count 0 words");
}

Test(spelling, whanganui)
{
    cr_assert_str_eq(house_spelling("Wanganui"), "Whanganui");
}

Test(spelling, alright_is_two_words)
{
    cr_skip_test("style committee rules on 'alright' Thursday");
}

Test(spelling, maori_takes_macron)
{
    cr_assert_str_eq(house_spelling("Maori"), "M\\u0101ori");
}

Test(numbers, nine_spelled_out)
{
    cr_assert_str_eq(number_style(9), "nine");
}

Test(numbers, ten_is_a_figure)
{
    const char *got = number_style(10);
    cr_assert_str_eq(got, "10", "style since 18/11: figures from 10, got \\"%s\\"", got);
}

Test(layout, depth_of_480_words)
{
    cr_assert_eq(depth_cm(480, 2), 7, "480 words over 2 columns is 7 cm");
}
"""
MAKEFILE = """CC = gcc
CFLAGS = -std=c11 -Wall -Wextra -O0 -g -Isrc

test: test_subcheck
\t./test_subcheck --verbose -j1

test_subcheck: tests/test_subcheck.c src/subcheck.c src/subcheck.h
\t$(CC) $(CFLAGS) -o $@ tests/test_subcheck.c src/subcheck.c -lcriterion

clean:
\trm -f test_subcheck

.PHONY: test clean
"""
PAGEPLAN = r'''#!/usr/bin/env python3
"""pageplan: the night desk's page plan for the next edition, from the layout system."""

import argparse
import sys

PAGES = [
    # page, section, slug, sub, words, status, note
    ("1", "Front", "RATES-RISE", "Aroha", "640", "SUBBING", "pic Sam Whaanga, 5 col"),
    ("2", "News", "PETONE-WHARF", "Tane", "420", "SENT", "off stone 8.05pm"),
    ("3", "News", "NAPIER-FLOOD", "Lorraine", "550", "WAITING COPY", "bureau files by 8.30pm"),
    ("4", "News", "HUTT-COURT", "Tane", "380", "HELD", "legal: name suppressed"),
    ("5", "News", "COUNCIL-WARDS", "Mereana", "480", "PROOFED", "2 col, pic to come"),
    ("7", "World", "CYCLONE-FIJI", "Lorraine", "300", "SENT", "wire, AAP"),
    ("9", "Business", "PORT-PROFIT", "Hemi", "260", "DROPPED", "spiked by night editor"),
    ("18", "Sport", "CRICKET-TEST", "Mereana", "700", "LATE", "play ends 11pm, replate"),
]
STYLE = {"SUBBING": "1;33", "SENT": "32", "WAITING COPY": "35", "HELD": "1;31",
         "PROOFED": "36", "DROPPED": "97;45", "LATE": "31"}


def main():
    ap = argparse.ArgumentParser(prog="pageplan")
    ap.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    args = ap.parse_args()
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())

    def paint(code, text):
        return f"\033[{code}m{text}\033[0m" if color else text

    print("pageplan 1.9  The Harbour Courier, Thursday 26 November edition  (layout 7.12pm)")
    print(paint("1", f"{'PAGE':<6}{'SECTION':<10}{'SLUG':<15}{'SUB':<10}{'WORDS':<7}"
                     f"{'STATUS':<14}NOTE"))
    for page, section, slug, sub, words, status, note in PAGES:
        left = f"{page:<6}{section:<10}{slug:<15}{sub:<10}{words:<7}"
        if status == "DROPPED":
            print(paint(STYLE[status], left + f"{status:<14}{note}"))
        else:
            print(left + paint(STYLE[status], f"{status:<14}") + note)
    print(paint("1;34", "8 pages: 2 sent, 1 proofed, 1 held, 1 late, 1 dropped")
          + "  |  night editor: Lorraine Petersen, ext 4410")


if __name__ == "__main__":
    main()
'''
PROJECTS: dict[str, dict[str, str] | None] = {
    "subcheck": {
        "Makefile": MAKEFILE,
        "README.md": "# subcheck\n\nHeadline, word count and house style checks for the subs.\n",
        "src/subcheck.h": SUBCHECK_H,
        "src/subcheck.c": SUBCHECK_C,
        "tests/test_subcheck.c": TEST_C,
        "copy/RATES-RISE.txt": "RATES-RISE  640w  Aroha  p1\n",
        "copy/PETONE-WHARF.txt": "PETONE-WHARF  420w  Tane  p2\n",
        "hyphenate.sh": "#!/bin/sh\n# hyphenate.sh: soft hyphens for narrow columns\nsed 's/-/\\xc2\\xad/g' \"$1\"\n",  # noqa: E501
    },
    "pageplan": {
        "pageplan": PAGEPLAN,
        "layout-export.xml": "<edition date='2026-11-26' pages='24'/>\n",
    },
    "styleguide": None,
}
EXECUTABLES = {"subcheck": ["hyphenate.sh"], "pageplan": ["pageplan"]}
SYMLINKS = {"subcheck": {"tonight": "copy/RATES-RISE.txt"}}
REPO_AUTHOR = ("Aroha Parata", "aroha.parata@harbourcourier.example")
REPO_EMAIL_DOMAIN = "harbourcourier.example"
REPO_BASE_TIME = (16, 10)
REPO_FILES = {
    "rules/numbers.py": (
        '"""Courier house style: numbers."""\n\n'
        "SPELL_OUT_UP_TO = 10\n"
        'PERCENT = "pc"\n'
        'MONEY_MILLIONS = "m"\n'
    ),
    "rules/place_names.txt": "Whanganui\nTe Whanganui-a-Tara (first mention with Wellington)\n",
    "requirements.txt": "regex==2024.11.6\n",
}
REPO_TAG = ("Style guide rev. 12", "rev-12")
REPO_LAST_COMMIT = (
    "rules/numbers.py",
    '"""Courier house style: numbers."""\n\n'
    "SPELL_OUT_UP_TO = 9\n"
    'PERCENT = "pc"\n'
    'MONEY_MILLIONS = "m"\n'
    'RULED_BY = "style committee, 18 November 2026"\n',
    "Figures from 10 up, per the style committee",
)
WEB_COMMITS = [
    # (branch, message, file, author, days_ago); a "merge" row names the branch it merges
    ("main", "Macrons on all te reo place names", "rules/place_names.txt", "Aroha Parata", 41),
    ("main", "Percent as pc in headlines", "rules/numbers.txt", "Lorraine Petersen", 36),
    (
        "feature/legal",
        "Suppression checklist for court copy",
        "rules/legal.txt",
        "Mereana Tawhiri",
        31,
    ),
    ("feature/legal", "Youth Court names never published", "rules/legal.txt", "Mereana Tawhai", 27),
    ("fix/datelines", "Datelines in capitals, no comma", "rules/datelines.txt", "Tane Moeke", 22),
    ("main", "Style guide rev. 12", "VERSION", "Aroha Parata", 19),
    ("merge", "Merge branch 'feature/legal'", "feature/legal", "Lorraine Petersen", 15),
    ("spike/ai-captions", "Draft caption checker", "tools/captions.txt", "Hemi Walker", 11),
    (
        "fix/datelines",
        "Kapiti not Kapiti Coast in datelines",
        "rules/datelines.txt",
        "Tane Moeke",
        8,
    ),
    ("merge", "Merge branch 'fix/datelines'", "fix/datelines", "Aroha Parata", 5),
    ("spike/ai-captions", "Captions under 25 words", "tools/captions.txt", "Hemi Walker", 3),
    ("main", "All right, never alright", "rules/spelling.txt", "Mereana Tawhai", 1),
]
GIT_FORMAT = (
    "'%C(yellow)%h%C(reset) %C(cyan)%ad%C(reset) %C(bold magenta)%<(12,trunc)%an%C(reset)"
    "%C(auto)%d%C(reset) %s'"
)
GIT_LOG = f"log --graph --all --date=format-local:'%a %-d %b %-I.%M%P' --format={GIT_FORMAT}"
TERMINALS = {
    "tests": ("subcheck", "104x58+0+0", "dark", 10),
    "board": ("pageplan", "118x14+0+980", "light", 9),
    "rates": ("styleguide", "118x60+860+0", "light", 9),
}
STEPS: list[tuple[str, str | None, str | None, str | None, str, float, list[str]]] = [
    (
        "tests",
        "ls",
        "ls -lF --color=auto",
        "ls -lF --color=always",
        "ls in subcheck",
        8,
        ["ls"],
    ),
    (
        "board",
        "pageplan",
        "./pageplan",
        "./pageplan --color=always",
        "page plan for Thursday",
        HOLD,
        ["pageplan"],
    ),
    (
        "tests",
        "make_test",
        "clear; make test",
        "script -qec 'make -B test' /dev/null",
        "make test in subcheck",
        HOLD,
        ["make_test"],
    ),
    (
        "rates",
        "git_log",
        f"git {GIT_LOG}",
        f"git -c color.ui=always {GIT_LOG}",
        "git log in styleguide",
        HOLD,
        ["git_log"],
    ),
    (
        "rates",
        "git_show",
        "git show HEAD",
        "git -c color.ui=always show HEAD",
        "git show in styleguide",
        12,
        ["git_log", "git_show"],
    ),
    ("board", None, None, None, "back to the page plan", HOLD, ["pageplan"]),
    ("tests", None, None, None, "back to the subcheck tests", 0, ["make_test"]),
]
