"""Browser scenario content (set b): a routing API's documentation served to chromium."""

from __future__ import annotations

from typing import Any

from ..content import browser as _default

SITE_DIR = "pathwise-docs"
SITE_NAME = "Pathwise Routing API docs"
PORT = 9133
SERVER_TERMINAL = ("86x16+0+520", "dark", 9)
BROWSER_WINDOW = ((300, 0), (1066, 740))
OPEN_AT_START = 5
FIRST_LABEL = "browser opened on the quickstart page"
DOC_STYLE = (
    "body{font-family:'DejaVu Serif',serif;margin:20px 32px;max-width:900px;color:#1b2a1b}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#eef3ee;padding:3px 6px}"
    "table{border-collapse:collapse}td,th{border:1px solid #9ab09a;padding:3px 12px;"
    "text-align:left}nav{font-size:13px;color:#3d6b3d;margin-bottom:8px}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/quickstart.html",
        "title": "Quickstart · Pathwise Routing API",
        "style": "",
        "body": [
            ("h1", "Quickstart"),
            ("p", "Pathwise plans delivery routes for up to 250 stops per request."),
            (
                "pre",
                "curl -H 'Authorization: Bearer $PW_KEY' https://api.pathwise.example/v2/route",
            ),
            ("p", "Responses are JSON; distances are in metres and durations in seconds."),
            ("p", "The sandbox endpoint is reset every night at 02:00 UTC."),
        ],
    },
    {
        "path": "/auth.html",
        "title": "Authentication · Pathwise Routing API",
        "style": "",
        "body": [
            ("h1", "Authentication"),
            ("p", "Every request needs an API key, sent as a Bearer token."),
            ("p", "Production keys start with pw_live_ and sandbox keys with pw_test_."),
            ("pre", "pathwise keys rotate --grace 48h"),
            ("p", "A rotated key keeps working for its grace period: 24 hours unless set."),
        ],
    },
    {
        "path": "/limits.html",
        "title": "Rate limits · Pathwise Routing API",
        "style": "",
        "body": [
            ("h1", "Rate limits"),
            ("p", "Limits are counted per API key over a sliding one-minute window."),
            (
                "table",
                [
                    ["Plan", "Requests per minute", "Burst", "Max stops"],
                    ["Starter", "60", "10", "25"],
                    ["Growth", "600", "120", "100"],
                    ["Fleet", "3000", "500", "250"],
                ],
            ),
            ("p", "Going over the limit returns HTTP 429 with a Retry-After header."),
        ],
    },
    {
        "path": "/webhooks.html",
        "title": "Webhooks · Pathwise Routing API",
        "style": "body{background:#15191c;color:#cfd8dc} code,pre{background:#23292e;"
        "color:#e0e6e8} nav{color:#8fb58f}",
        "body": [
            ("h1", "Webhooks"),
            ("p", "Pathwise sends route.completed and route.failed events to your endpoint."),
            ("p", "A failed delivery is retried 8 times over 12 hours, with backoff."),
            ("pre", "X-Pathwise-Signature: t=1764000000,v1=5f2c9e..."),
            ("p", "Check the signature with your webhook secret before trusting a payload."),
        ],
    },
    {
        "path": "/release-notes.html",
        "title": "Release notes · Pathwise Routing API",
        "style": "body{font-size:11px} h1{font-size:15px}",
        "body": [
            ("h1", "Release notes"),
            ("p", "v2.6.0 (2026-11-10): Time windows per stop; Fleet plans now allow 250 stops."),
            ("p", "v2.5.3 (2026-10-28): Fixed wrong ETAs for routes that cross midnight."),
            ("p", "v2.5.0 (2026-09-15): Webhook retries raised from 5 to 8."),
            ("p", "v2.4.1 (2026-08-02): Sandbox keys now expire after 30 days."),
        ],
    },
    {
        "path": "/errors.html",
        "title": "Error codes · Pathwise Routing API",
        "style": "",
        "body": [
            ("h1", "Error codes"),
            (
                "table",
                [
                    ["Code", "HTTP", "Meaning"],
                    ["PW-401", "401", "The API key is missing or revoked"],
                    ["PW-422", "422", "A stop lies outside the service area"],
                    ["PW-429", "429", "Rate limit exceeded; wait for Retry-After"],
                    ["PW-503", "503", "Routing engine busy; retry after 30 seconds"],
                ],
            ),
            ("p", "Quote the request id from the X-Request-Id header when you contact support."),
        ],
    },
]


def page_html(page: dict[str, Any]) -> str:
    return _default.page_html(page, SITE_NAME, DOC_STYLE)


def page_text(page: dict[str, Any]) -> list[str]:
    return _default.page_text(page, SITE_NAME)
