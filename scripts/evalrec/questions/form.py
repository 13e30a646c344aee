"""Questions on the form scenario: field values, focus, windows and the contacts distractor."""

from __future__ import annotations

from ..answer_forms import find_in
from ..truth import Truth
from .collector import QuestionSet


def add_form(q: QuestionSet, form: Truth) -> None:
    _values(q, form)
    _windows(q, form)


def _values(q: QuestionSet, form: Truth) -> None:
    f1, f2 = form["forms"]
    v1 = {f["label"]: f["value"] for f in f1["fields"]}
    v2 = {f["label"]: f["value"] for f in f2["fields"]}
    contacts = form["distractor_contacts"]["lines"]
    q.add(
        "form_kv",
        form,
        "form-email",
        "what was in the Email field of the customer form?",
        "canonical",
        [v1["Email"]],
    )
    q.add(
        "form_kv",
        form,
        "form-phone",
        "what phone number was entered in the form?",
        "canonical",
        [v1["Phone"], v1["Phone"].replace("+46 ", "")],
    )
    q.add(
        "form_kv",
        form,
        "form-order",
        "what order number was entered?",
        "canonical",
        [v1["Order number"]],
    )
    q.add(
        "form_kv",
        form,
        "form-company",
        "what company was entered for the new customer?",
        "canonical",
        [v1["Company"]],
    )
    ticked = v1["Newsletter"] == "TRUE"  # a checkbox drawn by GTK: read off the pixels
    q.add(
        "form_kv",
        form,
        "form-newsletter",
        "was the Newsletter box ticked on the customer form?",
        "canonical",
        ["Yes" if ticked else "No"],
        excludes=["No:" if ticked else "Yes:"],
        cites=[{"text_contains": "Newsletter"}],
    )
    q.add(
        "form_kv",
        form,
        "form-maya-email",
        "what is Maya's email address?",
        "adversarial",
        [v1["Email"]],
        excludes=[find_in(contacts, r"(maya\.larsen@[\w.]+)")],
    )
    q.add(
        "form_kv",
        form,
        "form-postal",
        "what postal code was entered in the shipping form?",
        "adversarial",
        [v2["Postal code"]],
    )
    q.add(
        "form_kv",
        form,
        "form-city",
        "which city was in the shipping address?",
        "adversarial",
        [v2["City"], v2["City"].replace("ö", "o")],
    )
    q.add(
        "form_kv",
        form,
        "form-delivery",
        "what were the delivery instructions?",
        "adversarial",
        [v2["Delivery instructions"].split(",")[0]],
        excludes=[v1["Notes"]],
    )
    q.unanswerable("form_kv", form, "form-vat", "what was entered in the VAT number field?")
    q.unanswerable("form_kv", form, "form-birth", "what was the customer's date of birth?")


def _windows(q: QuestionSet, form: Truth) -> None:
    f1, f2 = form["forms"]
    contacts = form["distractor_contacts"]["lines"]
    m_form = form.stable_minute("New customer")
    m_ship = form.stable_minute("Shipping address")
    q.add(
        "focus_state",
        form,
        "focus-form",
        f"which window was focused at {m_form}?",
        "canonical",
        [f1["title"].split(" - ")[0]],
    )
    q.add(
        "focus_state",
        form,
        "focus-form-dark",
        f"which window had focus at {m_ship}?",
        "adversarial",
        [f2["title"].split(" - ")[0]],
        excludes=[f1["title"]],
    )
    q.add(
        "timeline",
        form,
        "time-form-which",
        f"which form was I filling in at {m_ship}?",
        "adversarial",
        [f2["title"].split(" - ")[0]],
    )
    empty = form.frame("form1:0")
    q.add(
        "window_inventory",
        form,
        "inv-form-before-ship",
        f"which windows were open at {m_form}?",
        "adversarial",
        [f1["title"].split(" - ")[0]],
        excludes=[f2["title"].split(" - ")[0]],
    )
    q.add(
        "window_inventory",
        form,
        "inv-form-first",
        f"what windows were on screen at {form.hms(empty, 2)}?",
        "canonical",
        [form["distractor_contacts"]["window"].split(": ")[-1]],
    )
    q.add(
        "cross_window",
        form,
        "cross-maja",
        "where did I see Maja Lindgren's email address?",
        "adversarial",
        [form["distractor_contacts"]["window"].split(": ")[-1]],
        excludes=[f1["title"].split(" - ")[0]],
    )
    q.add(
        "cross_window",
        form,
        "cross-order",
        "which window showed the order number ORD-2026-11873?",
        "canonical",
        [f1["title"].split(" - ")[0]],
    )
    q.add(
        "lookup",
        form,
        "lookup-contact-phone",
        "what was Mats Lind's phone number?",
        "canonical",
        [find_in(contacts, r"Mats Lind,[^,]+,([^,]+),")],
    )
