"""Browser content: the tab strip and URL bar, and the three pages (invoice, form, PR)."""

from __future__ import annotations

import re

from .layout import Body

TABS = [
    ("Invoice INV-2026-0042", "https://billing.example.com/invoices/INV-2026-0042"),
    ("Request a return", "https://support.example.com/returns/new?order=ORD-58213-KX"),
    ("PR #318: Fix refund rounding", "https://github.com/acme/billing/pull/318"),
]


def browser_body(active: int, page: Body) -> Body:
    """Browser chrome (tab strip, URL bar) around a page body."""
    body = Body()
    body.raw('<div class="tabs">')
    cls = ["tab active" if i == active else "tab" for i in range(len(TABS))]
    body.line(*(t for t, _ in TABS), cls="tabrow", cell_cls=cls)
    body.raw(
        '</div><div class="toolbar"><i class="navb"></i><i class="navb"></i>'
        '<i class="navb"></i><div class="omni clip">'
    )
    body.line(TABS[active][1], cls="url")
    body.raw('</div><i class="navb"></i></div><div class="page clip">')
    body.parts.extend(page.parts)
    body.rows.extend(page.rows)
    body.raw("</div>")
    # renumber rows in document order so data-i is unique within the window
    counter = iter(range(len(body.rows)))
    markup = re.sub(r'data-i="\d+"', lambda _m: f'data-i="{next(counter)}"', body.html())
    return Body(parts=[markup], rows=body.rows)


def invoice_page(paid: bool) -> Body:
    """Northwind invoice INV-2026-0042."""
    p = Body()
    p.raw('<div class="site">')
    p.line(
        "Northwind Billing",
        "Signed in as alex@acme.example",
        cls="split",
        cell_cls=("brand", "muted"),
    )
    p.raw('</div><div class="card">')
    p.line("Northwind Cloud Services", cls="h1")
    p.line("Invoice INV-2026-0042", cls="h2")
    p.line("Issued Nov 20, 2026", "Due Dec 20, 2026", cls="muted gap20 wide")
    p.line("Bill to: Acme Corp, 500 Market St, San Francisco, CA 94105", cls="muted")
    p.raw('<div class="tbl">')
    p.line("Description", "Amount", cls="split th")
    p.line("Compute instances, October 2026", "$812.00", cls="split td")
    p.line("Object storage, 2.4 TB", "$216.44", cls="split td")
    p.line("Business support plan", "$150.00", cls="split td")
    p.line("Subtotal", "$1,178.44", cls="split td sum")
    p.line("Tax (9%)", "$106.06", cls="split td")
    p.line("Total", "$1,284.50", cls="split total")
    p.raw("</div>")
    if paid:
        p.line("Status: Paid on Nov 23, 2026", cls="status paid")
    else:
        p.line("Status: Due in 27 days", cls="status due")
    p.raw("</div>")
    return p


def return_form_page() -> Body:
    """Web form: request a return for an order."""
    p = Body()
    p.raw('<div class="site">')
    p.line("Example Store", "Help Center", cls="split", cell_cls=("brand", "muted"))
    p.raw('</div><div class="formwrap"><div class="form">')
    p.line("Request a return", cls="h1")
    p.line("We will email you a prepaid shipping label.", cls="muted gap20")
    fields = [
        ("Name", "Maria Gonzalez"),
        ("Email", "maria.gonzalez@example.org"),
        ("Phone", "+1 (415) 555-0137"),
        ("Order ID", "ORD-58213-KX"),
        ("Shipping method", "UPS Ground (3-5 business days)"),
        ("Reason", "Item arrived damaged"),
    ]
    for label, value in fields:
        kind = "input select" if label == "Shipping method" else "input"
        p.line(label, value, cls="field", cell_cls=("label", kind))
    p.line("Submit request", cls="btnrow", cell_cls=("btn",))
    p.raw('</div><div class="aside">')
    p.line("Order summary", cls="h3")
    p.line("Order", "ORD-58213-KX", cls="split td")
    p.line("Wireless headphones", "$79.99", cls="split td")
    p.line("Shipping", "$10.00", cls="split td")
    p.line("Order total", "$89.99", cls="split total small")
    p.line("Placed Nov 14, 2026", cls="muted")
    p.raw("</div></div>")
    return p


def pull_request_page() -> Body:
    """Code review page for PR #318."""
    p = Body()
    p.raw('<div class="site dark">')
    p.line("acme / billing", "Pull requests", cls="split", cell_cls=("brand", ""))
    p.raw('</div><div class="card wide">')
    p.line("Fix refund rounding #318", cls="h1")
    p.line(
        "Open",
        "alice-park wants to merge 2 commits into main from fix/refund-rounding",
        cell_cls=("pill", "muted"),
    )
    p.line("All checks have passed", cls="ok")
    p.line("billing/refunds.py", cls="mono fname")
    p.line("-    return round(amount * ratio, 2)", cls="mono del")
    p.line("+    return (amount * ratio).quantize(CENT, rounding=ROUND_HALF_UP)", cls="mono add")
    p.line("Review required: 1 approving review is needed", cls="muted")
    p.raw("</div>")
    return p
