"""Set g console mechanisms on synthetic lines: square-bracketed authors on log rows (cut at
the screen edge too), colour runs inside one OCR word, question words a screen writes as one,
and rows whose colour holds a plain majority beside the window's usual colour."""

from autocapture.answer.console_parts import colour_runs
from autocapture.answer.console_rows import _present, _stands_out, joined, placed_share
from autocapture.answer.git_log import author_spans
from autocapture.text import Bag


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in author_spans(text)]


def test_square_bracketed_author_on_a_day_first_log_row() -> None:
    row = "a1b2c3d 04/03/25 (HEAD -> trunk) Tidy the pump rota [Odile Marchetti]"
    assert _names(row) == ["Odile Marchetti"]


def test_author_cut_at_the_screen_edge_and_ocr_zero() -> None:
    assert _names("9f8e7d6 12/02/25 Count the spare valves [Bertil Ny") == ["Bertil Ny"]
    assert _names("9f8e7d6 12/02/25 Count the spare valves [0lsen Kari]") == ["0lsen Kari"]


def test_bracketed_tags_are_no_authors() -> None:
    assert _names("9f8e7d6 12/02/25 Drop the old queue [WIP]") == []
    assert _names("9f8e7d6 12/02/25 Drop the old queue [ci skip]") == []


def test_colour_runs_split_a_word_diff() -> None:
    text = "3.54.5"
    cols = ["red", None, "red", "green", None, "green"]
    runs = colour_runs(cols, text)
    assert [(text[s:e], c) for s, e, c in runs] == [("3.5", "red"), ("4.5", "green")]


def test_words_written_as_one() -> None:
    terms = ["crate", "pump", "deck"]
    assert "pumpdeck" in joined(terms)
    bag = Bag.of("pumpdeck 1.2 status")
    assert _present(bag, terms) == {"pump", "deck"}
    assert placed_share(bag, terms) == 2 / 3


def test_plain_majority_only_beside_the_usual_colour() -> None:
    assert _stands_out(0.58, rest_usual=True)
    assert not _stands_out(0.58, rest_usual=False)
    assert _stands_out(0.7, rest_usual=False)
