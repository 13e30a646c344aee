""" "What was the gcc warning about": a compiler's diagnostic line ("src/x.c:45:9: warning:
unused variable 'n' [-Wunused-variable]") says it, the message after its kind. A file the
question names ("the warning in berth.c") must be the one the line names: a warning seen only
for another file is not that one."""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext
from autocapture.answer.draft import Draft, Evidence
from autocapture.retrieve import Line

DIAG_ASK = re.compile(
    r"^(?!.*\b(?:colou?r|red|yellow|magenta|green|blue|cyan|how many)\b).*"
    r"\b(?:gcc|clang|g\+\+|cc|compiler|rustc|javac|tsc|build)\b.*\b(?P<kind>warning|error)s?\b"
)
DIAG_LINE = re.compile(
    r"(?P<loc>[\w./-]+\.\w{1,4}:\d+(?::\d+)?)\s*:\s*(?:fatal\s+)?(?P<kind>warning|error)\s*:"
    r"\s*(?P<msg>.+?)\s*(?:\[-W[\w=-]+\]\s*)?$",
    re.I,
)
_FILE = re.compile(r"\b[\w-]+\.(?:c|h|cc|cpp|hpp|rs|go|java|ts|js|py|m|swift)\b")


def diagnostic(ctx: AnswerContext) -> Draft | None:
    """The message of each distinct compiler diagnostic of the kind asked, first seen first;
    None when the question does not ask for one or no diagnostic line was seen at all."""
    q = ctx.question.lower()
    m = DIAG_ASK.search(q)
    if m is None:
        return None
    kind = m.group("kind")
    seen: dict[str, tuple[Line, re.Match[str]]] = {}
    for line in sorted(ctx.retriever.search([kind], ctx.intent.start, ctx.intent.end, 400),
                       key=lambda ln: ln.ts_ms):  # fmt: skip
        d = DIAG_LINE.search(line.text)
        if d is not None and d.group("kind").lower() == kind:
            seen.setdefault(d.group("msg").lower(), (line, d))
    if not seen:
        return None
    files = set(_FILE.findall(q))
    found = list(seen.values())
    if files:
        found = [(ln, d) for ln, d in found if any(f in d.group("loc").lower() for f in files)]
        if not found:
            why = f"no_{kind}_for_file: no {kind} line names {', '.join(sorted(files))}"
            return Draft("", None, [], 0.25, "indeterminate", why, {"files": sorted(files)})
    texts = [
        f"{d.group('msg')} ({d.group('loc')}, seen at {ctx.local_time(ln.ts_utc)})"
        for ln, d in found
    ]
    return Draft(
        f"The {kind}{'s' if len(found) > 1 else ''}: " + "; ".join(texts),
        found[0][1].group("msg"),
        [Evidence(ln, "value", i) for i, (ln, _) in enumerate(found)],
        0.75,
        "ok",
        None,
        {"diagnostics": len(found)},
        values=[d.group("msg") for _, d in found],
        claim_texts=texts,
    )
