"""Which screen: "what did I have open on my second monitor?" asked of a recording of one.

Frames carry the monitor they were grabbed from. A question naming another monitor than the
one recorded (a second, left, external one) is indeterminate when the store has frames of a
single monitor in the range: what that screen showed never reached the store.
"""

from __future__ import annotations

import re

from autocapture.answer.base import AnswerContext, in_asked_time
from autocapture.answer.draft import Draft

OTHER_SCREEN = re.compile(
    r"\b(?:second|2nd|other|left|right|external|laptop|secondary|extra|another)\s+"
    r"(?:monitor|screen|display)\b"
)


def other_monitor(ctx: AnswerContext) -> Draft | None:
    """Indeterminate when the question names another monitor and one was recorded."""
    if not OTHER_SCREEN.search(ctx.question.lower()):
        return None
    where, args = in_asked_time(ctx, [])
    sql = "SELECT COUNT(DISTINCT COALESCE(f.monitor_id, 0)) FROM frame f"
    if where:
        sql += " WHERE " + " AND ".join(where)
    (monitors,) = ctx.graph.db.execute(sql, args).fetchone()
    if monitors != 1:
        return None
    return Draft(
        "",
        None,
        [],
        0.1,
        "indeterminate",
        "one_monitor: only one screen was recorded, so another one's windows are not known",
    )
