"""Browser scenario content: the documentation pages served to chromium."""

from __future__ import annotations

from typing import Any

# The site's directory under ~/sites, its name in every page's header, the port it is served
# on (if free), the serving terminal (geometry, theme, font size), chromium's window
# (position, size), how many pages open as tabs at the start (the next page is then typed
# into a new tab) and the first frame's label.
SITE_DIR = "quillmate-docs"
SITE_NAME = "Quillmate documentation"
PORT = 8421
SERVER_TERMINAL = ("88x20+0+470", "light", 9)
BROWSER_WINDOW = ((230, 0), (1050, 720))
OPEN_AT_START = 4
FIRST_LABEL = "browser opened on the install page"
DOC_STYLE = (
    "body{font-family:'DejaVu Sans',sans-serif;margin:24px 40px;max-width:860px;color:#222}"
    "code,pre{font-family:'DejaVu Sans Mono',monospace;background:#f2f2f2;padding:2px 4px}"
    "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 10px;text-align:left}"
    "nav{font-size:14px;color:#555;margin-bottom:10px}"
)
DOC_PAGES: list[dict[str, Any]] = [
    {
        "path": "/install.html",
        "title": "Install Quillmate 3.2",
        "style": "",
        "body": [
            ("h1", "Install Quillmate 3.2"),
            ("p", "Quillmate needs Python 3.11 or newer and about 200 MB of free disk."),
            ("pre", "pip install quillmate==3.2.4"),
            ("p", "Start the server with quillmate serve. It listens on port 7070 by default."),
            ("p", "The first start creates an administrator account named owner."),
        ],
    },
    {
        "path": "/configuration.html",
        "title": "Configuration reference · Quillmate",
        "style": "",
        "body": [
            ("h1", "Configuration reference"),
            ("p", "Settings live in quillmate.toml next to the data directory."),
            (
                "table",
                [
                    ["Key", "Default", "Meaning"],
                    ["sync_interval", "300", "Seconds between two syncs"],
                    ["max_upload_mb", "64", "Largest attachment accepted, in MB"],
                    ["retention_days", "90", "Days a deleted note stays in the trash"],
                    ["storage_path", "~/.local/share/quillmate", "Where notes are kept"],
                ],
            ),
        ],
    },
    {
        "path": "/changelog.html",
        "title": "Changelog · Quillmate",
        "style": "body{font-size:11px} h1{font-size:16px}",
        "body": [
            ("h1", "Changelog"),
            ("p", "3.2.4 (2026-11-02): Fixed sync stalling when a note title contains an emoji."),
            ("p", "3.2.3 (2026-10-19): Attachments over 64 MB are refused with a clear message."),
            ("p", "3.2.0 (2026-09-30): New shared notebooks; the trash keeps notes 90 days."),
            ("p", "3.1.9 (2026-08-14): The desktop app remembers the last opened notebook."),
        ],
    },
    {
        "path": "/api/tokens.html",
        "title": "API tokens · Quillmate",
        "style": "body{background:#1e1f22;color:#d8d8d8} code,pre{background:#2b2d31;color:#e6e6e6}"
        " nav{color:#9a9a9a}",
        "body": [
            ("h1", "API tokens"),
            ("p", "Tokens expire after 30 days unless created with --no-expiry."),
            ("pre", "quillmate token create --scope read"),
            ("p", "Revoke a token with quillmate token revoke TOKEN_ID."),
            ("p", "A new token is shown only once, right after it is created."),
        ],
    },
    {
        "path": "/troubleshooting.html",
        "title": "Troubleshooting · Quillmate",
        "style": "",
        "body": [
            ("h1", "Troubleshooting"),
            ("p", "Error Q-104 means the storage path is not writable by the server."),
            ("p", "If sync stalls, make sure sync_interval is at least 60."),
            ("p", "Example of a short trash: retention_days = 30 keeps deleted notes a month."),
        ],
    },
]


def page_html(page: dict[str, Any], site: str = SITE_NAME, style: str = DOC_STYLE) -> str:
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{page['title']}</title><style>{style}{page['style']}</style></head><body>",
        f"<nav>{site}</nav>",
    ]
    for tag, content in page["body"]:
        if tag == "table":
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in row
                )
                + "</tr>"
                for i, row in enumerate(content)
            )
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<{tag}>{content}</{tag}>")
    parts.append("</body></html>")
    return "".join(parts)


def page_text(page: dict[str, Any], site: str = SITE_NAME) -> list[str]:
    lines = [site]
    for tag, content in page["body"]:
        if tag == "table":
            lines += ["  ".join(r) for r in content]
        else:
            lines.append(content)
    return lines
