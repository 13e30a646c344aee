"""A field's value is a sum when its label names the currency ("Invoice (USD): 4300.00").

Forms often print the amount bare and put the currency in the label, so the value alone does
not look like money (an ungrouped "4300.00", a whole "850"). The label's currency code or
symbol makes a plain number of that field a sum of money.
"""

from __future__ import annotations

import re

# ISO codes of the currencies screens commonly show, and the symbols; a code must stand alone
# ("USD", "(NPR)"), never inside a word.
_CURRENCY = re.compile(
    r"[$€£¥₹₨]|\b(?:USD|EUR|GBP|JPY|CNY|INR|NPR|PKR|LKR|AUD|CAD|NZD|CHF|SGD|MYR|BRL|ZAR|HKD"
    r"|SEK|NOK|DKK|MXN|THB|IDR|PHP|KRW|AED|KES|UGX|TZS|NGN|GHS|EGP|ETB|RWF|PLN|CZK|HUF|ILS"
    r"|SAR|RUB|VND|RM|R\$)\b"
)
_PLAIN_NUMBER = re.compile(r"^\s*-?\d[\d,\s]*(?:[.,]\d{1,2})?\s*$")


def priced_by_label(key: str, value: str) -> bool:
    """True when the label names a currency and the value is a plain number: a sum."""
    return bool(_CURRENCY.search(key or "")) and bool(_PLAIN_NUMBER.match(value or ""))
