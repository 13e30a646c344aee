"""Web-page reading: layout relations, the attribute lexicon, yes/no and subject questions,
list values. Frames are synthetic pages with positioned lines (no OCR), with invented content
unlike the WebSRC sample, so that the rules are shown to be general."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from autocapture.answer.asks import entity_runs, read_ask
from autocapture.answer.layout import continuation, is_quantity, stack_partner
from autocapture.answer.lexicon import concepts_in, is_yes_no
from autocapture.answer.lists import list_items
from autocapture.answer.subject import title_segments
from autocapture.answer.yesno import decide, entity_in
from autocapture.api import Autocapture
from autocapture.config import load_config
from autocapture.records import FrameRecord
from tests.conftest import page_frame

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
Box = tuple[int, int, int, int]


@dataclass
class L:  # a line for the pure layout functions
    text: str
    bbox: Box
    window_row: int | None = 1


def page(
    items: list[tuple[str, Box]], title: str = "Page", url: str | None = None, n: int = 1
) -> FrameRecord:
    return page_frame(items, title, url, n, seed="page")


def app_with(tmp_path: Path, *frames: FrameRecord) -> Autocapture:
    cfg = load_config(tmp_path / "data")
    cfg.timezone = "UTC"
    app = Autocapture(config=cfg)
    for f in frames:
        app.store.write_frame(f)
    return app


# Three cards, values printed above their labels; the card title on top.
CARDS = [
    ("Trail 2", (60, 50, 160, 70)),
    ("12 h", (80, 100, 140, 118)),
    ("Battery Life", (40, 123, 180, 142)),
    ("310 g", (80, 156, 140, 172)),
    ("Weight", (80, 177, 140, 196)),
    ("Summit", (320, 50, 400, 70)),
    ("9 h", (330, 100, 390, 118)),
    ("Battery Life", (290, 123, 430, 142)),
    ("280 g", (330, 156, 390, 172)),
    ("Weight", (330, 177, 390, 196)),
]

# A spec grid: labels above values, two columns.
GRID = [
    ("Specifications", (0, 20, 140, 50)),
    ("Device Type", (0, 83, 80, 106)),
    ("Noise", (540, 83, 590, 104)),
    ("Laser printer", (0, 101, 95, 124)),
    ("Quiet: 48 dB", (540, 102, 640, 122)),
    ("Paper Size", (0, 152, 80, 172)),
    ("Tray", (540, 150, 575, 174)),
    ("A4, Letter", (0, 170, 70, 192)),
    ("250 sheets", (540, 170, 620, 194)),
]

# A table: labels left, values right, evenly spaced rows.
TABLE = [
    ("Overall height", (50, 300, 150, 320)),
    ('61.2 "', (430, 300, 475, 320)),
    ("Overall width", (50, 323, 145, 343)),
    ('30.5 "', (430, 323, 475, 343)),
    ("Seat depth", (50, 346, 125, 366)),
    ('22 "', (440, 346, 475, 366)),
]

FILM = [
    ("Night Harbour (1987)", (0, 0, 300, 34)),
    ("Genres: Noir, Mystery, Drama", (185, 250, 400, 266)),
    ("Directed By: Ana Ruiz", (185, 300, 340, 316)),
    ("Written By: Ana Ruiz, Tomas Berg", (0, 322, 260, 338)),
    ("Starring: Lena Vik, Omar Haddad, Rita Moreno, Paul Greer, Sam", (0, 344, 540, 360)),
    ("Okafor, Ivy Chen, Hugo Laine", (0, 360, 300, 376)),
]


def test_stack_partner_reads_proximity_not_direction() -> None:
    lines = [L(t, b) for t, b in CARDS]
    label = lines[2]  # "Battery Life" of the first card: its value is just above it
    assert stack_partner(label, lines).text == "12 h"
    grid = [L(t, b) for t, b in GRID]
    assert stack_partner(grid[1], grid).text == "Laser printer"  # value below its label
    table = [L(t, b) for t, b in TABLE]
    assert stack_partner(table[0], table) is None  # evenly spaced rows pair sideways


def test_continuation_stops_at_the_next_label() -> None:
    lines = [L(t, b) for t, b in FILM]
    starring = lines[4]
    assert [c.text for c in continuation(starring, lines)] == ["Okafor, Ivy Chen, Hugo Laine"]
    directed = [L("Directed By: A B", (0, 300, 150, 316)), L("Written By: C D", (0, 320, 150, 336))]
    assert continuation(directed[0], directed) == []


def test_quantities() -> None:
    assert is_quantity("12 h") and is_quantity('30.5 "') and is_quantity("$16.99")
    assert is_quantity("2.8 oz") and not is_quantity("Battery Life") and not is_quantity("Tray 2")


def test_concepts_need_a_strong_cue_or_two_related_ones() -> None:
    names = [c.name for c, _ in concepts_in("How far does it travel per gallon of gas?")]
    assert names == ["fuel_economy"]
    assert concepts_in("What is the travel distance?") == []  # no fuel word: not economy
    assert [c.name for c, _ in concepts_in("how wide is the desk?")] == ["width"]
    assert [c.name for c, _ in concepts_in("When was the novel published?")] == ["published"]
    assert concepts_in("what did Bob say about the release?") == []


def test_question_reading() -> None:
    assert entity_runs("Is Maria Lopez one of the authors?") == ["Maria Lopez"]
    assert entity_runs("What is the price of The Name of the Wind?") == ["The Name of the Wind"]
    ask = read_ask("What is this gadget called?", ["gadget", "called"])
    assert ask.subject == "gadget" and ask.asks_name
    ask = read_ask("Tell me the gadget name?", ["gadget", "name"])
    assert ask.asks_name
    ask = read_ask("What is the name of the street?", ["name", "street"])
    assert not ask.asks_name  # a named attribute of something else: a label lookup
    assert is_yes_no("Did Ana Ruiz write it?") and not is_yes_no("Who wrote it?")


def test_list_items() -> None:
    assert list_items("Noir, Mystery, Drama") == ["Noir", "Mystery", "Drama"]
    assert list_items("1,284.50") == [] and list_items("UPS Ground") == []
    assert list_items("a long sentence that goes on, and then continues for a while more") == []


def test_yes_no_decisions() -> None:
    lines = [L(t, b) for t, b in FILM]
    cast, writer, director = (
        next(c for c, _ in concepts_in(q))
        for q in ("who are the actors", "who are the writers", "who is the director")
    )
    yes = decide([lines], ["ivy", "chen"], [cast])  # on the wrapped second line of the list
    assert yes.answer == "yes" and yes.evidence.text.startswith("Okafor") and yes.context
    no = decide([lines], ["tomas", "berg"], [director])
    assert no.answer == "no" and no.evidence.text.startswith("Directed By")
    assert no.context and no.context[0].text.startswith("Written By")  # where the name is
    assert decide([lines], ["ana", "ruiz"], [writer]).answer == "yes"
    assert decide([lines], ["zed", "quill"], []).answer is None  # absence cannot be cited
    assert entity_in(["omar", "haddad"], "Starring: Lena Vik, Omar Haddad, Rita") == "Omar Haddad"


def test_title_segments_drop_the_site() -> None:
    segs = title_segments("Ana Ruiz - Profile | Filmbase", "https://www.filmbase.org/p/ana-ruiz")
    assert segs == ["Ana Ruiz", "Profile"]


def test_card_value_above_its_label(tmp_path: Path) -> None:
    app = app_with(tmp_path, page(CARDS, title="Headlamps compared"))
    ans = app.ask("What is the battery life of Summit?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "9 h"
    ans = app.ask("How much does the Trail 2 weigh?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "310 g"


def test_grid_value_below_its_label_not_the_next_column(tmp_path: Path) -> None:
    app = app_with(tmp_path, page(GRID, title="LX-200 printer"))
    ans = app.ask("What kind of product is this?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "Laser printer"
    # The span, and the grid cell that holds it (a UI node with the cell's box).
    cites = ans.claims[0].citations
    assert [(c.text, c.evidence_kind) for c in cites if c.evidence_kind == "span"] == [
        ("Laser printer", "span")
    ]
    assert all(c.text == "Laser printer" for c in cites)


def test_how_much_asks_for_a_measure_too(tmp_path: Path) -> None:
    app = app_with(tmp_path, page(TABLE, title="Armchair"))
    ans = app.ask("How much is the wideness of it overall?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == '30.5 "'


def test_typed_value_under_a_wrapped_title(tmp_path: Path) -> None:
    items = [
        ("The Quiet Lighthouse Keeper (Collector's Edition) (Harbour", (155, 287, 658, 310)),
        ("Series #2)", (154, 310, 236, 331)),
        ("(03/14/2021)", (154, 330, 236, 349)),
        ("by Ines Marlow", (155, 350, 245, 369)),
        ("Another Book Entirely", (155, 500, 400, 523)),
        ("(01/02/2019)", (154, 524, 236, 543)),
    ]
    app = app_with(tmp_path, page(items, title="New releases"))
    q = "When was The Quiet Lighthouse Keeper (Collector's Edition) (Harbour Series #2) published?"
    ans = app.ask(q, now=NOW)
    assert ans.state == "ok" and "03/14/2021" in ans.answer


def test_list_value_is_one_claim_per_item(tmp_path: Path) -> None:
    app = app_with(tmp_path, page(FILM, title="Night Harbour (1987) - Filmbase"))
    ans = app.ask("What genre is this film?", now=NOW)
    assert ans.state == "ok"
    assert [c.value for c in ans.claims] == ["Noir", "Mystery", "Drama"]


def test_yes_no_questions_cite_the_list(tmp_path: Path) -> None:
    app = app_with(tmp_path, page(FILM, title="Night Harbour (1987) - Filmbase"))
    yes = app.ask("Is Hugo Laine one of the actors?", now=NOW)
    assert yes.state == "ok" and yes.answer.startswith("Yes")
    assert yes.claims[0].citations[0].text.startswith("Okafor")
    no = app.ask("Did Omar Haddad work as a director?", now=NOW)
    assert no.state == "ok" and no.answer.startswith("No")
    assert no.claims[0].citations[0].text == "Directed By: Ana Ruiz"
    unknown = app.ask("Is Zed Quill in this film?", now=NOW)
    assert unknown.state == "indeterminate" and "not_on_screen" in unknown.indeterminate_reason


def test_subject_name_from_the_heading_that_repeats_the_title(tmp_path: Path) -> None:
    items = [
        ("Menu", (10, 10, 60, 28)),
        ("MARA OKONJO", (70, 300, 290, 340)),
        ("#9 - FORWARD - RIVER CITY", (99, 350, 263, 363)),
        ("14.2", (90, 440, 120, 470)),
        ("PPG", (92, 472, 118, 487)),
    ]
    frame = page(items, title="Mara Okonjo - Stats | Sportsline", url="https://sportsline.test/p")
    app = app_with(tmp_path, frame)
    for q in ("Who is this athlete?", "What is this athlete called?", "Tell me the athlete name"):
        ans = app.ask(q, now=NOW)
        assert ans.state == "ok" and ans.claims[0].value == "MARA OKONJO", q


def test_card_title_names_values_far_down_its_column(tmp_path: Path) -> None:
    app = app_with(tmp_path, page(CARDS, title="Headlamps compared"))
    ans = app.ask("How much weight does the Summit have?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "280 g"


def test_label_with_a_parenthetical_reads_its_stacked_value(tmp_path: Path) -> None:
    items = [
        ("Specifications", (0, 20, 140, 50)),
        ("Dimensions (WxDxH)", (0, 152, 135, 172)),
        ("Tray", (540, 150, 575, 174)),
        ("40 cm x 35 cm x 22 cm", (0, 170, 150, 192)),
        ("250 sheets", (540, 170, 620, 194)),
        ("Warranty", (0, 240, 70, 260)),
    ]
    app = app_with(tmp_path, page(items, title="LX-200 printer"))
    ans = app.ask("What are the dimensions?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "40 cm x 35 cm x 22 cm"


def test_entry_value_further_down_and_no_answer_from_the_name_alone(tmp_path: Path) -> None:
    items = [
        ("Salt and Stone: A Coastal Cookbook", (155, 0, 560, 23)),
        ("by Petra Lind", (155, 25, 245, 44)),
        ("Format", (154, 124, 201, 143)),
        ("Hardcover", (155, 154, 217, 171)),
        ("$28.00", (322, 152, 370, 172)),
        ("Winter Roads", (155, 290, 300, 313)),
        ("$12.50", (322, 440, 370, 460)),
    ]
    app = app_with(tmp_path, page(items, title="Cookbooks"))
    ans = app.ask("What is the price of Salt and Stone?", now=NOW)
    assert ans.state == "ok" and "$28.00" in ans.answer
    ans = app.ask("Who is the author of Salt and Stone?", now=NOW)
    assert ans.state == "ok" and ans.claims[0].value == "Petra Lind"
    ans = app.ask("What is the page count of Winter Roads?", now=NOW)
    assert ans.state == "indeterminate"  # only the title is there: it is not its page count
