"""Questions on the mail scenario: what was said in chat and mail, replies, windows, times."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..answer_forms import clock_variants, find_in, number_words, second_variants
from ..truth import Truth
from .collector import QuestionSet
from .conversation import Conversation, context_only


def add_mail(q: QuestionSet, mail: Truth) -> None:
    conv = Conversation(mail)
    _said(q, mail, conv)
    _replies(q, mail, conv)
    _windows_and_times(q, mail, conv)
    _headers(q, mail, conv)
    _when_it_happens(q, mail, conv)
    _opened(q, mail, conv)


def _said(q: QuestionSet, mail: Truth, conv: Conversation) -> None:
    said, mailed = conv.said, conv.mailed
    q.add(
        "chat",
        mail,
        "chat-freeze",
        "what did Dana say about the code freeze?",
        "canonical",
        [find_in([said("dana", "freeze")["body"]], r"(tomorrow at \d\d:\d\d)")],
    )
    q.add(
        "chat",
        mail,
        "chat-staging",
        "until when is the staging database read-only?",
        "canonical",
        clock_variants(find_in([said("priya", "read-only")["body"]], r"until (\d\d:\d\d)")),
    )
    q.add(
        "chat",
        mail,
        "mail-kenji",
        "when did Kenji say he would finish the migration review?",
        "canonical",
        [find_in([mailed("Kenji", "review")["body"]], r"by (\w+ noon)")],
    )
    q.add(
        "chat",
        mail,
        "mail-release",
        "what did Dana's email say about the 4.3 release?",
        "canonical",
        [find_in([mailed("Dana", "release")["body"]], r"(moving to \w+)")],
    )
    q.add(
        "chat",
        mail,
        "mail-invoice-amount",
        "what is the amount of invoice INV-2211?",
        "adversarial",
        [find_in([mailed("Priya", "Correction")["body"]], r"is ([\d,.]+\d)")],
    )
    q.add(
        "chat",
        mail,
        "chat-invoice-owner",
        "who is handling the Harbor Co invoice?",
        "adversarial",
        [said("priya", "INV-2211")["sender"]],
    )
    q.add(
        "chat",
        mail,
        "chat-lena-draft",
        "what did Lena say she would have ready by 16:00?",
        "adversarial",
        ["draft"],
    )


def _replies(q: QuestionSet, mail: Truth, conv: Conversation) -> None:
    """Replies whose topic is only in what they answer: the answer cites both."""
    said, mailed, answers, quoted_reply = conv.said, conv.mailed, conv.answers, conv.quoted_reply
    take = said("kenji", "after lunch")
    asked = answers(take)
    topic = context_only("VPN firewall rules", take["body"], asked["body"])
    q.add(
        "chat",
        mail,
        "chat-reply-nick",
        f"what did Kenji say about the {topic}?",
        "canonical",
        [find_in([take["body"]], r"(take it after lunch)")],
        excludes=[find_in([said("ibrahim", "firewall")["body"]], r"(went live \w+)")],
        cites=[
            {"text_contains": find_in([take["body"]], r"(after lunch)")},
            {"text_contains": find_in([asked["body"]], r"(VPN firewall)")},
        ],
    )
    ok = said("priya", "approved")
    put = answers(ok)
    topic = context_only("Harbor Co refund", ok["body"], put["body"])
    q.add(
        "chat",
        mail,
        "chat-reply-refund",
        f"what did Priya say about the {topic}?",
        "adversarial",
        [find_in([ok["body"]], r"(approved this morning)")],
        excludes=[find_in([said("omar", "refund")["body"]], r"(waiting on \w+)")],
        cites=[
            {"text_contains": find_in([ok["body"]], r"(approved this morning)")},
            {"text_contains": find_in([put["body"]], r"(Harbor Co refund)")},
        ],
    )
    rota = mailed("Lena", "put me down")
    own, parent = quoted_reply(rota)
    topic = context_only("support rota", own, parent["body"])
    q.add(
        "chat",
        mail,
        "mail-reply-quote",
        f"what did Lena write about the {topic}?",
        "canonical",
        [find_in([own], r"(put me down)")],
        cites=[
            {"text_contains": find_in([own], r"(put me down)")},
            {"text_contains": "support rota"},
        ],
    )
    # A clock time in what was said is content, not a time filter on the screens.
    dentist = find_in([own], r"(at the dentist until \d\d:\d\d)")
    q.add(
        "chat",
        mail,
        "mail-said-until",
        f"who wrote that they would be {dentist}?",
        "adversarial",
        [rota["from"].split()[0]],
        excludes=[said("dana", "frozen")["sender"]],
    )
    q.unanswerable("chat", mail, "chat-marco", "what did Marco say about the backfill?")


def _windows_and_times(q: QuestionSet, mail: Truth, conv: Conversation) -> None:
    mailed = conv.mailed
    m_chat = mail.stable_minute("irclogs")
    q.add(
        "focus_state",
        mail,
        "focus-chat",
        f"which window had focus at {m_chat}?",
        "canonical",
        ["irclogs"],
        excludes=["mutt"],
    )
    read = mail.frame("mail:5")
    q.add(
        "timeline",
        mail,
        "time-mail-correction",
        "when did I read Priya's correction?",
        "canonical",
        mail.when(read),
    )
    first_chat = mail.frame("chat")
    before_chat = mail.state_at(first_chat["dt"] - timedelta(seconds=1))
    q.add(
        "timeline",
        mail,
        "time-before-chat",
        "what was I looking at just before the chat log?",
        "adversarial",
        ["mutt", mailed("Dana", "release")["subject"]],
    )
    del before_chat
    q.add(
        "cross_window",
        mail,
        "cross-freeze-chat",
        "which window showed the chat about the code freeze?",
        "canonical",
        ["irclogs"],
    )
    q.add(
        "cross_window",
        mail,
        "cross-invoice-mail",
        "in which window did I read Priya's email about invoice INV-2211?",
        "adversarial",
        ["mutt"],
        excludes=["irclogs"],
    )
    q.add(
        "window_inventory",
        mail,
        "inv-mail-count",
        f"how many windows were open at {m_chat}?",
        "canonical",
        number_words(len(mail.minute_frame(m_chat)["windows"])),
    )
    q.unanswerable("window_inventory", mail, "inv-mail-slack", "which Slack channels were open?")
    q.unanswerable(
        "timeline",
        mail,
        "time-mail-yesterday",
        f"what was on screen yesterday at {mail.hms(read)[:5]}?",
    )


def _sent(m: dict[str, Any]) -> str:
    """A mail's Date: header as HH:MM local time (what 'when did X send' asks)."""
    return find_in([m["date_local"]], r" (\d\d:\d\d)$")


def _thread(m: dict[str, Any]) -> str:
    return m["subject"].removeprefix("Re: ")


def _headers(q: QuestionSet, mail: Truth, conv: Conversation) -> None:
    """A mail's header rows: its Date: (not when it was on screen), Subject:, Cc:."""
    mailed, quoted_reply = conv.mailed, conv.quoted_reply
    kenji = mailed("Kenji", "review")
    # HH:MM and the 12-hour forms (not a bare 8:40, which 18:40 contains); not the time
    # the reply was on screen.
    q.add(
        "chat",
        mail,
        "mail-sent-kenji",
        f"what time did Kenji send his reply about the {_thread(kenji).split()[1]} release?",
        "canonical",
        clock_variants(_sent(kenji))[:3],
        excludes=[mail.hms(conv.opened(kenji))[:5]],
    )
    lena = mailed("Lena", "put me down")
    own, parent = quoted_reply(lena)
    topic = context_only("support rota", own, parent["body"])
    # Not when the mail it answers was sent, nor when the reply was on screen.
    q.add(
        "chat",
        mail,
        "mail-sent-lena",
        f"what time did Lena send her reply about the {topic}?",
        "adversarial",
        clock_variants(_sent(lena))[:3],
        excludes=[_sent(parent), mail.hms(conv.opened(lena))[:5]],
    )
    desk = conv.listed("IT Service Desk")
    q.add(
        "chat",
        mail,
        "mail-subject-desk",
        f"what was the subject of the mail from the {desk['from']}?",
        "canonical",
        [desk["subject"]],
    )
    # Omar's reply is never opened and mutt's thread tree hides its subject: the Subject:
    # rows on screen are other threads' (the last read first), named by their first words.
    omar = conv.listed("Omar")
    q.add(
        "chat",
        mail,
        "mail-subject-omar",
        "what was the subject of Omar's email?",
        "adversarial",
        [omar["subject"]],
        excludes=list(
            dict.fromkeys(
                " ".join(_thread(m).split()[:2])
                for m in conv.opened_mails()
                if _thread(m) != _thread(omar)
            )
        ),
    )
    if any(k.lower() == "cc" for k in lena):
        raise KeyError("Lena's reply has a Cc: in the truth; the question would be answerable")
    q.unanswerable("chat", mail, "mail-cc-lena", "who was Lena's reply cc'd to?")


def _when_it_happens(q: QuestionSet, mail: Truth, conv: Conversation) -> None:
    """'When does X go out': the message stating the time, threaded to what it answers."""
    said, answers = conv.said, conv.answers
    ok = said("priya", "approved")
    topic = context_only("Harbor Co refund", ok["body"], answers(ok)["body"])
    other = said("omar", "refund")
    other_topic = find_in([other["body"]], r"the (\w+ refund)")
    q.add(
        "chat",
        mail,
        "chat-when-harbor",
        f"when will the {topic} be sent?",
        "canonical",
        [find_in([ok["body"]], r"goes out (\w+)")],
        excludes=[
            find_in([said("dana", "freeze")["body"]], r"tomorrow at (\d\d:\d\d)"),
            find_in([other["body"]], r"(waiting on \w+)"),
        ],
        cites=[{"text_contains": find_in([ok["body"]], r"(goes out \w+)")}],
    )
    q.add(
        "chat",
        mail,
        "chat-when-brightline",
        f"when does the {other_topic} go out?",
        "adversarial",
        [find_in([other["body"]], r"(waiting on \w+)")],
        excludes=[find_in([ok["body"]], r"goes out (\w+)")],
    )


def _opened(q: QuestionSet, mail: Truth, conv: Conversation) -> None:
    """'When did I open X': the frame showing the mail opened, not its index row."""
    mailed = conv.mailed
    kenji = mailed("Kenji", "review")
    # Not when the index listing it first appeared; nor, for Ibrahim's, when its reply opened.
    q.add(
        "timeline",
        mail,
        "time-open-kenji-reply",
        "when did I open Kenji's reply?",
        "canonical",
        second_variants(mail.hms(conv.opened(kenji))),
        excludes=[mail.hms(mail.frame("mail_index"))[:5]],
    )
    lena = mailed("Lena", "put me down")
    _own, ibrahim = conv.quoted_reply(lena)
    q.add(
        "timeline",
        mail,
        "time-open-ibrahim-mail",
        f"when did I open {ibrahim['from'].split()[0]}'s mail about the support rota?",
        "adversarial",
        second_variants(mail.hms(conv.opened(ibrahim))),
        excludes=[mail.hms(conv.opened(lena))],
        cites=[{"text_contains": ibrahim["subject"]}],
    )
    log = mail["chat"]["log_file"].rsplit("/", 1)[-1].removesuffix(".log")
    q.add(
        "timeline",
        mail,
        "time-chatlog-last",
        f"when did I last look at the {log} log?",
        "canonical",
        clock_variants(mail.hms(mail.frame("chat", -1))[:5]),
    )
    if any(m["from"].startswith("Marco") for m in conv.mails):
        raise KeyError("a mail from Marco is in the truth; the question would be answerable")
    q.unanswerable("timeline", mail, "time-open-marco-reply", "when did I open Marco's reply?")
