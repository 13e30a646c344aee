"""Conversation context in chat answers, on rendered screens read by real OCR and ingested as a
bundle: a reply carries the topic of what it answers ("nick:" addressing, a question put to its
sender by name, a mail's quoted lines or the mail its "Re:" subject answers), and the answer
cites both messages; a clock time inside what someone said is content, not a time filter."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PIL import Image, ImageDraw, ImageFont

from autocapture.api import Autocapture
from autocapture.capture.bundle_writer import BundleWriter
from autocapture.config import load_config
from autocapture.records import WindowFact
from tests.conftest import MONO

pytestmark = pytest.mark.slow

NOW = datetime(2026, 11, 23, 16, 30, tzinfo=UTC)

IRC = [
    "10:58 <priya> correct, I'm handling INV-2211",
    "11:02 <omar> can someone review the VPN firewall rules before Saturday?",
    "11:04 <ibrahim> the office firewall rules went live yesterday, no review needed",
    "11:05 <kenji> omar: I'll take it after lunch",
    "11:08 <dana> the build queue is frozen until 15:00, hold your merges",
    "11:09 <lena> I'm out until 15:00, dentist appointment",
    "11:10 <dana> priya, is the Harbor Co refund approved?",
    "11:11 <omar> the Brightline refund is still waiting on finance",
    "11:12 <priya> approved this morning, it goes out tomorrow",
]
QUESTION_MAIL = [
    "From: Ibrahim Sayed <ibrahim.sayed@ledgerly.example>",
    "To: Jonas Berg <jonas.berg@ledgerly.example>",
    "Date: Mon, 23 Nov 2026 09:48:00 +0000",
    "Subject: Budget freeze for Q1",
    "",
    "Please hold all new vendor contracts until January.",
    "",
    "Ibrahim",
]
REPLY_MAIL = [
    "From: Omar Haddad <omar.haddad@ledgerly.example>",
    "To: Jonas Berg <jonas.berg@ledgerly.example>",
    "Date: Mon, 23 Nov 2026 10:31:00 +0000",
    "Subject: Re: Budget freeze for Q1",
    "",
    "Understood, I'll tell the team today.",
    "",
    "Omar",
]
QUOTING_MAIL = [
    "From: Lena Okafor <lena.okafor@ledgerly.example>",
    "To: Jonas Berg <jonas.berg@ledgerly.example>",
    "Date: Mon, 23 Nov 2026 10:26:00 +0000",
    "Subject: Re: Saturday",
    "",
    "Yes, put me down for it. I'm at the dentist on Friday though,",
    "so ask Omar for anything before then.",
    "",
    "Lena",
    "",
    "> Can someone cover the support rota that morning?",
]


def _screen(
    title: str, lines: list[str], dark: bool, tint: dict[int, tuple[int, int, int]] | None = None
) -> tuple[bytes, list[WindowFact]]:
    """One terminal-like window of monospaced lines (light text on black when dark); ``tint``
    gives some lines their own colour."""
    bg, fg = ((0, 0, 0), (230, 230, 230)) if dark else ((255, 255, 255), (20, 20, 20))
    img = Image.new("RGB", (1000, 40 + 22 * len(lines)), bg)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(MONO, 15)
    for i, text in enumerate(lines):
        draw.text((8, 12 + 22 * i), text, font=font, fill=(tint or {}).get(i, fg))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    win = WindowFact(
        title=title, rect=(0, 0, *img.size), window_id="0x1", app="xterm", focused=True, z=0
    )
    return buf.getvalue(), [win]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Autocapture]:
    """Four screens, captured after 15:00: the chat log, then three mails in a mail reader."""
    root = tmp_path_factory.mktemp("chat_context")
    writer = BundleWriter(root / "bundle", "test")
    screens = [
        ("jonas@buildbox: ~/irclogs", IRC, True),
        ("mutt: ~/Mail/inbox", QUESTION_MAIL, False),
        ("mutt: ~/Mail/inbox", REPLY_MAIL, False),
        ("mutt: ~/Mail/inbox", QUOTING_MAIL, False),
    ]
    for i, (title, lines, dark) in enumerate(screens):
        png, wins = _screen(title, lines, dark)
        writer.write(png, datetime(2026, 11, 23, 16, i, tzinfo=UTC), wins, (0, 0, 1000, 400))
    cfg = load_config(root / "data")
    cfg.timezone = "UTC"
    a = Autocapture(config=cfg)
    report = a.ingest([root / "bundle"])
    assert report.ok and report.added == len(screens)
    yield a
    a.close()


def ask(app: Autocapture, q: str):  # type: ignore[no-untyped-def]
    ans = app.ask(q, now=NOW)
    for claim in ans.claims:  # every claim rests on verified spans holding its value
        assert claim.citations and all(c.verified for c in claim.citations)
        assert any(claim.value.lower() in c.text.lower() for c in claim.citations)
    return ans


def cited(ans) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.text for claim in ans.claims for c in claim.citations + claim.context]


def test_reply_to_the_nick_it_addresses(app: Autocapture) -> None:
    # The line just before Kenji's is Ibrahim's on firewall rules too; "omar:" says whose
    # question Kenji answers.
    a = ask(app, "what did Kenji say about the VPN firewall rules?")
    assert a.state == "ok" and a.question_class == "chat"
    assert "after lunch" in a.claims[0].value
    assert len(a.claims) == 2
    assert "VPN firewall" in a.claims[1].value and "omar" in a.claims[1].text
    assert "went live" not in a.answer
    assert a.trace["answer"]["context"] == ["reply_to"]


def test_reply_to_the_question_put_to_the_sender(app: Autocapture) -> None:
    # Omar's refund line comes just before Priya's; Dana's question named Priya.
    a = ask(app, "what did Priya say about the Harbor Co refund?")
    assert a.state == "ok"
    assert "approved this morning" in a.claims[0].value
    assert any("Harbor Co refund" in t for t in cited(a))
    assert "waiting on finance" not in a.answer


def test_no_context_is_used_when_the_message_says_it(app: Autocapture) -> None:
    a = ask(app, "what did Ibrahim say about the firewall rules?")
    assert a.state == "ok" and len(a.claims) == 1
    assert "went live yesterday" in a.claims[0].value


def test_mail_reply_cites_the_mail_it_answers(app: Autocapture) -> None:
    # Omar's reply never names vendor contracts; its "Re:" subject ties it to Ibrahim's mail.
    a = ask(app, "what did Omar write about the vendor contracts?")
    assert a.state == "ok"
    assert "tell the team" in a.claims[0].value
    assert "vendor contracts" in a.claims[1].value and "Ibrahim" in a.claims[1].text


def test_mail_reply_cites_its_quoted_lines(app: Autocapture) -> None:
    a = ask(app, "what did Lena write about the support rota?")
    assert a.state == "ok"
    assert "put me down" in a.claims[0].value
    assert "support rota" in a.claims[1].value and a.claims[1].text.startswith("quoting")


def test_clock_time_said_is_content_not_a_filter(app: Autocapture) -> None:
    # Every screen was captured after 15:00: read as a filter, "until 15:00" would leave none.
    a = ask(app, "who said they would be out until 15:00?")
    intent = a.trace["time_intent"]
    assert intent["start_utc"] is None and intent["content_phrases"] == ["until 15:00"]
    assert a.state == "ok" and a.question_class == "chat"
    assert a.claims[0].value == "lena"
    assert "dana" not in a.answer  # "frozen until 15:00" is not someone being out


def test_clock_time_of_the_screen_still_filters(app: Autocapture) -> None:
    a = ask(app, "what was on screen between 14:00 and 14:02?")
    assert a.trace["time_intent"]["start_utc"] is not None
    assert a.state == "indeterminate"


def test_coloured_quote_without_its_marker_is_not_the_senders(rapid_engine) -> None:  # type: ignore[no-untyped-def]
    """A mail reader that colours quoted lines: the coloured run ending the body is quoted
    even when no ``>`` is read; the sender's own lines stay the body."""
    import numpy as np

    from autocapture.extract import build_spans
    from autocapture.understand.graph import build_graph
    from autocapture.understand.model import Layout

    lines = [*QUOTING_MAIL[:-1], "Can someone cover the support rota that morning?"]
    png, wins = _screen("mutt: ~/Mail/inbox", lines, True, {len(lines) - 1: (0, 190, 0)})
    img = Image.open(io.BytesIO(png)).convert("RGB")
    spans = build_spans("f_q", rapid_engine.recognize(img), np.asarray(img), wins, None)
    nodes = build_graph(Layout("f_q", *img.size, wins, spans))
    (mail,) = [n.attrs for n in nodes if n.kind == "chat_message" and n.attrs["source"] == "mail"]
    assert "support rota" not in mail["body"] and "put me down" in mail["body"]
    assert "support rota" in mail["quoted"] and mail["quoted_span_ids"]
